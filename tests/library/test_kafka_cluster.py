"""KafkaCluster: the address clients are given is the Service Strimzi creates for it."""

from codex_constructs import KafkaCluster, bootstrap_address, bootstrap_service
from library.support import by_kind, chart, manifests


def test_the_bootstrap_address_names_strimzi_s_bootstrap_service_and_the_listener_port():
    scope = chart()
    cluster = KafkaCluster(scope, "kafka", name="events", port=9094)
    assert bootstrap_service("events") == "events-kafka-bootstrap"
    assert cluster.bootstrap_address == bootstrap_address("events", 9094) == "events-kafka-bootstrap:9094"
    (kafka,) = by_kind(manifests(scope), "Kafka")
    # Strimzi names the Service <cluster>-kafka-bootstrap and gives it each listener's port.
    assert kafka["metadata"]["name"] == "events"
    assert [listener["port"] for listener in kafka["spec"]["kafka"]["listeners"]] == [9094]
