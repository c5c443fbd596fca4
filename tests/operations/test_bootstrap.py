"""From an empty cluster with Argo CD to the platform: the sync order works the first time.

A model of Argo CD's sync, written from its documentation: before the first wave of a sync,
every object is dry-run, and a kind the API server does not know fails the whole sync unless
its CRD is in the same sync or the object says ``SkipDryRunOnMissingResource=true``. Waves run
in order; a parent waits for a child Application's health only when argocd-cm has the
Application health check (removed from Argo CD in 1.8). Helm Applications install their
charts' CRDs (listed below from the charts); ``CreateNamespace=true`` creates the destination.
"""

from __future__ import annotations

import copy
import os
from pathlib import Path

import pytest
import yaml

from helpers import ROOT, declared, read_manifest
from platforms import CODEX, Platform, scratch_folder
from pod_security import pod_spec

BUILT_IN_GROUPS = {
    "",
    "apps",
    "batch",
    "policy",
    "autoscaling",
    "networking.k8s.io",
    "rbac.authorization.k8s.io",
    "apiextensions.k8s.io",
    "admissionregistration.k8s.io",
    "storage.k8s.io",
    "scheduling.k8s.io",
}
ARGO_CD_KINDS = {"argoproj.io/Application", "argoproj.io/AppProject", "argoproj.io/ApplicationSet"}
#: CRDs each pinned chart installs (its crds/ or templates, with the values we set).
CHART_CRDS = {
    "cert-manager": {
        "cert-manager.io/Certificate",
        "cert-manager.io/ClusterIssuer",
        "cert-manager.io/Issuer",
        "cert-manager.io/CertificateRequest",
        "acme.cert-manager.io/Challenge",
        "acme.cert-manager.io/Order",
    },
    "external-secrets": {
        "external-secrets.io/ExternalSecret",
        "external-secrets.io/ClusterSecretStore",
        "external-secrets.io/SecretStore",
        "external-secrets.io/ClusterExternalSecret",
    },
    "strimzi-kafka-operator": {
        "kafka.strimzi.io/Kafka",
        "kafka.strimzi.io/KafkaNodePool",
        "kafka.strimzi.io/KafkaTopic",
        "kafka.strimzi.io/KafkaUser",
        "kafka.strimzi.io/KafkaConnect",
        "kafka.strimzi.io/KafkaRebalance",
    },
    "keda": {"keda.sh/ScaledObject", "keda.sh/ScaledJob", "keda.sh/TriggerAuthentication", "keda.sh/ClusterTriggerAuthentication"},
    "argocd-image-updater": {"argocd-image-updater.argoproj.io/ImageUpdater"},
    # Envoy Gateway's crds subchart: its own kinds, and Gateway API v1.6.1 (experimental channel).
    "gateway-helm": {
        f"gateway.envoyproxy.io/{kind}"
        for kind in (
            "Backend",
            "BackendTrafficPolicy",
            "ClientTrafficPolicy",
            "EnvoyExtensionPolicy",
            "EnvoyPatchPolicy",
            "EnvoyProxy",
            "HTTPRouteFilter",
            "SecurityPolicy",
        )
    }
    | {
        f"gateway.networking.k8s.io/{kind}"
        for kind in (
            "BackendTLSPolicy",
            "GatewayClass",
            "Gateway",
            "GRPCRoute",
            "HTTPRoute",
            "ListenerSet",
            "ReferenceGrant",
            "TCPRoute",
            "TLSRoute",
            "UDPRoute",
        )
    },
}
EXISTING_NAMESPACES = {"argocd", "default", "kube-system", "kube-public"}
HEALTH_KEY = "resource.customizations.health.argoproj.io_Application"


def kind_of(obj: dict) -> str:
    group = obj["apiVersion"].rsplit("/", 1)[0] if "/" in obj["apiVersion"] else ""
    return f"{group}/{obj['kind']}"


def is_custom(obj: dict) -> bool:
    return kind_of(obj).split("/")[0] not in BUILT_IN_GROUPS


def wave(obj: dict) -> int:
    return int(obj["metadata"].get("annotations", {}).get("argocd.argoproj.io/sync-wave", "0"))


def skips_dry_run(obj: dict) -> bool:
    return "SkipDryRunOnMissingResource=true" in obj["metadata"].get("annotations", {}).get("argocd.argoproj.io/sync-options", "")


def is_pre_sync_hook(obj: dict) -> bool:
    return "PreSync" in obj["metadata"].get("annotations", {}).get("argocd.argoproj.io/hook", "").split(",")


def pod_references(obj: dict) -> set[tuple[str, str]]:
    """``(kind, name)`` of what the pods of ``obj`` need to start: their ServiceAccount, and the
    Secrets and ConfigMaps their variables and volumes read (optional ones left out)."""
    spec = pod_spec(obj)
    if spec is None:
        return set()
    needed = {("ServiceAccount", spec.get("serviceAccountName", "default"))}
    for container in spec.get("initContainers", []) + spec["containers"]:
        for variable in container.get("env", []):
            for key, kind in (("secretKeyRef", "Secret"), ("configMapKeyRef", "ConfigMap")):
                reference = variable.get("valueFrom", {}).get(key)
                if reference and not reference.get("optional"):
                    needed.add((kind, reference["name"]))
        for source in container.get("envFrom", []):
            for key, kind in (("secretRef", "Secret"), ("configMapRef", "ConfigMap")):
                if key in source and not source[key].get("optional"):
                    needed.add((kind, source[key]["name"]))
    for volume in spec.get("volumes", []):
        if "secret" in volume and not volume["secret"].get("optional"):
            needed.add(("Secret", volume["secret"]["secretName"]))
        if "configMap" in volume and not volume["configMap"].get("optional"):
            needed.add(("ConfigMap", volume["configMap"]["name"]))
    return needed


def created_by(obj: dict) -> set[tuple[str, str, str]]:
    """``(kind, namespace, name)`` of what exists once ``obj`` is synced and healthy: itself,
    and an ExternalSecret's Secret (Argo CD's health check waits for it to be written)."""
    namespace, name = obj["metadata"].get("namespace", ""), obj["metadata"]["name"]
    made = {(obj["kind"], namespace, name)}
    if obj["kind"] == "ExternalSecret":
        made.add(("Secret", namespace, obj["spec"].get("target", {}).get("name", name)))
    return made


def hook_problems(objects: list[dict], existing: set[tuple[str, str, str]], who: str) -> list[str]:
    """PreSync hooks run wave by wave before the Application's other objects are applied: what a
    hook's pods need must exist already, from an earlier Application or an earlier hook wave.
    (Every namespace has its ``default`` ServiceAccount.)"""
    problems = []
    hooks = [o for o in objects if is_pre_sync_hook(o)]
    available = set(existing)
    for current in sorted({wave(hook) for hook in hooks}):
        in_wave = [hook for hook in hooks if wave(hook) == current]
        for hook in in_wave:
            namespace = hook["metadata"].get("namespace", "")
            for kind, name in sorted(pod_references(hook)):
                if (kind, name) != ("ServiceAccount", "default") and (kind, namespace, name) not in available:
                    problems.append(
                        f"{who}: PreSync hook {hook['kind']} {hook['metadata']['name']} needs {kind} {name}, "
                        "which does not exist before the sync"
                    )
        available |= {made for hook in in_wave for made in created_by(hook)}
    return problems


def load_repo(root: Path, environment: str) -> dict[str, list[dict]]:
    """Folder (as an Application's ``path`` names it) -> the objects Argo CD renders there."""
    repo: dict[str, list[dict]] = {}
    for folder in sorted((root / "dist" / environment).iterdir()):
        repo[f"dist/{environment}/{folder.name}"] = [read_manifest(p) for p in sorted(folder.glob("*.k8s.yaml"))]
    for kustomization in sorted((root / "deploy" / environment).rglob("kustomization.yaml")):
        folder = kustomization.parent
        resources = yaml.safe_load(kustomization.read_text())["resources"]
        relative = str(folder.relative_to(root))
        repo[relative] = [o for r in resources for o in repo[os.path.normpath(os.path.join(relative, r))]]
    return repo


def sync_problems(repo: dict[str, list[dict]], environment: str) -> list[str]:
    problems: list[str] = []
    gitops = repo[f"dist/{environment}/gitops"]
    (root,) = [o for o in gitops if o["kind"] == "Application" and o["spec"]["source"].get("path") == f"dist/{environment}/gitops"]
    installed = set(ARGO_CD_KINDS)
    namespaces = set(EXISTING_NAMESPACES)
    existing: set[tuple[str, str, str]] = set()

    def dry_run(objects: list[dict], provided: set[str], who: str) -> None:
        for obj in objects:
            if is_custom(obj) and kind_of(obj) not in installed | provided and not skips_dry_run(obj):
                problems.append(f"{who}: dry run of {kind_of(obj)} {obj['metadata']['name']}: the server does not know the kind")

    def check_namespace(obj: dict, who: str, creatable: set[str]) -> None:
        namespace = obj["metadata"].get("namespace")
        if namespace and namespace not in namespaces | creatable:
            problems.append(f"{who}: {obj['kind']} {obj['metadata']['name']} in namespace {namespace}, which does not exist yet")

    # The root sync: one dry run of everything, then its waves.
    dry_run(gitops, set(), "root")
    health = [
        wave(o) for o in gitops if o["kind"] == "ConfigMap" and o["metadata"]["name"] == "argocd-cm" and HEALTH_KEY in o.get("data", {})
    ]
    applications = [o for o in gitops if o["kind"] == "Application" and o is not root]
    if not health or health[0] >= min(wave(a) for a in applications):
        problems.append("argocd-cm's Application health check is not applied before the first wave of Applications")
    waits_for_health = bool(health)
    for current in sorted({wave(o) for o in gitops}):
        became_healthy: list[dict] = []
        for obj in [o for o in gitops if wave(o) == current]:
            if is_custom(obj) and kind_of(obj) not in installed:
                problems.append(f"root wave {current}: {kind_of(obj)} {obj['metadata']['name']} is applied before its CRD exists")
            check_namespace(obj, f"root wave {current}", set())
            if obj["kind"] != "Application" or obj is root:
                continue
            # The child's own sync: its dry run, then its objects.
            source, destination = obj["spec"]["source"], obj["spec"]["destination"]["namespace"]
            create = "CreateNamespace=true" in obj["spec"].get("syncPolicy", {}).get("syncOptions", [])
            who = f"{obj['metadata']['name']} (wave {current})"
            if "chart" in source:
                if not create and destination not in namespaces:
                    problems.append(f"{who}: chart installed into {destination}, which does not exist yet")
                # cert-manager's Gateway support looks for the Gateway API CRDs when it starts
                # (its docs: install them first, or restart cert-manager).
                gateway_support = source.get("helm", {}).get("valuesObject", {}).get("config", {}).get("enableGatewayAPI")
                if gateway_support and "gateway.networking.k8s.io/HTTPRoute" not in installed:
                    problems.append(f"{who}: cert-manager starts with Gateway support before the Gateway API CRDs exist")
                became_healthy.append(obj)
                continue
            objects = repo.get(source["path"])
            if objects is None:
                problems.append(f"{who}: path {source['path']} holds nothing")
                continue
            own = {f"apiextensions.k8s.io/{o['spec']['names']['kind']}" for o in objects if o["kind"] == "CustomResourceDefinition"}
            dry_run(objects, own, who)
            problems.extend(hook_problems(objects, existing, who))
            created = {o["metadata"]["name"] for o in objects if o["kind"] == "Namespace"}
            for o in objects:
                check_namespace(o, who, created | ({destination} if create else set()))
            became_healthy.append(obj)
        if waits_for_health:
            for app in became_healthy:
                source = app["spec"]["source"]
                installed |= CHART_CRDS.get(source.get("chart", ""), set())
                if "CreateNamespace=true" in app["spec"].get("syncPolicy", {}).get("syncOptions", []):
                    namespaces.add(app["spec"]["destination"]["namespace"])
                namespaces |= {o["metadata"]["name"] for o in repo.get(source.get("path", ""), []) if o["kind"] == "Namespace"}
                existing |= {made for o in repo.get(source.get("path", ""), []) for made in created_by(o)}
    return problems


def references(obj: dict) -> set[tuple[str, str, str]]:
    """``(kind, namespace, name)`` of every object ``obj`` names and needs to be healthy: an
    Application's project, what its pods start with (ServiceAccount, Secrets, ConfigMaps,
    claims), a route's and an Ingress's backends and parents, an issuer, a secret store, an
    autoscaler's target, a binding's subjects, a policy's targets."""
    namespace, spec = obj["metadata"].get("namespace", ""), obj.get("spec") or {}
    found: set[tuple[str, str, str]] = set()
    kind = obj["kind"]
    if kind == "Application":
        found.add(("AppProject", namespace, spec.get("project", "default")))
    for ref_kind, name in pod_references(obj):
        if (ref_kind, name) != ("ServiceAccount", "default"):
            found.add((ref_kind, namespace, name))
    pod = pod_spec(obj)
    for volume in (pod or {}).get("volumes") or []:
        if "persistentVolumeClaim" in volume:
            found.add(("PersistentVolumeClaim", namespace, volume["persistentVolumeClaim"]["claimName"]))
    if kind in ("HTTPRoute", "GRPCRoute"):
        for rule in spec.get("rules", []):
            for backend in rule.get("backendRefs", []):
                found.add((backend.get("kind", "Service"), backend.get("namespace", namespace), backend["name"]))
        for parent in spec.get("parentRefs", []):
            found.add((parent.get("kind", "Gateway"), parent.get("namespace", namespace), parent["name"]))
    if kind == "Ingress":
        for rule in spec.get("rules", []):
            for path in rule.get("http", {}).get("paths", []):
                found.add(("Service", namespace, path["backend"]["service"]["name"]))
    if kind == "Gateway":
        found.add(("GatewayClass", "", spec["gatewayClassName"]))
    if kind == "Certificate":
        issuer = spec["issuerRef"]
        found.add((issuer.get("kind", "Issuer"), "" if issuer.get("kind") == "ClusterIssuer" else namespace, issuer["name"]))
    if kind == "ExternalSecret":
        store = spec["secretStoreRef"]
        found.add((store.get("kind", "SecretStore"), "" if store.get("kind") == "ClusterSecretStore" else namespace, store["name"]))
    if kind in ("HorizontalPodAutoscaler", "ScaledObject"):
        found.add((spec["scaleTargetRef"].get("kind", "Deployment"), namespace, spec["scaleTargetRef"]["name"]))
    if kind in ("RoleBinding", "ClusterRoleBinding"):
        for subject in obj.get("subjects", []):
            if subject["kind"] == "ServiceAccount":
                found.add(("ServiceAccount", subject.get("namespace", namespace), subject["name"]))
    if kind in ("SecurityPolicy", "BackendTrafficPolicy", "ClientTrafficPolicy"):
        for target in spec.get("targetRefs", []):
            found.add((target["kind"], namespace, target["name"]))
    return found


def provided(obj: dict) -> set[tuple[str, str, str]]:
    """What exists once ``obj`` is synced and healthy: :func:`created_by`, the Secret a
    Certificate writes, the bootstrap Service of a Kafka cluster, and for a chart Application
    the Services of its release that the network model keeps (held to Helm's rendering by the
    cluster tier)."""
    from reachability import CHART_SERVICES

    made = created_by(obj)
    namespace = obj["metadata"].get("namespace", "")
    if obj["kind"] == "Certificate":
        made.add(("Secret", namespace, obj["spec"]["secretName"]))
    if obj["kind"] == "Kafka":
        made.add(("Service", namespace, f"{obj['metadata']['name']}-kafka-bootstrap"))
    if obj["kind"] == "Application" and "chart" in obj["spec"]["source"]:
        release = obj["spec"]["source"].get("helm", {}).get("releaseName", obj["metadata"]["name"])
        destination = obj["spec"]["destination"]["namespace"]
        made |= {("Service", ns, name) for name, ns in CHART_SERVICES if ns == destination and name.startswith(release)}
    return made


def key(obj: dict) -> tuple[str, str, str]:
    return (obj["kind"], obj["metadata"].get("namespace", ""), obj["metadata"]["name"])


def reference_problems(repo: dict[str, list[dict]], environment: str) -> list[str]:
    """Argo CD waits for each wave of the root's Applications to be healthy before the next: an
    object whose reference only a later wave provides never becomes healthy, and the sync waits
    forever. Every reference must be provided by the same Application, an earlier wave, or the
    cluster itself."""
    gitops = repo[f"dist/{environment}/gitops"]
    available: set[tuple[str, str, str]] = {("AppProject", "argocd", "default")}
    problems = []
    for current in sorted({wave(o) for o in gitops}):
        in_wave = [o for o in gitops if wave(o) == current]
        syncs = [("root", in_wave)]
        for app in in_wave:
            if app["kind"] == "Application" and not app["spec"]["source"].get("path", "").endswith("/gitops"):
                syncs.append((app["metadata"]["name"], repo.get(app["spec"]["source"].get("path", ""), [])))
        made_in_wave = {made for _, objects in syncs for obj in objects for made in provided(obj)}
        for who, objects in syncs:
            for obj in objects:
                for reference in sorted(references(obj) - available - made_in_wave):
                    problems.append(
                        f"{who} (wave {current}): {' '.join(key(obj))} needs {' '.join(reference)}, which no earlier wave makes"
                    )
        available |= made_in_wave
    return problems


def test_every_reference_an_object_makes_exists_by_its_wave(platform, environment):
    assert reference_problems(repository(platform, environment), environment) == []


def test_a_route_whose_service_comes_in_a_later_wave_is_found(repos):
    repo = copy.deepcopy(repos["prod"])
    (services,) = [o for o in repo["dist/prod/gitops"] if o["metadata"]["name"] == "codex-services"]
    services["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"] = "6"  # after the edge (5)
    problems = reference_problems(repo, "prod")
    assert (
        "codex-edge (wave 5): Ingress app-services main-ingress needs Service app-services gateway-service, which no earlier wave makes"
        in problems
    ), problems
    assert all(p.startswith("codex-edge (wave 5): ") and "needs Service app-services" in p for p in problems), problems


def test_an_application_in_a_project_nobody_makes_is_found(repos):
    repo = copy.deepcopy(repos["prod"])
    (data,) = [o for o in repo["dist/prod/gitops"] if o["metadata"]["name"] == "codex-data"]
    data["spec"]["project"] = "codex-data-team"
    assert "root (wave 3): Application argocd codex-data needs AppProject argocd codex-data-team, which no earlier wave makes" in (
        reference_problems(repo, "prod")
    )


def repository(platform: Platform, environment: str) -> dict[str, list[dict]]:
    """A fresh synth laid out as the repository Argo CD reads (dist/ beside deploy/)."""
    root = scratch_folder("repo-")
    (root / "dist").symlink_to(platform.dist)
    (root / "deploy").symlink_to(platform.root / "deploy")
    return load_repo(root, environment)


@pytest.fixture(scope="module")
def repos():
    return {environment: repository(CODEX, environment) for environment in ("dev", "prod")}


def test_an_empty_cluster_syncs_in_one_go(platform, environment):
    assert sync_problems(repository(platform, environment), environment) == []


def test_every_skipped_dry_run_says_why():
    source = (ROOT / "codex_constructs" / "image_updates.py").read_text()
    line = next(i for i, text in enumerate(source.splitlines()) if "SkipDryRunOnMissingResource" in text)
    assert "dry run" in " ".join(source.splitlines()[line - 3 : line]), "the reason stands next to the option"


def test_a_custom_resource_without_its_crd_fails_the_root_sync(repos):
    repo = copy.deepcopy(repos["dev"])
    (updater,) = [o for o in repo["dist/dev/gitops"] if o["kind"] == "ImageUpdater"]
    updater["metadata"]["annotations"].pop("argocd.argoproj.io/sync-options")
    assert any("root: dry run of argocd-image-updater.argoproj.io/ImageUpdater" in p for p in sync_problems(repo, "dev"))


def test_a_custom_resource_synced_before_its_operator_fails(repos):
    repo = copy.deepcopy(repos["prod"])
    (kafka,) = [o for o in repo["dist/prod/data"] if o["kind"] == "Kafka"]
    repo["dist/prod/namespaces"].append(kafka)  # wave 0, before Strimzi (wave 1)
    assert any("codex-namespaces (wave 0): dry run of kafka.strimzi.io/Kafka" in p for p in sync_problems(repo, "prod"))


def test_cert_manager_started_before_the_gateway_api_crds_is_found(repos):
    repo = copy.deepcopy(repos["prod"])
    (envoy,) = [o for o in repo["dist/prod/gitops"] if o["metadata"]["name"] == "codex-envoy-gateway"]
    envoy["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"] = "1"  # beside cert-manager
    assert "codex-cert-manager (wave 1): cert-manager starts with Gateway support before the Gateway API CRDs exist" in sync_problems(
        repo, "prod"
    )


def test_without_the_health_check_nothing_waits(repos):
    repo = copy.deepcopy(repos["prod"])
    repo["dist/prod/gitops"] = [o for o in repo["dist/prod/gitops"] if o["kind"] != "ConfigMap"]
    problems = sync_problems(repo, "prod")
    assert "argocd-cm's Application health check is not applied before the first wave of Applications" in problems
    assert any("dry run of kafka.strimzi.io/Kafka" in p for p in problems), "no wait: Strimzi's CRDs are not there yet"


def test_a_pre_sync_hook_needing_what_its_own_sync_creates_is_found(repos):
    """Hooks run before the Sync phase: the migration Job cannot run as the service's account,
    which that phase creates (its pods would be refused until the deadline fails the sync)."""
    repo = copy.deepcopy(repos["prod"])
    (job,) = [o for o in repo["deploy/prod/services"] if o["kind"] == "Job"]
    job["spec"]["template"]["spec"]["serviceAccountName"] = "auth-user-service"
    assert sync_problems(repo, "prod") == [
        "codex-services (wave 4): PreSync hook Job auth-user-service-migrate needs ServiceAccount auth-user-service, "
        "which does not exist before the sync"
    ]
    # Its own account, made by a hook in the same wave as the Job, would be too late as well.
    (account,) = [
        o for o in repo["deploy/prod/services"] if o["kind"] == "ServiceAccount" and o["metadata"]["name"] == "auth-user-service-migrate"
    ]
    account["metadata"]["annotations"].pop("argocd.argoproj.io/sync-wave")
    job["spec"]["template"]["spec"]["serviceAccountName"] = "auth-user-service-migrate"
    assert sync_problems(repo, "prod") == [
        "codex-services (wave 4): PreSync hook Job auth-user-service-migrate needs ServiceAccount auth-user-service-migrate, "
        "which does not exist before the sync"
    ]


def test_a_hook_s_secret_comes_from_an_earlier_application(repos):
    """The Job's database URLs are in the Secret its ExternalSecret writes, in the secrets
    Application (wave 2): without it, the hook would start with nothing to read."""
    repo = copy.deepcopy(repos["prod"])
    repo["dist/prod/secrets"] = [o for o in repo["dist/prod/secrets"] if o["metadata"]["name"] != "auth-user-service-secrets"]
    assert sync_problems(repo, "prod") == [
        "codex-services (wave 4): PreSync hook Job auth-user-service-migrate needs Secret auth-user-service-secrets, "
        "which does not exist before the sync"
    ]


def test_a_namespace_used_before_it_exists_is_found(repos):
    repo = copy.deepcopy(repos["prod"])
    (service,) = [o for o in repo["dist/prod/data"] if o["kind"] == "Service" and o["metadata"]["name"] == "redis"]
    service["metadata"]["namespace"] = "nowhere"
    assert any("Service redis in namespace nowhere" in p for p in sync_problems(repo, "prod"))


# The plan of what exists outside Kubernetes ------------------------------------------------------

#: The platform spec's secret keys, as prod's remote secrets (prefix codex-prod-, lower-hyphen case).
SPEC_SECRETS = {
    "codex-prod-jwt-access-token-secret",
    "codex-prod-jwt-refresh-token-secret",
    "codex-prod-cloudinary-api-key",
    "codex-prod-cloudinary-api-secret",
    "codex-prod-redis-url",
    "codex-prod-auth-user-service-database-url",
    "codex-prod-auth-user-service-direct-url",
    "codex-prod-nodemailer-email",
    "codex-prod-nodemailer-pass",
    "codex-prod-problem-service-database-url",
    "codex-prod-google-api-key",
    "codex-prod-gemini-api-key",
    "codex-prod-jwt-invite-token-secret",
    "codex-prod-collab-service-database-url",
}


def plan_sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for line in text.splitlines():
        if line[:1].isdigit():
            current = line.split(". ", 1)[1]
            sections[current] = []
        elif line.startswith("   - "):
            sections[current].append(line[5:])
    return sections


def test_the_prod_plan_names_everything_the_first_sync_needs(capsys):
    from codex_platform.operations.bootstrap import main

    assert main(["prod"]) == 0
    sections = plan_sections(capsys.readouterr().out)
    secrets = next(items for title, items in sections.items() if title.startswith("Secret Manager secrets"))
    keys = {k for s in declared()["services"].values() for k in s.get("secret_keys", [])} | {"REDIS_PASSWORD"}
    names = {f"codex-prod-{k.lower().replace('_', '-')}" for k in keys}
    assert SPEC_SECRETS <= names, "the spec's keys are declared"
    # REDIS_URL is no remote secret of its own: each service's is built from REDIS_PASSWORD's.
    assert set(secrets) == names - {"codex-prod-redis-url"} | {
        "codex-prod-grafana-admin-user",
        "codex-prod-grafana-admin-password",
        "codex-prod-admin-basic-auth",
        "codex-prod-alertmanager-slack-webhook-url",
    }
    pools = sections["Node pools:"]
    assert any("code-execution" in p and "taint dedicated=code-execution:NoSchedule" in p for p in pools)
    assert any("at least 3 nodes" in p for p in pools), "three Kafka brokers, one per node"
    features = " ".join(sections["Cluster features:"])
    assert "Dataplane V2" in features and "Workload Identity" in features
    assert "--enable-dataplane-v2" in features, "only at creation"
    assert "a GCP project of its own for production" in features, "Workload Identity's identity sameness"
    assert "GKE's own Gateway API left off" in features, "Envoy Gateway's chart owns the Gateway API CRDs"
    iam = " ".join(sections["IAM bindings:"])
    assert "roles/secretmanager.secretAccessor" in iam and "/subject/ns/external-secrets/sa/external-secrets-prod " in iam
    assert 'resource.name.startsWith("projects/SECRETS_PROJECT_NUMBER/secrets/codex-prod-")' in iam, "its own secrets only"
    assert "metadata server" in iam, "what ESO detects itself is said"
    # prod is at step 2 of moving the edge: DNS still at ingress-nginx, the Gateway beside it.
    assert sections["DNS records:"][0].startswith("api.codexakash.space: A record -> an external TCP load balancer in front of the nodes")
    assert sections["DNS records:"][1].startswith("admin.codexakash.space: A record")
    assert "standby edge (gateway)" in sections["DNS records:"][2], "mid-migration, the plan says how to move"
    assert sections["Then, with Argo CD installed in namespace argocd:"] == [
        "kubectl apply -f dist/prod/gitops/Application.codex-root.k8s.yaml"
    ]
    delivery = (ROOT / "docs" / "delivery.md").read_text()
    assert "\nkubectl apply -f dist/prod/gitops/Application.codex-root.k8s.yaml\n" in delivery, "the delivery page gives the plan's command"
    edge = (ROOT / "docs" / "data-plane-and-edge.md").read_text()
    assert "bootstrap-plan ENV=<env>` names the Gateway's address" not in edge, "the plan does not name it: the edge page says where it is"
    order = next(items for title, items in sections.items() if title.startswith("The platform is up"))
    assert order[0] == "wave 0: codex-envoy-gateway, codex-namespaces" and order[-1] == "wave 5: codex-edge"
    # dev has moved: its records point at the Gateway's load balancer.
    assert main(["dev"]) == 0
    dns = plan_sections(capsys.readouterr().out)["DNS records:"]
    assert dns[0].startswith("api.dev.codexakash.space: A record -> the external IP of the LoadBalancer Service Envoy Gateway creates")
    assert len(dns) == 2, "no standby edge"


def test_the_plan_follows_the_model(project, tmp_path):
    from codex_platform.operations.bootstrap import bootstrap_plan

    def add_key(data):
        data["services"]["problem-service"]["secret_keys"].append("SEARCH_API_KEY")

    def use_ingress(data):
        data["edge"].update(api="ingress")

    project.edit("platform.yaml", add_key)
    project.edit("environments/dev.yaml", use_ingress)
    (environment,) = [e for e in project.load() if e.config.name == "dev"]
    text = bootstrap_plan(environment, CODEX.dist / "dev")
    assert "   - codex-dev-search-api-key\n" in text
    assert "GKE's own Gateway API" not in text and "ingress-nginx's NodePorts" in text
    assert "admin.dev.codexakash.space: A record" in text


def test_an_unknown_environment_is_refused(capsys):
    from codex_platform.operations.bootstrap import main

    assert main(["nowhere"]) == 2
    listed = ", ".join(sorted(declared()["environments"]))
    assert f"usage: make bootstrap-plan ENV=<one of {listed}>" in capsys.readouterr().err
