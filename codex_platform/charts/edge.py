"""The public edge: TLS issuer and certificate, and the routes as Ingress or Gateway API."""

from __future__ import annotations

import cdk8s
from constructs import Construct

from codex_constructs import LETS_ENCRYPT_PRODUCTION, LETS_ENCRYPT_STAGING, AcmeClusterIssuer, BasicAuth, PlatformGateway, PlatformIngress

from ..config import EnvironmentConfig
from ..derive import public_routes
from ..model import PlatformModel

INGRESS_NAME = "main-ingress"
GATEWAY_NAME = "codex-gateway"


class EdgeChart(cdk8s.Chart):
    """No chart namespace: the ClusterIssuer is cluster-scoped; the rest is placed explicitly."""

    def __init__(self, scope: Construct, id: str, *, model: PlatformModel, config: EnvironmentConfig) -> None:
        super().__init__(scope, id, disable_resource_name_hashes=True)
        edge = config.edge
        gateway = edge.api == "gateway"
        self.issuer = AcmeClusterIssuer(
            self,
            "issuer",
            name=edge.cluster_issuer,
            server=LETS_ENCRYPT_PRODUCTION if edge.acme_server == "production" else LETS_ENCRYPT_STAGING,
            email=edge.acme_email,
            solver="gateway" if gateway else "ingress",
            ingress_class=edge.ingress_class,
            gateway_name=GATEWAY_NAME if gateway else None,
            gateway_namespace=model.namespace if gateway else None,
        )
        common = dict(
            namespace=model.namespace,
            host=edge.host,
            routes=public_routes(model, config),
            tls_secret=edge.tls_secret,
            cluster_issuer=edge.cluster_issuer,
        )
        if gateway:
            self.edge = PlatformGateway(self, "gateway", name=GATEWAY_NAME, gateway_class=edge.gateway_class, **common)
        else:
            self.edge = PlatformIngress(
                self, "ingress", name=INGRESS_NAME, class_name=edge.ingress_class,
                admin_auth=BasicAuth(edge.admin_auth_secret, realm="Codex admin") if edge.admin_access == "basic-auth" else None,
                **common,
            )
