"""The benchmark's synthetic platforms stay valid inputs (timings are the benchmark's job)."""

import sys

from helpers import ROOT

sys.path.insert(0, str(ROOT / "bench"))

import synth_bench  # noqa: E402
from codex_platform.synth import load_environments  # noqa: E402


def test_synthetic_platform_is_a_valid_model_and_environment(tmp_path):
    synth_bench.synthetic_platform(tmp_path, 10)
    (environment,) = load_environments(tmp_path)
    assert len(environment.model.services) == 10
    assert environment.model.services["svc-3"].calls == ("svc-2",)
