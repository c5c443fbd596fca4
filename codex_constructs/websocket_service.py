"""A WebSocket server (e.g. Socket.IO), optionally also serving gRPC, that knows its own pod name."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Unpack

from cdk8s_plus_27 import k8s
from constructs import Construct

from ._names import check_env_name
from ._props import checked_props
from .image import ContainerImage
from .microservice import Microservice, WorkloadOptions
from .ports import ServicePort
from .probes import HealthProbe


class WebsocketService(Microservice):
    """A WebSocket service: port ``http`` (the upgrade), optionally ``grpc``, optional HPA.

    Each pod gets its own name in ``pod_name_env`` (from the downward API), which adapters such
    as Socket.IO's Redis adapter use to tell replicas apart.

    :param name: workload and Service name, a DNS label.
    :param image: the container image.
    :param socket_port: the WebSocket (HTTP upgrade) port, named ``http``; the TCP probe
        checks it.
    :param grpc_port: a gRPC port beside it, named ``grpc``. Default: none.
    :param pod_name_env: the variable that carries the pod's name. Default: ``PODNAME``.
    :param ports: further ports. Default: none.
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
        socket_port: int,
        grpc_port: int | None = None,
        pod_name_env: str = "PODNAME",
        ports: Sequence[ServicePort] = (),
        **options: Unpack[WorkloadOptions],
    ) -> None:
        check_env_name(pod_name_env)
        socket = ServicePort("http", socket_port)
        grpc = ServicePort("grpc", grpc_port) if grpc_port is not None else None
        pod_name = k8s.EnvVar(
            name=pod_name_env,
            value_from=k8s.EnvVarSource(field_ref=k8s.ObjectFieldSelector(field_path="metadata.name")),
        )
        super().__init__(
            scope,
            id,
            name=name,
            image=image,
            component="websocket-server",
            ports=(*([grpc] if grpc else []), socket, *ports),
            probe=HealthProbe.tcp("http"),
            extra_env=[pod_name],
            **options,
        )
        self.socket_port, self.grpc_port = socket, grpc
