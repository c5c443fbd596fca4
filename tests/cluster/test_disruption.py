"""Disruption on prod's simulated pools: every node drained in turn through the eviction API
(PodDisruptionBudgets honoured, as ``kubectl drain`` and GKE's node upgrades do), then a whole
zone lost. The API server's eviction subresource, the disruption controller, the ReplicaSet
controller and the scheduler decide; kwok stands in for the kubelets.
"""

from __future__ import annotations

import pytest

from platforms import CODEX
from simulated_nodes import (
    ZONE,
    Deployment,
    ReadyWatch,
    add_nodes,
    cordon,
    deployments,
    drain,
    planted,
    pods_on,
    pool_nodes,
    removed_after,
    set_replicas,
    unavailable,
)

pytestmark = pytest.mark.cluster


@pytest.fixture
def at_minimum(cluster, prod_nodes) -> dict[str, tuple[str, int]]:
    """Every Deployment at its minimum, available: the fewest replicas to lose."""
    wanted = {d.name: (d.namespace, d.minimum) for d in deployments("prod")}
    assert set_replicas(cluster, wanted) == []
    return wanted


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


def disk_zone(cluster, namespace: str, claim: str) -> str:
    """The zone of the Persistent Disk bound to a claim."""
    volume = cluster.get(f"/api/v1/namespaces/{namespace}/persistentvolumeclaims/{claim}")["spec"]["volumeName"]
    terms = cluster.get(f"/api/v1/persistentvolumes/{volume}")["spec"]["nodeAffinity"]["required"]["nodeSelectorTerms"]
    return terms[0]["matchExpressions"][0]["values"][0]


def test_losing_the_zone_of_redis_disk_every_other_workload_is_available_again(cluster, at_minimum):
    """Every node of one zone disappears and its pods with them (what the node lifecycle
    controller's eviction and the pod garbage collector do to an unreachable zone's pods, done at
    once here), the zone that holds Redis' disk: the worst one. The scheduler places the
    replacements in the two zones left, within their pools' maximum nodes, and every Deployment
    but Redis is available again at its minimum. Redis is not: its claim is a zonal Persistent
    Disk (``standard-rwo``), so its pod waits for the zone to return (a regional disk would let it
    restart elsewhere; see docs/data-plane-and-edge.md). The zone comes back afterwards, and
    Redis with it."""
    redis = next(
        o for o in CODEX.objects("prod").values() if o["kind"] == "PersistentVolumeClaim" and o["metadata"]["name"] == "redis-data"
    )
    zone = disk_zone(cluster, redis["metadata"]["namespace"], "redis-data")
    lost = [node for node in pool_nodes("prod") if node["labels"][ZONE] == zone]
    lost_pods = []
    try:
        for node in lost:
            orphans = pods_on(cluster, node["name"])
            lost_pods += [p["metadata"].get("labels", {}).get("app.kubernetes.io/name") for p in orphans]
            assert cluster.request("DELETE", f"/api/v1/nodes/{node['name']}").status == 200
            for pod in orphans:
                path = f"/api/v1/namespaces/{pod['metadata']['namespace']}/pods/{pod['metadata']['name']}?gracePeriodSeconds=0"
                cluster.request("DELETE", path)
        assert "redis" in lost_pods
        # Spread over zones, the multi-replica services lose pods with any zone.
        assert {d.name for d in deployments("prod") if d.minimum > 1} & set(lost_pods), lost_pods
        others = {name: wanted for name, wanted in at_minimum.items() if name != "redis"}
        assert set_replicas(cluster, others) == []
        reason = "didn't match PersistentVolume's node affinity"
        try:
            cluster.wait_for("Redis stranded", lambda: [r for r in unavailable(cluster, {"redis": at_minimum["redis"]}) if reason in r])
        except TimeoutError:
            assert unavailable(cluster, {"redis": at_minimum["redis"]}) == [f"redis: 0 of 1 available, 0 placed; ... {reason}"]
    finally:
        add_nodes(cluster, lost)
    assert set_replicas(cluster, at_minimum) == []


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
