"""A WebSocket server (Socket.IO) that also serves gRPC, and knows its own pod name."""

from __future__ import annotations

from typing import Sequence, Unpack

from cdk8s_plus_27 import k8s
from constructs import Construct

from .image import ContainerImage
from .microservice import Microservice, WorkloadOptions
from .names import check_env_name
from .ports import ServicePort
from .probes import HealthProbe


class WebsocketService(Microservice):
    """A WebSocket service with a gRPC side door: ports ``http`` and ``grpc``, optional HPA.

    Each pod gets its own name in ``pod_name_env`` (from the downward API), which adapters such
    as Socket.IO's Redis adapter use to tell replicas apart.

    :param name: workload and Service name, a DNS label.
    :param image: the container image.
    :param socket_port: the WebSocket (HTTP upgrade) port, named ``http``; the TCP probe
        checks it. Default: 5001.
    :param grpc_port: the gRPC port, named ``grpc``. Default: 50054.
    :param pod_name_env: the variable that carries the pod's name. Default: ``PODNAME``.
    :param ports: further ports. Default: none.
    :param options: the common props of :class:`Microservice`.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        image: ContainerImage,
        socket_port: int = 5001,
        grpc_port: int = 50054,
        pod_name_env: str = "PODNAME",
        ports: Sequence[ServicePort] = (),
        **options: Unpack[WorkloadOptions],
    ) -> None:
        check_env_name(pod_name_env)
        socket, grpc = ServicePort("http", socket_port), ServicePort("grpc", grpc_port)
        pod_name = k8s.EnvVar(
            name=pod_name_env,
            value_from=k8s.EnvVarSource(field_ref=k8s.ObjectFieldSelector(field_path="metadata.name")),
        )
        super().__init__(
            scope, id, name=name, image=image, component="websocket-server",
            ports=(grpc, socket, *ports), probe=HealthProbe.tcp("http"),
            extra_env=[pod_name], **options,
        )
        self.socket_port, self.grpc_port = socket, grpc
