"""The third-party components the platform installs, as the rest of the code addresses them:
their namespaces, release names, pod labels and ports (each taken from its chart at the pinned
version, see addons.py)."""

from __future__ import annotations

from codex_constructs import Peer

from ..inputs.config import EnvironmentConfig

KEDA_NAMESPACE = "keda"
#: The pods of KEDA's operator (the chart's labels), which read consumer lag from Kafka.
KEDA_OPERATOR = Peer.pods(KEDA_NAMESPACE, {"app.kubernetes.io/name": "keda-operator"})
ESO_NAMESPACE = "external-secrets"


def eso_service_account(config: EnvironmentConfig) -> str:
    """External Secrets' Kubernetes ServiceAccount: its Workload Identity principal is what GCP
    grants secrets to. Named per environment, because clusters of one project share one
    identity pool: with one name, dev's controller would be prod's principal too."""
    return f"external-secrets-{config.name}"


INGRESS_NAMESPACE = "ingress-nginx"
#: Envoy Gateway's controller, and the Envoy proxies it runs for each Gateway.
ENVOY_GATEWAY_NAMESPACE = "envoy-gateway-system"
ENVOY_GATEWAY_RELEASE = "envoy-gateway"
#: The platform's Gateway, and the GatewayClass (and EnvoyProxy) of its proxies.
GATEWAY_NAME = "codex-gateway"
GATEWAY_CLASS = "codex-envoy"
#: The controller's pods (the chart's labels).
ENVOY_GATEWAY_CONTROLLER_LABELS = {"app.kubernetes.io/name": "gateway-helm", "app.kubernetes.io/instance": ENVOY_GATEWAY_RELEASE}
#: The ingress controller's Prometheus port (controller.metrics).
INGRESS_METRICS_PORT = 10254
CERT_MANAGER_NAMESPACE = "cert-manager"
#: cert-manager's controller pods (the chart's labels).
CERT_MANAGER_CONTROLLER = Peer.pods(
    CERT_MANAGER_NAMESPACE, {"app.kubernetes.io/name": "cert-manager", "app.kubernetes.io/component": "controller"}
)
#: cert-manager's controller serves metrics here (prometheus.enabled, the chart's default).
CERT_MANAGER_METRICS_PORT = 9402
#: Where the ingress controller's Service listens on every node (an external load balancer
#: forwards 80 and 443 there; see the bootstrap plan).
INGRESS_NODE_PORTS = {"http": 30080, "https": 30443}
