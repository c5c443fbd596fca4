"""A cert-manager ClusterIssuer for ACME (Let's Encrypt) with the HTTP-01 challenge."""

from __future__ import annotations

from typing import Literal

from cdk8s import ApiObjectMetadata
from constructs import Construct

from ._crds.certmanager.io import cert_manager
from ._names import check_dns_label
from ._props import checked_props

LETS_ENCRYPT_PRODUCTION = "https://acme-v02.api.letsencrypt.org/directory"
LETS_ENCRYPT_STAGING = "https://acme-staging-v02.api.letsencrypt.org/directory"


class AcmeClusterIssuer(Construct):
    """A cluster-scoped ACME issuer that answers HTTP-01 challenges through the edge in use.

    :param name: the issuer's name, referenced by Certificates.
    :param server: the ACME directory. Default: Let's Encrypt production.
    :param email: contact for the ACME account. Default: none (Let's Encrypt accepts that).
    :param solver: ``ingress`` answers challenges through an Ingress of ``ingress_class``;
        ``gateway`` through an HTTPRoute on ``gateway_name`` in ``gateway_namespace``.
        Default: ``ingress``.
    :param ingress_class: the IngressClass for ``solver="ingress"``. Default: ``nginx``.
    :param gateway_name: the Gateway for ``solver="gateway"``. Default: none.
    :param gateway_namespace: that Gateway's namespace. Default: none.
    """

    @checked_props
    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        server: str = LETS_ENCRYPT_PRODUCTION,
        email: str | None = None,
        solver: Literal["ingress", "gateway"] = "ingress",
        ingress_class: str = "nginx",
        gateway_name: str | None = None,
        gateway_namespace: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        check_dns_label(name, "issuer name")
        if not server.startswith("https://"):
            raise ValueError(f"ACME server {server!r} must be an https:// directory URL")
        if solver == "gateway":
            if not (gateway_name and gateway_namespace):
                raise ValueError("a gateway solver needs gateway_name and gateway_namespace")
            http01 = cert_manager.ClusterIssuerSpecAcmeSolversHttp01(
                gateway_http_route=cert_manager.ClusterIssuerSpecAcmeSolversHttp01GatewayHttpRoute(
                    parent_refs=[
                        cert_manager.ClusterIssuerSpecAcmeSolversHttp01GatewayHttpRouteParentRefs(
                            name=gateway_name, namespace=gateway_namespace, section_name="http", kind="Gateway"
                        )
                    ]
                )
            )
        else:
            http01 = cert_manager.ClusterIssuerSpecAcmeSolversHttp01(
                ingress=cert_manager.ClusterIssuerSpecAcmeSolversHttp01Ingress(ingress_class_name=ingress_class)
            )
        self.name = name
        self.issuer = cert_manager.ClusterIssuer(
            self,
            "Resource",
            metadata=ApiObjectMetadata(name=name),
            spec=cert_manager.ClusterIssuerSpec(
                acme=cert_manager.ClusterIssuerSpecAcme(
                    server=server,
                    email=email,
                    # The account key cert-manager generates and keeps; not a value we hold.
                    private_key_secret_ref=cert_manager.ClusterIssuerSpecAcmePrivateKeySecretRef(name=f"{name}-account-key"),
                    solvers=[cert_manager.ClusterIssuerSpecAcmeSolvers(http01=http01)],
                )
            ),
        )
