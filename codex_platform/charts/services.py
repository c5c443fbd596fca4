"""The application tier: one construct per service of the model, configured for an environment."""

from __future__ import annotations

from typing import Any

import cdk8s
from constructs import Construct

from codex_constructs import (
    DockerDaemon,
    GrpcService,
    HealthProbe,
    HttpService,
    KafkaWorker,
    Microservice,
    SecretEnv,
    ServicePort,
    WebsocketService,
)

from ..config import EnvironmentConfig
from ..derive import service_env
from ..model import PlatformModel, ServiceSpec


class ServicesChart(cdk8s.Chart):
    """Every service of ``model`` as its kind's construct; ``workloads`` maps name to construct."""

    def __init__(self, scope: Construct, id: str, *, model: PlatformModel, config: EnvironmentConfig) -> None:
        super().__init__(scope, id, namespace=model.namespace, disable_resource_name_hashes=True)
        self.workloads: dict[str, Microservice] = {
            name: _service(self, model, config, name) for name in model.services
        }


def _service(scope: Construct, model: PlatformModel, config: EnvironmentConfig, name: str) -> Microservice:
    spec = model.services[name]
    settings = config.services[name]
    options: dict[str, Any] = dict(
        name=name,
        image=settings.image,
        env=service_env(model, config, name),
        secret_env=SecretEnv(config.secret_name, spec.secret_keys) if spec.secret_keys else None,
        replicas=settings.replicas,
        autoscaling=settings.autoscaling,
        part_of=model.name,
        writable_paths=spec.writable_paths,
    )
    if settings.resources is not None:
        options["resources"] = settings.resources

    if spec.kind == "grpc":
        return GrpcService(
            scope, name, grpc_port=spec.port("grpc").port, ports=_ports(spec, exclude=("grpc",)),
            grpc_health_probe=spec.grpc_health_probe, **options,
        )
    if spec.kind == "http":
        return HttpService(
            scope, name, http_port=spec.port("http").port, health_path=spec.health_path,
            ports=_ports(spec, exclude=("http",)), **options,
        )
    if spec.kind == "websocket":
        return WebsocketService(
            scope, name, socket_port=spec.port("http").port, grpc_port=spec.port("grpc").port,
            ports=_ports(spec, exclude=("http", "grpc")), **options,
        )
    daemon = None
    if spec.docker_daemon is not None:
        daemon_options: dict[str, Any] = {"port": spec.docker_daemon.port}
        if settings.docker_daemon_resources is not None:
            daemon_options["resources"] = settings.docker_daemon_resources
        daemon = DockerDaemon(**daemon_options)
    return KafkaWorker(
        scope, name, probe=HealthProbe.command(spec.probe_command), ports=_ports(spec),
        docker_daemon=daemon, **options,
    )


def _ports(spec: ServiceSpec, exclude: tuple[str, ...] = ()) -> list[ServicePort]:
    # The Service exposes every declared port under its name, as the spec says; a worker takes no
    # inbound traffic, so its ports stay on the container. Whether anything listens (`served`)
    # decides scraping and network rules, not the Service.
    expose = spec.kind != "kafka-worker"
    return [ServicePort(port.name, port.port, expose=expose) for port in spec.ports if port.name not in exclude]
