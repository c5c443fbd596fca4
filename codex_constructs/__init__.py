"""Typed cdk8s constructs for microservice platforms: services, workers and their value types."""

from .autoscaling import Autoscaling
from .docker_daemon import DockerDaemon
from .grpc_service import GrpcService
from .http_service import HttpService
from .image import ContainerImage
from .kafka_worker import KafkaWorker
from .microservice import Microservice, WorkloadOptions
from .ports import ServicePort
from .probes import HealthProbe
from .resources import ResourceFigures, Resources
from .secrets import SecretEnv
from .websocket_service import WebsocketService

__all__ = [
    "Autoscaling",
    "ContainerImage",
    "DockerDaemon",
    "GrpcService",
    "HealthProbe",
    "HttpService",
    "KafkaWorker",
    "Microservice",
    "ResourceFigures",
    "Resources",
    "SecretEnv",
    "ServicePort",
    "WebsocketService",
    "WorkloadOptions",
]
