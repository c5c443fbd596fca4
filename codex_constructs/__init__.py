"""Typed cdk8s constructs for microservice platforms: services, workers, data stores, the edge."""

from .acme_issuer import AcmeClusterIssuer
from .autoscaling import Autoscaling
from .docker_daemon import DockerDaemon
from .external_secrets import GcpSecretStore, SecretFromStore
from .gitops import GitOps, HelmApplication, SyncedFolder
from .grpc_service import GrpcService
from .helm_release import HelmRelease
from .http_service import HttpService
from .image import ContainerImage
from .image_updates import ImageUpdates, TrackedImage
from .kafka_cluster import KafkaCluster, KafkaRetention, KafkaTopicSpec
from .kafka_worker import KafkaWorker
from .lag_scaling import ConsumedTopic, KafkaLagScaling
from .microservice import Microservice, WorkloadOptions
from .migration_job import MigrationJob
from .network_policy import NamespaceBaseline, Peer, Rule, WorkloadNetworkPolicy
from .placement import Placement
from .platform_gateway import PlatformGateway
from .platform_ingress import BasicAuth, PlatformIngress
from .ports import ServicePort
from .probes import HealthProbe
from .redis_cache import RedisCache
from .resources import ResourceFigures, Resources
from .routes import Route
from .secrets import SecretEnv
from .websocket_service import WebsocketService

__all__ = [
    "AcmeClusterIssuer",
    "Autoscaling",
    "BasicAuth",
    "ConsumedTopic",
    "ContainerImage",
    "DockerDaemon",
    "GcpSecretStore",
    "GitOps",
    "GrpcService",
    "HealthProbe",
    "HelmApplication",
    "HelmRelease",
    "HttpService",
    "ImageUpdates",
    "KafkaCluster",
    "KafkaLagScaling",
    "KafkaRetention",
    "KafkaTopicSpec",
    "KafkaWorker",
    "Microservice",
    "MigrationJob",
    "NamespaceBaseline",
    "Peer",
    "Placement",
    "PlatformGateway",
    "PlatformIngress",
    "RedisCache",
    "ResourceFigures",
    "Resources",
    "Route",
    "Rule",
    "SecretEnv",
    "SecretFromStore",
    "ServicePort",
    "SyncedFolder",
    "TrackedImage",
    "WebsocketService",
    "WorkloadNetworkPolicy",
    "WorkloadOptions",
]
