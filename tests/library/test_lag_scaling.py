"""KafkaLagScaling on a worker: it replaces the HPA."""

import pytest

from codex_constructs import (
    Autoscaling,
    ConsumedTopic,
    HealthProbe,
    KafkaLagScaling,
    KafkaWorker,
)
from library.support import IMAGE, chart


def lag(**overrides):  # type: ignore[no-untyped-def]
    return KafkaLagScaling(
        bootstrap_servers="kafka-kafka-bootstrap:9092",
        topics=(ConsumedTopic("RUN_JOBS", "CE_RUN_NORMAL_EXEC"), ConsumedTopic("CUSTOM_JOBS", "CE_CUSTOM_NORMAL_EXEC")),
        **overrides,
    )


def test_lag_scaling_and_hpa_are_never_both_attached():
    with pytest.raises(ValueError, match="lag_scaling replaces replicas and autoscaling"):
        KafkaWorker(
            chart(),
            "w",
            name="worker",
            image=IMAGE,
            probe=HealthProbe.command(["true"]),
            lag_scaling=lag(),
            autoscaling=Autoscaling(1, 6, cpu_utilization=50),
        )
