"""The committed CRD bindings are exactly what `make imports` generates from crds/."""

import os
import subprocess
import sys

from helpers import ROOT, tree


def test_imports_are_generated_from_the_committed_crds(tmp_path):
    out = tmp_path / "imports"
    env = {**os.environ, "CDK8S_CHECK_UPGRADE": "false", "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"}
    result = subprocess.run([sys.executable, "tools/import_crds.py", str(out)], cwd=ROOT, capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr

    committed = {k: v for k, v in tree(ROOT / "codex_constructs" / "_crds").items() if k != "__init__.py"}
    assert tree(out) == committed, "codex_constructs/_crds/ is stale: run `make imports` and commit"
    assert (ROOT / "cdk8s.yaml").read_text().count("imports:") == 0, "import specs must not leak into cdk8s.yaml"
