"""Environment files (``environments/<name>.yaml``): what differs between dev and prod.

Images, replica counts or autoscaling, resources, the public domain, client URLs. Each file is
checked against the model: it must configure exactly the model's services, a production
environment must pin every image, and overrides may only touch settings the model declares.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from codex_constructs import (
    Autoscaling,
    ContainerImage,
    FieldError,
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

from .machines import MACHINE_TYPES
from .schema import Int64


def _check_bytes(field: str, value: str) -> None:
    try:
        parse_bytes(value)
    except ValueError as error:
        raise FieldError.of(field, f"{field}: {error}") from None


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
            raise FieldError.of("name", f"name {self.name!r}: GKE node pool names have at most 40 characters")
        check_dns_label(self.name, "name")  # also the label's value and the taint's
        check_label_key(self.label, "label")
        check_label_key(self.taint, "taint")


@dataclass(frozen=True)
class NodePool:
    """A node pool of the environment's GKE cluster: its machines, and how far its autoscaler may
    go. Services placed on it name it (``services.<name>.node_pool``); everything else runs on
    the pool named ``general``.

    :param machine_type: a Compute Engine machine type (``inputs/machines.py`` lists them).
    :param zones: how many zones the pool's nodes are spread over. Default: 3, a regional
        cluster's.
    :param min_nodes_per_zone: the autoscaler's lower bound in each zone. Default: 1.
    :param max_nodes_per_zone: its upper bound in each zone. Default: 3.
    :param max_pods_per_node: GKE's pods per node (8 to 256). Default: 110.
    """

    machine_type: str
    zones: int = 3
    min_nodes_per_zone: int = 1
    max_nodes_per_zone: int = 3
    max_pods_per_node: int = 110

    def __post_init__(self) -> None:
        if self.machine_type not in MACHINE_TYPES:
            raise FieldError.of("machine_type", f"machine_type {self.machine_type!r} is not one of {', '.join(MACHINE_TYPES)}")
        if not 1 <= self.zones <= 4:
            raise FieldError.of("zones", f"zones {self.zones} must be from 1 to 4 (a GCP region has 3 or 4)")
        if self.min_nodes_per_zone < 0 or self.max_nodes_per_zone < max(1, self.min_nodes_per_zone):
            raise FieldError.of(
                "max_nodes_per_zone",
                f"max_nodes_per_zone {self.max_nodes_per_zone} must be at least 1 "
                f"and at least min_nodes_per_zone {self.min_nodes_per_zone}",
            )
        if not 8 <= self.max_pods_per_node <= 256:
            raise FieldError.of("max_pods_per_node", f"max_pods_per_node {self.max_pods_per_node} must be from 8 to 256, GKE's range")


@dataclass(frozen=True)
class ServiceSettings:
    """One service in one environment.

    ``replicas`` and ``autoscaling`` are exclusive; with neither the service runs one replica.
    ``env`` overrides a value of the service's ``env`` in platform.yaml for this environment.
    """

    image: ServiceImage
    replicas: int | None = None
    autoscaling: Autoscaling | None = None
    lag_scaling: LagScalingSettings | None = None
    resources: Resources | None = None
    docker_daemon_resources: Resources | None = None
    env: Mapping[str, str] = field(default_factory=dict)
    node_pool: NodePoolSettings | None = None
    #: A sandboxed runtime such as ``gvisor`` (GKE Sandbox) or ``sysbox-runc``, where nodes offer it.
    runtime_class: str | None = None
    #: Address ranges an ``outbound`` destination (by name) is pinned to, instead of every
    #: public address: e.g. the image registry mirror the Docker daemon pulls from.
    outbound_cidrs: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: The registry mirror the Docker daemon pulls through (``https://...``), for an egress
    #: pinned to the mirror's addresses. Default: pulls go to Docker Hub.
    docker_registry_mirror: str | None = None

    def __post_init__(self) -> None:
        if self.runtime_class is not None:
            check_dns_subdomain(self.runtime_class, "runtime_class")
        for name, cidrs in self.outbound_cidrs.items():
            for cidr in cidrs:
                try:
                    network = check_cidr(cidr)
                except ValueError as error:
                    raise FieldError.of("outbound_cidrs", f"outbound_cidrs: {name}: {error}") from None
                if network.prefixlen == 0:
                    raise FieldError.of(
                        "outbound_cidrs", f"outbound_cidrs: {name}: {cidr!r} is every address; leave the destination out instead"
                    )
        if self.docker_registry_mirror is not None and not re.match(r"^https://[a-z0-9.-]+(:[0-9]+)?(/\S*)?$", self.docker_registry_mirror):
            raise FieldError.of("docker_registry_mirror", f"docker_registry_mirror: {self.docker_registry_mirror!r} is not an https URL")

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
    storage_class: str | None = None
    resources: Resources | None = None
    retention_hours: int = KafkaRetention.hours
    retention_bytes: Int64 = Int64(KafkaRetention.bytes_per_partition)  # log.retention.bytes, a long
    segment_bytes: int = KafkaRetention.segment_bytes

    def __post_init__(self) -> None:
        if self.replicas < 1:
            raise FieldError.of("replicas", f"replicas {self.replicas} must be at least 1")
        _check_bytes("storage_size", self.storage_size)
        if self.storage_class is not None:
            check_dns_subdomain(self.storage_class, "storage_class")
        for name in ("retention_hours", "retention_bytes", "segment_bytes"):
            if getattr(self, name) < 1:
                raise FieldError.of(name, f"{name} {getattr(self, name)} must be at least 1")


@dataclass(frozen=True)
class RedisSettings:
    resources: Resources | None = None
    persistence_size: str | None = None
    storage_class: str | None = None
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
    resources: Resources | None = None
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
    acme_email: str | None = None
    tls_secret: str = "codex-api-tls"
    #: The admin host's certificate: its own, so a browser never reuses an API connection for it.
    admin_tls_secret: str = "codex-admin-tls"
    #: ``basic-auth``: admin routes require the htpasswd Secret ``admin_auth_secret``;
    #: ``off``: admin routes are left off the edge.
    admin_access: Literal["basic-auth", "off"] = "basic-auth"
    admin_auth_secret: str = "admin-basic-auth"
    #: The host admin routes are served on, never the API's: a page of an admin tool must not
    #: share an origin (cookies, storage) with the public API. Required when admin routes are served.
    admin_host: str | None = None
    #: Client address ranges allowed on the admin host, on top of authentication. Empty: any.
    admin_source_ranges: tuple[str, ...] = ()
    ingress_class: str = "nginx"
    #: Replicas of each in-cluster part of the edge: ingress-nginx's controller, or Envoy
    #: Gateway's controller and its Envoy proxies. Two or more survive a node loss or drain: they
    #: are spread over nodes and zones and kept by a disruption budget.
    controller_replicas: int = 2
    #: A reserved regional static IP for the Gateway's load balancer, so DNS survives a
    #: re-creation of its Service. Default: an ephemeral address.
    load_balancer_ip: str | None = None

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
    gcp_project: str | None = None
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
    slack_channel: str | None = None
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
        for name in (
            "unavailable_minutes",
            "restarts_per_15m",
            "pending_minutes",
            "autoscaler_at_max_minutes",
            "consumer_lag",
            "lag_minutes",
            "cert_expiry_days",
        ):
            if getattr(self, name) < 1:
                raise FieldError.of(name, f"{name} {getattr(self, name)} must be at least 1")
        for name in ("edge_5xx_ratio", "kafka_disk_free_ratio", "slo_success", "slo_latency"):
            if not 0 < getattr(self, name) < 1:
                raise FieldError.of(name, f"{name} {getattr(self, name)} must be between 0 and 1, like 0.99")
        if self.receiver == "slack" and not (self.slack_channel or "").startswith("#"):
            raise FieldError.of(
                "slack_channel", f"slack_channel {self.slack_channel!r}: the slack receiver needs a channel like '#codex-alerts'"
            )


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
    #: The cluster's node pools by name, for capacity (``make capacity``) and the model's fit
    #: checks. Default: none declared (nothing is sized).
    node_pools: Mapping[str, NodePool] = field(default_factory=dict)
    #: The environment's name, from the file name. Not a YAML key.
    name: str = field(default="", compare=False, metadata={"internal": True})
    #: The file it was read from, for error messages. Not a YAML key.
    source: str = field(default="", compare=False, metadata={"internal": True})
