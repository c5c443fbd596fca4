"""Scaling a Kafka consumer on its consumer-group lag, through KEDA."""

from __future__ import annotations

from dataclasses import dataclass

from cdk8s import ApiObjectMetadata
from constructs import Construct

from ._crds.keda.sh import keda
from ._quantities import check_count
from .field_error import FieldError


def check_lag_scaling_bounds(min_replicas: int, max_replicas: int, lag_threshold: int) -> None:
    """Raise ValueError, naming the field, unless 0 <= min <= max, max >= 1 and threshold >= 1,
    each within the API's int32."""
    check_count(min_replicas, "min_replicas")
    check_count(max_replicas, "max_replicas")
    check_count(lag_threshold, "lag_threshold")
    if not 0 <= min_replicas <= max_replicas or max_replicas < 1:
        raise FieldError.of(
            "min_replicas",
            f"min_replicas {min_replicas} and max_replicas {max_replicas}: need 0 <= min_replicas <= max_replicas and max_replicas >= 1",
        )
    if lag_threshold < 1:
        raise FieldError.of("lag_threshold", f"lag_threshold {lag_threshold} must be at least 1 message per replica")


#: The ScaledObject annotation that lets KEDA adopt an existing HPA of the same workload.
TRANSFER_HPA_OWNERSHIP = "scaledobject.keda.sh/transfer-hpa-ownership"


@dataclass(frozen=True)
class ConsumedTopic:
    """A topic a worker reads, and the consumer group it reads it with."""

    topic: str
    consumer_group: str


@dataclass(frozen=True)
class KafkaLagScaling:
    """Replica bounds and the lag that adds a replica: KEDA scales the worker so that each
    replica has at most ``lag_threshold`` unconsumed messages per topic.

    KEDA never scales beyond a topic's partition count (extra consumers would idle), so the
    partitions of every consumed topic should be at least ``max_replicas``.

    :param bootstrap_servers: the brokers, ``host:port``.
    :param topics: what the worker consumes, one trigger each.
    :param min_replicas: replicas when there is no lag. Default: 1.
    :param max_replicas: upper bound. Default: 6.
    :param lag_threshold: target lag per replica. Default: 10.
    :param polling_interval_seconds: how often KEDA checks the lag. Default: 15.
    :param cooldown_seconds: wait before scaling back to ``min_replicas``. Default: 300.

    The ScaledObject's HPA is named after the workload, like :class:`Microservice`'s own HPA,
    and KEDA is told to take that one over if it exists.
    """

    bootstrap_servers: str
    topics: tuple[ConsumedTopic, ...]
    min_replicas: int = 1
    max_replicas: int = 6
    lag_threshold: int = 10
    polling_interval_seconds: int = 15
    cooldown_seconds: int = 300

    def __post_init__(self) -> None:
        if not self.topics:
            raise ValueError("lag scaling needs at least one consumed topic")
        check_lag_scaling_bounds(self.min_replicas, self.max_replicas, self.lag_threshold)

    def scaled_object(
        self, scope: Construct, id: str, *, name: str, labels: dict[str, str], namespace: str | None = None
    ) -> keda.ScaledObject:
        return keda.ScaledObject(
            scope,
            id,
            # KEDA's admission webhook refuses a ScaledObject for a Deployment that an HPA still
            # manages, and a GitOps tool deletes a removed HPA only after applying the rest. So
            # KEDA takes the existing HPA over instead (same name): switching a running workload
            # from an HPA to lag scaling works in one sync. On a fresh install it just names
            # KEDA's HPA after the workload.
            metadata=ApiObjectMetadata(name=name, namespace=namespace, labels=labels, annotations={TRANSFER_HPA_OWNERSHIP: "true"}),
            spec=keda.ScaledObjectSpec(
                advanced=keda.ScaledObjectSpecAdvanced(
                    horizontal_pod_autoscaler_config=keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig(name=name)
                ),
                scale_target_ref=keda.ScaledObjectSpecScaleTargetRef(api_version="apps/v1", kind="Deployment", name=name),
                min_replica_count=self.min_replicas,
                max_replica_count=self.max_replicas,
                polling_interval=self.polling_interval_seconds,
                cooldown_period=self.cooldown_seconds,
                triggers=[
                    keda.ScaledObjectSpecTriggers(
                        type="kafka",
                        name=f"lag-{consumed.topic.lower().replace('_', '-')}",
                        metadata={
                            "bootstrapServers": self.bootstrap_servers,
                            "consumerGroup": consumed.consumer_group,
                            "topic": consumed.topic,
                            "lagThreshold": str(self.lag_threshold),
                        },
                    )
                    for consumed in self.topics
                ],
            ),
        )
