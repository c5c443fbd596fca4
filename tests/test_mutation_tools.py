"""The mutation checks stay aimed at the code as it is: a mutant whose text moved away, or an
equivalent listed for a line that no longer exists, would pass silently."""

import importlib.util

from helpers import ROOT

_spec = importlib.util.spec_from_file_location("mutation_probe", ROOT / "tools" / "mutation_probe.py")
assert _spec is not None and _spec.loader is not None
_probe = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_probe)
MUTANTS = _probe.MUTANTS


def test_every_hand_written_mutant_still_finds_its_text():
    stale = [name for name, path, old, _new in MUTANTS if old not in (ROOT / path).read_text()]
    assert stale == [], "update tools/mutation_probe.py"


def test_every_listed_equivalent_mutant_is_of_a_line_that_exists():
    for line in (ROOT / "tools/mutation_equivalents.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            path, original, mutated, reason = (part.strip() for part in line.split(" | "))
            assert reason and mutated != original, line
            assert original in {text.strip() for text in (ROOT / path).read_text().splitlines()}, line
