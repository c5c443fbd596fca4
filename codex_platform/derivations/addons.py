"""The upstream Helm charts the platform installs, pinned, with values built from the config.

Versions were checked against upstream releases; bump one by editing it here, reading the
chart's release notes, and reviewing the snapshot diff.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Mapping
from typing import Any

from codex_constructs import (
    CLUSTER_ROLE_KINDS,
    CUSTOM_RESOURCE_DEFINITION,
    ContainerImage,
    HelmRelease,
    pod_security_labels,
    restricted_container_values,
    topology_spread_values,
)

from ..inputs.images import CERT_MANAGER_VERSION, THIRD_PARTY_IMAGES
from .components import (
    CERT_MANAGER_NAMESPACE,
    ENVOY_GATEWAY_CONTROLLER_LABELS,
    ENVOY_GATEWAY_NAMESPACE,
    ENVOY_GATEWAY_RELEASE,
    ESO_NAMESPACE,
    INGRESS_METRICS_PORT,
    INGRESS_NAMESPACE,
    INGRESS_NODE_PORTS,
    KEDA_NAMESPACE,
    eso_service_account,
)
from .plan import EnvironmentPlan

VALIDATING_WEBHOOK = ("admissionregistration.k8s.io", "ValidatingWebhookConfiguration")
MUTATING_WEBHOOK = ("admissionregistration.k8s.io", "MutatingWebhookConfiguration")


def ingress_controller_values(ingress_class: str, replicas: int) -> dict[str, Any]:
    """ingress-nginx's controller: with more than one replica, one per node and spread over
    zones; the chart then adds a PodDisruptionBudget (``minAvailable``) by itself."""
    values: dict[str, Any] = {
        "ingressClassResource": {"name": ingress_class, "default": False},
        "service": {"type": "NodePort", "nodePorts": dict(INGRESS_NODE_PORTS)},
        "replicaCount": replicas,
        # Request counts by status, for the edge's 5xx alert.
        "metrics": {"enabled": True, "port": INGRESS_METRICS_PORT},
    }
    if replicas > 1:
        values["minAvailable"] = replicas - 1
        values["topologySpreadConstraints"] = topology_spread_values(
            {
                "app.kubernetes.io/name": "ingress-nginx",
                "app.kubernetes.io/instance": "ingress-nginx",
                "app.kubernetes.io/component": "controller",
            }
        )
    return values


def envoy_gateway_values(replicas: int) -> dict[str, Any]:
    """Envoy Gateway's controller (the proxies are shaped by the EnvoyProxy in the edge chart).
    Proxies keep serving their last configuration while no controller runs, but route or
    certificate changes wait for one: with more than one replica, they are spread like the
    proxies and kept by a disruption budget."""
    values: dict[str, Any] = {
        "deployment": {"replicas": replicas},
        # Its only use is zone-aware routing, and its webhook would need the API server to
        # reach the controller's pods.
        "topologyInjector": {"enabled": False},
    }
    if replicas > 1:
        values["deployment"]["pod"] = {"topologySpreadConstraints": topology_spread_values(ENVOY_GATEWAY_CONTROLLER_LABELS)}
        values["podDisruptionBudget"] = {"minAvailable": replicas - 1}
    return values


def with_pinned_images(release: HelmRelease, images: Mapping[str, ContainerImage]) -> HelmRelease:
    """``release`` with the digest of each image its chart picks and the environment pinned
    (``images:``), at the path the chart reads it; the chart's tag stays its own."""
    pins = [
        (image, pinned.digest)
        for image in THIRD_PARTY_IMAGES
        if image.release == release.name
        for pinned in [images.get(image.name)]
        if pinned is not None and pinned.digest
    ]
    if not pins:
        return release  # nothing pinned: no copy of the values on every synth
    values = copy.deepcopy(dict(release.values))
    for image, digest in pins:
        block = values
        for key in image.values_path:
            block = block.setdefault(key, {})
        block.update(image.pinned_values(digest))
    return dataclasses.replace(release, values=values)


def helm_releases(plan: EnvironmentPlan, argocd_namespace: str) -> list[HelmRelease]:
    """What this environment needs installed: cert-manager always, Strimzi with Kafka, Envoy
    Gateway with the Gateway API edge, ingress-nginx with the Ingress edge, KEDA when a worker
    scales on lag, Image Updater where images roll out automatically."""
    model, config = plan.model, plan.config
    releases = [
        HelmRelease(
            name="cert-manager",
            repo_url="https://charts.jetstack.io",
            chart="cert-manager",
            version=CERT_MANAGER_VERSION,
            namespace=CERT_MANAGER_NAMESPACE,
            values={
                "crds": {"enabled": True},
                # The leader-election Roles and leases default to kube-system, which the project
                # does not let Argo CD write to: kept in cert-manager's own namespace.
                "global": {"leaderElection": {"namespace": CERT_MANAGER_NAMESPACE}},
                # The challenge routes and Gateway certificates need cert-manager's Gateway API
                # support, which is off by default.
                **({"config": {"enableGatewayAPI": True}} if plan.gateway else {}),
            },
            cluster_resources=(CUSTOM_RESOURCE_DEFINITION, *CLUSTER_ROLE_KINDS, VALIDATING_WEBHOOK, MUTATING_WEBHOOK),
        )
    ]
    releases.append(
        HelmRelease(
            name="external-secrets",
            repo_url="https://charts.external-secrets.io",
            chart="external-secrets",
            version="2.10.0",
            namespace=ESO_NAMESPACE,
            # The controller's ServiceAccount is the Workload Identity the secret store uses.
            values={"installCRDs": True, "serviceAccount": {"name": eso_service_account(config)}},
            cluster_resources=(
                CUSTOM_RESOURCE_DEFINITION,
                *CLUSTER_ROLE_KINDS,
                VALIDATING_WEBHOOK,
                ("external-secrets.io", "ClusterSecretStore"),
            ),
        )
    )
    if model.kafka is not None:
        releases.append(
            HelmRelease(
                name="strimzi",
                repo_url="https://strimzi.io/charts/",
                chart="strimzi-kafka-operator",
                version="1.0.1",
                namespace="strimzi",
                values={
                    # Watch only the platform's namespace: no cluster-wide rights over Kafka
                    # resources elsewhere.
                    "watchNamespaces": [model.namespace],
                    "watchAnyNamespace": False,
                    # Give Kafka's pods security contexts that meet Pod Security `restricted`,
                    # which the platform namespace enforces.
                    "extraEnvs": [{"name": "STRIMZI_POD_SECURITY_PROVIDER_CLASS", "value": "restricted"}],
                    # The operator itself meets `restricted` too (the chart sets no context; its
                    # image runs as user 1001, kept): the cluster tier's Pod Security warned.
                    "podSecurityContext": {"runAsNonRoot": True, "seccompProfile": {"type": "RuntimeDefault"}},
                    "securityContext": restricted_container_values(),
                },
                cluster_resources=(CUSTOM_RESOURCE_DEFINITION, *CLUSTER_ROLE_KINDS),
            )
        )
    if plan.lag_scaled:
        releases.append(
            HelmRelease(
                name="keda",
                repo_url="https://kedacore.github.io/charts",
                chart="keda",
                version="2.21.1",
                namespace=KEDA_NAMESPACE,
                cluster_resources=(
                    CUSTOM_RESOURCE_DEFINITION,
                    *CLUSTER_ROLE_KINDS,
                    VALIDATING_WEBHOOK,
                    ("apiregistration.k8s.io", "APIService"),
                ),
            )
        )
    if plan.gateway:
        releases.append(
            HelmRelease(
                name=ENVOY_GATEWAY_RELEASE,
                repo_url="docker.io/envoyproxy",  # OCI; Argo CD needs no repository Secret for a public registry
                chart="gateway-helm",
                version="v1.9.0",
                namespace=ENVOY_GATEWAY_NAMESPACE,
                values=envoy_gateway_values(config.edge.controller_replicas),
                # It holds the internet-facing proxies: every container it runs (controller,
                # certgen, Envoy, shutdown manager) is non-root, drops all capabilities and uses
                # the runtime's seccomp profile (chart values and
                # internal/infrastructure/kubernetes/proxy/resource.go at v1.9.0).
                namespace_labels=pod_security_labels("restricted"),
                # The chart brings Gateway API v1.6.1 (experimental channel) and a
                # ValidatingAdmissionPolicy that keeps those CRDs from being downgraded.
                cluster_resources=(
                    CUSTOM_RESOURCE_DEFINITION,
                    *CLUSTER_ROLE_KINDS,
                    ("admissionregistration.k8s.io", "ValidatingAdmissionPolicy"),
                    ("admissionregistration.k8s.io", "ValidatingAdmissionPolicyBinding"),
                ),
            )
        )
    if plan.ingress:
        releases.append(
            HelmRelease(
                name="ingress-nginx",
                repo_url="https://kubernetes.github.io/ingress-nginx",
                chart="ingress-nginx",
                version="4.14.3",
                namespace=INGRESS_NAMESPACE,
                values={"controller": ingress_controller_values(config.edge.ingress_class, config.edge.controller_replicas)},
                cluster_resources=(*CLUSTER_ROLE_KINDS, VALIDATING_WEBHOOK, ("networking.k8s.io", "IngressClass")),
            )
        )
    # Operators' namespaces are created by Argo CD: unless a release says more above, they
    # enforce `baseline` (their charts' pods are not rendered here to prove more) and audit and
    # warn at `restricted`.
    releases = [dataclasses.replace(r, namespace_labels=r.namespace_labels or pod_security_labels("baseline")) for r in releases]
    if config.gitops.image_updates == "automatic":
        releases.append(
            HelmRelease(
                name="argocd-image-updater",
                repo_url="https://argoproj.github.io/argo-helm",
                chart="argocd-image-updater",
                version="1.1.4",
                namespace=argocd_namespace,
                cluster_resources=(CUSTOM_RESOURCE_DEFINITION, *CLUSTER_ROLE_KINDS),
            )
        )
    return releases
