"""The public edge as ingress-nginx Ingresses: one host, TLS, routes in order, admin behind auth."""

from __future__ import annotations

from collections.abc import Sequence

from cdk8s_plus_27 import k8s
from constructs import Construct

from ._names import check_dns_label
from ._props import checked_props
from .routes import BasicAuth, Route, check_admin_routes, check_routes
from .tls_certificate import edge_certificates

_PREFIX = "nginx.ingress.kubernetes.io"


class PlatformIngress(Construct):
    """Routes through ingress-nginx, with a cert-manager certificate.

    ingress-nginx was retired by its maintainers in March 2026 (no more security fixes): use
    :class:`PlatformGateway` for a new edge, and this one only to migrate from.

    Public routes share the Ingress ``name`` in the order given; admin routes go to
    ``<name>-admin`` on ``admin_host``, which carries the authentication annotations
    (ingress-nginx applies them per Ingress, so they cannot share one with public routes). A
    route to another namespace is reached through an ExternalName Service ``<service>-proxy``.

    Construct ids: ``Resource`` (the public Ingress), ``Certificate``, ``AdminCertificate``,
    ``AdminIngress``, ``Proxy-<service>``.

    :param name: the public Ingress' name.
    :param namespace: where the Ingresses, proxies and Certificate live.
    :param host: the public host name.
    :param routes: the routes, most specific first; ``/`` last.
    :param tls_secret: the Secret holding the certificate for ``host``.
    :param cluster_issuer: the ClusterIssuer that issues the certificates into ``tls_secret`` and
        ``admin_tls_secret``; none when another edge rendered beside this one issues them.
        Default: none.
    :param admin_host: the host admin routes are served on, never ``host``, so admin pages do
        not share an origin with the public API. Required with admin routes. Default: none.
    :param admin_tls_secret: the Secret holding the certificate for ``admin_host``. Default:
        ``<tls_secret>-admin``.
    :param admin_auth: the authentication admin routes require; without it admin routes are
        refused. Default: none.
    :param class_name: the IngressClass. Default: ``nginx``.
    :param websocket_timeout_seconds: read and send timeout, so idle WebSocket connections stay
        open. Default: 3600.
    """

    @checked_props
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
        cluster_issuer: str | None = None,
        admin_host: str | None = None,
        admin_tls_secret: str | None = None,
        admin_auth: BasicAuth | None = None,
        class_name: str = "nginx",
        websocket_timeout_seconds: int = 3600,
    ) -> None:
        super().__init__(scope, id)
        check_dns_label(name, "ingress name")
        check_routes(list(routes))
        admin = [route for route in routes if route.admin]
        public = [route for route in routes if not route.admin]
        check_admin_routes(admin, host, admin_host, admin_auth)
        self.routes = tuple(routes)
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
        self.proxies: dict[str, k8s.KubeService] = {}
        for route in routes:
            if route.namespace and route.namespace != namespace and route.service not in self.proxies:
                self.proxies[route.service] = k8s.KubeService(
                    self,
                    f"Proxy-{route.service}",
                    metadata=k8s.ObjectMeta(name=f"{route.service}-proxy", namespace=namespace),
                    spec=k8s.ServiceSpec(
                        type="ExternalName",
                        external_name=f"{route.service}.{route.namespace}.svc.cluster.local",
                        ports=[k8s.ServicePort(name="http", port=route.port, protocol="TCP")],
                    ),
                )

        def ingress(
            construct_id: str, ingress_name: str, on: str, secret: str, subset: list[Route], annotations: dict[str, str]
        ) -> k8s.KubeIngress:
            return k8s.KubeIngress(
                self,
                construct_id,
                metadata=k8s.ObjectMeta(
                    name=ingress_name,
                    namespace=namespace,
                    annotations={f"{_PREFIX}/use-regex": "true", **annotations},
                ),
                spec=k8s.IngressSpec(
                    ingress_class_name=class_name,
                    tls=[k8s.IngressTls(hosts=[on], secret_name=secret)],
                    rules=[k8s.IngressRule(host=on, http=k8s.HttpIngressRuleValue(paths=[self._path(r, namespace) for r in subset]))],
                ),
            )

        # ingress-nginx upgrades WebSocket connections on any path by itself; what a long-lived
        # socket needs is timeouts longer than the 60 s default. (There is no per-service
        # WebSocket annotation: `websocket-services` is NGINX Inc.'s controller's, ignored here.)
        public_annotations: dict[str, str] = {}
        if any(route.websocket for route in public):
            public_annotations = {
                f"{_PREFIX}/proxy-read-timeout": str(websocket_timeout_seconds),
                f"{_PREFIX}/proxy-send-timeout": str(websocket_timeout_seconds),
            }
        self.ingress = ingress("Resource", name, host, tls_secret, public, public_annotations) if public else None
        self.admin_ingress: k8s.KubeIngress | None = None
        if admin and admin_auth is not None and admin_host is not None:
            self.admin_ingress = ingress(
                "AdminIngress",
                f"{name}-admin",
                admin_host,
                admin_tls_secret,
                admin,
                {
                    f"{_PREFIX}/auth-type": "basic",
                    f"{_PREFIX}/auth-secret": admin_auth.secret_name,
                    f"{_PREFIX}/auth-realm": admin_auth.realm,
                },
            )

    def _path(self, route: Route, namespace: str) -> k8s.HttpIngressPath:
        service = route.service
        if route.namespace and route.namespace != namespace:
            service = f"{route.service}-proxy"
        backend = k8s.IngressBackend(service=k8s.IngressServiceBackend(name=service, port=k8s.ServiceBackendPort(number=route.port)))
        if route.path == "/":
            return k8s.HttpIngressPath(path="/", path_type="Prefix", backend=backend)
        # `/kafka-ui(/|$)(.*)` matches the prefix itself and everything below it, not `/kafka-uix`.
        return k8s.HttpIngressPath(path=f"{route.path}(/|$)(.*)", path_type="ImplementationSpecific", backend=backend)
