"""Tools for operators, run from make: the bootstrap plan and image promotion."""
