"""The public edge as Gateway API resources for Envoy Gateway: a Gateway with HTTPS, one
HTTPRoute per route, the limits of each route, and authentication on admin routes."""

from __future__ import annotations

from collections.abc import Sequence

from cdk8s import ApiObjectMetadata
from constructs import Construct

from ._crds.envoygateway.io.envoyproxy import gateway as eg
from ._crds.gatewayapi.io.k8s.networking import gateway as gw
from ._names import check_cidr, check_dns_label
from ._props import checked_props
from ._quantities import parse_bytes
from .routes import BasicAuth, Route, check_admin_routes, check_routes
from .tls_certificate import edge_certificates


class PlatformGateway(Construct):
    """The same routes as :class:`PlatformIngress`, on a Gateway of an Envoy Gateway class
    (:class:`EnvoyGatewayClass`), with the same limits as ingress-nginx's defaults.

    The Gateway ``name`` listens on 80 (``http``: only a redirect to HTTPS, and cert-manager's
    challenges), and on 443 for ``host`` (``https``, TLS from ``tls_secret``) and ``admin_host``
    (``https-admin``, from ``admin_tls_secret``). Each route becomes an HTTPRoute named after its backend, in the
    backend's namespace (no cross-namespace reference); the Gateway admits routes from exactly
    those namespaces. Gateway API matches the longest prefix first, so ``/`` never shadows a
    longer path, whatever the order.

    Each route has a BackendTrafficPolicy of the same name: connect timeout
    ``connect_timeout_seconds``; no limit on a request's total time, but the stream is closed
    after ``idle_timeout_seconds`` without a byte either way (``websocket_timeout_seconds`` on
    WebSocket routes), as ingress-nginx's read and send timeouts do; request bodies up to
    ``max_request_body`` (413 above; not on WebSocket routes, since buffering a request turns
    off the upgrade).

    Admin routes are served on ``admin_host`` only, behind a SecurityPolicy of the route's name:
    basic authentication, then (with ``admin_source_ranges``) only clients from those ranges.
    The ``Authorization`` header is removed before the request reaches the tool, so an admin
    tool never sees the edge's credentials; a client authenticating to the tool itself with that
    header (an API token) cannot use these routes and reaches the tool inside the cluster.

    Construct ids: ``Resource`` (the Gateway), ``Certificate``, ``AdminCertificate``, ``HttpsRedirect``,
    ``Route-<service>``, ``Limits-<service>``, ``Auth-<service>``, ``AdminAuthGrant``.

    :param name: the Gateway's name.
    :param namespace: where the Gateway and Certificate live.
    :param gateway_class: the GatewayClass, served by Envoy Gateway.
    :param host: the public host name.
    :param routes: the routes.
    :param tls_secret: the Secret holding the certificate for ``host``.
    :param cluster_issuer: the ClusterIssuer that issues the certificates into ``tls_secret`` and
        ``admin_tls_secret``; none when another edge rendered beside this one issues them.
        Default: none.
    :param admin_host: the host admin routes are served on, never ``host``. Required with admin
        routes. Default: none.
    :param admin_tls_secret: the Secret holding the certificate for ``admin_host``. Default:
        ``<tls_secret>-admin``.
    :param admin_auth: the htpasswd Secret (key ``.htpasswd``) admin routes require, in
        ``namespace`` (a ReferenceGrant lets admin routes elsewhere read it); without it admin
        routes are refused. Default: none.
    :param admin_source_ranges: client address ranges allowed on admin routes. Default: any.
    :param websocket_timeout_seconds: idle timeout of WebSocket routes. Default: 3600.
    :param idle_timeout_seconds: idle timeout of other routes. Default: 60 (ingress-nginx's
        proxy read and send timeouts).
    :param connect_timeout_seconds: timeout to connect to a backend. Default: 5 (ingress-nginx's).
    :param max_request_body: the largest request body, as a quantity. Default: ``1Mi``
        (ingress-nginx's ``proxy-body-size``).
    """

    @checked_props
    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        gateway_class: str,
        host: str,
        routes: Sequence[Route],
        tls_secret: str,
        cluster_issuer: str | None = None,
        admin_host: str | None = None,
        admin_tls_secret: str | None = None,
        admin_auth: BasicAuth | None = None,
        admin_source_ranges: Sequence[str] = (),
        websocket_timeout_seconds: int = 3600,
        idle_timeout_seconds: int = 60,
        connect_timeout_seconds: int = 5,
        max_request_body: str = "1Mi",
    ) -> None:
        super().__init__(scope, id)
        check_dns_label(name, "gateway name")
        check_dns_label(gateway_class, "gateway class")
        check_routes(list(routes))
        admin = [route for route in routes if route.admin]
        check_admin_routes(admin, host, admin_host, admin_auth)
        for seconds, what in (
            (websocket_timeout_seconds, "websocket"),
            (idle_timeout_seconds, "idle"),
            (connect_timeout_seconds, "connect"),
        ):
            if seconds < 1:
                raise ValueError(f"{what}_timeout_seconds {seconds} must be at least 1")
        parse_bytes(max_request_body)
        for cidr in admin_source_ranges:
            try:
                check_cidr(cidr)
            except ValueError as error:
                raise ValueError(f"admin_source_ranges: {error}") from None
        self.routes = tuple(routes)
        hosts = [host, admin_host] if admin and admin_host else [host]
        admin_tls_secret = admin_tls_secret or f"{tls_secret}-admin"
        self.certificate, self.admin_certificate = edge_certificates(
            self,
            namespace=namespace,
            issuer=cluster_issuer,
            host=host,
            tls_secret=tls_secret,
            admin_host=admin_host if admin else None,
            admin_tls_secret=admin_tls_secret,
        )
        # The Certificate's namespace too: cert-manager puts its challenge routes there.
        route_namespaces = sorted({namespace, *(route.namespace or namespace for route in routes)})
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

        def https(listener: str, on: str, secret: str) -> gw.GatewaySpecListeners:
            return gw.GatewaySpecListeners(
                name=listener,
                port=443,
                protocol="HTTPS",
                hostname=on,
                allowed_routes=allowed,
                tls=gw.GatewaySpecListenersTls(
                    mode=gw.GatewaySpecListenersTlsMode.TERMINATE,
                    certificate_refs=[gw.GatewaySpecListenersTlsCertificateRefs(name=secret, kind="Secret", group="")],
                ),
            )

        self.gateway = gw.Gateway(
            self,
            "Resource",
            metadata=ApiObjectMetadata(name=name, namespace=namespace),
            spec=gw.GatewaySpec(
                gateway_class_name=gateway_class,
                listeners=[
                    # No hostname: the redirect and the challenge routes name theirs.
                    gw.GatewaySpecListeners(name="http", port=80, protocol="HTTP", allowed_routes=allowed),
                    https("https", host, tls_secret),
                    *([https("https-admin", admin_host, admin_tls_secret)] if admin and admin_host else []),
                ],
            ),
        )
        self.redirect = gw.HttpRoute(
            self,
            "HttpsRedirect",
            metadata=ApiObjectMetadata(name=f"{name}-https-redirect", namespace=namespace),
            spec=gw.HttpRouteSpec(
                parent_refs=[gw.HttpRouteSpecParentRefs(name=name, namespace=namespace, section_name="http")],
                hostnames=hosts,
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
        self.limits: dict[str, eg.BackendTrafficPolicy] = {}
        self.admin_policies: dict[str, eg.SecurityPolicy] = {}
        for route in routes:
            route_namespace = route.namespace or namespace
            metadata = ApiObjectMetadata(name=route.service, namespace=route_namespace)
            strip_credentials = [
                gw.HttpRouteSpecRulesFilters(
                    type=gw.HttpRouteSpecRulesFiltersType.REQUEST_HEADER_MODIFIER,
                    request_header_modifier=gw.HttpRouteSpecRulesFiltersRequestHeaderModifier(remove=["Authorization"]),
                )
            ]
            self.http_routes[route.path] = gw.HttpRoute(
                self,
                f"Route-{route.service}",
                metadata=metadata,
                spec=gw.HttpRouteSpec(
                    parent_refs=[
                        gw.HttpRouteSpecParentRefs(name=name, namespace=namespace, section_name="https-admin" if route.admin else "https")
                    ],
                    hostnames=[admin_host if route.admin and admin_host else host],
                    rules=[
                        gw.HttpRouteSpecRules(
                            matches=[
                                gw.HttpRouteSpecRulesMatches(
                                    path=gw.HttpRouteSpecRulesMatchesPath(
                                        type=gw.HttpRouteSpecRulesMatchesPathType.PATH_PREFIX, value=route.path
                                    )
                                )
                            ],
                            filters=strip_credentials if route.admin else None,
                            backend_refs=[gw.HttpRouteSpecRulesBackendRefs(name=route.service, port=route.port)],
                            # No limit on the whole exchange (Envoy's default is 15 s): the idle
                            # timeout below bounds a stalled one, as with ingress-nginx.
                            timeouts=gw.HttpRouteSpecRulesTimeouts(request="0s"),
                        )
                    ],
                ),
            )
            target = [eg.BackendTrafficPolicySpecTargetRefs(group="gateway.networking.k8s.io", kind="HTTPRoute", name=route.service)]
            idle = websocket_timeout_seconds if route.websocket else idle_timeout_seconds
            self.limits[route.path] = eg.BackendTrafficPolicy(
                self,
                f"Limits-{route.service}",
                metadata=metadata,
                spec=eg.BackendTrafficPolicySpec(
                    target_refs=target,
                    timeout=eg.BackendTrafficPolicySpecTimeout(
                        tcp=eg.BackendTrafficPolicySpecTimeoutTcp(connect_timeout=f"{connect_timeout_seconds}s"),
                        http=eg.BackendTrafficPolicySpecTimeoutHttp(stream_idle_timeout=f"{idle}s"),
                    ),
                    request_buffer=None
                    if route.websocket
                    else eg.BackendTrafficPolicySpecRequestBuffer(
                        limit=eg.BackendTrafficPolicySpecRequestBufferLimit.from_string(max_request_body)
                    ),
                ),
            )
            if route.admin and admin_auth is not None:
                self.admin_policies[route.path] = eg.SecurityPolicy(
                    self,
                    f"Auth-{route.service}",
                    metadata=metadata,
                    spec=eg.SecurityPolicySpec(
                        target_refs=[
                            eg.SecurityPolicySpecTargetRefs(group="gateway.networking.k8s.io", kind="HTTPRoute", name=route.service)
                        ],
                        basic_auth=eg.SecurityPolicySpecBasicAuth(
                            users=eg.SecurityPolicySpecBasicAuthUsers(
                                name=admin_auth.secret_name,
                                kind="Secret",
                                group="",
                                namespace=namespace if route_namespace != namespace else None,
                            )
                        ),
                        authorization=eg.SecurityPolicySpecAuthorization(
                            default_action=eg.SecurityPolicySpecAuthorizationDefaultAction.DENY,
                            rules=[
                                eg.SecurityPolicySpecAuthorizationRules(
                                    name="admin-source-ranges",
                                    action=eg.SecurityPolicySpecAuthorizationRulesAction.ALLOW,
                                    principal=eg.SecurityPolicySpecAuthorizationRulesPrincipal(client_cid_rs=list(admin_source_ranges)),
                                )
                            ],
                        )
                        if admin_source_ranges
                        else None,
                    ),
                )
        # The htpasswd Secret lives beside the Gateway; policies of admin routes in other
        # namespaces may read it only through a grant.
        readers = sorted({route.namespace for route in admin if route.namespace and route.namespace != namespace})
        self.secret_grant = (
            gw.ReferenceGrant(
                self,
                "AdminAuthGrant",
                metadata=ApiObjectMetadata(name=f"{admin_auth.secret_name}-readers", namespace=namespace),
                spec=gw.ReferenceGrantSpec(
                    from_=[
                        gw.ReferenceGrantSpecFrom(group="gateway.envoyproxy.io", kind="SecurityPolicy", namespace=reader)
                        for reader in readers
                    ],
                    to=[gw.ReferenceGrantSpecTo(group="", kind="Secret", name=admin_auth.secret_name)],
                ),
            )
            if readers and admin_auth is not None
            else None
        )
