"""The cluster tier's one control plane for the session, prod synced onto it, then its nodes."""

from __future__ import annotations

import pytest

from argocd_sync import bootstrap, replay
from controlplane import ControlPlane
from platforms import CODEX
from simulated_nodes import Provisioner, add_nodes, deployments, pool_nodes, set_replicas


@pytest.fixture(scope="session")
def cluster():
    plane = ControlPlane().start()
    try:
        bootstrap(plane)
        # GKE's default StorageClass exists from the cluster's creation, before any claim.
        provisioner = Provisioner(plane).start()
        try:
            yield plane
        finally:
            provisioner.stop()
    finally:
        plane.stop()


@pytest.fixture(scope="session")
def prod_synced(cluster):
    """prod synced for real, once."""
    return replay(cluster, CODEX.objects("prod"))


@pytest.fixture(scope="session")
def prod_nodes(cluster, prod_synced):
    """prod's pools at their largest, and its autoscalers removed: the tests set the replica counts."""
    add_nodes(cluster, pool_nodes("prod"))
    for namespace in {o["metadata"]["namespace"] for o in CODEX.objects("prod").values() if o["kind"] == "HorizontalPodAutoscaler"}:
        cluster.request("DELETE", f"/apis/autoscaling/v2/namespaces/{namespace}/horizontalpodautoscalers")
    return True


@pytest.fixture
def at_minimum(cluster, prod_nodes) -> dict[str, tuple[str, int]]:
    """Every Deployment at its minimum, available: the fewest replicas to lose."""
    wanted = {d.name: (d.namespace, d.minimum) for d in deployments("prod")}
    assert set_replicas(cluster, wanted) == []
    return wanted
