"""What the edge exposes: paths on one public host, each to a Service port."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

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
    namespace: Optional[str] = None
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


def check_routes(routes: "list[Route] | tuple[Route, ...]") -> None:
    """Refuse duplicate paths and a catch-all that would shadow the routes after it."""
    paths = [route.path for route in routes]
    duplicates = sorted({p for p in paths if paths.count(p) > 1})
    if duplicates:
        raise ValueError(f"route paths {duplicates} are declared twice")
    if "/" in paths and paths.index("/") != len(paths) - 1:
        raise ValueError("the catch-all route '/' must come last, or it would shadow the routes after it")
