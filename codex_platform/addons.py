"""The upstream Helm charts the platform installs, pinned, with values built from the config.

Versions were checked against upstream releases; bump one by editing it here, reading the
chart's release notes, and reviewing the snapshot diff.
"""

from __future__ import annotations

from codex_constructs.helm_release import HelmRelease

from .config import EnvironmentConfig
from .model import PlatformModel

CRD = ("apiextensions.k8s.io", "CustomResourceDefinition")
CLUSTER_ROLES = (("rbac.authorization.k8s.io", "ClusterRole"), ("rbac.authorization.k8s.io", "ClusterRoleBinding"))
VALIDATING_WEBHOOK = ("admissionregistration.k8s.io", "ValidatingWebhookConfiguration")
MUTATING_WEBHOOK = ("admissionregistration.k8s.io", "MutatingWebhookConfiguration")


def helm_releases(model: PlatformModel, config: EnvironmentConfig, argocd_namespace: str) -> list[HelmRelease]:
    """What this environment needs installed: cert-manager always, Strimzi with Kafka,
    ingress-nginx with the Ingress edge, KEDA when a worker scales on lag, Image Updater."""
    releases = [
        HelmRelease(
            name="cert-manager",
            repo_url="https://charts.jetstack.io",
            chart="cert-manager",
            version="v1.19.4",
            namespace="cert-manager",
            values={"crds": {"enabled": True}},
            cluster_resources=(CRD, *CLUSTER_ROLES, VALIDATING_WEBHOOK, MUTATING_WEBHOOK),
        )
    ]
    if model.kafka is not None:
        releases.append(
            HelmRelease(
                name="strimzi",
                repo_url="https://strimzi.io/charts/",
                chart="strimzi-kafka-operator",
                version="1.0.1",
                namespace="strimzi",
                # Watch only the platform's namespace: the operator gets no cluster-wide rights
                # over Kafka resources elsewhere.
                values={"watchNamespaces": [model.namespace], "watchAnyNamespace": False},
                cluster_resources=(CRD, *CLUSTER_ROLES),
            )
        )
    if any(settings.lag_scaling for settings in config.services.values()) and not config.paused:
        releases.append(
            HelmRelease(
                name="keda",
                repo_url="https://kedacore.github.io/charts",
                chart="keda",
                version="2.21.1",
                namespace="keda",
                cluster_resources=(CRD, *CLUSTER_ROLES, VALIDATING_WEBHOOK, ("apiregistration.k8s.io", "APIService")),
            )
        )
    if config.edge.api == "ingress":
        releases.append(
            HelmRelease(
                name="ingress-nginx",
                repo_url="https://kubernetes.github.io/ingress-nginx",
                chart="ingress-nginx",
                version="4.14.3",
                namespace="ingress-nginx",
                values={
                    "controller": {
                        "ingressClassResource": {"name": config.edge.ingress_class, "default": False},
                        "service": {"type": "NodePort", "nodePorts": {"http": 30080, "https": 30443}},
                    }
                },
                cluster_resources=(*CLUSTER_ROLES, VALIDATING_WEBHOOK, ("networking.k8s.io", "IngressClass")),
            )
        )
    releases.append(
        HelmRelease(
            name="argocd-image-updater",
            repo_url="https://argoproj.github.io/argo-helm",
            chart="argocd-image-updater",
            version="1.1.4",
            namespace=argocd_namespace,
            cluster_resources=(CRD, *CLUSTER_ROLES),
        )
    )
    return releases
