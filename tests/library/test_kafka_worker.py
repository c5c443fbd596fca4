"""KafkaWorker: no inbound traffic, a command probe."""

import pytest

from codex_constructs import (
    HealthProbe,
    KafkaWorker,
    ServicePort,
)
from library.support import IMAGE, by_kind, chart, container, manifests


def test_kafka_worker_has_no_service_and_a_command_probe():
    scope = chart()
    KafkaWorker(
        scope,
        "worker",
        name="worker",
        image=IMAGE,
        probe=HealthProbe.command(["docker", "info"]),
        ports=[ServicePort("metrics", 9104, expose=False)],
    )
    objects = manifests(scope)
    assert by_kind(objects, "Service") == []
    assert container(objects)["livenessProbe"]["exec"] == {"command": ["docker", "info"]}


def test_kafka_worker_refuses_exposed_ports():
    with pytest.raises(ValueError, match="takes no inbound traffic"):
        KafkaWorker(chart(), "w", name="w", image=IMAGE, probe=HealthProbe.command(["true"]), ports=[ServicePort("http", 80)])
