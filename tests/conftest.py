"""Shared fixtures: the platforms under test, temporary copies to break, synth helpers."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

import pytest  # noqa: E402

import platforms  # noqa: E402
from codex_platform.synth import ENVIRONMENTS_DIR, MODEL_FILE, ROOT  # noqa: E402
from helpers import Project  # noqa: E402
from platforms import CODEX, Platform  # noqa: E402

WORKER_KEY = "codex_platforms"


class ShareOneSynthPerPlatform:
    """xdist, on the controller: one folder where the workers synthesize each platform once (the
    first worker to need one writes it, the others read it), and one guided copy for all."""

    def __init__(self) -> None:
        self.shared = {"folder": str(platforms.scratch_folder("platforms-")), "guided": str(platforms.all_platforms()[1].root)}

    def pytest_configure_node(self, node: Any) -> None:
        node.workerinput[WORKER_KEY] = self.shared


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: builds or installs something (minutes); runs in `make test-slow`, not `make test`")
    config.addinivalue_line("markers", "cluster: needs the real control plane (`make cluster-tools`); runs in `make test-cluster`")
    config.addinivalue_line("markers", "peers: runs the real programs at the edges (`make peer-tools`); runs in `make test-peers`")
    shared = getattr(config, "workerinput", {}).get(WORKER_KEY)
    if shared:
        platforms.SHARED = Path(shared["folder"])
        platforms.GUIDED = Platform("guided", Path(shared["guided"]))
    elif config.pluginmanager.hasplugin("xdist") and getattr(config.option, "numprocesses", None):
        config.pluginmanager.register(ShareOneSynthPerPlatform())


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """The real programs this session ran, and where each came from."""
    import programs

    if programs.RAN:
        terminalreporter.write_sep("-", "real programs run")
        for name, where in sorted(programs.RAN.items()):
            terminalreporter.write_line(f"{name}: {where}")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A test that takes ``platform`` runs once per platform; one that also takes
    ``environment`` runs once per environment of each platform."""
    if "platform" not in metafunc.fixturenames:
        return
    variants = platforms.all_platforms()
    if "environment" in metafunc.fixturenames and not any(
        m.name == "parametrize" and "environment" in m.args[0] for m in metafunc.definition.iter_markers()
    ):
        pairs = [(p, e) for p in variants for e in p.environment_names]
        metafunc.parametrize(("platform", "environment"), pairs, ids=[f"{p.name}-{e}" for p, e in pairs])
    else:
        metafunc.parametrize("platform", variants, ids=[p.name for p in variants])


@pytest.fixture(scope="session")
def environments() -> dict[str, Any]:
    return CODEX.environments


@pytest.fixture(scope="session")
def model(environments):  # type: ignore[no-untyped-def]
    return next(iter(environments.values())).model


@pytest.fixture(scope="session")
def fresh_dist() -> Path:
    """dist/ synthesized from nothing in this session, so tests check the code, not a stale tree."""
    return CODEX.dist


@pytest.fixture(scope="session")
def prod() -> dict[str, Any]:
    """A fresh synth of prod: ``{"<chart>/<file>": object}``."""
    return CODEX.objects("prod")


@pytest.fixture(scope="session")
def dev() -> dict[str, Any]:
    return CODEX.objects("dev")


@pytest.fixture()
def project(tmp_path: Path) -> Project:
    """A scratch copy of platform.yaml and environments/ to edit and load."""
    shutil.copy(ROOT / MODEL_FILE, tmp_path / MODEL_FILE)
    shutil.copytree(ROOT / ENVIRONMENTS_DIR, tmp_path / ENVIRONMENTS_DIR)
    return Project(tmp_path)
