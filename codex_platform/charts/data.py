"""The data plane: the Kafka cluster and its topics, Redis, and kafka-ui."""

from __future__ import annotations

from typing import Any

import cdk8s
from constructs import Construct

from codex_constructs import HttpService, KafkaCluster, KafkaRetention, KafkaTopicSpec, RedisCache, Resources, SecretEnv

from ..derivations.derive import kafka_bootstrap, secret_name
from ..derivations.flows import kafka_client_peers
from ..derivations.plan import KAFKA_UI, KAFKA_UI_BOOTSTRAP_ENV, EnvironmentPlan
from ..derivations.policy import waivers
from ..inputs.images import chosen_image
from ..inputs.model import COMPONENTS

KAFKA_UI_CONTEXT_PATH = "/kafka-ui"


class DataChart(cdk8s.Chart):
    """``kafka`` (Strimzi cluster), ``redis`` and ``kafka-ui``, as far as the model declares them."""

    def __init__(self, scope: Construct, id: str, *, plan: EnvironmentPlan) -> None:
        model, config = plan.model, plan.config
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
                topics=[KafkaTopicSpec(name, spec.partitions, dict(spec.config)) for name, spec in model.kafka.topics.items()],
                client_peers=kafka_client_peers(plan),
                # Lag, offsets and partition health for the alerts, where they are collected.
                metrics=model.observability is not None,
            )
            self.kafka_ui = HttpService(
                self,
                KAFKA_UI,
                name=KAFKA_UI,
                image=chosen_image(config.images, "kafka-ui"),
                http_port=COMPONENTS[KAFKA_UI].ports["http"],
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
                **_options(plan, config.kafka_ui.resources),
            )
        self.redis = None
        if model.redis is not None:
            self.redis = RedisCache(
                self,
                "redis",
                name=model.redis.service,
                port=model.redis.port,
                image=chosen_image(config.images, "redis"),
                persistence_size=config.redis.persistence_size,
                storage_class=config.redis.storage_class,
                password_secret=SecretEnv(secret_name(model.redis.service), (model.redis.password_secret_key,))
                if model.redis.password_secret_key
                else None,
                part_of=model.name,
                waivers=waivers(has_secrets=bool(model.redis.password_secret_key)),
                **_options(plan, config.redis.resources),
            )


def _options(plan: EnvironmentPlan, resources: Resources | None) -> dict[str, Any]:
    """Replicas (none while paused) and resources; unset, the construct's defaults."""
    options: dict[str, Any] = {}
    replicas = plan.replicas()
    if replicas is not None:
        options["replicas"] = replicas
    if resources is not None:
        options["resources"] = resources
    return options
