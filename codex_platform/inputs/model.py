"""The platform model: what ``platform.yaml`` declares, as typed data, and the checks that make
it coherent (every reference resolves, ports fit the service's kind).

Pure Python: no cdk8s here, so the model and everything derived from it test in milliseconds.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from codex_constructs import RequestMetrics

from .schema import Port

ServiceKind = Literal["grpc", "http", "websocket", "kafka-worker"]


@dataclass(frozen=True)
class ServiceKindSpec:
    """What a kind of service is, decided once for the model's checks, the plan, the charts and
    the local stack.

    :param ports: the port names it must declare, in the order its construct takes them as props
        of their own; the first is the one its liveness is checked on.
    :param inbound: whether its ports take traffic through a Service (a worker's do not).
    :param pod_name_env: the variable that carries each pod's name, if the kind needs one.
    """

    ports: tuple[str, ...]
    inbound: bool = True
    pod_name_env: str | None = None


SERVICE_KINDS: Mapping[ServiceKind, ServiceKindSpec] = {
    "grpc": ServiceKindSpec(("grpc",)),
    "http": ServiceKindSpec(("http",)),
    # Liveness is the socket's; each pod's name tells a Socket.IO adapter which instance it is.
    "websocket": ServiceKindSpec(("http", "grpc"), pod_name_env="PODNAME"),
    "kafka-worker": ServiceKindSpec((), inbound=False),
}


@dataclass(frozen=True)
class PortSpec:
    """A port a service listens on.

    ``env`` names the variable that tells the process the port number; ``bind_env`` the one
    that carries its listen address (``0.0.0.0:<port>``). ``served`` is false for a port that
    is declared but where nothing listens yet: it is never exposed or scraped.
    """

    name: str
    port: Port
    env: str | None = None
    bind_env: str | None = None
    served: bool = True


@dataclass(frozen=True)
class KafkaClientSpec:
    """A service's Kafka use. Every client gets ``KAFKA_BROKERS`` and
    ``KAFKA_<SERVICE>_CLIENT_ID``; one with a ``group`` also gets ``KAFKA_<SERVICE>_GROUP_ID``
    (a group its code reads from that variable).

    ``consumes`` maps each topic read to the consumer group that really reads it: autoscaling
    and lag checks use these.
    """

    group: str | None = None
    produces: tuple[str, ...] = ()
    consumes: Mapping[str, str] = field(default_factory=dict)


#: The port the docker CLI adds to a ``DOCKER_HOST`` given as a bare host (``tcp://<host>:2375``).
DOCKER_CLI_DEFAULT_PORT = 2375


@dataclass(frozen=True)
class DockerDaemonSpec:
    """A Docker daemon sidecar, and the variables that tell the service where it is."""

    port: Port = Port(2375)
    host_env: str = "DOCKER_HOST"
    port_env: str = "DOCKER_PORT"


@dataclass(frozen=True)
class ShutdownSpec:
    """How a pod stops. ``drain_seconds``: the container keeps running (a preStop sleep) before
    it gets SIGTERM, so that load balancers stop sending it new work and work in flight
    finishes. ``grace_seconds``: when the kubelet kills it, counted from the start."""

    grace_seconds: int = 30
    drain_seconds: int = 5


@dataclass(frozen=True)
class OutboundSpec:
    """A destination outside the cluster a service connects to, by purpose and ports.

    NetworkPolicies cannot name hosts, so this opens the ports to public addresses only
    (never private ranges or the metadata server); ``name`` documents the intent.
    """

    name: str
    ports: tuple[int, ...]


@dataclass(frozen=True)
class NamespaceSpec:
    """A namespace of the platform and the Pod Security level it enforces."""

    pod_security: Literal["restricted", "baseline", "privileged"] = "restricted"


@dataclass(frozen=True)
class RequestMetricsSpec(RequestMetrics):
    """What a service's served metrics say about requests: the library's description (for its
    dashboard), and the bound of its latency SLO."""

    #: The latency SLO's bound: one of the histogram's bucket boundaries (an ``le`` value).
    latency_bound_le: str | None = None


@dataclass(frozen=True)
class ObservabilitySpec:
    """The telemetry stack and the namespace it runs in."""

    namespace: str = "observability"


@dataclass(frozen=True)
class MigrationSpec:
    """Schema migrations run before each deploy of the service, with some of its secret keys."""

    command: tuple[str, ...]
    secret_keys: tuple[str, ...] = ()


@dataclass(frozen=True)
class ServiceSpec:
    kind: ServiceKind
    ports: tuple[PortSpec, ...] = ()
    calls: tuple[str, ...] = ()
    redis: bool = False
    kafka: KafkaClientSpec | None = None
    secret_keys: tuple[str, ...] = ()
    env: Mapping[str, str] = field(default_factory=dict)
    traced: bool = True
    #: How many browser origins (CORS) the service reads, as CLIENT_URL_1..CLIENT_URL_<n>; the
    #: environment's ``client_urls`` fill them. 0: none.
    client_urls: int = 0
    cookie_domain: bool = False
    health_path: str = "/health"
    grpc_health_probe: bool = False
    probe_command: tuple[str, ...] = ()
    docker_daemon: DockerDaemonSpec | None = None
    writable_paths: tuple[str, ...] = ("/tmp",)
    migrations: MigrationSpec | None = None
    #: The namespace it runs in. Default: the model's ``namespace``.
    namespace: str | None = None
    outbound: tuple[OutboundSpec, ...] = ()
    request_metrics: RequestMetricsSpec | None = None
    #: Databases it needs. In the clusters they are managed outside (reached through
    #: ``outbound``); the local stack runs them as containers.
    databases: tuple[Literal["postgresql", "mongodb"], ...] = ()
    #: The variable that receives Prometheus' query API URL (e.g. an admin metrics page).
    metrics_query_env: str | None = None
    shutdown: ShutdownSpec = ShutdownSpec()

    def served_metrics_port(self) -> int | None:
        """The ``metrics`` port, if something listens on it."""
        return next((p.port for p in self.ports if p.name == "metrics" and p.served), None)

    def port(self, name: str) -> PortSpec:
        return next(port for port in self.ports if port.name == name)

    def has_port(self, name: str) -> bool:
        return any(port.name == name for port in self.ports)


@dataclass(frozen=True)
class TopicSpec:
    """A Kafka topic: partitions bound how many replicas of one consumer group do work."""

    partitions: int = 1
    config: Mapping[str, str] = field(default_factory=dict)
    #: Messages that exhausted their retries land here: any arrival is an alert.
    dead_letter: bool = False


@dataclass(frozen=True)
class KafkaSpec:
    """The Strimzi cluster ``cluster``; clients use ``<cluster>-kafka-bootstrap:<port>``."""

    cluster: str
    port: Port = Port(9092)
    topics: Mapping[str, TopicSpec] = field(default_factory=dict)


@dataclass(frozen=True)
class RouteSpec:
    """A path on the public host and the backend (service or platform component) behind it."""

    path: str
    backend: str
    port: str
    websocket: bool = False
    admin: bool = False


@dataclass(frozen=True)
class EdgeSpec:
    routes: tuple[RouteSpec, ...] = ()


@dataclass(frozen=True)
class Component:
    """A platform component that is not one of the model's services but can be routed to."""

    ports: Mapping[str, int]
    #: It runs in the observability namespace (whatever platform.yaml names it), not the platform's.
    observability: bool = False


#: Components the platform itself runs (data and observability charts), by name.
COMPONENTS: Mapping[str, Component] = {
    "kafka-ui": Component(ports={"http": 8080}),
    "grafana": Component(ports={"http": 80}, observability=True),
}


@dataclass(frozen=True)
class RedisSpec:
    """The shared Redis. ``url_secret_key`` names the secret key that carries its URL: every
    service that uses Redis must declare it. ``password_secret_key`` names the secret key of
    the password Redis requires (the URLs carry it: ``redis://:<password>@redis:6379``)."""

    service: str
    port: Port
    url_secret_key: str | None = None
    password_secret_key: str | None = None


@dataclass(frozen=True)
class PlatformModel:
    name: str
    namespace: str
    services: Mapping[str, ServiceSpec]
    kafka: KafkaSpec | None = None
    redis: RedisSpec | None = None
    edge: EdgeSpec = EdgeSpec()
    #: Namespaces besides ``namespace`` (which is always ``restricted``), by name.
    namespaces: Mapping[str, NamespaceSpec] = field(default_factory=dict)
    observability: ObservabilitySpec | None = None
    grpc_timeout_ms: int = 15000
    #: The environments, each ``environments/<name>.yaml``: a file not listed is refused.
    environments: tuple[str, ...] = ()
    #: What one of the platform's service processes uses at rest (working set): a memory
    #: autoscaling target must sit above it, or the HPA can never scale back down.
    resting_memory: str = "96Mi"
    #: Where the model was read from, for error messages. Not a YAML key.
    source: str = field(default="platform.yaml", compare=False, metadata={"internal": True})

    def namespace_of(self, service: str) -> str:
        return self.services[service].namespace or self.namespace

    def all_namespaces(self) -> dict[str, NamespaceSpec]:
        """Every namespace the model's objects live in, the platform's own first.

        The observability namespace enforces ``baseline``: its pods come from upstream charts
        whose restricted compliance cannot be verified without rendering them (it still audits
        and warns at ``restricted``)."""
        result = {self.namespace: NamespaceSpec("restricted"), **dict(self.namespaces)}
        if self.observability is not None:
            result.setdefault(self.observability.namespace, NamespaceSpec("baseline"))
        return result

    def consumers(self, topic: str) -> dict[str, str]:
        """Services reading ``topic``, with the consumer group each reads it with."""
        return {
            name: spec.kafka.consumes[topic]
            for name, spec in self.services.items()
            if spec.kafka is not None and topic in spec.kafka.consumes
        }

    def backend_port(self, backend: str, port: str) -> int | None:
        """The number of ``port`` on a service or component, or None if there is none."""
        if backend in self.services:
            spec = self.services[backend]
            return spec.port(port).port if spec.has_port(port) else None
        component = COMPONENTS.get(backend)
        return component.ports.get(port) if component else None

    def backend_namespace(self, backend: str) -> str:
        """Where a routed service or component runs."""
        if backend in self.services:
            return self.namespace_of(backend)
        if COMPONENTS[backend].observability and self.observability is not None:
            return self.observability.namespace
        return self.namespace


def env_prefix(service: str) -> str:
    """``code-manage-service`` -> ``CODE_MANAGE_SERVICE``, the services' variable convention."""
    return service.upper().replace("-", "_")
