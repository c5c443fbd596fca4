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
