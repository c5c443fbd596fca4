"""Every object of every environment, applied to a real kube-apiserver 1.33 as Argo CD syncs it:
the operators' CRDs first, then each Application's folder in wave order, server-side apply
with strict field validation. The API server's own schemas, defaulting, validation and admission
(Pod Security included) judge each object, not a model of them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

import pytest

from codex_platform.inputs.machines import allocatable
from codex_platform.operations.capacity import workloads
from controlplane import ControlPlane, crd_documents
from platforms import CODEX, Platform
from programs import ROOT

pytestmark = pytest.mark.cluster

#: gitops-engine's order of kinds within one sync wave (pkg/sync/sync_tasks.go, kindOrder):
#: what a workload needs exists before it; kinds it does not list come last.
KIND_ORDER = [
    "Namespace",
    "NetworkPolicy",
    "ResourceQuota",
    "LimitRange",
    "PodSecurityPolicy",
    "PodDisruptionBudget",
    "ServiceAccount",
    "Secret",
    "SecretList",
    "ConfigMap",
    "StorageClass",
    "PersistentVolume",
    "PersistentVolumeClaim",
    "CustomResourceDefinition",
    "ClusterRole",
    "ClusterRoleList",
    "ClusterRoleBinding",
    "ClusterRoleBindingList",
    "Role",
    "RoleList",
    "RoleBinding",
    "RoleBindingList",
    "Service",
    "DaemonSet",
    "Pod",
    "ReplicationController",
    "ReplicaSet",
    "Deployment",
    "HorizontalPodAutoscaler",
    "StatefulSet",
    "Job",
    "CronJob",
    "IngressClass",
    "Ingress",
    "APIService",
]
WAVE = "argocd.argoproj.io/sync-wave"
HOOK = "argocd.argoproj.io/hook"
#: Argo CD runs in it before the first sync (the bootstrap plan installs it there).
ARGOCD_NAMESPACE = "argocd"


def in_sync_order(objects: list[dict]) -> list[dict]:
    """One sync's objects as Argo CD applies them: PreSync hooks first, then by sync wave, then
    in gitops-engine's kind order."""

    def key(obj: dict) -> tuple:
        annotations = obj["metadata"].get("annotations") or {}
        kind = obj["kind"]
        return (
            annotations.get(HOOK) != "PreSync",
            int(annotations.get(WAVE, "0")),
            KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER),
            obj["metadata"]["name"],
        )

    return sorted(objects, key=key)


@dataclass(frozen=True)
class Step:
    """What one Application's sync does: create its namespace (CreateNamespace=true, with the
    labels of managedNamespaceMetadata), then apply its folder of ``dist/`` (a Helm chart's
    objects are not rendered here)."""

    application: str
    namespace: dict | None
    objects: list[dict]


def sync_steps(platform: Platform, environment: str) -> list[Step]:
    """The root Application's folder (``gitops/``, which holds the others), then every other
    Application in wave order, as Argo CD syncs an empty cluster."""
    folders: dict[str, list[dict]] = {}
    for path, obj in platform.objects(environment).items():
        if obj["kind"] != "Kustomization":
            folders.setdefault(path.split("/", 1)[0], []).append(obj)
    applications = [obj for obj in folders["gitops"] if obj["kind"] == "Application"]
    root = next(app for app in applications if app["spec"]["source"].get("path", "").endswith("/gitops"))
    steps = [Step(root["metadata"]["name"], None, in_sync_order(folders["gitops"]))]
    synced = {"gitops"}
    for app in in_sync_order([app for app in applications if app is not root]):
        spec = app["spec"]
        folder = spec["source"].get("path", "").rstrip("/").split("/")[-1] or None
        namespace = None
        if "CreateNamespace=true" in spec.get("syncPolicy", {}).get("syncOptions", []):
            metadata = spec["syncPolicy"].get("managedNamespaceMetadata", {})
            namespace = {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": spec["destination"]["namespace"], **metadata}}
        steps.append(Step(app["metadata"]["name"], namespace, in_sync_order(folders.get(folder, [])) if folder else []))
        if folder:
            synced.add(folder)
    assert synced == set(folders), f"folders no Application syncs: {set(folders) - synced}"
    return steps


@pytest.fixture(scope="module")
def cluster():
    plane = ControlPlane().start()
    try:
        for crd in crd_documents(ROOT / "crds"):
            response = plane.apply(crd)
            assert response.status in (200, 201), f"CRD {crd['metadata']['name']}: {response.body}"
        for crd in crd_documents(ROOT / "crds"):
            name = crd["metadata"]["name"]
            plane.wait_for(
                f"CRD {name} established",
                lambda name=name: any(
                    c["type"] == "Established" and c["status"] == "True"
                    for c in plane.get(f"/apis/apiextensions.k8s.io/v1/customresourcedefinitions/{name}")
                    .get("status", {})
                    .get("conditions", [])
                ),
            )
        plane.apply({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": ARGOCD_NAMESPACE}})
        plane.discover()
        yield plane
    finally:
        plane.stop()


def waived_containers(obj: dict) -> set[str]:
    """The containers a checkov waiver on the object names ("container <name> only")."""
    return {
        match.group(1)
        for key, value in (obj["metadata"].get("annotations") or {}).items()
        if key.startswith("checkov.io/skip")
        for match in [re.search(r"container (\S+) only", value)]
        if match
    }


def unexplained(obj: dict, warning: str) -> bool:
    """Pod Security's warning about a container no waiver names. The namespaces warn at
    restricted even where they enforce privileged, so the Docker daemon's warning is expected:
    it must name the waived containers and no other."""
    named = set(re.findall(r'container "([^"]+)"', warning))
    return not (warning.startswith("would violate PodSecurity") and named and named <= waived_containers(obj))


def replay(plane: ControlPlane, platform: Platform, environment: str, dry_run: bool = False) -> tuple[list[str], list[str]]:
    """Sync the environment onto the cluster; return (refused objects, unexplained warnings).
    With ``dry_run``, namespaces are created and every other object only validated and admitted."""
    refused, warnings = [], []
    for step in sync_steps(platform, environment):
        for obj in ([step.namespace] if step.namespace else []) + step.objects:
            name = f"{step.application}: {obj['kind']} {obj['metadata'].get('namespace', '')}/{obj['metadata']['name']}"
            response = plane.apply(obj, dry_run=dry_run and obj["kind"] != "Namespace")
            if response.status not in (200, 201):
                message = response.body.get("message") if isinstance(response.body, dict) else response.body
                refused.append(f"{name}: {response.status} {message}")
            warnings += [f"{name}: {warning}" for warning in response.warnings if unexplained(obj, warning)]
    return refused, warnings


def test_the_sync_starts_with_the_root_then_the_first_wave_and_ends_with_the_edge():
    """Applications of one wave sync side by side; gitops-engine lists them by name."""
    order = [step.application for step in sync_steps(CODEX, "prod")]
    assert order[:3] == ["codex-root", "codex-envoy-gateway", "codex-namespaces"] and order[-1] == "codex-edge", order


@pytest.fixture(scope="module")
def prod_synced(cluster):
    """prod synced for real, once: (refused objects, unexplained warnings)."""
    return replay(cluster, CODEX, "prod")


@pytest.mark.parametrize("environment", ["prod", "dev"])
def test_every_object_is_admitted_with_strict_validation_and_no_warning(cluster, prod_synced, environment):
    """The environments share namespace names, so they cannot both live in one cluster: prod is
    synced for real, then dev is validated and admitted by a dry run over it."""
    refused, warnings = prod_synced if environment == "prod" else replay(cluster, CODEX, environment, dry_run=True)
    assert refused == []
    assert warnings == []


def test_a_warning_about_a_container_no_waiver_names_is_a_failure():
    deployment = CODEX.objects("prod")["services/Deployment.code-execution-service.k8s.yaml"]
    expected = (
        'would violate PodSecurity "restricted:v1.33": privileged (container "docker-daemon" must not set securityContext.privileged=true)'
    )
    assert not unexplained(deployment, expected)
    assert unexplained(deployment, expected.replace("docker-daemon", "code-execution-service"))
    assert unexplained(CODEX.objects("prod")["services/Deployment.gateway-service.k8s.yaml"], expected)


def test_a_field_the_schema_does_not_know_is_refused(cluster):
    """Server-side apply cannot build a typed patch with an unknown field: the API server
    answers 500 with the field's path (what `kubectl apply --server-side` prints too)."""
    deployment = dict(CODEX.objects("prod")["services/Deployment.gateway-service.k8s.yaml"])
    deployment["spec"] = {**deployment["spec"], "replicaz": 2}
    response = cluster.apply(deployment, dry_run=True)
    assert response.status == 500 and ".spec.replicaz: field not declared in schema" in response.body["message"], response.body


def test_a_pod_restricted_pod_security_forbids_is_refused(cluster):
    """The namespaces enforce restricted: a privileged container is refused by admission."""
    deployment = CODEX.objects("prod")["services/Deployment.gateway-service.k8s.yaml"]
    template = deployment["spec"]["template"]
    container = {**template["spec"]["containers"][0], "securityContext": {"privileged": True}}
    pod = {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {"name": "planted", "namespace": deployment["metadata"]["namespace"]},
        "spec": {**template["spec"], "containers": [container]},
    }
    response = cluster.apply(pod, dry_run=True)
    assert response.status == 403 and 'violates PodSecurity "restricted:v1.33"' in str(response.body), response.body


def failed_creates(cluster: ControlPlane, namespace: str) -> list[str]:
    """Why the controllers could not create pods in ``namespace``: ReplicaFailure conditions and
    FailedCreate events."""
    failures = []
    for item in cluster.get(f"/apis/apps/v1/namespaces/{namespace}/replicasets")["items"]:
        failures += [
            f"{item['metadata']['name']}: {c['message']}"
            for c in item.get("status", {}).get("conditions", [])
            if c["type"] == "ReplicaFailure"
        ]
    for event in cluster.get(f"/api/v1/namespaces/{namespace}/events")["items"]:
        if event.get("reason") == "FailedCreate":
            failures.append(f"{event['involvedObject']['name']}: {event['message']}")
    return failures


def test_every_pod_the_controllers_create_is_admitted(cluster, prod_synced):
    """After prod's sync, the controllers make each workload's pods: Pod Security
    enforcement, the ServiceAccount admission (the account must exist) and the rest judge each
    pod. A refused pod shows as the ReplicaSet's or Job's ReplicaFailure / failed condition."""
    workloads = [o for o in CODEX.objects("prod").values() if o["kind"] in ("Deployment", "Job")]

    def pods_made() -> list[str] | None:
        waiting = []
        for obj in workloads:
            namespace, name = obj["metadata"]["namespace"], obj["metadata"]["name"]
            pods = cluster.get(f"/api/v1/namespaces/{namespace}/pods?labelSelector=app.kubernetes.io/name={name}")["items"]
            if obj["kind"] == "Job" and not pods:
                pods = cluster.get(f"/api/v1/namespaces/{namespace}/pods?labelSelector=job-name={name}")["items"]
            if not pods:
                waiting.append(f"{obj['kind']} {namespace}/{name}")
        return None if waiting else []

    try:
        cluster.wait_for("a pod of every workload", lambda: pods_made() == [], seconds=60)
    except TimeoutError:
        failures = [
            line for namespace in sorted({o["metadata"]["namespace"] for o in workloads}) for line in failed_creates(cluster, namespace)
        ]
        pytest.fail("pods not created:\n" + "\n".join(failures or ["(no FailedCreate: are the controllers running?)"]))


def test_a_workload_whose_pods_restricted_refuses_gets_none(cluster, prod_synced):
    """The check above can fail: a Deployment admitted (a warning only) whose pods the
    namespace's restricted enforcement refuses, so its ReplicaSet reports the refusal."""
    deployment = CODEX.objects("prod")["services/Deployment.gateway-service.k8s.yaml"]
    planted = json.loads(json.dumps(deployment))
    planted["metadata"]["name"] = "planted-net-admin"
    labels = {"app.kubernetes.io/name": "planted-net-admin"}
    planted["spec"]["selector"] = {"matchLabels": labels}
    planted["spec"]["template"]["metadata"]["labels"] = labels
    planted["spec"]["template"]["spec"]["containers"][0]["securityContext"]["capabilities"]["add"] = ["NET_ADMIN"]
    response = cluster.apply(planted)
    assert response.status in (200, 201) and any("would violate PodSecurity" in w for w in response.warnings), response
    namespace = planted["metadata"]["namespace"]
    refusals = cluster.wait_for(
        "the planted Deployment's refusal",
        lambda: [
            line
            for line in failed_creates(cluster, namespace)
            if line.startswith("planted-net-admin") and 'violates PodSecurity "restricted:v1.33"' in line
        ],
    )
    assert refusals


# Scheduling on the declared node pools ----------------------------------------------------------

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
        # ready; with no kubelet that controller is off, so the test says what it would.
        response = cluster.request(
            "PATCH", f"/api/v1/nodes/{node['name']}", {"spec": {"taints": node["taints"] or None}}, "application/merge-patch+json"
        )
        assert response.status == 200, response.body


def unscheduled(cluster: ControlPlane, deployments: dict[str, tuple[str, int]]) -> list[str]:
    """Each Deployment's pods the scheduler has not placed (with the scheduler's reason), or
    missing; empty once every one of the wanted replicas has a node."""
    problems = []
    for name, (namespace, wanted) in deployments.items():
        pods = [
            p
            for p in cluster.get(f"/api/v1/namespaces/{namespace}/pods?labelSelector=app.kubernetes.io/name={name}")["items"]
            if not p["metadata"].get("deletionTimestamp")
        ]
        placed = [p for p in pods if p["spec"].get("nodeName")]
        if len(placed) < wanted:
            reasons = {
                c.get("message", "") for p in pods for c in p.get("status", {}).get("conditions", []) if c.get("reason") == "Unschedulable"
            }
            problems.append(f"{name}: {len(placed)} of {wanted} placed; {'; '.join(sorted(reasons)) or 'pods not made yet'}")
    return problems


def scale(cluster: ControlPlane, namespace: str, name: str, replicas: int) -> None:
    response = cluster.request(
        "PATCH",
        f"/apis/apps/v1/namespaces/{namespace}/deployments/{name}/scale",
        {"spec": {"replicas": replicas}},
        "application/merge-patch+json",
    )
    assert response.status == 200, response.body


@pytest.fixture(scope="module")
def prod_nodes(cluster, prod_synced):
    """prod's pools at their largest, and its autoscalers removed: the test sets the replica counts."""
    add_nodes(cluster, pool_nodes("prod"))
    for namespace in {o["metadata"]["namespace"] for o in CODEX.objects("prod").values() if o["kind"] == "HorizontalPodAutoscaler"}:
        cluster.request("DELETE", f"/apis/autoscaling/v2/namespaces/{namespace}/horizontalpodautoscalers")
    return True


@pytest.mark.parametrize("at", ["min", "max"])
def test_every_service_is_placed_by_the_real_scheduler_at_its_minimum_and_maximum(cluster, prod_nodes, at):
    """kube-scheduler places every pod of the platform's Deployments on nodes built from prod's
    node_pools (their labels, taints and allocatable figures), honouring node selectors,
    tolerations, spread constraints and requests, with every workload at its minimum and then at
    its maximum replicas. Not here: Redis (its claim has no provisioner on this control plane),
    Kafka's brokers and the Envoy proxies (their operators do not run here), the charts' pods."""
    config = CODEX.environments["prod"].config
    deployments = {}
    for workload in workloads(CODEX.dist / "prod", config):
        obj = CODEX.objects("prod").get(f"services/Deployment.{workload.name}.k8s.yaml") or CODEX.objects("prod").get(
            f"data/Deployment.{workload.name}.k8s.yaml"
        )
        if obj is None or any("persistentVolumeClaim" in v for v in obj["spec"]["template"]["spec"].get("volumes", [])):
            continue
        replicas = workload.maximum if at == "max" else workload.minimum
        scale(cluster, obj["metadata"]["namespace"], workload.name, replicas)
        deployments[workload.name] = (obj["metadata"]["namespace"], replicas)
    assert {"gateway-service", "code-execution-service", "kafka-ui"} <= set(deployments)
    try:
        cluster.wait_for(f"every pod placed at {at}", lambda: not unscheduled(cluster, deployments), seconds=90)
    except TimeoutError:
        assert unscheduled(cluster, deployments) == []


def test_a_pod_no_node_tolerates_stays_unplaced_with_the_scheduler_s_reason(cluster, prod_nodes):
    """A Deployment that selects a pool no node belongs to is never placed, and says why."""
    deployment = json.loads(json.dumps(CODEX.objects("prod")["services/Deployment.gateway-service.k8s.yaml"]))
    deployment["metadata"]["name"] = "planted-gateway"
    for where in (deployment["spec"]["selector"]["matchLabels"], deployment["spec"]["template"]["metadata"]["labels"]):
        where["app.kubernetes.io/name"] = "planted-gateway"
    deployment["spec"]["replicas"] = 1
    deployment["spec"]["template"]["spec"]["nodeSelector"] = {"cloud.google.com/gke-nodepool": "gpu"}
    assert cluster.apply(deployment).status in (200, 201)
    namespace = deployment["metadata"]["namespace"]
    try:
        cluster.wait_for(
            "the scheduler's verdict",
            lambda: [
                r for r in unscheduled(cluster, {"planted-gateway": (namespace, 1)}) if "didn't match Pod's node affinity/selector" in r
            ],
            seconds=60,
        )
    except TimeoutError:
        assert unscheduled(cluster, {"planted-gateway": (namespace, 1)}) == ["the scheduler's reason"]


def test_more_replicas_than_the_pool_holds_leave_the_rest_unplaced(cluster, prod_nodes):
    """Ten replicas asking three CPUs each on the general pool, whose nine nodes each offer 3.92:
    nine are placed, the tenth waits for a node the pool may not add."""
    deployment = json.loads(json.dumps(CODEX.objects("prod")["services/Deployment.gateway-service.k8s.yaml"]))
    deployment["metadata"]["name"] = "planted-heavy"
    for where in (deployment["spec"]["selector"]["matchLabels"], deployment["spec"]["template"]["metadata"]["labels"]):
        where["app.kubernetes.io/name"] = "planted-heavy"
    deployment["spec"]["replicas"] = 10
    deployment["spec"]["template"]["spec"]["topologySpreadConstraints"] = []
    container = deployment["spec"]["template"]["spec"]["containers"][0]
    container["resources"] = {
        **container["resources"],
        "requests": {**container["resources"]["requests"], "cpu": "3"},
        "limits": {**container["resources"]["limits"], "cpu": "3"},
    }
    assert cluster.apply(deployment).status in (200, 201)
    namespace = deployment["metadata"]["namespace"]
    general = CODEX.environments["prod"].config.node_pools["general"]
    assert general.zones * general.max_nodes_per_zone == 9
    verdict = cluster.wait_for(
        "nine placed, one refused",
        lambda: [
            r
            for r in unscheduled(cluster, {"planted-heavy": (namespace, 10)})
            if r.startswith("planted-heavy: 9 of 10 placed") and "Insufficient cpu" in r
        ],
        seconds=60,
    )
    assert verdict
