"""The public edge: TLS issuer and certificate, and the routes on Envoy Gateway (Gateway API)
or, to migrate from, ingress-nginx; both side by side while DNS moves."""

from __future__ import annotations

from typing import Any

import cdk8s
from constructs import Construct

from codex_constructs import (
    LETS_ENCRYPT_PRODUCTION,
    LETS_ENCRYPT_STAGING,
    AcmeClusterIssuer,
    BasicAuth,
    EnvoyGatewayClass,
    PlatformGateway,
    PlatformIngress,
)

from ..derivations.components import ENVOY_GATEWAY_NAMESPACE, GATEWAY_CLASS, GATEWAY_NAME
from ..derivations.plan import EnvironmentPlan

INGRESS_NAME = "main-ingress"


class EdgeChart(cdk8s.Chart):
    """No chart namespace: the ClusterIssuer and GatewayClass are cluster-scoped; the rest is
    placed explicitly. The edge ``api`` names issues the certificate and answers challenges;
    a ``standby`` edge serves the same hosts with the same certificate Secret."""

    def __init__(self, scope: Construct, id: str, *, plan: EnvironmentPlan) -> None:
        super().__init__(scope, id, disable_resource_name_hashes=True)
        model, edge = plan.model, plan.config.edge
        self.issuer = AcmeClusterIssuer(
            self,
            "issuer",
            name=edge.cluster_issuer,
            server=LETS_ENCRYPT_PRODUCTION if edge.acme_server == "production" else LETS_ENCRYPT_STAGING,
            email=edge.acme_email,
            solver=edge.api,
            ingress_class=edge.ingress_class,
            gateway_name=GATEWAY_NAME if edge.api == "gateway" else None,
            gateway_namespace=model.namespace if edge.api == "gateway" else None,
        )
        admin_auth = BasicAuth(edge.admin_auth_secret, realm="Codex admin") if edge.admin_access == "basic-auth" else None

        def issuer(kind: str) -> str | None:
            return edge.cluster_issuer if kind == edge.api else None

        common: dict[str, Any] = dict(
            namespace=model.namespace,
            host=edge.host,
            routes=list(plan.routes),
            tls_secret=edge.tls_secret,
            admin_host=edge.admin_host if plan.admin_routes else None,
            admin_tls_secret=edge.admin_tls_secret,
            admin_auth=admin_auth,
        )
        self.gateway_class: EnvoyGatewayClass | None = None
        self.gateway: PlatformGateway | None = None
        self.ingress: PlatformIngress | None = None
        if plan.gateway:
            self.gateway_class = EnvoyGatewayClass(
                self,
                "gateway-class",
                name=GATEWAY_CLASS,
                controller_namespace=ENVOY_GATEWAY_NAMESPACE,
                replicas=edge.controller_replicas,
                load_balancer_ip=edge.load_balancer_ip,
            )
            self.gateway = PlatformGateway(
                self,
                "gateway",
                name=GATEWAY_NAME,
                gateway_class=GATEWAY_CLASS,
                cluster_issuer=issuer("gateway"),
                admin_source_ranges=edge.admin_source_ranges,
                **common,
            )
        if plan.ingress:
            self.ingress = PlatformIngress(
                self, "ingress", name=INGRESS_NAME, class_name=edge.ingress_class, cluster_issuer=issuer("ingress"), **common
            )
