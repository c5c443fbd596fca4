"""`make mutation`: mutmut over the pure layers, in a scratch copy of the repository.

mutmut 2 edits one source file at a time and runs the behaviour tests in a fresh process per
mutant (tools/mutmut_runner.sh): each verdict comes from a synth of the mutated code. (mutmut 3
forks its mutants from one process, whose jsii runtime and session-wide synth would be shared.)
The byte guards are left out of the runner: a snapshot or committed-file comparison catches any
change and proves nothing about behaviour.

Prints the killed ratio, then every surviving mutant that tools/mutation_equivalents.txt does
not list as equivalent (with its reason); exits 1 if any. `make mutation PATHS="a.py b.py"`
mutates those files instead of the default ones.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

from mutation_probe import copy_repository

ROOT = Path(__file__).resolve().parent.parent
MUTMUT = ROOT / ".venv-mutation" / "bin" / "mutmut"
#: The pure layers: the environment's plan and the network rules built from it.
DEFAULT_PATHS = ("codex_platform/derivations/plan.py", "codex_platform/derivations/flows.py")
EQUIVALENTS = ROOT / "tools" / "mutation_equivalents.txt"


def equivalents() -> dict[tuple[str, str, str], str]:
    """``(path, original line, mutated line) -> reason``, from the reviewed list."""
    result = {}
    for line in EQUIVALENTS.read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            path, original, mutated, reason = (part.strip() for part in line.split(" | "))
            result[(path, original, mutated)] = reason
    return result


def survivor(copy: Path, mutant: int) -> tuple[str, str, str]:
    """A surviving mutant as ``(path, original line, mutated line)``."""
    diff = subprocess.run([str(MUTMUT), "show", str(mutant)], cwd=copy, capture_output=True, text=True, check=True).stdout
    lines = diff.splitlines()
    path = next(line[4:].strip() for line in lines if line.startswith("--- "))
    original = " ".join(line[1:].strip() for line in lines if line.startswith("-") and not line.startswith("---"))
    mutated = " ".join(line[1:].strip() for line in lines if line.startswith("+") and not line.startswith("+++"))
    return path, original, mutated


def main(paths: list[str]) -> int:
    env = {**os.environ, "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"}
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch)
        copy_repository(copy)
        subprocess.run(
            [str(MUTMUT), "run", "--paths-to-mutate", ",".join(paths), "--runner", "sh tools/mutmut_runner.sh",
             "--tests-dir", "tests", "--no-progress"],
            cwd=copy, env=env, stdout=subprocess.DEVNULL,
        )
        with sqlite3.connect(copy / ".mutmut-cache") as db:
            statuses = dict(db.execute("SELECT status, count(*) FROM Mutant GROUP BY status").fetchall())
            survived = [row[0] for row in db.execute("SELECT id FROM Mutant WHERE status != 'ok_killed' ORDER BY id")]
        total, killed = sum(statuses.values()), statuses.get("ok_killed", 0)
        known = equivalents()
        unexplained, explained = [], []
        for mutant in survived:
            key = survivor(copy, mutant)
            (explained if key in known else unexplained).append(key)
    print(f"mutated: {', '.join(paths)}")
    print(f"{total} mutants: {killed} killed ({killed / total:.1%}), {len(explained)} equivalent (listed with reasons), "
          f"{len(unexplained)} survived unexplained; by status: {statuses}")
    print(f"killed among the non-equivalent: {killed / (total - len(explained)):.1%}")
    for path, original, mutated in unexplained:
        print(f"SURVIVED {path}\n  - {original}\n  + {mutated}")
    return 1 if unexplained else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or list(DEFAULT_PATHS)))
