"""Argo CD delivery: a project, an app-of-apps root, and one Application per folder or chart."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cdk8s import ApiObjectMetadata
from cdk8s_plus_27 import k8s
from constructs import Construct

from ._crds.argocd.io import argoproj
from ._names import check_dns_label
from ._props import checked_props
from .helm_release import HelmRelease

SYNC_WAVE = "argocd.argoproj.io/sync-wave"

#: Lets a parent Application wait for its children's health, so sync waves order Applications.
#: Argo CD stopped assessing Application health itself in 1.8; this restores it.
APPLICATION_HEALTH_CHECK = """\
hs = {}
hs.status = "Progressing"
hs.message = ""
if obj.status ~= nil and obj.status.health ~= nil then
  hs.status = obj.status.health.status
  if obj.status.health.message ~= nil then
    hs.message = obj.status.health.message
  end
end
return hs
"""


@dataclass(frozen=True)
class SyncedFolder:
    """A folder of plain manifests in the repository, synced by one Application.

    :param name: the Application's name.
    :param path: the folder's path in the repository (a Kustomize overlay works too).
    :param namespace: the default namespace of its objects.
    :param wave: the sync wave; lower waves are synced and healthy before higher ones start.
    :param cluster_resources: cluster-scoped kinds in the folder, as ``(group, kind)``.
    :param autoscaled: the folder has HPA-managed Deployments: their ``replicas`` is never a diff.
    """

    name: str
    path: str
    namespace: str
    wave: int
    cluster_resources: tuple[tuple[str, str], ...] = ()
    autoscaled: bool = False


@dataclass(frozen=True)
class HelmApplication:
    """A :class:`HelmRelease` and the wave it is installed in."""

    release: HelmRelease
    wave: int


class GitOps(Construct):
    """Everything Argo CD needs to reconcile a platform from git.

    - an ``AppProject`` ``project`` that admits only ``repo_url`` and the releases' chart
      repositories, only the namespaces used, and only the cluster-scoped kinds declared;
    - a child ``Application`` per folder and per release, ordered by sync-wave annotations,
      automated with prune and self-heal, retried with backoff, applied server-side;
    - the root ``Application`` ``<project>-root`` (app of apps), which syncs ``root_path``:
      this construct's own output. Apply it once by hand; from then on it manages itself;
    - ``argocd-cm``'s Application health check (applied server-side, so only that key is
      owned here), without which waves would not wait for child Applications.

    The root lives in ``root_project`` (Argo CD's ``default``) because the project it would
    otherwise belong to is one of the objects it creates.

    :param project: the AppProject's name; child Applications are ``<project>-<name>``.
    :param repo_url: the git repository holding the folders.
    :param revision: the branch (or tag) to follow.
    :param root_path: the folder holding this construct's output.
    :param folders: the manifest folders to sync.
    :param helm: the upstream charts to install.
    :param cluster: the destination API server. Default: the cluster Argo CD runs in.
    :param argocd_namespace: Argo CD's namespace. Default: ``argocd``.
    :param root_project: the project of the root Application. Default: ``default``.
    :param namespaces: further namespaces the folders' objects may go to (besides each
        folder's default). Default: none.
    """

    @checked_props
    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        project: str,
        repo_url: str,
        revision: str,
        root_path: str,
        folders: Sequence[SyncedFolder],
        helm: Sequence[HelmApplication] = (),
        cluster: str = "https://kubernetes.default.svc",
        argocd_namespace: str = "argocd",
        root_project: str = "default",
        namespaces: Sequence[str] = (),
    ) -> None:
        super().__init__(scope, id)
        check_dns_label(project, "project name")
        names = [f.name for f in folders] + [h.release.name for h in helm]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise ValueError(f"Application names {duplicates} are used twice")
        self.project_name = project
        self.argocd_namespace = argocd_namespace
        namespaces = sorted({f.namespace for f in folders} | {h.release.namespace for h in helm} | set(namespaces))
        cluster_kinds = sorted(
            {kind for f in folders for kind in f.cluster_resources} | {kind for h in helm for kind in h.release.cluster_resources}
        )
        repositories = [repo_url, *sorted({h.release.repo_url for h in helm})]

        self.config_map = k8s.KubeConfigMap(
            self,
            "HealthCheck",
            metadata=k8s.ObjectMeta(
                name="argocd-cm",
                namespace=argocd_namespace,
                labels={"app.kubernetes.io/name": "argocd-cm", "app.kubernetes.io/part-of": "argocd"},
                annotations={
                    SYNC_WAVE: "-2",
                    # Only this key is ours; the rest of argocd-cm belongs to the Argo CD install.
                    "argocd.argoproj.io/sync-options": "ServerSideApply=true,Prune=false",
                },
            ),
            data={"resource.customizations.health.argoproj.io_Application": APPLICATION_HEALTH_CHECK},
        )
        self.project = argoproj.AppProject(
            self,
            "Project",
            metadata=ApiObjectMetadata(name=project, namespace=argocd_namespace, annotations={SYNC_WAVE: "-1"}),
            spec=argoproj.AppProjectSpec(
                description=f"{project}: everything synthesized from this repository",
                source_repos=repositories,
                destinations=[argoproj.AppProjectSpecDestinations(server=cluster, namespace=ns) for ns in namespaces],
                cluster_resource_whitelist=[
                    argoproj.AppProjectSpecClusterResourceWhitelist(group=group, kind=kind) for group, kind in cluster_kinds
                ],
            ),
        )
        self.applications: dict[str, argoproj.Application] = {}
        for folder in folders:
            self.applications[folder.name] = self._application(
                folder.name,
                folder.wave,
                cluster,
                folder.namespace,
                argoproj.ApplicationSpecSource(repo_url=repo_url, target_revision=revision, path=folder.path),
                ignore=[argoproj.ApplicationSpecIgnoreDifferences(group="apps", kind="Deployment", json_pointers=["/spec/replicas"])]
                if folder.autoscaled
                else None,
            )
        for item in helm:
            release = item.release
            self.applications[release.name] = self._application(
                release.name,
                item.wave,
                cluster,
                release.namespace,
                argoproj.ApplicationSpecSource(
                    repo_url=release.repo_url,
                    chart=release.chart,
                    target_revision=release.version,
                    helm=argoproj.ApplicationSpecSourceHelm(release_name=release.name, values_object=dict(release.values) or None),
                ),
                create_namespace=True,
                namespace_labels=dict(release.namespace_labels),
            )
        self.root = argoproj.Application(
            self,
            "Root",
            metadata=ApiObjectMetadata(name=f"{project}-root", namespace=argocd_namespace),
            spec=argoproj.ApplicationSpec(
                project=root_project,
                source=argoproj.ApplicationSpecSource(repo_url=repo_url, target_revision=revision, path=root_path),
                destination=argoproj.ApplicationSpecDestination(server=cluster, namespace=argocd_namespace),
                sync_policy=_sync_policy(),
            ),
        )

    def _application(
        self,
        name: str,
        wave: int,
        cluster: str,
        namespace: str,
        source: argoproj.ApplicationSpecSource,
        *,
        ignore: list[argoproj.ApplicationSpecIgnoreDifferences] | None = None,
        create_namespace: bool = False,
        namespace_labels: dict[str, str] | None = None,
    ) -> argoproj.Application:
        return argoproj.Application(
            self,
            f"App-{name}",
            metadata=ApiObjectMetadata(
                name=f"{self.project_name}-{name}",
                namespace=self.argocd_namespace,
                annotations={SYNC_WAVE: str(wave)},
                # Deleting an Application deletes what it deployed, not just the Application
                # (foreground cascading deletion, Argo CD's default). The name with a path: the
                # API server warns about a finalizer name without one (Kubernetes 1.33).
                finalizers=["resources-finalizer.argocd.argoproj.io/foreground"],
            ),
            spec=argoproj.ApplicationSpec(
                project=self.project_name,
                source=source,
                destination=argoproj.ApplicationSpecDestination(server=cluster, namespace=namespace),
                ignore_differences=ignore,
                sync_policy=_sync_policy(
                    create_namespace=create_namespace,
                    namespace_labels=namespace_labels,
                    respect_ignore=bool(ignore),
                ),
            ),
        )


def _sync_policy(
    *, create_namespace: bool = False, namespace_labels: dict[str, str] | None = None, respect_ignore: bool = False
) -> argoproj.ApplicationSpecSyncPolicy:
    options = ["ServerSideApply=true", "PruneLast=true"]
    if create_namespace:
        options.append("CreateNamespace=true")
    if respect_ignore:
        options.append("RespectIgnoreDifferences=true")
    return argoproj.ApplicationSpecSyncPolicy(
        automated=argoproj.ApplicationSpecSyncPolicyAutomated(prune=True, self_heal=True),
        retry=argoproj.ApplicationSpecSyncPolicyRetry(
            limit=10,
            backoff=argoproj.ApplicationSpecSyncPolicyRetryBackoff(duration="10s", factor=2, max_duration="5m"),
        ),
        sync_options=options,
        managed_namespace_metadata=argoproj.ApplicationSpecSyncPolicyManagedNamespaceMetadata(labels=namespace_labels)
        if create_namespace and namespace_labels
        else None,
    )
