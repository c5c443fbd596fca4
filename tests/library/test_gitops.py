"""GitOps: a bookshop delivered by Argo CD, read as Argo CD reads it."""

import pytest

from codex_constructs import GitOps, HelmApplication, HelmRelease, SyncedFolder
from library.support import chart, manifests

REPO = "https://git.example.com/shop/deploy.git"
CACHE = HelmRelease(
    name="cache",
    repo_url="https://charts.example.com",
    chart="valkey",
    version="2.1.0",
    namespace="cache",
    values={"replicas": 2},
    cluster_resources=(("rbac.authorization.k8s.io", "ClusterRole"),),
    namespace_labels={"team": "shop"},
)


def shop_gitops(**overrides):
    scope = chart()
    props = dict(
        project="shop",
        repo_url=REPO,
        revision="main",
        root_path="dist/prod/gitops",
        folders=[
            SyncedFolder("namespaces", "dist/prod/namespaces", "shop", 0, cluster_resources=(("", "Namespace"),)),
            SyncedFolder("apps", "deploy/prod/apps", "shop", 2, autoscaled=True),
        ],
        helm=[HelmApplication(CACHE, 1)],
    )
    gitops = GitOps(scope, "gitops", **{**props, **overrides})
    return gitops, {(o["kind"], o["metadata"]["name"]): o for o in manifests(scope)}


def test_the_project_admits_only_this_repository_the_charts_the_namespaces_and_the_declared_cluster_kinds():
    _, objects = shop_gitops(namespaces=["monitoring"])
    project = objects[("AppProject", "shop")]
    assert project["metadata"]["namespace"] == "argocd"
    assert project["spec"]["sourceRepos"] == [REPO, "https://charts.example.com"]
    assert [d["namespace"] for d in project["spec"]["destinations"]] == ["cache", "monitoring", "shop"]
    assert {d["server"] for d in project["spec"]["destinations"]} == {"https://kubernetes.default.svc"}
    assert project["spec"]["clusterResourceWhitelist"] == [
        {"group": "", "kind": "Namespace"},
        {"group": "rbac.authorization.k8s.io", "kind": "ClusterRole"},
    ]


def test_each_folder_and_release_is_an_application_in_its_wave_synced_and_pruned_with_retries():
    _, objects = shop_gitops()
    apps = objects[("Application", "shop-apps")]
    assert apps["metadata"]["annotations"] == {"argocd.argoproj.io/sync-wave": "2"}
    assert apps["metadata"]["finalizers"] == ["resources-finalizer.argocd.argoproj.io/foreground"]
    assert apps["spec"]["source"] == {"repoURL": REPO, "targetRevision": "main", "path": "deploy/prod/apps"}
    assert apps["spec"]["destination"] == {"server": "https://kubernetes.default.svc", "namespace": "shop"}
    policy = apps["spec"]["syncPolicy"]
    assert policy["automated"] == {"prune": True, "selfHeal": True}
    assert policy["retry"] == {"limit": 10, "backoff": {"duration": "10s", "factor": 2, "maxDuration": "5m"}}
    # An autoscaler owns the replica count: never a diff, and not reverted by a sync.
    assert apps["spec"]["ignoreDifferences"] == [{"group": "apps", "kind": "Deployment", "jsonPointers": ["/spec/replicas"]}]
    assert policy["syncOptions"] == ["ServerSideApply=true", "PruneLast=true", "RespectIgnoreDifferences=true"]
    assert "ignoreDifferences" not in objects[("Application", "shop-namespaces")]["spec"]

    cache = objects[("Application", "shop-cache")]
    assert cache["metadata"]["annotations"] == {"argocd.argoproj.io/sync-wave": "1"}
    assert cache["spec"]["source"] == {
        "repoURL": "https://charts.example.com",
        "chart": "valkey",
        "targetRevision": "2.1.0",
        "helm": {"releaseName": "cache", "valuesObject": {"replicas": 2}},
    }
    assert cache["spec"]["syncPolicy"]["syncOptions"] == ["ServerSideApply=true", "PruneLast=true", "CreateNamespace=true"]
    assert cache["spec"]["syncPolicy"]["managedNamespaceMetadata"] == {"labels": {"team": "shop"}}


def test_the_root_syncs_this_output_and_argocd_cm_gets_only_the_application_health_check():
    gitops, objects = shop_gitops(argocd_namespace="gitops", root_project="platform", cluster="https://prod.example.com")
    root = objects[("Application", "shop-root")]
    assert root["metadata"]["namespace"] == "gitops" and root["spec"]["project"] == "platform"
    assert root["spec"]["source"]["path"] == "dist/prod/gitops"
    assert root["spec"]["destination"] == {"server": "https://prod.example.com", "namespace": "gitops"}
    config_map = objects[("ConfigMap", "argocd-cm")]
    assert list(config_map["data"]) == ["resource.customizations.health.argoproj.io_Application"]
    assert "ServerSideApply=true" in config_map["metadata"]["annotations"]["argocd.argoproj.io/sync-options"]
    assert "Prune=false" in config_map["metadata"]["annotations"]["argocd.argoproj.io/sync-options"]
    assert set(gitops.applications) == {"namespaces", "apps", "cache"}


def test_a_name_used_twice_is_refused():
    with pytest.raises(ValueError, match=r"Application names \['cache'\] are used twice"):
        shop_gitops(folders=[SyncedFolder("cache", "dist/cache", "shop", 0)])
