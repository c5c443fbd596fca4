"""HelmRelease: a chart pinned to one version, from an https or OCI repository."""

import pytest

from codex_constructs import HelmRelease


def release(**props):
    return HelmRelease(
        **{"name": "cache", "repo_url": "https://charts.example.com", "chart": "valkey", "version": "2.1.0", "namespace": "cache", **props}
    )


def test_defaults_are_the_chart_s_own_values_and_nothing_cluster_wide():
    chart = release()
    assert (dict(chart.values), chart.cluster_resources, dict(chart.namespace_labels)) == ({}, (), {})
    assert release(version="v1.19.4-rc.1", repo_url="registry.example.com/charts").version == "v1.19.4-rc.1"


@pytest.mark.parametrize("version", ["2.x", "~2.1", ">=2.0.0", "latest", "2.1"])
def test_a_version_that_can_move_is_refused(version):
    with pytest.raises(ValueError, match="is not pinned; give an exact version"):
        release(version=version)


def test_a_plain_http_repository_and_bad_names_are_refused():
    with pytest.raises(ValueError, match="must be https:// or an OCI host"):
        release(repo_url="http://charts.example.com")
    with pytest.raises(ValueError, match="is not a DNS label"):
        release(namespace="Cache")
