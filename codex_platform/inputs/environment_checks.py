"""An environment file read and checked against the model: every problem as one naming its key
(``load_environment`` raises them all at once). The file's schema is ``config.py``."""

from __future__ import annotations

import ipaddress
import re
from decimal import Decimal
from pathlib import Path

from codex_constructs import (
    DEFAULT_RESOURCES,
    ContainerImage,
    DockerDaemon,
    ObservabilitySettings,
    check_cidr,
    check_dns_label,
    parse_bytes,
    parse_cpu,
)

from .config import EnvironmentConfig, ServiceSettings
from .errors import ConfigError, Problem
from .images import image_problems
from .machines import allocatable
from .model import PlatformModel
from .schema import load, read_yaml

_DOMAIN = re.compile(r"^(?=.{1,253}$)([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")
_CLIENT_URL = re.compile(r"^https?://[a-z0-9.-]+(:[0-9]+)?$")


def read_environment(path: Path, display: str | None = None) -> EnvironmentConfig:
    """Read one environment file on its own (YAML, keys, types, values), without the model;
    raise ConfigError on any problem."""
    display = display or str(path)
    data = read_yaml(path, display)
    for reserved in ("name", "source"):
        if isinstance(data, dict) and reserved in data:
            raise ConfigError([Problem(display, reserved, "is set from the file name; remove it")])
    if isinstance(data, dict):
        data = {**data, "name": path.stem, "source": display}
    return load(EnvironmentConfig, data, display)


def load_environment(path: Path, model: PlatformModel, display: str | None = None) -> EnvironmentConfig:
    """Read and check one environment file against ``model``; raise ConfigError on any problem."""
    config = read_environment(path, display)
    problems = check_environment(config, model)
    if problems:
        raise ConfigError(problems)
    return config


def floating_tag_problem(config: EnvironmentConfig, image: ContainerImage) -> str | None:
    """Why ``image`` may not run in ``config``'s environment: a tag that moves, in production."""
    if config.tier != "production" or not image.is_floating:
        return None
    shown = repr(image.tag) if image.tag else "an empty tag"
    return f"{shown} is a floating tag, refused in a production environment; pin the image's 7-character git SHA (or a sha256 digest)"


def check_environment(config: EnvironmentConfig, model: PlatformModel) -> list[Problem]:
    problems: list[Problem] = []

    def problem(key: str, message: str) -> None:
        problems.append(Problem(config.source, key, message))

    try:
        check_dns_label(config.name, "environment name (the file name)")
    except ValueError as error:
        problem("", str(error))
    try:
        check_dns_label(config.secrets.store, "secret store")
    except ValueError as error:
        problem("secrets.store", str(error))
    if not re.match(r"^[a-z0-9-]*$", config.secrets.remote_prefix):
        problem("secrets.remote_prefix", f"{config.secrets.remote_prefix!r} must be lower-case letters, digits and '-'")
    if not _DOMAIN.match(config.domain):
        problem("domain", f"{config.domain!r} is not a lower-case DNS domain like 'codexakash.space'")
    for index, url in enumerate(config.client_urls):
        if not _CLIENT_URL.match(url):
            problem(f"client_urls[{index}]", f"{url!r} is not an origin like 'https://codexakash.space' (no path, no trailing '/')")
        elif config.tier == "production" and not url.startswith("https://"):
            problem(f"client_urls[{index}]", f"{url!r}: production origins must use https")
    readers = {name: spec.client_urls for name, spec in model.services.items() if spec.client_urls}
    if readers and not config.client_urls:
        problem("client_urls", "list at least one origin: services that serve browsers need CLIENT_URL_1")
    for name, slots in sorted(readers.items()):
        if len(config.client_urls) > slots:
            read = "CLIENT_URL_1" if slots == 1 else f"CLIENT_URL_1..CLIENT_URL_{slots}"
            problem(
                "client_urls",
                f"{len(config.client_urls)} origins, but {name} reads only {read} ({model.source}: "
                f"services.{name}.client_urls): the rest would be ignored; list at most {slots}",
            )

    for name in sorted(set(model.services) - set(config.services)):
        problem(f"services.{name}", f"is missing: configure every service of {model.source} ({', '.join(sorted(model.services))})")
    for name in sorted(set(config.services) - set(model.services)):
        problem(f"services.{name}", f"is not a service of {model.source}; known services: {', '.join(sorted(model.services))}")

    for name, settings in config.services.items():
        if name not in model.services:
            continue
        spec = model.services[name]
        key = f"services.{name}"
        floating = floating_tag_problem(config, settings.image)
        if floating:
            problem(f"{key}.image.tag", floating)
        scalers = [k for k in ("replicas", "autoscaling", "lag_scaling") if getattr(settings, k) is not None]
        if len(scalers) > 1:
            problem(
                key, f"set only one of replicas, autoscaling, lag_scaling (found {' and '.join(scalers)}): a replica count has one owner"
            )
        if settings.lag_scaling is not None and spec.kind != "kafka-worker":
            problem(f"{key}.lag_scaling", f"only a kafka-worker scales on consumer lag; {name} is a {spec.kind} service")
        if settings.lag_scaling is not None and spec.kafka is not None and not spec.kafka.consumes:
            problem(f"{key}.lag_scaling", f"{name} consumes no topic in {model.source}, so it has no lag to scale on")
        memory_problem = _memory_target_problem(settings, model)
        if memory_problem:
            problem(f"{key}.autoscaling.memory_utilization", memory_problem)
        if settings.replicas is not None and settings.replicas < 0:
            problem(f"{key}.replicas", f"{settings.replicas} must be 0 or more")
        service_namespace = spec.namespace or model.namespace
        if model.all_namespaces()[service_namespace].pod_security == "privileged" and settings.node_pool is None:
            problem(
                f"{key}.node_pool",
                f"{name} runs privileged (namespace {service_namespace}): give it a dedicated, tainted node pool "
                f"so it never shares a node with other workloads",
            )
        if settings.docker_daemon_resources is not None and spec.docker_daemon is None:
            problem(f"{key}.docker_daemon_resources", f"{name} runs no Docker daemon in {model.source}")
        if settings.docker_registry_mirror is not None and spec.docker_daemon is None:
            problem(f"{key}.docker_registry_mirror", f"{name} runs no Docker daemon in {model.source}")
        declared_outbound = [o.name for o in spec.outbound]
        for outbound in settings.outbound_cidrs:
            if outbound not in declared_outbound:
                problem(
                    f"{key}.outbound_cidrs.{outbound}",
                    f"is not an outbound destination of {name} in {model.source}; "
                    f"its destinations: {', '.join(declared_outbound) or 'none'}",
                )
        for variable in settings.env:
            if variable not in spec.env:
                allowed = ", ".join(sorted(spec.env)) or "none"
                problem(
                    f"{key}.env.{variable}",
                    f"is not a setting of {name} in {model.source}; overridable settings: {allowed}",
                )
    if config.tier == "production" and config.gitops.image_updates != "promotion":
        problem("gitops.image_updates", "production moves by reviewed promotion, not by every new image: set promotion")
    if not re.match(r"^https://\S+\.git$", config.gitops.repo_url):
        problem("gitops.repo_url", f"{config.gitops.repo_url!r} is not a repository URL like 'https://github.com/org/repo.git'")
    for key, message in image_problems(config.images):
        problem(key, message)
    for name, image in config.images.items():
        floating = floating_tag_problem(config, image)
        if floating:
            problem(f"images.{name}.tag", floating)
    if config.observability.collector_image != ObservabilitySettings.collector_image:
        problem("observability.collector_image", "set the collector's image as images.otel-collector, with the other third-party images")
    problems += _check_partitions(config, model)
    problems += _check_edge(config, model)
    problems += _check_node_pools(config, model)
    return problems


#: The pool everything runs on unless a service names another.
GENERAL_POOL = "general"


def service_pod_requests(config: EnvironmentConfig, model: PlatformModel, name: str) -> tuple[Decimal, int]:
    """CPU (cores) and memory (bytes) one pod of service ``name`` requests: its container and its
    Docker daemon sidecar, at their environment's resources or the library's defaults."""
    settings, spec = config.services[name], model.services[name]
    containers = [settings.resources or DEFAULT_RESOURCES]
    if spec.docker_daemon is not None:
        containers.append(settings.docker_daemon_resources or DockerDaemon().resources)
    return sum((parse_cpu(r.requests.cpu) for r in containers), Decimal(0)), int(sum(parse_bytes(r.requests.memory) for r in containers))


def _check_node_pools(config: EnvironmentConfig, model: PlatformModel) -> list[Problem]:
    """With node pools declared: every pool a service names exists, a ``general`` pool takes the
    rest, and one pod of each service fits a node of its pool."""
    if not config.node_pools:
        return []
    problems = []
    if GENERAL_POOL not in config.node_pools:
        problems.append(
            Problem(config.source, "node_pools", f"declare a pool named {GENERAL_POOL!r}: everything without a node_pool runs there")
        )
    for name, settings in config.services.items():
        if name not in model.services:
            continue
        pool_name = settings.node_pool.name if settings.node_pool else GENERAL_POOL
        pool = config.node_pools.get(pool_name)
        if pool is None:
            if settings.node_pool:
                problems.append(
                    Problem(
                        config.source,
                        f"services.{name}.node_pool.name",
                        f"{pool_name!r} is not under node_pools; declared: {', '.join(config.node_pools)}",
                    )
                )
            continue
        cpu, memory = service_pod_requests(config, model, name)
        room = allocatable(pool.machine_type)
        if cpu > room.cpu or memory > room.memory:
            problems.append(
                Problem(
                    config.source,
                    f"services.{name}.resources",
                    f"one pod requests {cpu:.2f} CPU and {memory / 2**30:.2f}GiB, more than a {pool.machine_type} node of pool "
                    f"{pool_name!r} offers pods ({room.cpu:.2f} CPU, {room.memory / 2**30:.2f}GiB): it would never be scheduled; "
                    "lower the requests or choose a larger machine_type",
                )
            )
    return problems


def _memory_target_problem(settings: ServiceSettings, model: PlatformModel) -> str | None:
    """Why a memory target cannot work, if it cannot: the HPA scales down only when average
    memory falls below target x request, which a process never does below its resting memory."""
    scaling = settings.autoscaling
    if scaling is None or scaling.memory_utilization is None:
        return None
    if settings.resources is None or settings.resources.requests.memory is None:
        return "a memory target needs an explicit memory request (resources.requests.memory) to be a percentage of"
    try:
        resting = parse_bytes(model.resting_memory)
    except ValueError:
        return None  # reported against platform.yaml
    request = parse_bytes(settings.resources.requests.memory)
    target = request * scaling.memory_utilization / 100
    if target > resting:
        return None
    mib = target / 2**20
    return (
        f"{scaling.memory_utilization}% of the {settings.resources.requests.memory} request is {mib:.0f}Mi, not above the "
        f"{model.resting_memory} a service uses at rest ({model.source}: resting_memory), so the HPA would never scale "
        f"down; remove memory_utilization or raise requests.memory to what the service really uses"
    )


def _check_partitions(config: EnvironmentConfig, model: PlatformModel) -> list[Problem]:
    """A consumer group cannot do work with more replicas than its topic has partitions."""
    problems: list[Problem] = []
    if model.kafka is None:
        return problems
    for topic, spec in model.kafka.topics.items():
        for service, group in model.consumers(topic).items():
            settings = config.services.get(service)
            if settings is None:
                continue
            most = settings.max_replicas()
            if most > spec.partitions:
                scaler = next((k for k in ("autoscaling", "lag_scaling") if getattr(settings, k)), "replicas")
                key = f"services.{service}.{scaler}" + (".max_replicas" if scaler != "replicas" else "")
                problems.append(
                    Problem(
                        config.source,
                        key,
                        f"up to {most} replicas of {service} read {topic} (group {group}), which has "
                        f"{spec.partitions} partitions in {model.source}: the extra replicas would idle. "
                        f"Raise kafka.topics.{topic}.partitions to at least {most}, or lower the replicas",
                    )
                )
    return problems


def _check_edge(config: EnvironmentConfig, model: PlatformModel) -> list[Problem]:
    problems = []
    edge = config.edge
    if not _DOMAIN.match(edge.host):
        problems.append(Problem(config.source, "edge.host", f"{edge.host!r} is not a lower-case DNS host name"))
    for key in ("cluster_issuer", "tls_secret", "admin_tls_secret", "admin_auth_secret"):
        try:
            check_dns_label(getattr(edge, key), key)
        except ValueError as error:
            problems.append(Problem(config.source, f"edge.{key}", str(error)))
    if edge.admin_tls_secret == edge.tls_secret:
        problems.append(
            Problem(
                config.source,
                "edge.admin_tls_secret",
                f"{edge.admin_tls_secret!r} is tls_secret too; each host's certificate needs its own Secret",
            )
        )
    if edge.standby == edge.api:
        problems.append(
            Problem(config.source, "edge.standby", f"{edge.standby!r} is already the api; set none, or the other edge while migrating")
        )
    admin = [route.path for route in model.edge.routes if route.admin]
    if admin and edge.admin_access != "off":
        if edge.admin_host is None:
            problems.append(
                Problem(
                    config.source,
                    "edge.admin_host",
                    f"admin routes {admin} need a host of their own (e.g. admin.{edge.host.split('.', 1)[-1]}), "
                    f"so admin pages never share an origin with the API; or set admin_access: off",
                )
            )
        elif edge.admin_host == edge.host:
            problems.append(Problem(config.source, "edge.admin_host", f"{edge.admin_host!r} is the API's host; give admin tools another"))
        elif not _DOMAIN.match(edge.admin_host):
            problems.append(Problem(config.source, "edge.admin_host", f"{edge.admin_host!r} is not a lower-case DNS host name"))
    for index, cidr in enumerate(edge.admin_source_ranges):
        try:
            check_cidr(cidr)
        except ValueError as error:
            problems.append(Problem(config.source, f"edge.admin_source_ranges[{index}]", str(error)))
    if edge.load_balancer_ip is not None:
        try:
            ipaddress.ip_address(edge.load_balancer_ip)
        except ValueError:
            problems.append(Problem(config.source, "edge.load_balancer_ip", f"{edge.load_balancer_ip!r} is not an IP address"))
    if edge.controller_replicas < 1:
        problems.append(Problem(config.source, "edge.controller_replicas", f"{edge.controller_replicas} must be at least 1"))
    elif config.tier == "production" and edge.controller_replicas < 2:
        problems.append(Problem(config.source, "edge.controller_replicas", "production needs at least 2, or every node drain is an outage"))
    if config.tier == "production" and edge.acme_server != "production":
        problems.append(Problem(config.source, "edge.acme_server", "production needs certificates browsers trust: use production"))
    return problems
