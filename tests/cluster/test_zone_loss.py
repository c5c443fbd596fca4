"""A whole zone lost on prod's simulated pools, the one holding Redis' disk: its nodes and pods go
at once. In a module of its own, whose name sorts last, so it runs last: the charts' StatefulSets whose disks were in that zone
are not waited for when it returns, so no later test may rely on them.
"""

from __future__ import annotations

import pytest

from platforms import CODEX
from simulated_nodes import ZONE, add_nodes, deployments, pods_on, pool_nodes, set_replicas, unavailable

pytestmark = pytest.mark.cluster


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
