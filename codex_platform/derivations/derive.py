"""Derivations: pure functions from the model (and an environment) to what services are told.

Every address a service dials is computed here from the declaration of the thing it dials, so
renaming a service or moving a port changes every caller at once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple, Protocol

from codex_constructs import (
    COLLECTOR,
    LOOPBACK,
    OTLP_GRPC_PORT,
    PROMETHEUS,
    PROMETHEUS_SERVER_PORT,
    Peer,
    Route,
    bootstrap_service,
    collector_endpoint,
    prometheus_query_url,
    selector_labels,
)

from ..inputs.config import EnvironmentConfig
from ..inputs.errors import Problem, declared
from ..inputs.model import SERVICE_KINDS, PlatformModel, env_prefix


def host(name: str, namespace: str, from_namespace: str) -> str:
    """A Service's name as dialled from ``from_namespace``: short within a namespace, else
    qualified, so addresses keep working when a service moves to its own namespace."""
    return name if namespace == from_namespace else f"{name}.{namespace}.svc.cluster.local"


def grpc_address(model: PlatformModel, service: str, caller: str) -> str:
    """``host:port`` of a service's gRPC port, as ``caller`` dials it."""
    target = host(service, model.namespace_of(service), model.namespace_of(caller))
    return f"{target}:{model.services[service].port('grpc').port}"


@dataclass(frozen=True)
class Dial:
    """A connection a workload opens because it was given an address: the variable, the value
    written into its container (None where the value is a secret), the workload it leads to
    and the pods and ports it reaches there (a pod's own port, not a Service's).

    The network rules are built from these, so an address written into a container is
    reachable by construction, and no rule exists without one.
    """

    variable: str
    value: str | None
    target: str
    peer: Peer
    ports: tuple[int, ...]


#: The name network rules give the Kafka brokers as a dial target.
KAFKA_BROKERS = "kafka-brokers"
#: The name of every dial target outside the cluster.
INTERNET = "internet"


def release_pods(namespace: str, release: str) -> Peer:
    """The pods of a Helm release (every chart labels them with its instance)."""
    return Peer.pods(namespace, {"app.kubernetes.io/instance": release})


def prometheus_server_pods(namespace: str) -> Peer:
    """The Prometheus server's pods (the release also runs kube-state-metrics)."""
    return Peer.pods(namespace, {"app.kubernetes.io/instance": PROMETHEUS, "app.kubernetes.io/component": "server"})


def kafka_broker_peer(model: PlatformModel) -> Peer:
    kafka = declared(model.kafka, "kafka")
    return Peer.pods(model.namespace, {"strimzi.io/cluster": kafka.cluster, "strimzi.io/kind": "Kafka"})


def kafka_dial(model: PlatformModel, variable: str, client_namespace: str) -> Dial:
    """The brokers' bootstrap address, as a client in ``client_namespace`` is given it."""
    kafka = declared(model.kafka, "kafka")
    return Dial(variable, kafka_bootstrap(model, client_namespace), KAFKA_BROKERS, kafka_broker_peer(model), (kafka.port,))


def outbound_variable(name: str) -> str:
    """How a dial to the declared outbound destination ``name`` is labelled (no variable carries it)."""
    return f"outbound: {name}"


def outbound_peers(config: EnvironmentConfig | None, service: str, outbound: str) -> list[Peer]:
    """Public addresses, or only the ranges the environment pins that destination to."""
    settings = config.services.get(service) if isinstance(config, EnvironmentConfig) else None
    cidrs = settings.outbound_cidrs.get(outbound, ()) if settings is not None else ()
    return [Peer.cidr_block(cidr) for cidr in cidrs] or [Peer.internet()]


def service_dials(model: PlatformModel, service: str, config: EnvironmentConfig | None = None) -> list[Dial]:
    """Every connection ``service`` opens inside or outside the cluster, from its declaration
    (and, for outbound destinations, the ranges ``config`` pins them to)."""
    spec = model.services[service]
    namespace = model.namespace_of(service)
    dials = [
        Dial(
            f"GRPC_{env_prefix(callee)}_URL",
            grpc_address(model, callee, service),
            callee,
            Peer.pods(model.namespace_of(callee), selector_labels(callee)),
            (model.services[callee].port("grpc").port,),
        )
        for callee in spec.calls
    ]
    if spec.kafka is not None and model.kafka is not None:
        dials.append(kafka_dial(model, "KAFKA_BROKERS", namespace))
    if spec.redis and model.redis is not None:
        # The URL is a secret (it may carry a password): the model says who holds it.
        redis = model.redis
        dials.append(
            Dial(
                redis.url_secret_key or "redis",
                None,
                redis.service,
                Peer.pods(model.namespace, selector_labels(redis.service)),
                (redis.port,),
            )
        )
    if model.observability is not None:
        telemetry = model.observability.namespace
        if spec.traced:
            dials.append(
                Dial(
                    "OTEL_EXPORTER_OTLP_ENDPOINT",
                    collector_endpoint(telemetry),
                    COLLECTOR,
                    release_pods(telemetry, COLLECTOR),
                    (OTLP_GRPC_PORT,),
                )
            )
        if spec.metrics_query_env:
            dials.append(
                Dial(
                    spec.metrics_query_env,
                    prometheus_query_url(telemetry),
                    PROMETHEUS,
                    prometheus_server_pods(telemetry),
                    (PROMETHEUS_SERVER_PORT,),
                )
            )
    dials += [
        Dial(outbound_variable(o.name), None, INTERNET, peer, o.ports)
        for o in spec.outbound
        for peer in outbound_peers(config, service, o.name)
    ]
    return dials


def kafka_bootstrap(model: PlatformModel, client_namespace: str | None = None) -> str:
    """The Strimzi cluster's bootstrap Service, as a client in ``client_namespace`` dials it."""
    kafka = declared(model.kafka, "kafka")
    service = bootstrap_service(kafka.cluster)
    return f"{host(service, model.namespace, client_namespace or model.namespace)}:{kafka.port}"


def secret_name(service: str) -> str:
    """Each service has a Secret of its own: it holds exactly the keys the service declares."""
    return f"{service}-secrets"


class WhereItRuns(Protocol):
    """What a service's variables read from where it runs: a cluster environment
    (:class:`EnvironmentConfig`) or the local stack (``local.LocalConfig``)."""

    @property
    def node_env(self) -> str: ...
    @property
    def domain(self) -> str: ...
    @property
    def client_urls(self) -> tuple[str, ...]: ...
    @property
    def services(self) -> Mapping[str, Any]: ...


class Setting(NamedTuple):
    """A variable that is not an address, with the key that sets it (named when two sources
    collide: :func:`check_variables`)."""

    variable: str
    value: str
    source: str


def settings(model: PlatformModel, config: WhereItRuns, service: str) -> list[Setting]:
    """The variables that are not addresses: settings, ports to bind, identities, origins.
    Wherever the service runs, these are the same."""
    spec = model.services[service]
    result = [
        Setting("NODE_ENV", config.node_env, "node_env (derived)"),
        Setting("OTEL_SERVICE_NAME", service, "the service name (derived)"),
    ]
    for index, port in enumerate(spec.ports):
        if port.env:
            result.append(Setting(port.env, str(port.port), f"ports[{index}].env"))
        if port.bind_env:
            result.append(Setting(port.bind_env, f"0.0.0.0:{port.port}", f"ports[{index}].bind_env"))
    if spec.calls:
        result.append(Setting("DEFAULT_GRPC_TIMEOUT", str(model.grpc_timeout_ms), "grpc_timeout_ms (derived)"))
    if spec.kafka is not None:
        result.append(Setting(f"KAFKA_{env_prefix(service)}_CLIENT_ID", service, "kafka (derived client id)"))
        if spec.kafka.group:
            result.append(Setting(f"KAFKA_{env_prefix(service)}_GROUP_ID", spec.kafka.group, "kafka.group"))
    if spec.client_urls:
        result += [Setting(f"CLIENT_URL_{index}", url, "client_urls (derived)") for index, url in enumerate(config.client_urls, start=1)]
    if spec.cookie_domain:
        result.append(Setting("domain", config.domain, "cookie_domain (derived)"))
    if spec.docker_daemon is not None:
        result.append(Setting(spec.docker_daemon.port_env, str(spec.docker_daemon.port), "docker_daemon.port_env"))
    return result


def settings_env(model: PlatformModel, config: WhereItRuns, service: str) -> dict[str, str]:
    """:func:`settings` by variable name."""
    return {setting.variable: setting.value for setting in settings(model, config, service)}


def derived_env(model: PlatformModel, config: EnvironmentConfig, service: str, dials: Sequence[Dial]) -> dict[str, str]:
    """The variables computed from the model and the environment, by variable name: the
    settings, and the address of every one of ``dials`` (the service's, which the network
    rules are built from) that is not a secret."""
    env = settings_env(model, config, service)
    env.update({dial.variable: dial.value for dial in dials if dial.value is not None})
    spec = model.services[service]
    if spec.docker_daemon is not None:
        # The daemon is the pod's sidecar, on loopback.
        env[spec.docker_daemon.host_env] = LOOPBACK
    return env


def with_declared_env(model: PlatformModel, config: WhereItRuns, service: str, derived: dict[str, str]) -> dict[str, str]:
    """A container's plain variables: the declared settings, the environment's overrides and the
    derived ones, sorted by name (each has one source: :func:`check_variables`)."""
    declared = {**model.services[service].env, **config.services[service].env}
    return dict(sorted({**declared, **derived}.items()))


def migration_name(service: str) -> str:
    """What runs ``service``'s migrations is called: the clusters' PreSync Job (and its network
    rules), the local stack's one-shot service."""
    return f"{service}-migrate"


def variable_sources(model: PlatformModel, config: EnvironmentConfig, service: str) -> dict[str, list[str]]:
    """Where each variable of a service's container comes from, as the key that sets it.

    A variable with two sources would silently lose one of them (a port number overwriting
    NODE_ENV, a URL overwriting a setting): :func:`check_variables` refuses that."""
    spec = model.services[service]
    sources: dict[str, list[str]] = {}

    def add(variable: str, source: str) -> None:
        sources.setdefault(variable, []).append(source)

    for setting in settings(model, config, service):
        add(setting.variable, setting.source)
    for dial in service_dials(model, service):
        if dial.value is not None:
            add(
                dial.variable, "metrics_query_env" if dial.variable == spec.metrics_query_env else f"the address of {dial.target} (derived)"
            )
    if spec.docker_daemon is not None:
        add(spec.docker_daemon.host_env, "docker_daemon.host_env")
    pod_name_env = SERVICE_KINDS[spec.kind].pod_name_env
    if pod_name_env is not None:
        add(pod_name_env, "the pod's name (downward API)")
    for variable in spec.env:
        add(variable, f"env.{variable}")
    for index, key in enumerate(spec.secret_keys):
        add(key, f"secret_keys[{index}]")
    return sources


def check_variables(model: PlatformModel, config: EnvironmentConfig) -> list[Problem]:
    """Every variable of every container has exactly one source."""
    problems = []
    for service in model.services:
        for variable, sources in variable_sources(model, config, service).items():
            if len(sources) > 1:
                problems.append(
                    Problem(
                        model.source,
                        f"services.{service}",
                        f"variable {variable} is set by {' and by '.join(sources)}; give each its own variable",
                    )
                )
    return problems


def public_routes(model: PlatformModel, config: EnvironmentConfig) -> list[Route]:
    """The model's routes in order, resolved to Service ports; admin ones only if served."""
    resolved = []
    for spec in model.edge.routes:
        if spec.admin and config.edge.admin_access == "off":
            continue
        port = declared(model.backend_port(spec.backend, spec.port), f"port {spec.port} of route backend {spec.backend}")
        resolved.append(
            Route(
                path=spec.path,
                service=spec.backend,
                port=port,
                namespace=model.backend_namespace(spec.backend),
                websocket=spec.websocket,
                admin=spec.admin,
            )
        )
    return resolved
