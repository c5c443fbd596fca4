"""Tests of codex_constructs alone, one module per construct module; tests/test_reuse.py runs
them again against the installed wheel."""
