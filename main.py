"""cdk8s entry point: ``cdk8s synth`` and ``make synth`` both run this."""

import os
import sys
from pathlib import Path

# jsii prints an end-of-life banner on every start under Node 20; it must be silenced before
# the first cdk8s import starts the jsii runtime.
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

from codex_platform.synth import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent))
