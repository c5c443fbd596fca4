"""Typed cdk8s constructs for microservice platforms: services, workers, data stores, the edge,
observability and delivery. Everything public is importable from here; modules whose name starts
with ``_`` are private."""

from ._names import check_cidr, check_dns_label, check_dns_subdomain, check_env_name, check_label_key, check_label_value, check_port_name
from ._quantities import int_or_string, parse_bytes, parse_cpu, quantity
from .acme_issuer import LETS_ENCRYPT_PRODUCTION, LETS_ENCRYPT_STAGING, AcmeClusterIssuer
from .autoscaling import Autoscaling
from .dashboards import timeseries_dashboard
from .defaults import (
    DEFAULT_RESOURCES,
    DEFAULT_RUN_AS_USER,
    MANAGED_BY,
    OLDEST_KUBERNETES_VERSION,
    POD_SECURITY_VERSION,
    pod_security_labels,
    restricted_container_security_context,
    restricted_container_values,
    restricted_pod_security,
    restricted_pod_security_context,
    selector_labels,
    standard_labels,
    topology_spread_values,
)
from .docker_daemon import LOOPBACK, DockerDaemon
from .envoy_gateway_class import (
    ENVOY_GATEWAY_CONTROLLER,
    ENVOY_LISTENER_PORTS,
    ENVOY_METRICS_PORT,
    ENVOY_PROXY_LABELS,
    ENVOY_XDS_PORT,
    OWNING_GATEWAY_LABEL,
    EnvoyGatewayClass,
)
from .external_secrets import GcpSecretStore, SecretFromStore
from .field_error import FieldError
from .gitops import GitOps, HelmApplication, SyncedFolder
from .grpc_service import GrpcService
from .helm_release import CLUSTER_ROLE_KINDS, CUSTOM_RESOURCE_DEFINITION, HelmRelease
from .http_service import HttpService
from .image import FLOATING_TAGS, ContainerImage
from .image_updates import ImageUpdates, TrackedImage
from .kafka_cluster import (
    DEFAULT_KAFKA_VERSION,
    KAFKA_METRICS_PORT,
    KafkaCluster,
    KafkaRetention,
    KafkaTopicSpec,
    bootstrap_address,
    bootstrap_service,
)
from .kafka_worker import KafkaWorker
from .lag_scaling import ConsumedTopic, KafkaLagScaling, check_lag_scaling_bounds
from .microservice import Microservice, WorkloadOptions
from .migration_job import MigrationJob
from .network_policy import PRIVATE_RANGES, NamespaceBaseline, Peer, Rule, WorkloadNetworkPolicy
from .observability_stack import ObservabilityStack
from .placement import Placement
from .platform_gateway import PlatformGateway
from .platform_ingress import PlatformIngress
from .ports import ServicePort
from .probes import HealthProbe, ProbeTiming
from .redis_cache import DEFAULT_REDIS_IMAGE, RedisCache, redis_url_template
from .resources import ResourceFigures, Resources
from .routes import BasicAuth, Route
from .secret_env import SecretEnv
from .telemetry import (
    COLLECTOR,
    GRAFANA,
    GRAFANA_PORT,
    OTLP_GRPC_PORT,
    PROMETHEUS,
    PROMETHEUS_SERVER_PORT,
    Alerting,
    ObservabilitySettings,
    ObservedWorkload,
    RequestMetrics,
    ScrapeTarget,
    collector_endpoint,
    prometheus_query_url,
)
from .websocket_service import WebsocketService

__all__ = [
    "FieldError",
    "AcmeClusterIssuer",
    "Alerting",
    "Autoscaling",
    "BasicAuth",
    "CLUSTER_ROLE_KINDS",
    "COLLECTOR",
    "CUSTOM_RESOURCE_DEFINITION",
    "ConsumedTopic",
    "ContainerImage",
    "DEFAULT_KAFKA_VERSION",
    "DEFAULT_REDIS_IMAGE",
    "DEFAULT_RESOURCES",
    "DEFAULT_RUN_AS_USER",
    "DockerDaemon",
    "ENVOY_GATEWAY_CONTROLLER",
    "ENVOY_LISTENER_PORTS",
    "ENVOY_METRICS_PORT",
    "ENVOY_PROXY_LABELS",
    "ENVOY_XDS_PORT",
    "EnvoyGatewayClass",
    "FLOATING_TAGS",
    "GRAFANA",
    "GRAFANA_PORT",
    "GcpSecretStore",
    "GitOps",
    "GrpcService",
    "HealthProbe",
    "HelmApplication",
    "HelmRelease",
    "HttpService",
    "ImageUpdates",
    "KAFKA_METRICS_PORT",
    "KafkaCluster",
    "KafkaLagScaling",
    "KafkaRetention",
    "KafkaTopicSpec",
    "KafkaWorker",
    "LETS_ENCRYPT_PRODUCTION",
    "LETS_ENCRYPT_STAGING",
    "LOOPBACK",
    "MANAGED_BY",
    "Microservice",
    "MigrationJob",
    "NamespaceBaseline",
    "OLDEST_KUBERNETES_VERSION",
    "OTLP_GRPC_PORT",
    "OWNING_GATEWAY_LABEL",
    "ObservabilitySettings",
    "ObservabilityStack",
    "ObservedWorkload",
    "POD_SECURITY_VERSION",
    "PRIVATE_RANGES",
    "PROMETHEUS",
    "PROMETHEUS_SERVER_PORT",
    "Peer",
    "Placement",
    "PlatformGateway",
    "PlatformIngress",
    "ProbeTiming",
    "RedisCache",
    "RequestMetrics",
    "ResourceFigures",
    "Resources",
    "Route",
    "Rule",
    "ScrapeTarget",
    "SecretEnv",
    "SecretFromStore",
    "ServicePort",
    "SyncedFolder",
    "TrackedImage",
    "WebsocketService",
    "WorkloadNetworkPolicy",
    "WorkloadOptions",
    "bootstrap_address",
    "bootstrap_service",
    "check_cidr",
    "check_dns_label",
    "check_dns_subdomain",
    "check_env_name",
    "check_label_key",
    "check_label_value",
    "check_lag_scaling_bounds",
    "check_port_name",
    "collector_endpoint",
    "int_or_string",
    "parse_bytes",
    "parse_cpu",
    "pod_security_labels",
    "prometheus_query_url",
    "quantity",
    "redis_url_template",
    "restricted_container_security_context",
    "restricted_container_values",
    "restricted_pod_security",
    "restricted_pod_security_context",
    "selector_labels",
    "standard_labels",
    "timeseries_dashboard",
    "topology_spread_values",
]
