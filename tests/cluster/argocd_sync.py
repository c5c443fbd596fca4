"""Argo CD's sync of one environment onto an empty cluster, replayed: the root Application's
folder, then every Application in wave order, each folder's objects in gitops-engine's order,
applied with server-side apply and strict field validation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from controlplane import ControlPlane
from platforms import Platform

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
