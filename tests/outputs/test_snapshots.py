"""Snapshots of every chart of every environment: the review surface for any output change.

Each snapshot is one YAML file per chart under tests/outputs/__snapshots__/, so a change reads as an
ordinary YAML diff. After an intended change run `make snapshot-update`, read the diff, and say
in the commit why it changed.
"""

import pytest
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

from helpers import ENVIRONMENT_NAMES, fresh_dist

DIST = fresh_dist()
CHARTS = sorted(
    (environment, chart.name) for environment in ENVIRONMENT_NAMES for chart in (DIST / environment).iterdir() if chart.is_dir()
)


class YamlSnapshot(SingleFileSnapshotExtension):
    _write_mode = WriteMode.TEXT
    file_extension = "yaml"


@pytest.fixture
def snapshot_yaml(snapshot):
    return snapshot.use_extension(YamlSnapshot)


def test_every_environment_has_charts():
    assert {environment for environment, _ in CHARTS} == set(ENVIRONMENT_NAMES)


@pytest.mark.parametrize("environment, chart", CHARTS, ids=[f"{e}-{c}" for e, c in CHARTS])
def test_chart(environment, chart, snapshot_yaml, fresh_dist):
    folder = fresh_dist / environment / chart
    documents = [f"# {path.name}\n{path.read_text()}" for path in sorted(folder.glob("*.yaml"))]
    assert "---\n".join(documents) == snapshot_yaml
