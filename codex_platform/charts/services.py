"""The application tier: one construct per service of the plan, as its kind's construct."""

from __future__ import annotations

from typing import Any

import cdk8s
from cdk8s_plus_27 import k8s
from constructs import Construct

from codex_constructs import (
    GrpcService,
    HealthProbe,
    HttpService,
    KafkaWorker,
    Microservice,
    MigrationJob,
    WebsocketService,
    quantity,
    restricted_container_security_context,
)

from ..derivations.plan import EnvironmentPlan, ServicePlan
from ..derivations.policy import waivers
from ..inputs.errors import declared
from ..inputs.model import SERVICE_KINDS


class ServicesChart(cdk8s.Chart):
    """Every service of ``plan`` as its kind's construct; ``workloads`` maps name to construct."""

    def __init__(self, scope: Construct, id: str, *, plan: EnvironmentPlan) -> None:
        super().__init__(scope, id, namespace=plan.model.namespace, disable_resource_name_hashes=True)
        self.workloads: dict[str, Microservice] = {name: _service(self, plan, service) for name, service in plan.services.items()}
        self.migrations: dict[str, MigrationJob] = {}
        for name, service in plan.services.items():
            migration = service.migration
            if migration is not None:
                declared(service.spec.migrations, f"services.{name}.migrations")
                self.migrations[name] = MigrationJob(
                    self,
                    migration.name,
                    name=migration.name,
                    image=service.image,
                    command=declared(service.spec.migrations, "migrations").command,
                    secret_env=migration.secret_env,
                    # npx keeps its cache under $HOME, which is read-only here.
                    env={"NPM_CONFIG_CACHE": "/tmp/.npm"},
                    namespace=service.namespace,
                    part_of=plan.model.name,
                    waivers=waivers(has_secrets=migration.secret_env is not None),
                )


def _service(scope: Construct, plan: EnvironmentPlan, service: ServicePlan) -> Microservice:
    spec, name = service.spec, service.name
    options: dict[str, Any] = dict(
        name=name,
        image=service.image,
        env=dict(service.env),
        secret_env=service.secret_env,
        replicas=service.replicas,
        autoscaling=service.autoscaling,
        part_of=plan.model.name,
        writable_paths=spec.writable_paths,
        namespace=service.namespace,
        placement=service.placement,
        waivers=waivers(has_secrets=service.secret_env is not None),
        termination_grace_period_seconds=spec.shutdown.grace_seconds,
        pre_stop_seconds=spec.shutdown.drain_seconds,
    )
    if service.resources is not None:
        options["resources"] = service.resources
    if service.wait_for_redis:
        options["init_containers"] = [_wait_for_redis(plan)]

    # The kind's own ports (SERVICE_KINDS) are the construct's port props; the rest are extra.
    ports, kind = service.other_ports(), SERVICE_KINDS[spec.kind]
    if spec.kind == "grpc":
        return GrpcService(
            scope,
            name,
            grpc_port=service.port(kind.ports[0]),
            ports=ports,
            grpc_health_probe=spec.grpc_health_probe,
            **options,
        )
    if spec.kind == "http":
        return HttpService(scope, name, http_port=service.port(kind.ports[0]), health_path=spec.health_path, ports=ports, **options)
    if spec.kind == "websocket":
        socket, grpc = kind.ports
        return WebsocketService(
            scope,
            name,
            socket_port=service.port(socket),
            grpc_port=service.port(grpc),
            ports=ports,
            pod_name_env=declared(kind.pod_name_env, "a websocket service's pod_name_env"),
            **options,
        )
    return KafkaWorker(
        scope,
        name,
        probe=HealthProbe.command(spec.probe_command),
        ports=ports,
        docker_daemon=service.docker_daemon,
        lag_scaling=service.lag_scaling,
        **options,
    )


def _wait_for_redis(plan: EnvironmentPlan) -> k8s.Container:
    """An init container that holds the pod until Redis accepts connections (opt-in)."""
    redis = declared(plan.model.redis, "redis")
    host, port = redis.service, redis.port
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
