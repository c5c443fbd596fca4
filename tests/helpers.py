"""Helpers for tests: scratch projects to break, and readers for synthesized objects."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import yaml
from library.support import by_kind, chart, container, env_of, manifests  # noqa: F401 (re-exported for the platform tests)

from codex_platform.synth import load_environments
from platforms import CODEX, ROOT, load_dist, read_manifest  # noqa: F401 (re-exported for the tests)


class Project:
    def __init__(self, root: Path) -> None:
        self.root = root

    def edit(self, relative: str, change: Callable[[dict], None]) -> None:
        path = self.root / relative
        data = yaml.safe_load(path.read_text())
        change(data)
        path.write_text(yaml.safe_dump(data, sort_keys=False))

    def load(self):  # type: ignore[no-untyped-def]
        return load_environments(self.root)


def fresh_dist() -> Path:
    """dist/ synthesized from the code under test, once per test session. Tests read this, never
    the committed dist/ (test_dist.py alone checks that the committed copy equals it)."""
    return CODEX.dist


def declared() -> dict:
    """platform.yaml as written: expectations about services the spec does not name are read
    from their declaration, never from the code under test."""
    return yaml.safe_load((ROOT / "platform.yaml").read_text())


ENVIRONMENT_NAMES = sorted(path.stem for path in (ROOT / "environments").glob("*.yaml"))


def synth_project(project: Project, out: Path, *only: str) -> dict[str, dict[str, dict]]:
    """Synthesize a scratch project (every environment is loaded and checked; only the ones
    named, or all, are synthesized); return ``{environment: {relative path: object}}``."""
    from codex_platform.synth import synth

    environments = project.load()
    synth([e for e in environments if not only or e.config.name in only], out)
    result: dict[str, dict[str, dict]] = {}
    for path in sorted(out.rglob("*.k8s.yaml")):
        environment, relative = path.relative_to(out).parts[0], "/".join(path.relative_to(out).parts[1:])
        result.setdefault(environment, {})[relative] = read_manifest(path)
    return result


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` by relative path, with its bytes (caches left out)."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file() and "__pycache__" not in p.parts}


def secret_keys(external_secret: dict) -> list[str]:
    """The keys of the Secret an ExternalSecret keeps: its template's, when it has one (ESO's
    mergePolicy Replace), else one per remote value."""
    template = external_secret["spec"]["target"].get("template")
    if template is not None:
        assert template.get("mergePolicy") == "Replace", "a merged template would add the raw values' keys"
        return sorted(template["data"])
    return sorted(d["secretKey"] for d in external_secret["spec"]["data"])
