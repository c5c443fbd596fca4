"""What the edge exposes: paths on one public host, each to a Service port."""

from __future__ import annotations

from dataclasses import dataclass

from ._names import check_dns_label


@dataclass(frozen=True)
class Route:
    """Requests under ``path`` go to ``service:port``.

    :param path: a path prefix such as ``/socket.io``, or ``/`` for everything else.
    :param service: the backend Service's name.
    :param port: the backend Service's port number.
    :param namespace: the backend's namespace, when it is not the edge's own. Default: the same.
    :param websocket: long-lived upgraded connections: the edge keeps them open for the
        construct's WebSocket timeout. Default: False.
    :param admin: an operator tool that must never be open to the internet: it is served only
        behind authentication. Default: False.
    """

    path: str
    service: str
    port: int
    namespace: str | None = None
    websocket: bool = False
    admin: bool = False

    def __post_init__(self) -> None:
        if not self.path.startswith("/") or (self.path != "/" and self.path.endswith("/")):
            raise ValueError(f"route path {self.path!r} must start with '/' and not end with one (except '/')")
        check_dns_label(self.service, "route service")
        if self.namespace is not None:
            check_dns_label(self.namespace, "route namespace")
        if not 1 <= self.port <= 65535:
            raise ValueError(f"route {self.path}: port {self.port} is not a port number")


def check_routes(routes: list[Route] | tuple[Route, ...]) -> None:
    """Refuse duplicate paths and a catch-all that would shadow the routes after it."""
    paths = [route.path for route in routes]
    duplicates = sorted({p for p in paths if paths.count(p) > 1})
    if duplicates:
        raise ValueError(f"route paths {duplicates} are declared twice")
    if "/" in paths and paths.index("/") != len(paths) - 1:
        raise ValueError("the catch-all route '/' must come last, or it would shadow the routes after it")


def check_admin_routes(admin: list[Route], host: str, admin_host: str | None, admin_auth: BasicAuth | None) -> None:
    """Admin routes need authentication, and a host of their own: on the API's host an admin
    page shares its origin (cookies, storage, same-origin requests) with the public application."""
    if admin and admin_auth is None:
        raise ValueError(f"admin routes {[r.path for r in admin]} would be open to the internet: pass admin_auth, or leave them out")
    if admin and admin_host is None:
        raise ValueError(f"admin routes {[r.path for r in admin]} need admin_host, a host other than {host!r}")
    if admin_host is not None and admin_host == host:
        raise ValueError(f"admin_host {admin_host!r} is the public host; admin tools need a host of their own")


@dataclass(frozen=True)
class BasicAuth:
    """HTTP basic authentication from a Secret in htpasswd format, which the edge checks before
    any admin request reaches its backend. ingress-nginx reads the key ``auth``, Envoy Gateway
    the key ``.htpasswd`` and only ``{SHA}`` entries (``htpasswd -nbs``), which ingress-nginx
    accepts too: one entry serves both edges.

    :param secret_name: the Secret, in the edge's namespace, delivered out of band.
    :param realm: the realm browsers show. Default: ``Administration``.
    """

    secret_name: str
    realm: str = "Administration"

    def __post_init__(self) -> None:
        check_dns_label(self.secret_name, "basic auth secret name")
