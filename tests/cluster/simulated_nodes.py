"""Nodes built from an environment's node pools, and what the workloads on them do: placed,
Ready, Available, drained.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from codex_platform.inputs.machines import allocatable
from codex_platform.operations.capacity import workloads
from controlplane import KWOK_NODE, ControlPlane
from platforms import CODEX

#: The zone label nodes carry (the spread constraints count zones by it).
ZONE = "topology.kubernetes.io/zone"


def pool_nodes(environment: str) -> list[dict]:
    """Node objects for every node the environment's pools may have at their maximum: the
    labels GKE puts on them (host name, zone, pool), the pool's taint where services are placed on
    it, and the allocatable figures of its machine type."""
    config = CODEX.environments[environment].config
    placed = {s.node_pool.name: s.node_pool for s in config.services.values() if s.node_pool}
    nodes = []
    for pool_name, pool in config.node_pools.items():
        room = allocatable(pool.machine_type)
        setting = placed.get(pool_name)
        label = setting.label if setting else "cloud.google.com/gke-nodepool"
        for zone in range(pool.zones):
            for index in range(pool.max_nodes_per_zone):
                name = f"{pool_name}-z{zone}-{index}"
                nodes.append(
                    {
                        "name": name,
                        "labels": {"kubernetes.io/hostname": name, "kubernetes.io/os": "linux", ZONE: f"zone-{zone}", label: pool_name},
                        "taints": [{"key": setting.taint, "value": pool_name, "effect": "NoSchedule"}] if setting else [],
                        # Ephemeral storage is not sized by the model yet: each node gets a boot disk's
                        # worth, so CPU, memory, pods, selectors, taints and spread decide.
                        "allocatable": {
                            "cpu": f"{int(room.cpu * 1000)}m",
                            "memory": str(room.memory),
                            "pods": str(pool.max_pods_per_node),
                            "ephemeral-storage": "50Gi",
                        },
                    }
                )
    return nodes


def add_nodes(cluster: ControlPlane, nodes: list[dict]) -> None:
    for node in nodes:
        body = {
            "apiVersion": "v1",
            "kind": "Node",
            "metadata": {"name": node["name"], "labels": node["labels"]},
            "spec": {"taints": node["taints"]},
        }
        response = cluster.request("POST", "/api/v1/nodes", body)
        assert response.status == 201, response.body
        status = {
            "status": {
                "capacity": node["allocatable"],
                "allocatable": node["allocatable"],
                "conditions": [{"type": "Ready", "status": "True", "reason": "KubeletReady", "message": "a node of the test"}],
            }
        }
        response = cluster.request("PATCH", f"/api/v1/nodes/{node['name']}/status", status, "application/merge-patch+json")
        assert response.status == 200, response.body
        # The API server taints a new node not-ready until the node lifecycle controller sees it
        # ready; that controller is off (kwok's heartbeats are not a kubelet's), so the test says
        # what it would. kwok takes the node over only now, Ready and sized: one it sees
        # unready initializes it with its own default size (1000 CPUs), racing the patch above.
        update = {"metadata": {"annotations": dict([KWOK_NODE])}, "spec": {"taints": node["taints"] or None}}
        response = cluster.request("PATCH", f"/api/v1/nodes/{node['name']}", update, "application/merge-patch+json")
        assert response.status == 200, response.body
    for node in nodes:
        status = cluster.get(f"/api/v1/nodes/{node['name']}")["status"]
        assert status["allocatable"]["cpu"] == node["allocatable"]["cpu"], status["allocatable"]


@dataclass(frozen=True)
class Deployment:
    """One of the platform's Deployments with the replica bounds its autoscaler allows."""

    name: str
    namespace: str
    minimum: int
    maximum: int
    has_budget: bool


def deployments(environment: str) -> list[Deployment]:
    """Every Deployment the environment's own folders make, with its HPA or KEDA bounds."""
    objects = CODEX.objects(environment)
    by_name = {obj["metadata"]["name"]: obj for obj in objects.values() if obj["kind"] == "Deployment"}
    budgets = {
        (obj["metadata"]["namespace"], obj["spec"]["selector"]["matchLabels"].get("app.kubernetes.io/name"))
        for obj in objects.values()
        if obj["kind"] == "PodDisruptionBudget"
    }
    found = []
    for workload in workloads(CODEX.dist / environment, CODEX.environments[environment].config):
        obj = by_name.get(workload.name)
        if obj is not None:
            namespace = obj["metadata"]["namespace"]
            found.append(Deployment(workload.name, namespace, workload.minimum, workload.maximum, (namespace, workload.name) in budgets))
    return found


#: GKE's default StorageClass (Persistent Disk, balanced, bound where the pod is placed).
STORAGE_CLASS = {
    "apiVersion": "storage.k8s.io/v1",
    "kind": "StorageClass",
    "metadata": {"name": "standard-rwo", "annotations": {"storageclass.kubernetes.io/is-default-class": "true"}},
    "provisioner": "pd.csi.storage.gke.io",
    "parameters": {"type": "pd-balanced"},
    "volumeBindingMode": "WaitForFirstConsumer",
    "allowVolumeExpansion": True,
}
#: The annotation the scheduler puts on a WaitForFirstConsumer claim once it has placed its pod.
SELECTED_NODE = "volume.kubernetes.io/selected-node"


class Provisioner:
    """Stands in for GKE's Persistent Disk CSI provisioner: every 0.3 s, each claim the scheduler
    has chosen a node for gets a PersistentVolume in that node's zone, pre-bound to it as the
    external provisioner does; the real volume binder and scheduler do the rest."""

    def __init__(self, cluster: ControlPlane) -> None:
        self.cluster = cluster
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def provision(self) -> None:
        for claim in self.cluster.get("/api/v1/persistentvolumeclaims")["items"]:
            meta, spec = claim["metadata"], claim["spec"]
            node = (meta.get("annotations") or {}).get(SELECTED_NODE)
            if not node or spec.get("volumeName"):
                continue
            zone = self.cluster.get(f"/api/v1/nodes/{node}")["metadata"]["labels"].get(ZONE, "")
            name = f"pvc-{meta['uid']}"
            volume = {
                "apiVersion": "v1",
                "kind": "PersistentVolume",
                "metadata": {"name": name, "annotations": {"pv.kubernetes.io/provisioned-by": STORAGE_CLASS["provisioner"]}},
                "spec": {
                    "capacity": {"storage": spec["resources"]["requests"]["storage"]},
                    "accessModes": spec["accessModes"],
                    "storageClassName": spec.get("storageClassName") or STORAGE_CLASS["metadata"]["name"],
                    "persistentVolumeReclaimPolicy": "Delete",
                    "claimRef": {"namespace": meta["namespace"], "name": meta["name"], "uid": meta["uid"]},
                    "csi": {"driver": STORAGE_CLASS["provisioner"], "volumeHandle": f"projects/codex/zones/{zone}/disks/{name}"},
                    "nodeAffinity": {
                        "required": {"nodeSelectorTerms": [{"matchExpressions": [{"key": ZONE, "operator": "In", "values": [zone]}]}]}
                    },
                },
            }
            self.cluster.request("POST", "/api/v1/persistentvolumes", volume)  # 409 once made: fine

    def _run(self) -> None:
        while not self._stop.wait(0.3):
            self.provision()

    def start(self) -> Provisioner:
        response = self.cluster.apply(STORAGE_CLASS)
        assert response.status in (200, 201), response.body
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def live_pods(cluster: ControlPlane, namespace: str, name: str) -> list[dict]:
    """The workload's pods that are not being deleted."""
    return [
        p
        for p in cluster.get(f"/api/v1/namespaces/{namespace}/pods?labelSelector=app.kubernetes.io/name={name}")["items"]
        if not p["metadata"].get("deletionTimestamp")
    ]


def is_ready(pod: dict) -> bool:
    return not pod["metadata"].get("deletionTimestamp") and any(
        c["type"] == "Ready" and c["status"] == "True" for c in pod.get("status", {}).get("conditions", [])
    )


def unavailable(cluster: ControlPlane, wanted: dict[str, tuple[str, int]]) -> list[str]:
    """Each Deployment short of ``wanted`` available replicas, by the deployment controller's own
    count, with the scheduler's reason for any pod it could not place; empty when all are."""
    problems = []
    for name, (namespace, replicas) in wanted.items():
        status = cluster.get(f"/apis/apps/v1/namespaces/{namespace}/deployments/{name}").get("status", {})
        available = status.get("availableReplicas", 0)
        if available < replicas or status.get("replicas", 0) != replicas:
            pods = live_pods(cluster, namespace, name)
            reasons = {
                c.get("message", "") for p in pods for c in p.get("status", {}).get("conditions", []) if c.get("reason") == "Unschedulable"
            }
            placed = sum(1 for p in pods if p["spec"].get("nodeName"))
            problems.append(
                f"{name}: {available} of {replicas} available, {placed} placed; {'; '.join(sorted(reasons)) or 'no scheduling failure'}"
            )
    return problems


def set_replicas(cluster: ControlPlane, wanted: dict[str, tuple[str, int]], seconds: float = 90) -> list[str]:
    """Scale each Deployment and wait until each is available at that count; what is not."""
    for name, (namespace, replicas) in wanted.items():
        scale(cluster, namespace, name, replicas)
    try:
        cluster.wait_for("every Deployment available", lambda: not unavailable(cluster, wanted), seconds=seconds)
    except TimeoutError:
        return unavailable(cluster, wanted)
    return []


def scale(cluster: ControlPlane, namespace: str, name: str, replicas: int) -> None:
    response = cluster.request(
        "PATCH",
        f"/apis/apps/v1/namespaces/{namespace}/deployments/{name}/scale",
        {"spec": {"replicas": replicas}},
        "application/merge-patch+json",
    )
    assert response.status == 200, response.body


def planted(deployment: dict, name: str, replicas: int) -> dict:
    """A copy of ``deployment`` under another name (and selector), for planting a defect."""
    copy = json.loads(json.dumps(deployment))
    copy["metadata"]["name"] = name
    for where in (copy["spec"]["selector"]["matchLabels"], copy["spec"]["template"]["metadata"]["labels"]):
        where["app.kubernetes.io/name"] = name
    copy["spec"]["replicas"] = replicas
    return copy


@contextmanager
def removed_after(cluster: ControlPlane, *objects: dict) -> Iterator[None]:
    """Apply planted objects; delete them (and, for a Deployment, wait its pods out) afterwards,
    so later tests see the platform's objects only."""
    for obj in objects:
        response = cluster.apply(obj)
        assert response.status in (200, 201), response.body
    try:
        yield
    finally:
        for obj in objects:
            cluster.request("DELETE", cluster.path_of(obj) + "?propagationPolicy=Foreground")
        for obj in objects:
            if obj["kind"] == "Deployment":
                namespace, name = obj["metadata"]["namespace"], obj["metadata"]["name"]
                cluster.wait_for(
                    f"{name}'s pods gone",
                    lambda namespace=namespace, name=name: (
                        not cluster.get(f"/api/v1/namespaces/{namespace}/pods?labelSelector=app.kubernetes.io/name={name}")["items"]
                    ),
                )


# Disruption --------------------------------------------------------------------------------------


class ReadyWatch:
    """Counts each Deployment's Ready pods (not terminating) every 0.2 s on a thread, keeping the
    lowest count seen: did a workload ever have none while nodes were drained?"""

    def __init__(self, cluster: ControlPlane, watched: list[Deployment]) -> None:
        self.cluster, self.watched = cluster, watched
        self.lowest: dict[str, int] = {}
        self.samples = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def sample(self) -> None:
        ready: dict[str, int] = {d.name: 0 for d in self.watched}
        for namespace in sorted({d.namespace for d in self.watched}):
            for pod in self.cluster.get(f"/api/v1/namespaces/{namespace}/pods")["items"]:
                name = pod["metadata"].get("labels", {}).get("app.kubernetes.io/name")
                if name in ready and is_ready(pod):
                    ready[name] += 1
        for name, count in ready.items():
            self.lowest[name] = min(count, self.lowest.get(name, count))
        self.samples += 1

    def _run(self) -> None:
        while not self._stop.wait(0.2):
            self.sample()

    def __enter__(self) -> ReadyWatch:
        self.sample()
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()
        self.sample()


def pods_on(cluster: ControlPlane, node: str) -> list[dict]:
    return cluster.get(f"/api/v1/pods?fieldSelector=spec.nodeName={node}")["items"]


def cordon(cluster: ControlPlane, node: str, unschedulable: bool = True) -> None:
    response = cluster.request("PATCH", f"/api/v1/nodes/{node}", {"spec": {"unschedulable": unschedulable}}, "application/merge-patch+json")
    assert response.status == 200, response.body


def drain(cluster: ControlPlane, node: str, seconds: float = 30) -> list[str]:
    """``kubectl drain``: cordon the node, then ask the eviction API to remove each pod on it
    (DaemonSets' pods excepted), retrying while a PodDisruptionBudget refuses (429), until each
    pod is gone. Returns why the drain did not finish within ``seconds``: empty when it did."""
    cordon(cluster, node)
    deadline = time.monotonic() + seconds
    refusals: dict[str, str] = {}
    while time.monotonic() < deadline:
        remaining = [
            p for p in pods_on(cluster, node) if not any(o.get("kind") == "DaemonSet" for o in p["metadata"].get("ownerReferences", []))
        ]
        if not remaining:
            return []
        for pod in remaining:
            if pod["metadata"].get("deletionTimestamp"):
                continue
            namespace, name = pod["metadata"]["namespace"], pod["metadata"]["name"]
            eviction = {"apiVersion": "policy/v1", "kind": "Eviction", "metadata": {"name": name, "namespace": namespace}}
            response = cluster.request("POST", f"/api/v1/namespaces/{namespace}/pods/{name}/eviction", eviction)
            if response.status == 429:
                refusals[f"{namespace}/{name}"] = (
                    response.body.get("message", "") if isinstance(response.body, dict) else str(response.body)
                )
            elif response.status not in (200, 201, 404):
                refusals[f"{namespace}/{name}"] = f"{response.status} {response.body}"
            else:
                refusals.pop(f"{namespace}/{name}", None)
        time.sleep(0.25)
    stuck = [p["metadata"]["namespace"] + "/" + p["metadata"]["name"] for p in pods_on(cluster, node)]
    return [f"{node}: {pod} not evicted in {seconds} s: {refusals.get(pod, 'still terminating')}" for pod in stuck]
