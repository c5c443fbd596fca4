"""`cdk8s synth`, the CLI from npm, gives the same output as `make synth`."""

import os
import subprocess
import sys

import pytest

from helpers import ROOT, tree

#: Starts the cdk8s CLI (Node) around a whole synth: the slow tier.
pytestmark = pytest.mark.slow


def test_cdk8s_cli_synth_matches_dist(tmp_path, fresh_dist):
    cli = ROOT / "node_modules" / ".bin" / "cdk8s"
    assert cli.exists(), "run `make test`: it installs the pinned cdk8s CLI with npm ci"
    out = tmp_path / "cli-dist"
    env = {
        **os.environ,
        "PATH": f"{os.path.dirname(sys.executable)}:{os.environ['PATH']}",
        "CDK8S_CHECK_UPGRADE": "false",
        "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20",
    }
    result = subprocess.run([str(cli), "synth", "--output", str(out)], cwd=ROOT, capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr

    assert tree(out) == tree(fresh_dist)
