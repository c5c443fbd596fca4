"""The public edge as Gateway API resources: a Gateway with HTTPS, one HTTPRoute per route."""

from __future__ import annotations

from typing import Sequence

from cdk8s import ApiObjectMetadata
from constructs import Construct

from ._crds.gatewayapi.io.k8s.networking import gateway as gw
from ._names import check_dns_label
from .routes import Route, check_routes
from .tls_certificate import tls_certificate

#: GKE's managed global external Application Load Balancer.
GKE_EXTERNAL_GATEWAY_CLASS = "gke-l7-global-external-managed"


class PlatformGateway(Construct):
    """The same routes as :class:`PlatformIngress`, for controllers that implement Gateway API.

    A Gateway ``name`` listens on 80 (answering only with a redirect to HTTPS, and cert-manager's
    challenges) and 443 (TLS from ``tls_secret``). Each route becomes an HTTPRoute in its
    backend's namespace, so no cross-namespace reference is needed; the Gateway admits routes
    from exactly those namespaces.

    Gateway API has no portable authentication, so admin routes are refused here: leave them out
    and reach admin tools another way (e.g. ``kubectl port-forward``), or keep the Ingress edge.

    Construct ids: ``Resource`` (the Gateway), ``Certificate``, ``HttpsRedirect``, ``Route-<service>``.

    :param name: the Gateway's name.
    :param namespace: where the Gateway and Certificate live.
    :param host: the public host name.
    :param routes: the routes; matching is by longest prefix, so their order only documents intent.
    :param tls_secret: the Secret cert-manager writes the certificate to.
    :param cluster_issuer: the ClusterIssuer that issues it.
    :param gateway_class: the GatewayClass. Default: ``GKE_EXTERNAL_GATEWAY_CLASS``.
    :param websocket_timeout_seconds: request timeout of WebSocket routes. Default: 3600.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        host: str,
        routes: Sequence[Route],
        tls_secret: str,
        cluster_issuer: str,
        gateway_class: str = GKE_EXTERNAL_GATEWAY_CLASS,
        websocket_timeout_seconds: int = 3600,
    ) -> None:
        super().__init__(scope, id)
        check_dns_label(name, "gateway name")
        check_routes(list(routes))
        admin = [route.path for route in routes if route.admin]
        if admin:
            raise ValueError(
                f"admin routes {admin} cannot be protected with Gateway API alone; "
                f"leave them off the public host (admin access 'off') or use the Ingress edge"
            )
        self.routes = tuple(routes)
        route_namespaces = sorted({route.namespace or namespace for route in routes})
        self.certificate = tls_certificate(
            self, "Certificate", secret_name=tls_secret, host=host, issuer=cluster_issuer, namespace=namespace
        )
        allowed = gw.GatewaySpecListenersAllowedRoutes(
            namespaces=gw.GatewaySpecListenersAllowedRoutesNamespaces(
                from_=gw.GatewaySpecListenersAllowedRoutesNamespacesFrom.SELECTOR,
                selector=gw.GatewaySpecListenersAllowedRoutesNamespacesSelector(
                    match_expressions=[
                        gw.GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions(
                            key="kubernetes.io/metadata.name", operator="In", values=route_namespaces
                        )
                    ]
                ),
            )
        )
        self.gateway = gw.Gateway(
            self,
            "Resource",
            metadata=ApiObjectMetadata(name=name, namespace=namespace),
            spec=gw.GatewaySpec(
                gateway_class_name=gateway_class,
                listeners=[
                    gw.GatewaySpecListeners(name="http", port=80, protocol="HTTP", hostname=host, allowed_routes=allowed),
                    gw.GatewaySpecListeners(
                        name="https", port=443, protocol="HTTPS", hostname=host, allowed_routes=allowed,
                        tls=gw.GatewaySpecListenersTls(
                            mode=gw.GatewaySpecListenersTlsMode.TERMINATE,
                            certificate_refs=[gw.GatewaySpecListenersTlsCertificateRefs(name=tls_secret, kind="Secret", group="")],
                        ),
                    ),
                ],
            ),
        )
        self.redirect = gw.HttpRoute(
            self,
            "HttpsRedirect",
            metadata=ApiObjectMetadata(name=f"{name}-https-redirect", namespace=namespace),
            spec=gw.HttpRouteSpec(
                parent_refs=[gw.HttpRouteSpecParentRefs(name=name, namespace=namespace, section_name="http")],
                hostnames=[host],
                rules=[
                    gw.HttpRouteSpecRules(
                        filters=[
                            gw.HttpRouteSpecRulesFilters(
                                type=gw.HttpRouteSpecRulesFiltersType.REQUEST_REDIRECT,
                                request_redirect=gw.HttpRouteSpecRulesFiltersRequestRedirect(
                                    scheme=gw.HttpRouteSpecRulesFiltersRequestRedirectScheme.HTTPS,
                                    status_code=gw.HttpRouteSpecRulesFiltersRequestRedirectStatusCode.VALUE_301,
                                ),
                            )
                        ]
                    )
                ],
            ),
        )
        self.http_routes: dict[str, gw.HttpRoute] = {}
        for route in routes:
            self.http_routes[route.path] = gw.HttpRoute(
                self,
                f"Route-{route.service}",
                metadata=ApiObjectMetadata(name=route.service, namespace=route.namespace or namespace),
                spec=gw.HttpRouteSpec(
                    parent_refs=[gw.HttpRouteSpecParentRefs(name=name, namespace=namespace, section_name="https")],
                    hostnames=[host],
                    rules=[
                        gw.HttpRouteSpecRules(
                            matches=[
                                gw.HttpRouteSpecRulesMatches(
                                    path=gw.HttpRouteSpecRulesMatchesPath(
                                        type=gw.HttpRouteSpecRulesMatchesPathType.PATH_PREFIX, value=route.path
                                    )
                                )
                            ],
                            backend_refs=[gw.HttpRouteSpecRulesBackendRefs(name=route.service, port=route.port)],
                            timeouts=gw.HttpRouteSpecRulesTimeouts(request=f"{websocket_timeout_seconds}s")
                            if route.websocket
                            else None,
                        )
                    ],
                ),
            )
