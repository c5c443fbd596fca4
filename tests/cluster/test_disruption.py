"""Disruption on prod's simulated pools: every node drained in turn through the eviction API
(PodDisruptionBudgets honoured, as ``kubectl drain`` and GKE's node upgrades do); a whole
zone's loss is test_zone_loss.py. The API server's eviction subresource, the disruption
controller, the ReplicaSet controller and the scheduler decide; kwok stands in for the kubelets.
"""

from __future__ import annotations

import pytest

from platforms import CODEX
from simulated_nodes import (
    Deployment,
    ReadyWatch,
    cordon,
    deployments,
    drain,
    planted,
    pods_on,
    pool_nodes,
    removed_after,
    set_replicas,
)

pytestmark = pytest.mark.cluster


def test_every_node_drains_and_every_budgeted_workload_keeps_a_ready_replica(cluster, at_minimum):
    """Each node of prod's pools is drained in turn and returned (a node upgrade). The charts' pods
    are evicted too, under the charts' own budgets (Envoy Gateway's, ingress-nginx's). No drain
    waits on a budget for more than 30 s, and every workload of ours with a PodDisruptionBudget
    (every one that runs more than one replica) has a Ready pod throughout. The single-replica ones (Redis,
    kafka-ui, code-execution-service at its minimum of one) are restarted elsewhere, which the
    budgets cannot prevent: they are available again once the drains end."""
    nodes = [node["name"] for node in pool_nodes("prod")]
    watched = deployments("prod")
    blocked = []
    with ReadyWatch(cluster, watched) as watch:
        for node in nodes:
            if pods_on(cluster, node):
                blocked += drain(cluster, node)
            cordon(cluster, node, False)
        assert set_replicas(cluster, at_minimum) == []
    assert blocked == []
    budgeted = {d.name for d in watched if d.has_budget}
    assert {"gateway-service", "auth-user-service"} <= budgeted
    assert {name: count for name, count in watch.lowest.items() if name in budgeted and count < 1} == {}


def test_a_budget_that_allows_no_disruption_blocks_the_drain(cluster, at_minimum):
    """The check above can fail: a budget of ``maxUnavailable: 0`` makes the eviction API refuse
    every eviction (429), so the node's drain never finishes, with the budget's reason."""
    deployment = planted(CODEX.objects("prod")["services/Deployment.gateway-service.k8s.yaml"], "planted-pinned", 1)
    budget = {
        "apiVersion": "policy/v1",
        "kind": "PodDisruptionBudget",
        "metadata": {"name": "planted-pinned", "namespace": deployment["metadata"]["namespace"]},
        "spec": {"maxUnavailable": 0, "selector": {"matchLabels": {"app.kubernetes.io/name": "planted-pinned"}}},
    }
    with removed_after(cluster, deployment, budget):
        wanted = {"planted-pinned": (deployment["metadata"]["namespace"], 1)}
        assert set_replicas(cluster, wanted) == []
        pod = cluster.get(
            f"/api/v1/namespaces/{deployment['metadata']['namespace']}/pods?labelSelector=app.kubernetes.io/name=planted-pinned"
        )
        node = pod["items"][0]["spec"]["nodeName"]
        try:
            blocked = drain(cluster, node, seconds=5)
        finally:
            cordon(cluster, node, False)
    assert len(blocked) == 1 and "planted-pinned" in blocked[0] and "disruption budget" in blocked[0], blocked


def test_two_replicas_on_one_node_without_a_budget_go_dark_together(cluster, at_minimum):
    """The watch above can see an outage: two replicas pinned to one node with no budget are both
    evicted by its drain, and for a moment none is Ready."""
    deployment = planted(CODEX.objects("prod")["services/Deployment.gateway-service.k8s.yaml"], "planted-together", 2)
    node = pool_nodes("prod")[0]["name"]
    spec = deployment["spec"]["template"]["spec"]
    spec["topologySpreadConstraints"] = []
    spec["nodeSelector"] = {**spec.get("nodeSelector", {}), "kubernetes.io/hostname": node}
    namespace = deployment["metadata"]["namespace"]
    with removed_after(cluster, deployment):
        assert set_replicas(cluster, {"planted-together": (namespace, 2)}) == []
        with ReadyWatch(cluster, [Deployment("planted-together", namespace, 2, 2, False)]) as watch:
            try:
                assert drain(cluster, node) == []
            finally:
                cordon(cluster, node, False)
    assert watch.lowest["planted-together"] == 0
