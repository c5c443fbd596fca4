"""Typed cdk8s constructs for microservice platforms: services, workers, data stores, the edge."""

from .acme_issuer import AcmeClusterIssuer
from .autoscaling import Autoscaling
from .docker_daemon import DockerDaemon
from .grpc_service import GrpcService
from .http_service import HttpService
from .image import ContainerImage
from .kafka_cluster import KafkaCluster, KafkaRetention, KafkaTopicSpec
from .kafka_worker import KafkaWorker
from .lag_scaling import ConsumedTopic, KafkaLagScaling
from .microservice import Microservice, WorkloadOptions
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
    "GrpcService",
    "HealthProbe",
    "HttpService",
    "KafkaCluster",
    "KafkaLagScaling",
    "KafkaRetention",
    "KafkaTopicSpec",
    "KafkaWorker",
    "Microservice",
    "PlatformGateway",
    "PlatformIngress",
    "RedisCache",
    "ResourceFigures",
    "Resources",
    "Route",
    "SecretEnv",
    "ServicePort",
    "WebsocketService",
    "WorkloadOptions",
]
