"""One environment, resolved: every decision the charts, the network rules and the bootstrap plan
need, taken once per environment and service.

Whether the environment is paused, which edges it renders, which routes it serves, each
service's ports, scaling, variables, Secret, placement and connections: each is decided here and
only here; everything downstream reads the :class:`EnvironmentPlan`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from codex_constructs import (
    Autoscaling,
    ConsumedTopic,
    ContainerImage,
    DockerDaemon,
    KafkaLagScaling,
    Peer,
    Placement,
    Resources,
    Route,
    SecretEnv,
    ServicePort,
    selector_labels,
)

from ..inputs.config import EnvironmentConfig, ServiceSettings
from ..inputs.images import chosen_image
from ..inputs.model import SERVICE_KINDS, PlatformModel, ServiceSpec
from .components import KEDA_NAMESPACE, KEDA_OPERATOR
from .derive import (
    Dial,
    derived_env,
    kafka_bootstrap,
    kafka_dial,
    migration_name,
    outbound_variable,
    public_routes,
    secret_name,
    service_dials,
    with_declared_env,
)

#: The workload reading the brokers' address besides the services: kafka-ui, and its variable.
KAFKA_UI = "kafka-ui"
KAFKA_UI_BOOTSTRAP_ENV = "KAFKA_CLUSTERS_0_BOOTSTRAPSERVERS"


def service_ports(spec: ServiceSpec) -> tuple[ServicePort, ...]:
    """Every declared port under its name. A worker takes no inbound traffic, so its ports stay
    on the container; whether anything listens (``served``) decides scraping and network
    rules, not the Service."""
    expose = SERVICE_KINDS[spec.kind].inbound
    return tuple(ServicePort(port.name, port.port, expose=expose) for port in spec.ports)


def health_port(spec: ServiceSpec) -> int | None:
    """The port a service's liveness is checked on: the socket of a WebSocket server, the gRPC
    or HTTP port of the others; none for a worker (it is checked by a command)."""
    names = SERVICE_KINDS[spec.kind].ports
    return spec.port(names[0]).port if names else None


@dataclass(frozen=True)
class Flow:
    """``source`` (a workload, its pods ``source_peer``) opens ``dial``."""

    source: str
    source_peer: Peer
    dial: Dial


@dataclass(frozen=True)
class MigrationPlan:
    """The Job that migrates a service's databases before its rollout."""

    name: str
    secret_env: SecretEnv | None
    #: The service's own connections to its databases, pinned ranges included, and no other.
    dials: tuple[Dial, ...]


@dataclass(frozen=True)
class ServicePlan:
    """A service as this environment runs it: what its construct and its rules are built from."""

    name: str
    spec: ServiceSpec
    namespace: str
    image: ContainerImage
    ports: tuple[ServicePort, ...]
    #: 0 while paused; None: the construct's default (or the autoscaler's minimum).
    replicas: int | None
    autoscaling: Autoscaling | None
    lag_scaling: KafkaLagScaling | None
    #: None: the construct's default profile.
    resources: Resources | None
    env: Mapping[str, str]
    secret_env: SecretEnv | None
    placement: Placement
    dials: tuple[Dial, ...]
    #: The Docker daemon sidecar a worker runs its jobs in.
    docker_daemon: DockerDaemon | None
    wait_for_redis: bool
    migration: MigrationPlan | None

    def port(self, name: str) -> int:
        return next(port.port for port in self.ports if port.name == name)

    def other_ports(self) -> tuple[ServicePort, ...]:
        """The ports besides those its kind's construct takes as props of their own."""
        return tuple(port for port in self.ports if port.name not in SERVICE_KINDS[self.spec.kind].ports)


@dataclass(frozen=True)
class EnvironmentPlan:
    """A checked model and environment file, and every decision taken from them."""

    model: PlatformModel
    config: EnvironmentConfig
    #: False while the environment is paused: every workload at zero, nothing to scale it up.
    running: bool
    #: The edges rendered: ``config.edge.api`` first, then a standby one.
    edges: tuple[str, ...]
    routes: tuple[Route, ...]
    services: Mapping[str, ServicePlan]
    #: Every connection a workload opens because an address was written for it.
    flows: tuple[Flow, ...]

    @property
    def name(self) -> str:
        return self.config.name

    @property
    def gateway(self) -> bool:
        """Envoy Gateway serves (or stands by for) the environment's hosts."""
        return "gateway" in self.edges

    @property
    def ingress(self) -> bool:
        """ingress-nginx serves (or stands by for) the environment's hosts."""
        return "ingress" in self.edges

    @property
    def admin_routes(self) -> bool:
        """Admin tools are routed (on the admin host): they exist, and admin access is not off."""
        return any(route.admin for route in self.routes)

    @property
    def autoscaled(self) -> bool:
        return any(service.autoscaling for service in self.services.values())

    @property
    def lag_scaled(self) -> bool:
        """A worker scales on consumer lag, so KEDA is installed."""
        return any(service.lag_scaling for service in self.services.values())

    def replicas(self, configured: int | None = None) -> int | None:
        """A workload's replicas: none while paused, else ``configured`` (None: the default)."""
        return _replicas(self.running, configured)


def _replicas(running: bool, configured: int | None) -> int | None:
    return configured if running else 0


def plan_environment(model: PlatformModel, config: EnvironmentConfig) -> EnvironmentPlan:
    """Resolve ``config`` against ``model``; both have passed their checks."""
    running = not config.paused
    services = {name: _service(model, config, name, running) for name in model.services}
    flows = [
        Flow(plan.name, Peer.pods(plan.namespace, selector_labels(name)), dial) for name, plan in services.items() for dial in plan.dials
    ]
    flows += [
        Flow(plan.migration.name, Peer.pods(plan.namespace, selector_labels(plan.migration.name)), dial)
        for plan in services.values()
        if plan.migration is not None
        for dial in plan.migration.dials
    ]
    if model.kafka is not None:
        ui = Peer.pods(model.namespace, selector_labels(KAFKA_UI))
        flows.append(Flow(KAFKA_UI, ui, kafka_dial(model, KAFKA_UI_BOOTSTRAP_ENV, model.namespace)))
        if any(plan.lag_scaling for plan in services.values()):
            flows.append(Flow("keda-operator", KEDA_OPERATOR, kafka_dial(model, "ScaledObject bootstrapServers", KEDA_NAMESPACE)))
    return EnvironmentPlan(
        model=model,
        config=config,
        running=running,
        edges=config.edge.rendered(),
        routes=tuple(public_routes(model, config)),
        services=services,
        flows=tuple(flows),
    )


def _service(model: PlatformModel, config: EnvironmentConfig, name: str, running: bool) -> ServicePlan:
    spec, settings = model.services[name], config.services[name]
    namespace = model.namespace_of(name)
    dials = tuple(service_dials(model, name, config))
    migration = None
    if spec.migrations is not None:
        databases = {outbound_variable(database) for database in spec.databases}
        migration = MigrationPlan(
            migration_name(name),
            SecretEnv(secret_name(name), spec.migrations.secret_keys) if spec.migrations.secret_keys else None,
            tuple(dial for dial in dials if dial.variable in databases),
        )
    pool = settings.node_pool
    return ServicePlan(
        name=name,
        spec=spec,
        namespace=namespace,
        image=settings.image,
        ports=service_ports(spec),
        replicas=_replicas(running, settings.replicas),
        autoscaling=settings.autoscaling if running else None,
        lag_scaling=_lag_scaling(model, config, name) if running else None,
        resources=settings.resources,
        env=with_declared_env(model, config, name, derived_env(model, config, name, dials)),
        secret_env=SecretEnv(secret_name(name), spec.secret_keys) if spec.secret_keys else None,
        placement=Placement(
            node_selector={pool.label: pool.name} if pool else {},
            tolerate_taints={pool.taint: pool.name} if pool else {},
            runtime_class=settings.runtime_class,
            # Secret-held URLs (REDIS_URL) use short names of the platform namespace's Services.
            dns_search=(f"{model.namespace}.svc.cluster.local",) if namespace != model.namespace else (),
        ),
        dials=dials,
        docker_daemon=_docker_daemon(spec, settings, config),
        wait_for_redis=spec.redis and model.redis is not None and config.redis.wait_for_redis,
        migration=migration,
    )


def _docker_daemon(spec: ServiceSpec, settings: ServiceSettings, config: EnvironmentConfig) -> DockerDaemon | None:
    if spec.docker_daemon is None:
        return None
    options: dict[str, Any] = {"port": spec.docker_daemon.port, "image": chosen_image(config.images, "docker-daemon")}
    # Unset settings keep the construct's defaults.
    if settings.docker_daemon_resources is not None:
        options["resources"] = settings.docker_daemon_resources
    if settings.docker_registry_mirror is not None:
        options["registry_mirror"] = settings.docker_registry_mirror
    return DockerDaemon(**options)


def _lag_scaling(model: PlatformModel, config: EnvironmentConfig, name: str) -> KafkaLagScaling | None:
    settings, spec = config.services[name].lag_scaling, model.services[name]
    if settings is None or spec.kafka is None:
        return None
    return KafkaLagScaling(
        # KEDA's operator dials the brokers from its own namespace.
        bootstrap_servers=kafka_bootstrap(model, client_namespace=KEDA_NAMESPACE),
        topics=tuple(ConsumedTopic(topic, group) for topic, group in spec.kafka.consumes.items()),
        min_replicas=settings.min_replicas,
        max_replicas=settings.max_replicas,
        lag_threshold=settings.lag_threshold,
    )
