"""How the platform layer uses the library."""

import re

from helpers import ROOT


def test_the_platform_imports_the_library_from_its_root():
    for path in sorted((ROOT / "codex_platform").rglob("*.py")):
        assert not re.search(r"from codex_constructs\.\w+ import", path.read_text()), path
