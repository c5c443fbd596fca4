"""A gRPC server: one named ``grpc`` port, TCP-probed until it implements grpc.health.v1."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Unpack

from constructs import Construct

from ._props import checked_props
from .image import ContainerImage
from .microservice import Microservice, WorkloadOptions
from .ports import ServicePort
from .probes import HealthProbe


class GrpcService(Microservice):
    """A gRPC service: Deployment, ServiceAccount, a Service with a ``grpc`` port, optional HPA.

    :param name: workload and Service name, a DNS label; clients dial ``<name>:<grpc_port>``.
    :param image: the container image.
    :param grpc_port: the port the gRPC server listens on, named ``grpc``. Default: 50051.
    :param ports: further ports, e.g. ``ServicePort("metrics", 9101)``. Default: none.
    :param grpc_health_probe: probe with the standard gRPC health service
        (``grpc.health.v1.Health/Check``) instead of a TCP connect. Turn it on only once the
        server implements it, or every pod will be restarted. Default: False.
    :param probe: replace the health check entirely. Default: as ``grpc_health_probe`` says.
    :param options: the common props of :class:`Microservice` (env, secrets, replicas or
        autoscaling, resources, ...).
    """

    @checked_props
    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        image: ContainerImage,
        grpc_port: int = 50051,
        ports: Sequence[ServicePort] = (),
        grpc_health_probe: bool = False,
        probe: HealthProbe | None = None,
        **options: Unpack[WorkloadOptions],
    ) -> None:
        grpc = ServicePort("grpc", grpc_port)
        if probe is None:
            probe = HealthProbe.grpc(grpc_port) if grpc_health_probe else HealthProbe.tcp("grpc")
        super().__init__(
            scope,
            id,
            name=name,
            image=image,
            component="grpc-server",
            ports=(grpc, *ports),
            probe=probe,
            **options,
        )
        self.grpc_port = grpc
