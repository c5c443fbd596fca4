"""Take the copies of the upstream Helm charts listed in vendor/charts/SOURCES.txt from clones of
their source repositories, at the recorded refs, and check each ref's commit.

    python tools/take_charts.py OWNER/NAME=PATH_TO_GIT_DIR ...

A chart whose repository is not given is left as it is. A ref that resolves to another commit than
the one recorded is refused: update SOURCES.txt deliberately, then re-take.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHARTS = ROOT / "vendor" / "charts"


def sources() -> list[tuple[str, str, str, str, str]]:
    """(into, repository, ref, commit, path) per line of SOURCES.txt, parents before children."""
    lines = (CHARTS / "SOURCES.txt").read_text().splitlines()
    return [tuple(line.split()) for line in lines if line.strip() and not line.startswith("#")]  # type: ignore[misc]


def take(git_dir: Path, ref: str, commit: str, path: str, into: Path) -> None:
    found = subprocess.run(["git", "-C", str(git_dir), "rev-parse", f"{ref}^{{commit}}"], capture_output=True, text=True, check=True)
    if found.stdout.strip() != commit:
        raise SystemExit(f"{ref} in {git_dir} is {found.stdout.strip()}, SOURCES.txt records {commit}")
    archive = subprocess.run(["git", "-C", str(git_dir), "archive", "--format=tar", f"{commit}:{path}"], capture_output=True, check=True)
    keep = {p for p in into.glob("charts/*")} if into.exists() else set()
    saved = {p.name: CHARTS / ".keep" / p.name for p in keep}
    for name, where in saved.items():
        where.parent.mkdir(exist_ok=True)
        shutil.move(str(into / "charts" / name), where)
    shutil.rmtree(into, ignore_errors=True)
    into.mkdir(parents=True)
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    for name, where in saved.items():
        (into / "charts").mkdir(exist_ok=True)
        shutil.move(str(where), into / "charts" / name)
    shutil.rmtree(CHARTS / ".keep", ignore_errors=True)


def main(arguments: list[str]) -> None:
    clones = dict(argument.split("=", 1) for argument in arguments)
    for into, repository, ref, commit, path in sources():
        if repository in clones:
            take(Path(clones[repository]), ref, commit, path, CHARTS / into)
            print(f"{into}: {repository}@{ref} ({commit[:12]}) {path}")


if __name__ == "__main__":
    main(sys.argv[1:])
