"""`make mutation`: mutmut's mutants of the pure layers, each judged by a fresh test process.

Every mutant mutmut 2 generates for a file (its operators: numbers, strings, comparisons,
keywords, arguments, decorators...) is written into a scratch copy of the repository, one at a
time, and tools/mutmut_runner.sh runs the behaviour tests there: any failure, or a hang past
ten times the unmutated run, kills it. The mutants come from mutmut's engine; this driver runs
them instead of its CLI, whose cache loses track of mutants on repeated lines, and whose
successor (mutmut 3) forks mutants from one process, which would share the jsii runtime and
the session-wide synth. One copy per core, so mutants run side by side.

Prints, as it is found, every surviving mutant that is not equivalent (listed with its reason
in tools/mutation_equivalents.txt, or a change to a Rule's ``reason`` text, which is never
rendered), then the killed ratio; exits 1 if any survivor is unexplained.
`make mutation PATHS="a.py b.py"` mutates those files; `--survivors-of REPORT` (the driver's
own option) judges again only the survivors an earlier run's report printed.
"""

from __future__ import annotations

import difflib
import os
import re
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from queue import Queue

from mutation_probe import copy_repository
from mutmut import ALL, Context, list_mutations, mutate

ROOT = Path(__file__).resolve().parent.parent
#: The pure layers: the model and the environments with their validation, the derivations, the
#: environment's plan and the network rules built from it.
DEFAULT_PATHS = tuple(
    f"codex_platform/{path}.py"
    for path in (
        "inputs/schema",
        "inputs/errors",
        "inputs/model",
        "inputs/model_checks",
        "inputs/config",
        "inputs/environment_checks",
        "inputs/images",
        "derivations/derive",
        "derivations/plan",
        "derivations/flows",
    )
)
EQUIVALENTS = ROOT / "tools" / "mutation_equivalents.txt"
RUNNER = ["sh", "tools/mutmut_runner.sh"]
#: The text of a Rule's ``reason`` is kept in the construct for review and never rendered.
REASON = re.compile(r"""reason=f?(["'])(?:(?!\1).)*\1""")


def only_a_reason(original: str, mutated: str) -> bool:
    return original != mutated and REASON.sub("reason=...", original) == REASON.sub("reason=...", mutated)


def equivalents() -> dict[tuple[str, str, str], str]:
    """``(path, original line, mutated line) -> reason``, from the reviewed list."""
    result = {}
    for line in EQUIVALENTS.read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            path, original, mutated, reason = (part.strip() for part in line.split(" | "))
            result[(path, original, mutated)] = reason
    return result


def mutants(path: str, source: str) -> list[str]:
    """Every mutated version of ``source`` mutmut generates, one mutation each."""
    result = []
    for mutation_id in list_mutations(Context(source=source, mutation_id=ALL, filename=path)):
        mutated, count = mutate(Context(source=source, mutation_id=mutation_id, filename=path))
        if count:
            result.append(mutated)
    return result


def change(original: str, mutated: str) -> tuple[str, str]:
    """The lines a mutant changes, before and after."""
    removed, added = [], []
    for line in difflib.unified_diff(original.splitlines(), mutated.splitlines(), n=0, lineterm=""):
        if line.startswith("-") and not line.startswith("---"):
            removed.append(line[1:].strip())
        elif line.startswith("+") and not line.startswith("+++"):
            added.append(line[1:].strip())
    return " ".join(removed), " ".join(added)


#: Run first for mutants of the inputs layer, whose checks these tests hold (speed only).
FIRST = {
    "codex_platform/inputs/": (
        "tests/inputs/test_schema_loader.py tests/inputs/test_input_values.py tests/inputs/test_input_defaults.py "
        "tests/inputs/test_model_checks.py tests/inputs/test_environment_checks.py tests/inputs/test_config_errors.py "
        "tests/test_bad_input.py"
    )
}


def run_tests(copy: Path, timeout: float, path: str = "") -> str:
    first = " ".join(tests for prefix, tests in FIRST.items() if path.startswith(prefix))
    env = {**os.environ, "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20", "MUTATION_FIRST": first}
    try:
        result = subprocess.run(RUNNER, cwd=copy, env=env, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "timeout"
    return "survived" if result.returncode == 0 else "killed"


def survivors_in(report: Path) -> set[tuple[str, str, str]]:
    """The unexplained survivors an earlier run printed: ``(path, original line, mutated line)``."""
    lines = report.read_text().splitlines()
    return {
        (line.removeprefix("SURVIVED "), lines[index + 1].strip().removeprefix("- "), lines[index + 2].strip().removeprefix("+ "))
        for index, line in enumerate(lines)
        if line.startswith("SURVIVED ")
    }


def main(paths: list[str], only: set[tuple[str, str, str]] | None = None) -> int:
    """Judge every mutant of ``paths``, or only those ``only`` names (an earlier run's survivors)."""
    known = equivalents()
    with tempfile.TemporaryDirectory() as scratch:
        copies: Queue[Path] = Queue()
        for index in range(os.cpu_count() or 1):
            copy = Path(scratch) / str(index)
            copy.mkdir()
            copy_repository(copy)
            copies.put(copy)
        started = time.time()
        assert run_tests(copies.queue[0], timeout=600) == "survived", "the unmutated code must pass the runner's tests"
        timeout = 10 * (time.time() - started)

        def judge(path: str, mutated: str) -> str:
            copy = copies.get()
            target = copy / path
            original = target.read_text()
            try:
                target.write_text(mutated)
                return run_tests(copy, timeout, path)
            finally:
                target.write_text(original)
                copies.put(copy)

        total = killed = 0
        explained, unexplained = [], []
        with ThreadPoolExecutor(max_workers=copies.qsize()) as pool:
            for path in paths:
                source = (ROOT / path).read_text()
                versions = mutants(path, source)
                if only is not None:
                    versions = [mutated for mutated in versions if (path, *change(source, mutated)) in only]
                verdicts = []
                # In order, as they are judged: a long run shows its survivors before it ends.
                for mutated, verdict in zip(versions, pool.map(lambda mutated, path=path: judge(path, mutated), versions), strict=True):
                    verdicts.append(verdict)
                    if verdict == "survived":
                        original_line, mutated_line = change(source, mutated)
                        key = (path, original_line, mutated_line)
                        if key in known or only_a_reason(original_line, mutated_line):
                            explained.append(key)
                        else:
                            unexplained.append(key)
                            print(f"SURVIVED {path}\n  - {original_line}\n  + {mutated_line}", flush=True)
                found = sum(verdict != "survived" for verdict in verdicts)
                print(f"{path}: {len(versions)} mutants, {found} killed ({verdicts.count('timeout')} by a timeout)", flush=True)
                total, killed = total + len(versions), killed + found
    print(
        f"{total} mutants: {killed} killed ({killed / total:.1%}); {len(explained)} equivalent; "
        f"{len(unexplained)} survived unexplained; killed among the non-equivalent: {killed / (total - len(explained)):.1%}"
    )
    return 1 if unexplained else 0


if __name__ == "__main__":
    arguments = sys.argv[1:]
    # --survivors-of REPORT: judge again only the survivors an earlier run printed (after tests
    # were added; the mutants it killed stay killed, since the code they mutate is unchanged).
    report = None
    if arguments[:1] == ["--survivors-of"]:
        report, arguments = Path(arguments[1]), arguments[2:]
    sys.exit(main(arguments or list(DEFAULT_PATHS), survivors_in(report) if report else None))
