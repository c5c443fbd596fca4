"""The platform model: what ``platform.yaml`` declares, as typed data, and the checks that make
it coherent (every reference resolves, ports fit the service's kind).

Pure Python: no cdk8s here, so the model and everything derived from it test in milliseconds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Mapping, Optional

from codex_constructs import RequestMetrics, check_dns_label, check_env_name, check_port_name, parse_bytes

from .errors import ConfigError, Problem
from .schema import Port, load, read_yaml

ServiceKind = Literal["grpc", "http", "websocket", "kafka-worker"]

#: The port names each kind of service must declare, and what each construct serves them as.
REQUIRED_PORTS: Mapping[str, tuple[str, ...]] = {
    "grpc": ("grpc",),
    "http": ("http",),
    "websocket": ("grpc", "http"),
    "kafka-worker": (),
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
    env: Optional[str] = None
    bind_env: Optional[str] = None
    served: bool = True


@dataclass(frozen=True)
class KafkaClientSpec:
    """A service's Kafka use. Every client gets ``KAFKA_BROKERS`` and
    ``KAFKA_<SERVICE>_CLIENT_ID``; one with a ``group`` also gets ``KAFKA_<SERVICE>_GROUP_ID``
    (a group its code reads from that variable).

    ``consumes`` maps each topic read to the consumer group that really reads it: autoscaling
    and lag checks use these.
    """

    group: Optional[str] = None
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
    latency_bound_le: Optional[str] = None


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
    kafka: Optional[KafkaClientSpec] = None
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
    docker_daemon: Optional[DockerDaemonSpec] = None
    writable_paths: tuple[str, ...] = ("/tmp",)
    migrations: Optional[MigrationSpec] = None
    #: The namespace it runs in. Default: the model's ``namespace``.
    namespace: Optional[str] = None
    outbound: tuple[OutboundSpec, ...] = ()
    request_metrics: Optional[RequestMetricsSpec] = None
    #: Databases it needs. In the clusters they are managed outside (reached through
    #: ``outbound``); the local stack runs them as containers.
    databases: tuple[Literal["postgresql", "mongodb"], ...] = ()
    #: The variable that receives Prometheus' query API URL (e.g. an admin metrics page).
    metrics_query_env: Optional[str] = None
    shutdown: ShutdownSpec = ShutdownSpec()

    def served_metrics_port(self) -> Optional[int]:
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
    url_secret_key: Optional[str] = None
    password_secret_key: Optional[str] = None


@dataclass(frozen=True)
class PlatformModel:
    name: str
    namespace: str
    services: Mapping[str, ServiceSpec]
    kafka: Optional[KafkaSpec] = None
    redis: Optional[RedisSpec] = None
    edge: EdgeSpec = EdgeSpec()
    #: Namespaces besides ``namespace`` (which is always ``restricted``), by name.
    namespaces: Mapping[str, NamespaceSpec] = field(default_factory=dict)
    observability: Optional[ObservabilitySpec] = None
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

    def backend_port(self, backend: str, port: str) -> Optional[int]:
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


def load_model(path: Path, display: Optional[str] = None) -> PlatformModel:
    """Read, type-check and cross-check ``platform.yaml``; raise ConfigError on any problem."""
    display = display or path.name
    data = read_yaml(path, display)
    if isinstance(data, dict):
        if "source" in data:
            raise ConfigError([Problem(display, "source", "is set from the file name; remove it")])
        data = {**data, "source": display}
    model = load(PlatformModel, data, display)
    problems = check_model(model)
    if problems:
        raise ConfigError(problems)
    return model


def env_prefix(service: str) -> str:
    """``code-manage-service`` -> ``CODE_MANAGE_SERVICE``, the services' variable convention."""
    return service.upper().replace("-", "_")


def check_model(model: PlatformModel) -> list[Problem]:
    """Every cross-reference and kind rule of the model, as problems naming their key."""
    problems: list[Problem] = []

    def problem(key: str, message: str) -> None:
        problems.append(Problem(model.source, key, message))

    def refuse_invalid(check, value, key: str) -> None:  # type: ignore[no-untyped-def]
        """Report at ``key`` the ValueError ``check`` raises for ``value``, if it raises one."""
        try:
            check(value)
        except ValueError as error:
            problem(key, str(error))

    refuse_invalid(lambda v: check_dns_label(v, "platform name"), model.name, "name")
    refuse_invalid(lambda v: check_dns_label(v, "namespace"), model.namespace, "namespace")
    if model.grpc_timeout_ms < 1:
        problem("grpc_timeout_ms", f"{model.grpc_timeout_ms} must be a positive number of milliseconds")
    if not model.services:
        problem("services", "declare at least one service")
    refuse_invalid(parse_bytes, model.resting_memory, "resting_memory")
    for index, environment in enumerate(model.environments):
        refuse_invalid(lambda v: check_dns_label(v, "environment name"), environment, f"environments[{index}]")
    if len(set(model.environments)) != len(model.environments):
        problem("environments", "lists an environment twice")
    topics = set(model.kafka.topics) if model.kafka else set()
    known = sorted(model.services)
    if model.kafka is not None:
        refuse_invalid(lambda v: check_dns_label(v, "Kafka cluster name"), model.kafka.cluster, "kafka.cluster")
        check_port_number(model.kafka.port, "kafka.port", problem)
        for topic, spec in model.kafka.topics.items():
            if spec.partitions < 1:
                problem(f"kafka.topics.{topic}.partitions", f"{spec.partitions} must be at least 1")
            for key in spec.config:
                if key not in KAFKA_TOPIC_CONFIGS:
                    problem(
                        f"kafka.topics.{topic}.config.{key}",
                        "is not a topic configuration Kafka knows (the broker would reject the topic); "
                        "see https://kafka.apache.org/documentation/#topicconfigs",
                    )
    if model.redis is not None:
        refuse_invalid(lambda v: check_dns_label(v, "Redis service name"), model.redis.service, "redis.service")
        if model.redis.password_secret_key is not None:
            refuse_invalid(check_env_name, model.redis.password_secret_key, "redis.password_secret_key")
        check_port_number(model.redis.port, "redis.port", problem)
    _check_routes(model, problem)
    for namespace in model.namespaces:
        refuse_invalid(lambda v: check_dns_label(v, "namespace"), namespace, f"namespaces.{namespace}")
        residents = [name for name in model.services if model.services[name].namespace == namespace]
        if model.namespaces[namespace].pod_security == "privileged" and len(residents) != 1:
            problem(
                f"namespaces.{namespace}",
                f"a privileged namespace must hold exactly one service, so nothing else shares its exemption; it holds {residents}",
            )

    for name, spec in model.services.items():
        key = f"services.{name}"
        refuse_invalid(lambda v: check_dns_label(v, "service name"), name, key)
        _check_ports(spec, key, problem, refuse_invalid)
        for index, callee in enumerate(spec.calls):
            where = f"{key}.calls[{index}]"
            if callee not in model.services:
                problem(where, f"unknown service {callee!r}; known services: {', '.join(known)}")
            elif callee == name:
                problem(where, "a service does not call itself over gRPC; remove it")
            elif not model.services[callee].has_port("grpc"):
                problem(where, f"{callee!r} serves no 'grpc' port, so it cannot be called over gRPC")
        if len(set(spec.calls)) != len(spec.calls):
            problem(f"{key}.calls", "lists a service twice")
        if spec.kafka is not None:
            if model.kafka is None:
                problem(f"{key}.kafka", "the service uses Kafka but the model declares no top-level 'kafka'")
            for index, topic in enumerate(spec.kafka.produces):
                if topic not in topics:
                    problem(f"{key}.kafka.produces[{index}]", f"unknown topic {topic!r}; declared topics: {', '.join(sorted(topics)) or 'none'}")
            for topic in spec.kafka.consumes:
                if topic not in topics:
                    problem(f"{key}.kafka.consumes.{topic}", f"unknown topic {topic!r}; declared topics: {', '.join(sorted(topics)) or 'none'}")
        if spec.redis and model.redis is None:
            problem(f"{key}.redis", "the service uses Redis but the model declares no top-level 'redis'")
        elif spec.redis and model.redis.url_secret_key and model.redis.url_secret_key not in spec.secret_keys:
            problem(
                f"{key}.secret_keys",
                f"is missing {model.redis.url_secret_key}: the service uses Redis, whose URL comes from that key",
            )
        for index, secret in enumerate(spec.secret_keys):
            refuse_invalid(check_env_name, secret, f"{key}.secret_keys[{index}]")
        if len(set(spec.secret_keys)) != len(spec.secret_keys):
            problem(f"{key}.secret_keys", "lists a key twice")
        for variable in spec.env:
            refuse_invalid(check_env_name, variable, f"{key}.env.{variable}")
        if spec.kind == "kafka-worker" and not spec.probe_command:
            problem(f"{key}.probe_command", "a kafka-worker has no port to probe: give the command that proves it healthy")
        if spec.kind != "kafka-worker" and spec.probe_command:
            problem(f"{key}.probe_command", f"only a kafka-worker takes a command probe; a {spec.kind} service is probed on its port")
        if spec.docker_daemon is not None and spec.kind != "kafka-worker":
            problem(f"{key}.docker_daemon", "only a kafka-worker can run a Docker daemon sidecar")
        if spec.docker_daemon is not None and spec.docker_daemon.port != DOCKER_CLI_DEFAULT_PORT:
            problem(
                f"{key}.docker_daemon.port",
                f"{spec.docker_daemon.port}: the service's docker CLI (start-up wait, probe) reads the bare host in "
                f"{spec.docker_daemon.host_env} and completes it with port {DOCKER_CLI_DEFAULT_PORT}, so the daemon "
                f"must listen there; use {DOCKER_CLI_DEFAULT_PORT}",
            )
        if spec.namespace is not None and spec.namespace not in model.all_namespaces():
            problem(f"{key}.namespace", f"{spec.namespace!r} is not declared under 'namespaces'")
        for index, outbound in enumerate(spec.outbound):
            if not outbound.ports or any(not 1 <= p <= 65535 for p in outbound.ports):
                problem(f"{key}.outbound[{index}].ports", "list the ports (1-65535) the destination listens on")
        if spec.request_metrics is not None and spec.served_metrics_port() is None:
            problem(f"{key}.request_metrics", "needs a served port named 'metrics' to be scraped from")
        if spec.request_metrics is not None and spec.request_metrics.error_grpc_codes and (spec.kind != "grpc" or not spec.traced):
            problem(
                f"{key}.request_metrics.error_grpc_codes",
                f"counts failures from gRPC server spans: {name} must be a traced grpc service (it is "
                f"{'a' if spec.traced else 'an untraced'} {spec.kind} service); use error_selector instead",
            )
        bound = spec.request_metrics.latency_bound_le if spec.request_metrics else None
        if bound is not None and not re.fullmatch(r"[0-9]+(\.[0-9]+)?", bound):
            problem(f"{key}.request_metrics.latency_bound_le", f"{bound!r} must be a bucket boundary of the histogram, like \"500\"")
        if spec.client_urls < 0:
            problem(f"{key}.client_urls", f"{spec.client_urls} must be 0 or more: how many CLIENT_URL_<n> variables the service reads")
        if spec.migrations is not None:
            if not spec.migrations.command:
                problem(f"{key}.migrations.command", "give the migration command")
            for index, secret in enumerate(spec.migrations.secret_keys):
                if secret not in spec.secret_keys:
                    problem(f"{key}.migrations.secret_keys[{index}]", f"{secret!r} is not one of the service's secret_keys")
        if not 0 <= spec.shutdown.drain_seconds < spec.shutdown.grace_seconds:
            problem(
                f"{key}.shutdown",
                f"drain_seconds {spec.shutdown.drain_seconds} must be at least 0 and below grace_seconds "
                f"{spec.shutdown.grace_seconds}: the drain is part of the grace period",
            )
        if spec.kind == "http" and not spec.health_path.startswith("/"):
            problem(f"{key}.health_path", f"{spec.health_path!r} must start with '/', like '/health'")
        if spec.grpc_health_probe and spec.kind != "grpc":
            problem(f"{key}.grpc_health_probe", "only a grpc service can use the gRPC health probe")
    return problems


def _check_routes(model: PlatformModel, problem) -> None:  # type: ignore[no-untyped-def]
    backends = sorted({*model.services, *COMPONENTS})
    paths: list[str] = []
    for index, route in enumerate(model.edge.routes):
        key = f"edge.routes[{index}]"
        if route.path in paths:
            problem(f"{key}.path", f"{route.path!r} is routed twice")
        paths.append(route.path)
        if not route.path.startswith("/"):
            problem(f"{key}.path", f"{route.path!r} must start with '/'")
        if route.backend not in model.services and route.backend not in COMPONENTS:
            problem(f"{key}.backend", f"unknown backend {route.backend!r}; services and components: {', '.join(backends)}")
        elif model.backend_port(route.backend, route.port) is None:
            problem(f"{key}.port", f"{route.backend!r} has no port named {route.port!r}")
    if "/" in paths and paths[-1] != "/":
        problem("edge.routes", "the catch-all route '/' must be last, or it shadows the routes after it")


def check_port_number(port: int, key: str, problem) -> None:  # type: ignore[no-untyped-def]
    if not 1 <= port <= 65535:
        problem(key, f"{port} is not a port number (1-65535)")


#: Kafka's topic-level configurations (4.x, ``TopicConfig``): a KafkaTopic with another key is
#: rejected by the broker and never becomes Ready.
KAFKA_TOPIC_CONFIGS = frozenset({
    "cleanup.policy", "compression.type", "compression.gzip.level", "compression.lz4.level", "compression.zstd.level",
    "delete.retention.ms", "file.delete.delay.ms", "flush.messages", "flush.ms",
    "follower.replication.throttled.replicas", "index.interval.bytes", "leader.replication.throttled.replicas",
    "local.retention.bytes", "local.retention.ms", "max.compaction.lag.ms", "max.message.bytes",
    "message.timestamp.after.max.ms", "message.timestamp.before.max.ms", "message.timestamp.type",
    "min.cleanable.dirty.ratio", "min.compaction.lag.ms", "min.insync.replicas", "preallocate",
    "remote.log.copy.disable", "remote.log.delete.on.disable", "remote.storage.enable", "retention.bytes",
    "retention.ms", "segment.bytes", "segment.index.bytes", "segment.jitter.ms", "segment.ms",
    "unclean.leader.election.enable",
})


def _check_ports(spec: ServiceSpec, key: str, problem, refuse_invalid) -> None:  # type: ignore[no-untyped-def]
    names: set[str] = set()
    numbers: dict[int, str] = {}
    for index, port in enumerate(spec.ports):
        where = f"{key}.ports[{index}]"
        refuse_invalid(check_port_name, port.name, f"{where}.name")
        check_port_number(port.port, f"{where}.port", problem)
        if port.name in names:
            problem(f"{where}.name", f"port name {port.name!r} is used twice in this service")
        if port.port in numbers:
            problem(f"{where}.port", f"port {port.port} is used twice in this service ({numbers[port.port]!r} and {port.name!r})")
        names.add(port.name)
        numbers[port.port] = port.name
        for attribute in ("env", "bind_env"):
            if getattr(port, attribute) is not None:
                refuse_invalid(check_env_name, getattr(port, attribute), f"{where}.{attribute}")
    for required in REQUIRED_PORTS[spec.kind]:
        if required not in names:
            problem(f"{key}.ports", f"a {spec.kind} service needs a port named {required!r}")
    if spec.kind == "kafka-worker":
        for index, port in enumerate(spec.ports):
            if port.served:
                problem(
                    f"{key}.ports[{index}].served",
                    "a kafka-worker takes no inbound traffic: set served: false or choose another kind",
                )
