"""What must exist outside Kubernetes before Argo CD's first sync, derived from the model.

``make bootstrap-plan ENV=prod`` prints it: cluster features, node pools, the secret manager's
secrets (names only), IAM bindings, DNS records, then the one ``kubectl apply`` and the order in
which Argo CD's Applications turn Healthy. Nothing here is remembered by hand: a new secret key,
node pool or host in the model or the environment file shows up in the plan.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from codex_constructs import OLDEST_KUBERNETES_VERSION, OWNING_GATEWAY_LABEL

from ..derivations.components import ENVOY_GATEWAY_NAMESPACE, ESO_NAMESPACE, GATEWAY_NAME, INGRESS_NODE_PORTS, eso_service_account
from ..derivations.plan import EnvironmentPlan
from ..derivations.secret_sources import platform_secrets
from ..inputs.config import EnvironmentConfig
from ..inputs.errors import ConfigError
from ..inputs.model import PlatformModel
from ..synth import ROOT, load_environments


def remote_secret_names(plan: EnvironmentPlan) -> list[str]:
    return sorted({remote for secret in platform_secrets(plan).values() for remote in secret.remotes})


def _sizing(config: EnvironmentConfig, name: str) -> str:
    """A declared pool's machines and autoscaling bounds, if the environment file declares it."""
    pool = config.node_pools.get(name)
    if pool is None:
        return ""
    return (
        f" {pool.machine_type}, {pool.zones} zone{'s' if pool.zones > 1 else ''}, "
        f"{pool.min_nodes_per_zone}-{pool.max_nodes_per_zone} nodes per zone (make capacity ENV={config.name});"
    )


def node_pools(model: PlatformModel, config: EnvironmentConfig) -> list[str]:
    general = max([config.edge.controller_replicas, config.kafka.replicas if model.kafka else 1, 2])
    lines = [
        f"general (the default pool):{_sizing(config, 'general')} no taint; autoscaled, at least {general} nodes over 2 or more zones "
        f"(Kafka's brokers and the edge's replicas never share a node)"
    ]
    for name, settings in sorted(config.services.items()):
        pool = settings.node_pool
        if pool is None:
            continue
        line = (
            f"{pool.name} (for {name}):{_sizing(config, pool.name)} label {pool.label}={pool.name}, "
            f"taint {pool.taint}={pool.name}:NoSchedule"
        )
        if settings.runtime_class == "gvisor":
            line += ", GKE Sandbox enabled (runtime class gvisor)"
        elif settings.runtime_class:
            line += f", a node image that provides runtime class {settings.runtime_class}"
        lines.append(line)
    return lines


def cluster_features(plan: EnvironmentPlan) -> list[str]:
    features = [
        f"GKE Standard, Kubernetes {OLDEST_KUBERNETES_VERSION} or newer (native sidecars), cluster autoscaler on",
        "Workload Identity Federation for GKE (External Secrets reads Secret Manager as a Kubernetes service account)",
        "NetworkPolicy enforcement (GKE Dataplane V2, chosen when the cluster is created: "
        "--enable-dataplane-v2): without it every NetworkPolicy in dist/ is ignored",
        "a GCP project of its own for production: Workload Identity names a Kubernetes service account by project, "
        "namespace and name only, so a second cluster in the same project could take this environment's Secret "
        "Manager grant",
    ]
    if plan.gateway:
        features.append(
            "GKE's own Gateway API left off (--gateway-api=disabled, the default on Standard): Envoy Gateway's chart "
            "installs the Gateway API CRDs (v1.6.1, experimental channel), and two owners of those CRDs would fight"
        )
    return features


def iam_bindings(config: EnvironmentConfig) -> list[str]:
    project = config.secrets.gcp_project or "the cluster's project"
    principal = (
        "principal://iam.googleapis.com/projects/PROJECT_NUMBER/locations/global/workloadIdentityPools/"
        f"PROJECT_ID.svc.id.goog/subject/ns/{ESO_NAMESPACE}/sa/{eso_service_account(config)}"
    )
    condition = f'resource.name.startsWith("projects/SECRETS_PROJECT_NUMBER/secrets/{config.secrets.remote_prefix}")'
    return [
        f"roles/secretmanager.secretAccessor in {project} for {principal} (PROJECT_* of the cluster's project; "
        f"SECRETS_PROJECT_NUMBER is the number of {project}, the same unless secrets.gcp_project names another), "
        f"with the IAM condition {condition}: this environment's secrets and no other's. External Secrets 2.x "
        f"exchanges a token of that Kubernetes service account itself and finds the cluster's name, location and "
        f"project on the metadata server; with no `iam.gke.io/gcp-service-account` annotation on it, no Google "
        f"service account is involved.",
        f"Argo CD: a repository credential for {config.gitops.repo_url} with write access "
        f"(Image Updater commits new tags to {config.gitops.revision}), as an Argo CD repository Secret in argocd."
        if config.gitops.image_updates == "automatic"
        else f"Argo CD: read access to {config.gitops.repo_url} (none if it is public); tags move by reviewed promotion.",
    ]


def dns_records(plan: EnvironmentPlan) -> list[str]:
    config = plan.config
    hosts = [config.edge.host, *([config.edge.admin_host] if config.edge.admin_host and plan.admin_routes else [])]
    if config.edge.api == "gateway":
        reserved = (
            f"the reserved regional address {config.edge.load_balancer_ip}"
            if config.edge.load_balancer_ip
            else "the external IP of the LoadBalancer Service Envoy Gateway creates in "
            f"{ENVOY_GATEWAY_NAMESPACE} (label {OWNING_GATEWAY_LABEL}={GATEWAY_NAME}); reserve it as a static "
            "regional address and set edge.load_balancer_ip to keep it"
        )
        target = reserved
    else:
        target = (
            f"an external TCP load balancer in front of the nodes that forwards 80 -> {INGRESS_NODE_PORTS['http']} and "
            f"443 -> {INGRESS_NODE_PORTS['https']} (ingress-nginx's NodePorts), with a firewall rule for those ports"
        )
    records = [f"{host}: A record -> {target}" for host in hosts]
    if config.edge.standby != "none":
        records.append(
            f"standby edge ({config.edge.standby}) rendered beside it: test it with curl --resolve before moving the "
            f"records (docs/data-plane-and-edge.md: Moving the edge)"
        )
    return records


def sync_order(dist: Path) -> list[str]:
    """The Applications of the synthesized environment, by sync wave (what turns Healthy when)."""
    waves: dict[int, list[str]] = {}
    for path in sorted((dist / "gitops").glob("Application.*.k8s.yaml")):
        app = yaml.safe_load(path.read_text())
        if app["spec"]["source"].get("path") == f"dist/{dist.name}/gitops":
            continue
        wave = int(app["metadata"].get("annotations", {}).get("argocd.argoproj.io/sync-wave", "0"))
        waves.setdefault(wave, []).append(app["metadata"]["name"])
    return [f"wave {wave}: {', '.join(names)}" for wave, names in sorted(waves.items())]


def bootstrap_plan(plan: EnvironmentPlan, dist: Path) -> str:
    model, config = plan.model, plan.config
    root_app = f"dist/{config.name}/gitops/Application.{model.name}-root.k8s.yaml"
    sections = [
        ("Cluster features", cluster_features(plan)),
        ("Node pools", node_pools(model, config)),
        (
            f"Secret Manager secrets (values never in git; project: {config.secrets.gcp_project or 'the cluster project'})",
            remote_secret_names(plan),
        ),
        ("IAM bindings", iam_bindings(config)),
        ("DNS records", dns_records(plan)),
        ("Then, with Argo CD installed in namespace argocd", [f"kubectl apply -f {root_app}"]),
        (
            f"The platform is up when {model.name}-root and every Application is Synced and Healthy; they turn Healthy in this order",
            sync_order(dist),
        ),
    ]
    lines = [f"Bootstrap plan for environment {config.name!r} ({model.source}, {config.source})"]
    for number, (title, items) in enumerate(sections, start=1):
        lines += ["", f"{number}. {title}:"] + [f"   - {item}" for item in items]
    return "\n".join(lines) + "\n"


def main(argv: list[str], root: Path = ROOT) -> int:
    try:
        environments = {e.name: e for e in load_environments(root)}
    except ConfigError as error:
        print(f"no plan, the configuration is refused:\n{error}", file=sys.stderr)
        return 2
    if len(argv) != 1 or argv[0] not in environments:
        print(f"usage: make bootstrap-plan ENV=<one of {', '.join(sorted(environments))}>", file=sys.stderr)
        return 2
    environment = environments[argv[0]]
    print(bootstrap_plan(environment, root / "dist" / argv[0]), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
