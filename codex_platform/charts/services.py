"""The application tier: one construct per service of the model, configured for an environment."""

from __future__ import annotations

from typing import Any, Optional

import cdk8s
from cdk8s_plus_27 import k8s
from constructs import Construct

from codex_constructs import (
    ConsumedTopic,
    DockerDaemon,
    GrpcService,
    HealthProbe,
    HttpService,
    KafkaLagScaling,
    KafkaWorker,
    Microservice,
    MigrationJob,
    Placement,
    SecretEnv,
    ServicePort,
    WebsocketService,
    quantity,
    restricted_container_security_context,
)

from ..derivations.addons import KEDA_NAMESPACE
from ..derivations.derive import kafka_bootstrap, service_env
from ..derivations.policy import waivers
from ..derivations.secret_sources import secret_name
from ..inputs.config import EnvironmentConfig
from ..inputs.model import PlatformModel, ServiceSpec


class ServicesChart(cdk8s.Chart):
    """Every service of ``model`` as its kind's construct; ``workloads`` maps name to construct."""

    def __init__(self, scope: Construct, id: str, *, model: PlatformModel, config: EnvironmentConfig) -> None:
        super().__init__(scope, id, namespace=model.namespace, disable_resource_name_hashes=True)
        self.workloads: dict[str, Microservice] = {
            name: _service(self, model, config, name) for name in model.services
        }
        self.migrations: dict[str, MigrationJob] = {}
        for name, spec in model.services.items():
            if spec.migrations is not None:
                self.migrations[name] = MigrationJob(
                    self,
                    f"{name}-migrate",
                    name=f"{name}-migrate",
                    image=config.services[name].image,
                    command=spec.migrations.command,
                    secret_env=SecretEnv(secret_name(name), spec.migrations.secret_keys) if spec.migrations.secret_keys else None,
                    # npx keeps its cache under $HOME, which is read-only here.
                    env={"NPM_CONFIG_CACHE": "/tmp/.npm"},
                    service_account_name=name,
                    namespace=model.namespace_of(name),
                    part_of=model.name,
                    waivers=waivers(has_secrets=bool(spec.migrations.secret_keys)),
                )


def _service(scope: Construct, model: PlatformModel, config: EnvironmentConfig, name: str) -> Microservice:
    spec = model.services[name]
    settings = config.services[name]
    options: dict[str, Any] = dict(
        name=name,
        image=settings.image,
        env=service_env(model, config, name),
        secret_env=SecretEnv(secret_name(name), spec.secret_keys) if spec.secret_keys else None,
        # Paused: every workload at zero, no autoscaler to bring it back up.
        replicas=0 if config.paused else settings.replicas,
        autoscaling=None if config.paused else settings.autoscaling,
        part_of=model.name,
        writable_paths=spec.writable_paths,
        namespace=model.namespace_of(name),
        placement=_placement(model, config, name),
        waivers=waivers(has_secrets=bool(spec.secret_keys)),
        termination_grace_period_seconds=spec.shutdown.grace_seconds,
        pre_stop_seconds=spec.shutdown.drain_seconds,
    )
    if settings.resources is not None:
        options["resources"] = settings.resources
    if spec.redis and config.redis.wait_for_redis:
        options["init_containers"] = [_wait_for_redis(model)]

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
        if settings.docker_registry_mirror is not None:
            daemon_options["registry_mirror"] = settings.docker_registry_mirror
        daemon = DockerDaemon(**daemon_options)
    return KafkaWorker(
        scope, name, probe=HealthProbe.command(spec.probe_command), ports=_ports(spec),
        docker_daemon=daemon, lag_scaling=_lag_scaling(model, config, name), **options,
    )


def _placement(model: PlatformModel, config: EnvironmentConfig, name: str) -> Placement:
    settings = config.services[name]
    pool = settings.node_pool
    outside = model.namespace_of(name) != model.namespace
    return Placement(
        node_selector={pool.label: pool.name} if pool else {},
        tolerate_taints={pool.taint: pool.name} if pool else {},
        runtime_class=settings.runtime_class,
        # Secret-held URLs (REDIS_URL) use short names of the platform namespace's Services.
        dns_search=(f"{model.namespace}.svc.cluster.local",) if outside else (),
    )


def _lag_scaling(model: PlatformModel, config: EnvironmentConfig, name: str) -> Optional[KafkaLagScaling]:
    settings = config.services[name].lag_scaling
    spec = model.services[name]
    if settings is None or spec.kafka is None or config.paused:
        return None
    return KafkaLagScaling(
        # KEDA's operator dials the brokers from its own namespace.
        bootstrap_servers=kafka_bootstrap(model, client_namespace=KEDA_NAMESPACE),
        topics=tuple(ConsumedTopic(topic, group) for topic, group in spec.kafka.consumes.items()),
        min_replicas=settings.min_replicas,
        max_replicas=settings.max_replicas,
        lag_threshold=settings.lag_threshold,
    )


def _wait_for_redis(model: PlatformModel) -> k8s.Container:
    """An init container that holds the pod until Redis accepts connections (opt-in)."""
    assert model.redis is not None
    host, port = model.redis.service, model.redis.port
    return k8s.Container(
        name="wait-for-redis",
        image="busybox:1.37.0",
        image_pull_policy="IfNotPresent",
        command=["sh", "-c", f"until nc -z {host} {port}; do echo waiting for {host}:{port}; sleep 2; done"],
        resources=k8s.ResourceRequirements(
            requests={"cpu": quantity("10m"), "memory": quantity("16Mi")},
            limits={"cpu": quantity("50m"), "memory": quantity("32Mi")},
        ),
        security_context=restricted_container_security_context(),
    )


def _ports(spec: ServiceSpec, exclude: tuple[str, ...] = ()) -> list[ServicePort]:
    # The Service exposes every declared port under its name, as the spec says; a worker takes no
    # inbound traffic, so its ports stay on the container. Whether anything listens (`served`)
    # decides scraping and network rules, not the Service.
    expose = spec.kind != "kafka-worker"
    return [ServicePort(port.name, port.port, expose=expose) for port in spec.ports if port.name not in exclude]
