"""``platform.yaml`` read and checked: every cross-reference and kind rule of the model, as
problems naming their key (``load_model`` raises them all at once)."""

from __future__ import annotations

import re
from pathlib import Path

from codex_constructs import check_dns_label, check_env_name, check_port_name, parse_bytes

from .errors import ConfigError, Problem, Problems
from .model import COMPONENTS, DOCKER_CLI_DEFAULT_PORT, SERVICE_KINDS, PlatformModel, ServiceSpec
from .schema import load, read_yaml


def load_model(path: Path, display: str | None = None) -> PlatformModel:
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


def check_model(model: PlatformModel) -> list[Problem]:
    """Every cross-reference and kind rule of the model, as problems naming their key."""
    problems = Problems(model.source)
    problem, refuse_invalid = problems.add, problems.refuse_invalid
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
    _check_kafka(model, problems)
    _check_redis(model, problems)
    _check_routes(model, problems)
    _check_namespaces(model, problems)
    for name, spec in model.services.items():
        _check_service(model, name, spec, problems)
    return problems.found


def _check_kafka(model: PlatformModel, problems: Problems) -> None:
    problem, refuse_invalid = problems.add, problems.refuse_invalid
    if model.kafka is not None:
        refuse_invalid(lambda v: check_dns_label(v, "Kafka cluster name"), model.kafka.cluster, "kafka.cluster")
        check_port_number(model.kafka.port, "kafka.port", problems)
        for topic, topic_spec in model.kafka.topics.items():
            if topic_spec.partitions < 1:
                problem(f"kafka.topics.{topic}.partitions", f"{topic_spec.partitions} must be at least 1")
            for key in topic_spec.config:
                if key not in KAFKA_TOPIC_CONFIGS:
                    problem(
                        f"kafka.topics.{topic}.config.{key}",
                        "is not a topic configuration Kafka knows (the broker would reject the topic); "
                        "see https://kafka.apache.org/documentation/#topicconfigs",
                    )


def _check_redis(model: PlatformModel, problems: Problems) -> None:
    refuse_invalid = problems.refuse_invalid
    if model.redis is not None:
        refuse_invalid(lambda v: check_dns_label(v, "Redis service name"), model.redis.service, "redis.service")
        if model.redis.password_secret_key is not None:
            refuse_invalid(check_env_name, model.redis.password_secret_key, "redis.password_secret_key")
        check_port_number(model.redis.port, "redis.port", problems)


def _check_namespaces(model: PlatformModel, problems: Problems) -> None:
    problem, refuse_invalid = problems.add, problems.refuse_invalid
    for namespace in model.namespaces:
        refuse_invalid(lambda v: check_dns_label(v, "namespace"), namespace, f"namespaces.{namespace}")
        residents = [name for name in model.services if model.services[name].namespace == namespace]
        if model.namespaces[namespace].pod_security == "privileged" and len(residents) != 1:
            problem(
                f"namespaces.{namespace}",
                f"a privileged namespace must hold exactly one service, so nothing else shares its exemption; it holds {residents}",
            )


def _check_service(model: PlatformModel, name: str, spec: ServiceSpec, problems: Problems) -> None:
    problem, refuse_invalid = problems.add, problems.refuse_invalid
    key = f"services.{name}"
    refuse_invalid(lambda v: check_dns_label(v, "service name"), name, key)
    _check_ports(spec, key, problems)
    for index, callee in enumerate(spec.calls):
        where = f"{key}.calls[{index}]"
        if callee not in model.services:
            problem(where, f"unknown service {callee!r}; known services: {', '.join(sorted(model.services))}")
        elif callee == name:
            problem(where, "a service does not call itself over gRPC; remove it")
        elif not model.services[callee].has_port("grpc"):
            problem(where, f"{callee!r} serves no 'grpc' port, so it cannot be called over gRPC")
    if len(set(spec.calls)) != len(spec.calls):
        problem(f"{key}.calls", "lists a service twice")
    topics = set(model.kafka.topics) if model.kafka else set()
    if spec.kafka is not None:
        if model.kafka is None:
            problem(f"{key}.kafka", "the service uses Kafka but the model declares no top-level 'kafka'")
        for index, topic in enumerate(spec.kafka.produces):
            if topic not in topics:
                problem(
                    f"{key}.kafka.produces[{index}]", f"unknown topic {topic!r}; declared topics: {', '.join(sorted(topics)) or 'none'}"
                )
        for topic in spec.kafka.consumes:
            if topic not in topics:
                problem(f"{key}.kafka.consumes.{topic}", f"unknown topic {topic!r}; declared topics: {', '.join(sorted(topics)) or 'none'}")
    if spec.redis and model.redis is None:
        problem(f"{key}.redis", "the service uses Redis but the model declares no top-level 'redis'")
    elif spec.redis and model.redis is not None and model.redis.url_secret_key and model.redis.url_secret_key not in spec.secret_keys:
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
        problem(f"{key}.request_metrics.latency_bound_le", f'{bound!r} must be a bucket boundary of the histogram, like "500"')
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


def _check_routes(model: PlatformModel, problems: Problems) -> None:
    problem = problems.add
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


def check_port_number(port: int, key: str, problems: Problems) -> None:
    if not 1 <= port <= 65535:
        problems.add(key, f"{port} is not a port number (1-65535)")


#: Kafka's topic-level configurations (4.x, ``TopicConfig``): a KafkaTopic with another key is
#: rejected by the broker and never becomes Ready.
KAFKA_TOPIC_CONFIGS = frozenset(
    {
        "cleanup.policy",
        "compression.type",
        "compression.gzip.level",
        "compression.lz4.level",
        "compression.zstd.level",
        "delete.retention.ms",
        "file.delete.delay.ms",
        "flush.messages",
        "flush.ms",
        "follower.replication.throttled.replicas",
        "index.interval.bytes",
        "leader.replication.throttled.replicas",
        "local.retention.bytes",
        "local.retention.ms",
        "max.compaction.lag.ms",
        "max.message.bytes",
        "message.timestamp.after.max.ms",
        "message.timestamp.before.max.ms",
        "message.timestamp.type",
        "min.cleanable.dirty.ratio",
        "min.compaction.lag.ms",
        "min.insync.replicas",
        "preallocate",
        "remote.log.copy.disable",
        "remote.log.delete.on.disable",
        "remote.storage.enable",
        "retention.bytes",
        "retention.ms",
        "segment.bytes",
        "segment.index.bytes",
        "segment.jitter.ms",
        "segment.ms",
        "unclean.leader.election.enable",
    }
)


def _check_ports(spec: ServiceSpec, key: str, problems: Problems) -> None:
    problem, refuse_invalid = problems.add, problems.refuse_invalid
    names: set[str] = set()
    numbers: dict[int, str] = {}
    for index, port in enumerate(spec.ports):
        where = f"{key}.ports[{index}]"
        refuse_invalid(check_port_name, port.name, f"{where}.name")
        check_port_number(port.port, f"{where}.port", problems)
        if port.name in names:
            problem(f"{where}.name", f"port name {port.name!r} is used twice in this service")
        if port.port in numbers:
            problem(f"{where}.port", f"port {port.port} is used twice in this service ({numbers[port.port]!r} and {port.name!r})")
        names.add(port.name)
        numbers[port.port] = port.name
        for attribute in ("env", "bind_env"):
            if getattr(port, attribute) is not None:
                refuse_invalid(check_env_name, getattr(port, attribute), f"{where}.{attribute}")
    for required in SERVICE_KINDS[spec.kind].ports:
        if required not in names:
            problem(f"{key}.ports", f"a {spec.kind} service needs a port named {required!r}")
    if not SERVICE_KINDS[spec.kind].inbound:
        for index, port in enumerate(spec.ports):
            if port.served:
                problem(
                    f"{key}.ports[{index}].served",
                    "a kafka-worker takes no inbound traffic: set served: false or choose another kind",
                )
