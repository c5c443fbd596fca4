"""The working tree as git sees it (tracked and untracked files, ignored ones left out), copied
into a scratch folder: what `make diff` synthesizes as the change, and what the mutation checks
edit. Standard library only, so the tools' own virtualenvs can import it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path


def copy_worktree(root: Path, into: Path) -> None:
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=root, capture_output=True, text=True, check=True)
    for relative in listed.stdout.splitlines():
        source = root / relative
        if source.is_file() and not source.is_symlink():
            (into / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, into / relative)
