"""Argo CD's sync of one environment onto an empty cluster, replayed: the root Application's
folder, then every Application in wave order, each folder's objects in gitops-engine's order,
applied with server-side apply and strict field validation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import groupby

from controlplane import ControlPlane, crd_documents, install_crds
from helm_charts import HelmFailed, chart_folder, render
from programs import ROOT

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


#: Argo CD's own CRDs, installed with Argo CD by the bootstrap before the root Application.
BOOTSTRAP_CRD_GROUPS = ("argoproj.io",)
#: The API groups of the CRDs in ``crds/`` that each upstream chart installs (from its templates
#: or its ``crds/`` folder), by chart name: they exist once that chart's Application has synced.
CHART_CRD_GROUPS = {
    "cert-manager": ("cert-manager.io",),
    "external-secrets": ("external-secrets.io",),
    "strimzi-kafka-operator": ("kafka.strimzi.io",),
    "gateway-helm": ("gateway.networking.k8s.io", "gateway.envoyproxy.io"),
    "keda": ("keda.sh",),
    "argocd-image-updater": ("argocd-image-updater.argoproj.io",),
}


def bootstrap(plane: ControlPlane) -> None:
    """What the bootstrap leaves before the first sync: Argo CD's CRDs and its namespace."""
    install_crds(plane, crds_of(*BOOTSTRAP_CRD_GROUPS))
    response = plane.apply({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": ARGOCD_NAMESPACE}})
    assert response.status in (200, 201), response.body


def crds_of(*groups: str) -> list[dict]:
    return [crd for crd in crd_documents(ROOT / "crds") if crd["spec"]["group"] in groups]


@dataclass(frozen=True)
class Step:
    """What one Application's sync does: install the CRDs its chart brings, create its namespace
    (CreateNamespace=true, with the labels of managedNamespaceMetadata), then apply its folder of
    ``dist/`` or, for a chart kept in ``vendor/charts/``, what Helm renders from it (the chart's
    own CRDs first). The root Application's sync
    is cut into one step per wave, each followed by the steps of the Applications of that wave:
    Argo CD waits for a wave's Applications to be healthy before the next."""

    application: str
    namespace: dict | None
    objects: list[dict]
    crds: list[dict] = field(default_factory=list)
    #: The chart Application, where the repository keeps a copy of its chart to render.
    chart: dict | None = None


def _wave(obj: dict) -> int:
    return int((obj["metadata"].get("annotations") or {}).get(WAVE, "0"))


def sync_steps(objects: dict[str, dict]) -> list[Step]:
    """The root Application's folder (``gitops/``, which holds the others) wave by wave, each
    wave's Applications synced after it, as Argo CD syncs an empty cluster. ``objects`` are one
    environment's, ``{"<folder>/<file>": object}``."""
    folders: dict[str, list[dict]] = {}
    for path, obj in objects.items():
        if obj["kind"] != "Kustomization":
            folders.setdefault(path.split("/", 1)[0], []).append(obj)
    applications = [obj for obj in folders["gitops"] if obj["kind"] == "Application"]
    root = next(app for app in applications if app["spec"]["source"].get("path", "").endswith("/gitops"))
    steps, synced = [], {"gitops"}
    for _, wave in groupby(in_sync_order(folders["gitops"]), key=_wave):
        objects = list(wave)
        steps.append(Step(root["metadata"]["name"], None, objects))
        for app in objects:
            if app["kind"] != "Application" or app is root:
                continue
            spec = app["spec"]
            folder = spec["source"].get("path", "").rstrip("/").split("/")[-1] or None
            namespace = None
            if "CreateNamespace=true" in spec.get("syncPolicy", {}).get("syncOptions", []):
                metadata = spec["syncPolicy"].get("managedNamespaceMetadata", {})
                namespace = {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": spec["destination"]["namespace"], **metadata}}
            chart = app if chart_folder(app) else None
            crds = [] if chart else crds_of(*CHART_CRD_GROUPS.get(spec["source"].get("chart", ""), ()))
            steps.append(Step(app["metadata"]["name"], namespace, in_sync_order(folders.get(folder, [])) if folder else [], crds, chart))
            if folder:
                synced.add(folder)
    assert synced == set(folders), f"folders no Application syncs: {set(folders) - synced}"
    return steps


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


WEBHOOK_KINDS = ("ValidatingWebhookConfiguration", "MutatingWebhookConfiguration")


@dataclass
class Synced:
    """What a replay found: objects the API server refused (or Helm could not render), warnings
    no waiver explains, and each chart Application's rendered objects as applied (namespaced)."""

    refused: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    rendered: dict[str, list[dict]] = field(default_factory=dict)
    #: Admission webhooks the charts registered and the replay took down: the servers behind them
    #: are operators' pods, which do not run here, so nothing would answer the API server.
    webhooks_removed: list[str] = field(default_factory=list)


def replay(plane: ControlPlane, objects: dict[str, dict], dry_run: bool = False) -> Synced:
    """Sync one environment's objects onto the cluster. With ``dry_run``, namespaces and CRDs are
    created and every other object only validated and admitted."""
    synced = Synced()
    for step in sync_steps(objects):
        crds, applied = step.crds, step.objects
        if step.chart:
            try:
                rendered = render(step.chart, plane.api_versions())
            except HelmFailed as error:
                synced.refused.append(f"{step.application}: helm template: {error}")
                continue
            crds = [obj for obj in rendered if obj["kind"] == "CustomResourceDefinition"]
        if crds:
            # For real even in a dry run: a dry-run CRD is not served, so nothing after it could be judged.
            install_crds(plane, crds)
        if step.chart:
            # Namespaced once the chart's own CRDs are served, so its custom resources are too.
            destination = step.chart["spec"]["destination"]["namespace"]
            applied = in_sync_order([plane.in_namespace(obj, destination) for obj in rendered if obj not in crds])
            synced.rendered[step.application] = crds + applied
        for obj in ([step.namespace] if step.namespace else []) + applied:
            name = f"{step.application}: {obj['kind']} {obj['metadata'].get('namespace', '')}/{obj['metadata']['name']}"
            try:
                response = plane.apply(obj, dry_run=dry_run and obj["kind"] != "Namespace")
            except LookupError as error:
                synced.refused.append(f"{name}: {error}")
                continue
            if response.status not in (200, 201):
                message = response.body.get("message") if isinstance(response.body, dict) else response.body
                synced.refused.append(f"{name}: {response.status} {message}")
            synced.warnings += [f"{name}: {warning}" for warning in response.warnings if unexplained(obj, warning)]
        for obj in applied:
            if obj["kind"] in WEBHOOK_KINDS and not dry_run:
                plane.request("DELETE", plane.path_of(obj))
                synced.webhooks_removed.append(f"{step.application}: {obj['kind']} {obj['metadata']['name']}")
    return synced
