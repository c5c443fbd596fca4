"""An HTTP server with a health endpoint, such as an API gateway."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Unpack

from constructs import Construct

from ._props import checked_props
from .image import ContainerImage
from .microservice import Microservice, WorkloadOptions
from .ports import ServicePort
from .probes import HealthProbe


class HttpService(Microservice):
    """An HTTP service: Deployment, ServiceAccount, a Service with an ``http`` port, optional HPA.

    :param name: workload and Service name, a DNS label.
    :param image: the container image.
    :param http_port: the port the HTTP server listens on, named ``http``. Default: 8080.
    :param health_path: the path probed with ``GET``; it must answer 2xx while the process can
        serve. Default: ``/health``.
    :param ports: further ports, e.g. ``ServicePort("metrics", 9100)``. Default: none.
    :param options: the common props of :class:`Microservice`.
    """

    @checked_props
    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        image: ContainerImage,
        http_port: int = 8080,
        health_path: str = "/health",
        ports: Sequence[ServicePort] = (),
        **options: Unpack[WorkloadOptions],
    ) -> None:
        http = ServicePort("http", http_port)
        super().__init__(
            scope,
            id,
            name=name,
            image=image,
            component="http-server",
            ports=(http, *ports),
            probe=HealthProbe.http_get(health_path, "http"),
            **options,
        )
        self.http_port = http
