"""The data plane: the Kafka cluster and its topics, Redis, and kafka-ui."""

from __future__ import annotations

from typing import Any, Optional

import cdk8s
from constructs import Construct

from codex_constructs import HttpService, KafkaCluster, KafkaRetention, KafkaTopicSpec, RedisCache, Resources, SecretEnv

from ..derivations.derive import kafka_bootstrap
from ..derivations.flows import KAFKA_UI_BOOTSTRAP_ENV, kafka_client_peers
from ..derivations.policy import waivers
from ..derivations.secret_sources import secret_name
from ..inputs.config import EnvironmentConfig
from ..inputs.model import COMPONENTS, PlatformModel

KAFKA_UI_CONTEXT_PATH = "/kafka-ui"


class DataChart(cdk8s.Chart):
    """``kafka`` (Strimzi cluster), ``redis`` and ``kafka-ui``, as far as the model declares them."""

    def __init__(self, scope: Construct, id: str, *, model: PlatformModel, config: EnvironmentConfig) -> None:
        super().__init__(scope, id, namespace=model.namespace, disable_resource_name_hashes=True)
        self.kafka = None
        if model.kafka is not None:
            kafka = config.kafka
            self.kafka = KafkaCluster(
                self,
                "kafka",
                name=model.kafka.cluster,
                port=model.kafka.port,
                replicas=kafka.replicas,
                storage_size=kafka.storage_size,
                storage_class=kafka.storage_class,
                resources=kafka.resources,
                retention=KafkaRetention(kafka.retention_hours, kafka.retention_bytes, kafka.segment_bytes),
                topics=[
                    KafkaTopicSpec(name, spec.partitions, dict(spec.config))
                    for name, spec in model.kafka.topics.items()
                ],
                client_peers=kafka_client_peers(model, config),
                # Lag, offsets and partition health for the alerts, where they are collected.
                metrics=model.observability is not None,
            )
            self.kafka_ui = HttpService(
                self,
                "kafka-ui",
                name="kafka-ui",
                image=config.kafka_ui.image,
                http_port=COMPONENTS["kafka-ui"].ports["http"],
                # Served under the same prefix the edge routes, so links and assets resolve.
                health_path=f"{KAFKA_UI_CONTEXT_PATH}/actuator/health",
                env={
                    "KAFKA_CLUSTERS_0_NAME": model.kafka.cluster,
                    KAFKA_UI_BOOTSTRAP_ENV: kafka_bootstrap(model),
                    "SERVER_SERVLET_CONTEXT_PATH": KAFKA_UI_CONTEXT_PATH,
                    # kafka-ui's per-cluster switch: browse, never change (environment setting).
                    "KAFKA_CLUSTERS_0_READONLY": "true" if config.kafka_ui.read_only else "false",
                },
                part_of=model.name,
                waivers=waivers(has_secrets=False),
                **_options(config, config.kafka_ui.resources),
            )
        self.redis = None
        if model.redis is not None:
            self.redis = RedisCache(
                self,
                "redis",
                name=model.redis.service,
                port=model.redis.port,
                image=config.redis.image,
                persistence_size=config.redis.persistence_size,
                storage_class=config.redis.storage_class,
                password_secret=SecretEnv(secret_name(model.redis.service), (model.redis.password_secret_key,))
                if model.redis.password_secret_key
                else None,
                part_of=model.name,
                waivers=waivers(has_secrets=bool(model.redis.password_secret_key)),
                **_options(config, config.redis.resources),
            )


def _options(config: EnvironmentConfig, resources: Optional[Resources]) -> dict[str, Any]:
    """Replicas (none while paused) and resources (the construct's default unless configured)."""
    options: dict[str, Any] = {"replicas": 0} if config.paused else {}
    if resources is not None:
        options["resources"] = resources
    return options
