"""The public edge as ingress-nginx Ingresses: one host, TLS, routes in order, admin behind auth."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from cdk8s_plus_27 import k8s
from constructs import Construct

from ._names import check_dns_label
from .routes import Route, check_routes
from .tls_certificate import tls_certificate

_PREFIX = "nginx.ingress.kubernetes.io"


@dataclass(frozen=True)
class BasicAuth:
    """HTTP basic authentication from a Secret in htpasswd format (key ``auth``), which
    ingress-nginx checks before any admin request reaches its backend.

    :param secret_name: the Secret, in the Ingress' namespace, delivered out of band.
    :param realm: the realm browsers show. Default: ``Administration``.
    """

    secret_name: str
    realm: str = "Administration"

    def __post_init__(self) -> None:
        check_dns_label(self.secret_name, "basic auth secret name")


class PlatformIngress(Construct):
    """Routes on one host through ingress-nginx, with a cert-manager certificate.

    Public routes share the Ingress ``name`` in the order given; admin routes go to
    ``<name>-admin``, which carries the authentication annotations (ingress-nginx applies them
    per Ingress, so they cannot share one with public routes). A route to another namespace is
    reached through an ExternalName Service ``<service>-proxy``.

    Construct ids: ``Resource`` (the public Ingress), ``Certificate``, ``AdminIngress``, ``Proxy-<service>``.

    :param name: the public Ingress' name.
    :param namespace: where the Ingresses, proxies and Certificate live.
    :param host: the public host name.
    :param routes: the routes, most specific first; ``/`` last.
    :param tls_secret: the Secret cert-manager writes the certificate to.
    :param cluster_issuer: the ClusterIssuer that issues it.
    :param admin_auth: the authentication admin routes require; without it admin routes are
        refused. Default: none.
    :param class_name: the IngressClass. Default: ``nginx``.
    :param websocket_timeout_seconds: read and send timeout, so idle WebSocket connections stay
        open. Default: 3600.
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
        admin_auth: Optional[BasicAuth] = None,
        class_name: str = "nginx",
        websocket_timeout_seconds: int = 3600,
    ) -> None:
        super().__init__(scope, id)
        check_dns_label(name, "ingress name")
        check_routes(list(routes))
        admin = [route for route in routes if route.admin]
        public = [route for route in routes if not route.admin]
        if admin and admin_auth is None:
            raise ValueError(
                f"admin routes {[r.path for r in admin]} would be open to the internet: "
                f"pass admin_auth, or leave them out"
            )
        self.routes = tuple(routes)
        self.certificate = tls_certificate(
            self, "Certificate", secret_name=tls_secret, host=host, issuer=cluster_issuer, namespace=namespace
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

        def ingress(construct_id: str, ingress_name: str, subset: list[Route], annotations: dict[str, str]) -> k8s.KubeIngress:
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
                    tls=[k8s.IngressTls(hosts=[host], secret_name=tls_secret)],
                    rules=[k8s.IngressRule(host=host, http=k8s.HttpIngressRuleValue(paths=[self._path(r, namespace) for r in subset]))],
                ),
            )

        websockets = sorted({route.service for route in public if route.websocket})
        public_annotations: dict[str, str] = {}
        if websockets:
            public_annotations = {
                f"{_PREFIX}/websocket-services": ",".join(websockets),
                f"{_PREFIX}/proxy-read-timeout": str(websocket_timeout_seconds),
                f"{_PREFIX}/proxy-send-timeout": str(websocket_timeout_seconds),
            }
        self.ingress = ingress("Resource", name, public, public_annotations) if public else None
        self.admin_ingress: Optional[k8s.KubeIngress] = None
        if admin and admin_auth is not None:
            self.admin_ingress = ingress(
                "AdminIngress",
                f"{name}-admin",
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
        backend = k8s.IngressBackend(
            service=k8s.IngressServiceBackend(name=service, port=k8s.ServiceBackendPort(number=route.port))
        )
        if route.path == "/":
            return k8s.HttpIngressPath(path="/", path_type="Prefix", backend=backend)
        # `/kafka-ui(/|$)(.*)` matches the prefix itself and everything below it, not `/kafka-uix`.
        return k8s.HttpIngressPath(path=f"{route.path}(/|$)(.*)", path_type="ImplementationSpecific", backend=backend)
