"""The real kube-scheduler places prod's workloads on nodes built from its node pools, and kwok,
playing each node's kubelet, runs them: every Deployment becomes Available at its minimum and at
its maximum replicas.
"""

from __future__ import annotations

import pytest

from platforms import CODEX
from simulated_nodes import ZONE, deployments, planted, removed_after, set_replicas, unavailable

pytestmark = pytest.mark.cluster


def gateway() -> dict:
    return CODEX.objects("prod")["services/Deployment.gateway-service.k8s.yaml"]


@pytest.mark.parametrize("at", ["minimum", "maximum"])
def test_every_deployment_becomes_available_at_its_minimum_and_maximum(cluster, prod_nodes, at):
    """kube-scheduler places every pod of the platform's Deployments on nodes built from prod's
    node_pools (their labels, taints and allocatable figures), honouring node selectors,
    tolerations, spread constraints, requests and Redis' volume binding; kwok runs them and the
    deployment controller counts them available, at every workload's minimum and then its maximum
    (the HPA's bounds). Not here: Kafka's brokers and the Envoy proxies (their operators do not
    run here), the charts' pods."""
    wanted = {d.name: (d.namespace, d.minimum if at == "minimum" else d.maximum) for d in deployments("prod")}
    assert {"gateway-service", "code-execution-service", "kafka-ui", "redis"} <= set(wanted)
    assert set_replicas(cluster, wanted) == []


def test_the_migration_job_runs_to_completion(cluster, prod_nodes):
    """The PreSync migration Job's pod is placed and (kwok standing in for the container) succeeds."""
    job = next(o for o in CODEX.objects("prod").values() if o["kind"] == "Job")
    path = f"/apis/batch/v1/namespaces/{job['metadata']['namespace']}/jobs/{job['metadata']['name']}"
    cluster.wait_for("the Job's completion", lambda: cluster.get(path).get("status", {}).get("succeeded") == 1)


def test_a_pod_no_node_tolerates_stays_unplaced_with_the_scheduler_s_reason(cluster, prod_nodes):
    """A Deployment that selects a pool no node belongs to is never placed, and says why."""
    deployment = planted(gateway(), "planted-gateway", 1)
    deployment["spec"]["template"]["spec"]["nodeSelector"] = {"cloud.google.com/gke-nodepool": "gpu"}
    wanted = {"planted-gateway": (deployment["metadata"]["namespace"], 1)}
    with removed_after(cluster, deployment):
        verdict = cluster.wait_for(
            "the scheduler's verdict",
            lambda: [r for r in unavailable(cluster, wanted) if "didn't match Pod's node affinity/selector" in r],
        )
    assert verdict


def test_more_replicas_than_the_pool_holds_leave_the_rest_unplaced(cluster, prod_nodes):
    """Ten replicas asking three CPUs each on the general pool, whose nine nodes each offer 3.92:
    nine are placed, the tenth waits for a node the pool may not add."""
    deployment = planted(gateway(), "planted-heavy", 10)
    deployment["spec"]["template"]["spec"]["topologySpreadConstraints"] = []
    container = deployment["spec"]["template"]["spec"]["containers"][0]
    for figures in ("requests", "limits"):
        container["resources"][figures]["cpu"] = "3"
    general = CODEX.environments["prod"].config.node_pools["general"]
    assert general.zones * general.max_nodes_per_zone == 9
    wanted = {"planted-heavy": (deployment["metadata"]["namespace"], 10)}
    with removed_after(cluster, deployment):
        try:
            cluster.wait_for(
                "nine placed, one refused",
                lambda: [r for r in unavailable(cluster, wanted) if "9 placed" in r and "Insufficient cpu" in r],
            )
        except TimeoutError:
            assert unavailable(cluster, wanted) == ["planted-heavy: 9 of 10 available, 9 placed; ... Insufficient cpu"]


def test_a_spread_constraint_the_zones_cannot_meet_leaves_replicas_unplaced(cluster, prod_nodes):
    """Four replicas that must see four zones (``minDomains: 4``, ``DoNotSchedule``) where the pool
    has three: with fewer zones than it asks for, the scheduler counts the global minimum as 0, so
    no zone may hold a second replica, and the fourth is never placed."""
    deployment = planted(gateway(), "planted-spread", 4)
    deployment["spec"]["template"]["spec"]["topologySpreadConstraints"] = [
        {
            "maxSkew": 1,
            "minDomains": 4,
            "topologyKey": ZONE,
            "whenUnsatisfiable": "DoNotSchedule",
            "labelSelector": {"matchLabels": {"app.kubernetes.io/name": "planted-spread"}},
        }
    ]
    wanted = {"planted-spread": (deployment["metadata"]["namespace"], 4)}
    with removed_after(cluster, deployment):
        verdict = cluster.wait_for(
            "three placed, one refused",
            lambda: [r for r in unavailable(cluster, wanted) if "3 placed" in r and "topology spread constraints" in r],
        )
    assert verdict


def chart_workloads_short_of_available(cluster, synced) -> list[str]:
    """Each workload the charts rendered that its controller does not count fully available."""
    short = []
    for application, objects in synced.rendered.items():
        for obj in objects:
            if obj["kind"] not in ("Deployment", "StatefulSet", "DaemonSet"):
                continue
            namespace = obj["metadata"]["namespace"]
            path = f"/apis/apps/v1/namespaces/{namespace}/{obj['kind'].lower()}s/{obj['metadata']['name']}"
            status = cluster.get(path).get("status", {})
            if obj["kind"] == "DaemonSet":
                wanted, available = status.get("desiredNumberScheduled", 0), status.get("numberAvailable", 0)
                ok = wanted > 0 and available == wanted
            else:
                wanted, available = obj["spec"].get("replicas", 1), status.get("availableReplicas", 0)
                ok = available >= wanted
            if not ok:
                short.append(f"{application}: {obj['kind']} {namespace}/{obj['metadata']['name']}: {available} of {wanted} available")
    return short


def test_every_workload_the_charts_render_becomes_available(cluster, prod_synced, prod_nodes):
    """The observability charts' Deployments, StatefulSets (their claims provisioned in the zone
    the scheduler picked) and DaemonSets, placed beside ours on prod's pools and counted available
    by their own controllers."""
    assert any(o["kind"] == "StatefulSet" for objects in prod_synced.rendered.values() for o in objects)
    try:
        cluster.wait_for("every chart workload available", lambda: not chart_workloads_short_of_available(cluster, prod_synced))
    except TimeoutError:
        assert chart_workloads_short_of_available(cluster, prod_synced) == []
