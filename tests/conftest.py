"""Shared fixtures: the real model and environments, temporary copies to break, synth helpers."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

import pytest  # noqa: E402

import helpers  # noqa: E402
from codex_platform.synth import ENVIRONMENTS_DIR, MODEL_FILE, ROOT, load_environments  # noqa: E402
from helpers import Project, load_dist  # noqa: E402


def pytest_configure_node(node: Any) -> None:
    """xdist, on the controller: synthesize once and hand the folder to every worker, instead
    of each worker synthesizing the same dist/ again (the controller removes it at exit)."""
    node.workerinput["codex_fresh_dist"] = str(helpers.fresh_dist())


def pytest_configure(config: pytest.Config) -> None:
    shared = getattr(config, "workerinput", {}).get("codex_fresh_dist")
    if shared:
        helpers.SHARED_FRESH_DIST = Path(shared)


@pytest.fixture(scope="session")
def environments() -> dict[str, Any]:
    return {environment.config.name: environment for environment in load_environments(ROOT)}


@pytest.fixture(scope="session")
def model(environments):  # type: ignore[no-untyped-def]
    return next(iter(environments.values())).model


@pytest.fixture(scope="session")
def fresh_dist() -> Path:
    """dist/ synthesized from nothing in this session, so tests check the code, not a stale tree."""
    return helpers.fresh_dist()


@pytest.fixture(scope="session")
def prod(fresh_dist) -> dict[str, Any]:
    """A fresh synth of prod: ``{"<chart>/<file>": object}``."""
    return load_dist(fresh_dist / "prod")


@pytest.fixture(scope="session")
def dev(fresh_dist) -> dict[str, Any]:
    return load_dist(fresh_dist / "dev")


@pytest.fixture()
def project(tmp_path: Path) -> Project:
    """A scratch copy of platform.yaml and environments/ to edit and load."""
    shutil.copy(ROOT / MODEL_FILE, tmp_path / MODEL_FILE)
    shutil.copytree(ROOT / ENVIRONMENTS_DIR, tmp_path / ENVIRONMENTS_DIR)
    return Project(tmp_path)
