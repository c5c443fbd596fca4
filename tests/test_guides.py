"""Following every guide literally ends with a green test suite, on a copy of the repository.

The guides (README's "Adding a service" and "Adding a topic", docs/adding-*.md) are applied
as written, then `make snapshot-update`, then the suite runs in the copy. Left out there, and
only there, what cannot see the guides' edits (they change YAML files only, which this test
asserts): this test (it would recurse), the checks that read no YAML input (lint, which reads
Python; the CRD bindings' regeneration; the wheel's reuse test; the library's own tests, which
import nothing of the platform), all of which the suite here already runs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
import yaml

from helpers import ROOT
from test_docs import apply_examples

GUIDES = ["docs/adding-a-service.md", "docs/adding-a-topic.md", "docs/adding-an-environment.md"]
CHILD = "CODEX_GUIDES_CHILD"


@pytest.mark.skipif(os.environ.get(CHILD) == "1", reason="running inside the guides' copy")
def test_following_the_guides_keeps_the_suite_green(tmp_path):
    copy = tmp_path / "repo"
    copy.mkdir()
    files = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=ROOT, capture_output=True, text=True, check=True)
    for relative in files.stdout.splitlines():
        source = ROOT / relative
        if source.is_file() and not source.is_symlink():
            target = copy / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)  # times kept: make sees the installs as up to date
    for installed in (".venv", ".venv-checkov", "node_modules"):
        (copy / installed).symlink_to(ROOT / installed)

    before = {path: path.read_bytes() for path in copy.rglob("*") if path.is_file() and not path.is_symlink()}
    for guide in GUIDES:
        assert apply_examples(ROOT / guide, copy) > 0, guide
    after = {path for path in copy.rglob("*") if path.is_file() and not path.is_symlink()}
    changed = sorted(str(path.relative_to(copy)) for path in after if path not in before or before[path] != path.read_bytes())
    assert changed and all(name.endswith(".yaml") for name in changed), f"the guides change YAML inputs only: {changed}"
    # adding-an-environment.md: services added since its example get their prod entry.
    staging = yaml.safe_load((copy / "environments/staging.yaml").read_text())
    prod = yaml.safe_load((copy / "environments/prod.yaml").read_text())["services"]
    staging["services"].update({name: prod[name] for name in prod if name not in staging["services"]})
    (copy / "environments/staging.yaml").write_text(yaml.safe_dump(staging, sort_keys=False))

    env = {**os.environ, CHILD: "1", "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"}
    env.pop("CDK8S_OUTDIR", None)
    steps = [
        ["make", "--no-print-directory", "snapshot-update"],
        # On every core: this test is most of the suite's time, and the rest of the suite
        # finishes on the other workers meanwhile.
        [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", "-n", "auto", "--dist", "worksteal",
         "--deselect", "tests/test_imports.py", "--deselect", "tests/test_reuse.py", "--ignore", "tests/library"],
    ]
    for step in steps:
        result = subprocess.run(step, cwd=copy, capture_output=True, text=True, env=env)
        assert result.returncode == 0, f"{' '.join(step)}:\n{result.stdout[-4000:]}\n{result.stderr[-2000:]}"
