"""Environment files (``environments/<name>.yaml``): what differs between dev and prod.

Images, replica counts or autoscaling, resources, the public domain, client URLs. Each file is
checked against the model: it must configure exactly the model's services, a production
environment must pin every image, and overrides may only touch settings the model declares.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Mapping, Optional

from codex_constructs import (
    Autoscaling,
    ContainerImage,
    KafkaLagScaling,
    KafkaRetention,
    ObservabilitySettings,
    Resources,
    check_cidr,
    check_dns_label,
    check_dns_subdomain,
    check_label_key,
    check_lag_scaling_bounds,
    parse_bytes,
)

from .errors import ConfigError, Problem
from .images import image_problems
from .model import PlatformModel
from .schema import Int64, load, read_yaml

_DOMAIN = re.compile(r"^(?=.{1,253}$)([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")
_CLIENT_URL = re.compile(r"^https?://[a-z0-9.-]+(:[0-9]+)?$")


def _check_bytes(field: str, value: str) -> None:
    try:
        parse_bytes(value)
    except ValueError as error:
        raise ValueError(f"{field}: {error}") from None


@dataclass(frozen=True)
class ServiceImage(ContainerImage):
    """A service's image in an environment file: the tag is required there (the library's
    ContainerImage defaults to none, which runs whatever ``latest`` is)."""

    tag: str = field()  # no default: the parent's "" would otherwise be inherited


@dataclass(frozen=True)
class LagScalingSettings:
    """Scale a kafka-worker on consumer lag (KEDA) instead of CPU and memory."""

    min_replicas: int = KafkaLagScaling.min_replicas
    max_replicas: int = KafkaLagScaling.max_replicas
    lag_threshold: int = KafkaLagScaling.lag_threshold

    def __post_init__(self) -> None:
        check_lag_scaling_bounds(self.min_replicas, self.max_replicas, self.lag_threshold)


@dataclass(frozen=True)
class NodePoolSettings:
    """A dedicated node pool: pods select it by label and tolerate its taint."""

    name: str
    label: str = "cloud.google.com/gke-nodepool"
    taint: str = "dedicated"

    def __post_init__(self) -> None:
        if len(self.name) > 40:
            raise ValueError(f"name {self.name!r}: GKE node pool names have at most 40 characters")
        check_dns_label(self.name, "name")  # also the label's value and the taint's
        check_label_key(self.label, "label")
        check_label_key(self.taint, "taint")


@dataclass(frozen=True)
class ServiceSettings:
    """One service in one environment.

    ``replicas`` and ``autoscaling`` are exclusive; with neither the service runs one replica.
    ``env`` overrides a value of the service's ``env`` in platform.yaml for this environment.
    """

    image: ServiceImage
    replicas: Optional[int] = None
    autoscaling: Optional[Autoscaling] = None
    lag_scaling: Optional[LagScalingSettings] = None
    resources: Optional[Resources] = None
    docker_daemon_resources: Optional[Resources] = None
    env: Mapping[str, str] = field(default_factory=dict)
    node_pool: Optional[NodePoolSettings] = None
    #: A sandboxed runtime such as ``gvisor`` (GKE Sandbox) or ``sysbox-runc``, where nodes offer it.
    runtime_class: Optional[str] = None
    #: Address ranges an ``outbound`` destination (by name) is pinned to, instead of every
    #: public address: e.g. the image registry mirror the Docker daemon pulls from.
    outbound_cidrs: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: The registry mirror the Docker daemon pulls through (``https://...``), for an egress
    #: pinned to the mirror's addresses. Default: pulls go to Docker Hub.
    docker_registry_mirror: Optional[str] = None

    def __post_init__(self) -> None:
        if self.runtime_class is not None:
            check_dns_subdomain(self.runtime_class, "runtime_class")
        for name, cidrs in self.outbound_cidrs.items():
            for cidr in cidrs:
                try:
                    network = check_cidr(cidr)
                except ValueError as error:
                    raise ValueError(f"outbound_cidrs: {name}: {error}") from None
                if network.prefixlen == 0:
                    raise ValueError(f"outbound_cidrs: {name}: {cidr!r} is every address; leave the destination out instead")
        if self.docker_registry_mirror is not None and not re.match(r"^https://[a-z0-9.-]+(:[0-9]+)?(/\S*)?$", self.docker_registry_mirror):
            raise ValueError(f"docker_registry_mirror: {self.docker_registry_mirror!r} is not an https URL")

    def max_replicas(self) -> int:
        """The most replicas this service can run in the environment."""
        if self.autoscaling is not None:
            return self.autoscaling.max_replicas
        if self.lag_scaling is not None:
            return self.lag_scaling.max_replicas
        return 1 if self.replicas is None else self.replicas


@dataclass(frozen=True)
class KafkaSettings:
    """The Kafka cluster in this environment; retention defaults are the spec's."""

    replicas: int = 1
    storage_size: str = "10Gi"
    storage_class: Optional[str] = None
    resources: Optional[Resources] = None
    retention_hours: int = KafkaRetention.hours
    retention_bytes: Int64 = Int64(KafkaRetention.bytes_per_partition)  # log.retention.bytes, a long
    segment_bytes: int = KafkaRetention.segment_bytes

    def __post_init__(self) -> None:
        if self.replicas < 1:
            raise ValueError(f"replicas {self.replicas} must be at least 1")
        _check_bytes("storage_size", self.storage_size)
        if self.storage_class is not None:
            check_dns_subdomain(self.storage_class, "storage_class")
        for name in ("retention_hours", "retention_bytes", "segment_bytes"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} {getattr(self, name)} must be at least 1")


@dataclass(frozen=True)
class RedisSettings:
    resources: Optional[Resources] = None
    persistence_size: Optional[str] = None
    storage_class: Optional[str] = None
    #: Make services wait for Redis with an init container before they start. Off by default:
    #: the services reconnect on their own, and a wait only delays every rollout.
    wait_for_redis: bool = False

    def __post_init__(self) -> None:
        if self.persistence_size is not None:
            _check_bytes("persistence_size", self.persistence_size)
        if self.storage_class is not None:
            check_dns_subdomain(self.storage_class, "storage_class")


@dataclass(frozen=True)
class KafkaUiSettings:
    resources: Optional[Resources] = None
    #: Browse only: no producing, deleting topics or resetting offsets from the UI.
    read_only: bool = True


@dataclass(frozen=True)
class EdgeSettings:
    """The public entry: Gateway API (Envoy Gateway) or the legacy Ingress (ingress-nginx), TLS,
    admin access."""

    host: str
    #: The edge the DNS records point at: it answers cert-manager's challenges. ``gateway``:
    #: Envoy Gateway (maintained); ``ingress``: ingress-nginx (retired in March 2026, kept only to
    #: migrate from).
    api: Literal["ingress", "gateway"] = "gateway"
    #: The other edge, rendered beside ``api`` with the same routes, hosts and certificate while
    #: DNS moves from one to the other (docs/data-plane-and-edge.md: "Moving the edge"). ``none`` outside a migration.
    standby: Literal["none", "ingress", "gateway"] = "none"
    cluster_issuer: str = "letsencrypt-prod"
    acme_server: Literal["production", "staging"] = "production"
    acme_email: Optional[str] = None
    tls_secret: str = "codex-api-tls"
    #: The admin host's certificate: its own, so a browser never reuses an API connection for it.
    admin_tls_secret: str = "codex-admin-tls"
    #: ``basic-auth``: admin routes require the htpasswd Secret ``admin_auth_secret``;
    #: ``off``: admin routes are left off the edge.
    admin_access: Literal["basic-auth", "off"] = "basic-auth"
    admin_auth_secret: str = "admin-basic-auth"
    #: The host admin routes are served on, never the API's: a page of an admin tool must not
    #: share an origin (cookies, storage) with the public API. Required when admin routes are served.
    admin_host: Optional[str] = None
    #: Client address ranges allowed on the admin host, on top of authentication. Empty: any.
    admin_source_ranges: tuple[str, ...] = ()
    ingress_class: str = "nginx"
    #: Replicas of each in-cluster part of the edge: ingress-nginx's controller, or Envoy
    #: Gateway's controller and its Envoy proxies. Two or more survive a node loss or drain: they
    #: are spread over nodes and zones and kept by a disruption budget.
    controller_replicas: int = 2
    #: A reserved regional static IP for the Gateway's load balancer, so DNS survives a
    #: re-creation of its Service. Default: an ephemeral address.
    load_balancer_ip: Optional[str] = None

    def rendered(self) -> tuple[str, ...]:
        """The edges this environment renders: ``api`` first, then the standby."""
        return (self.api,) if self.standby in ("none", self.api) else (self.api, self.standby)


@dataclass(frozen=True)
class SecretsSettings:
    """Where secret values live: GCP Secret Manager, read by External Secrets Operator.

    A Secret key ``JWT_ACCESS_TOKEN_SECRET`` is read from the remote secret
    ``<remote_prefix>jwt-access-token-secret``; services sharing a key share its value.
    """

    store: str = "gcp-secret-manager"
    #: The GCP project holding the secrets. Default: the cluster's own project.
    gcp_project: Optional[str] = None
    remote_prefix: str = "codex-"


@dataclass(frozen=True)
class GitOpsSettings:
    """Where Argo CD reads this repository, and which cluster it deploys to."""

    repo_url: str
    revision: str = "main"
    cluster: str = "https://kubernetes.default.svc"
    #: ``automatic``: Argo CD Image Updater rolls every new image out (commits its tag to the
    #: overlay). ``promotion``: tags change only by a reviewed commit (``make promote``), and
    #: only to tags another environment ran first; production must use it.
    image_updates: Literal["automatic", "promotion"] = "automatic"


@dataclass(frozen=True)
class AlertSettings:
    """Thresholds of the alerts derived from the model, and where they are sent.

    ``receiver``: ``none`` (alerts are evaluated and shown in Prometheus and Alertmanager, but
    sent nowhere) or ``slack`` (the webhook URL comes from the secret manager).
    """

    receiver: Literal["none", "slack"] = "none"
    slack_channel: Optional[str] = None
    #: A service with no ready replica for this long is down.
    unavailable_minutes: int = 5
    #: More container restarts than this in 15 minutes is a crash loop.
    restarts_per_15m: int = 3
    pending_minutes: int = 10
    autoscaler_at_max_minutes: int = 15
    #: Messages a consumer group may be behind on one topic.
    consumer_lag: int = 100
    lag_minutes: int = 10
    cert_expiry_days: int = 14
    #: Share of the edge's requests answered with 5xx.
    edge_5xx_ratio: float = 0.05
    #: Free share of a Kafka data volume below which it is filling up.
    kafka_disk_free_ratio: float = 0.15
    #: Share of requests that must succeed (the error budget is the rest).
    slo_success: float = 0.99
    #: Share of requests that must be faster than the service's declared latency bound.
    slo_latency: float = 0.95

    def __post_init__(self) -> None:
        for name in ("unavailable_minutes", "restarts_per_15m", "pending_minutes", "autoscaler_at_max_minutes",
                     "consumer_lag", "lag_minutes", "cert_expiry_days"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} {getattr(self, name)} must be at least 1")
        for name in ("edge_5xx_ratio", "kafka_disk_free_ratio", "slo_success", "slo_latency"):
            if not 0 < getattr(self, name) < 1:
                raise ValueError(f"{name} {getattr(self, name)} must be between 0 and 1, like 0.99")
        if self.receiver == "slack" and not (self.slack_channel or "").startswith("#"):
            raise ValueError(f"slack_channel {self.slack_channel!r}: the slack receiver needs a channel like '#codex-alerts'")


@dataclass(frozen=True)
class EnvironmentConfig:
    tier: Literal["production", "development"]
    node_env: str
    domain: str
    client_urls: tuple[str, ...]
    services: Mapping[str, ServiceSettings]
    edge: EdgeSettings
    gitops: GitOpsSettings
    #: Synthesize every workload at zero replicas with autoscaling off (to save cost), keeping
    #: data and configuration. Set back to false to bring the environment up again.
    paused: bool = False
    secrets: SecretsSettings = SecretsSettings()
    kafka: KafkaSettings = KafkaSettings()
    redis: RedisSettings = RedisSettings()
    kafka_ui: KafkaUiSettings = KafkaUiSettings()
    observability: ObservabilitySettings = ObservabilitySettings()
    alerts: AlertSettings = AlertSettings()
    #: Third-party images by name (``codex_platform/inputs/images.py`` lists them and their
    #: defaults): a tag, and the digest ``make pin-images`` resolves it to.
    images: Mapping[str, ContainerImage] = field(default_factory=dict)
    #: The environment's name, from the file name. Not a YAML key.
    name: str = field(default="", compare=False, metadata={"internal": True})
    #: The file it was read from, for error messages. Not a YAML key.
    source: str = field(default="", compare=False, metadata={"internal": True})


def read_environment(path: Path, display: Optional[str] = None) -> EnvironmentConfig:
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


def load_environment(path: Path, model: PlatformModel, display: Optional[str] = None) -> EnvironmentConfig:
    """Read and check one environment file against ``model``; raise ConfigError on any problem."""
    config = read_environment(path, display)
    problems = check_environment(config, model)
    if problems:
        raise ConfigError(problems)
    return config


def floating_tag_problem(config: EnvironmentConfig, image: ContainerImage) -> Optional[str]:
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
            problem(key, f"set only one of replicas, autoscaling, lag_scaling (found {' and '.join(scalers)}): a replica count has one owner")
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
                    f"is not an outbound destination of {name} in {model.source}; its destinations: {', '.join(declared_outbound) or 'none'}",
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
    return problems


def _memory_target_problem(settings: ServiceSettings, model: PlatformModel) -> Optional[str]:
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
            Problem(config.source, "edge.admin_tls_secret", f"{edge.admin_tls_secret!r} is tls_secret too; each host's certificate needs its own Secret")
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
        problems.append(
            Problem(config.source, "edge.controller_replicas", "production needs at least 2, or every node drain is an outage")
        )
    if config.tier == "production" and edge.acme_server != "production":
        problems.append(Problem(config.source, "edge.acme_server", "production needs certificates browsers trust: use production"))
    return problems
