"""The pre-commit hooks run the project's own pinned tools: a clean tree passes, and a file the
formatter would change is refused (and fixed) before it can be committed."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from platforms import ROOT

pytestmark = pytest.mark.slow


def run(args: list[str], cwd: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"}
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_the_hooks_pass_on_the_repository_and_refuse_an_unformatted_file(tmp_path):
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True)
    (clone / ".venv").symlink_to(ROOT / ".venv")
    pre_commit = str(ROOT / ".venv" / "bin" / "pre-commit")
    passed = run([pre_commit, "run", "--all-files"], clone, tmp_path / "cache")
    assert passed.returncode == 0, passed.stdout + passed.stderr

    sloppy = clone / "codex_platform" / "sloppy.py"
    sloppy.write_text("def f(x : int=0)->int:\n    return x\n")
    subprocess.run(["git", "add", str(sloppy)], cwd=clone, check=True)  # hooks see what is staged
    refused = run([pre_commit, "run", "--files", str(sloppy.relative_to(clone))], clone, tmp_path / "cache")
    assert refused.returncode == 1
    assert "ruff format" in refused.stdout and "Failed" in refused.stdout
    assert sloppy.read_text() == "def f(x: int = 0) -> int:\n    return x\n"
