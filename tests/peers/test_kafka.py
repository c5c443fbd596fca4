"""Kafka for real: a KRaft broker of the version the Kafka resource pins, running the rendered
broker configuration, every declared topic created by Kafka's own tool with its partitions and
configuration, and the services' client library producing and consuming on every topic with the
client and consumer-group IDs the platform gives them.

One broker (and controller) on loopback: the replication settings are reduced to one, which a
fast-tier test (tests/charts/test_data_edge.py) holds consistent with prod's three brokers; every other
broker setting is prod's.
"""

from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path

import pytest

from platforms import CODEX
from programs import NODE_CLIENTS, RAN, TOOLS_BIN, free_port

pytestmark = pytest.mark.peers

LIBS = TOOLS_BIN.parent / "kafka" / "libs"
#: The kafkajs of code-manage's, code-execution's and collab's lockfiles.
KAFKAJS = "kafkajs-2.2.4"
#: Reduced for one broker (the rest of the rendered configuration is kept).
ONE_BROKER = {
    "default.replication.factor": 1,
    "min.insync.replicas": 1,
    "offsets.topic.replication.factor": 1,
    "transaction.state.log.replication.factor": 1,
    "transaction.state.log.min.isr": 1,
}


def java(main: str, *args: str, **kwargs) -> subprocess.CompletedProcess:
    if not LIBS.is_dir():
        pytest.fail("Kafka's jars are not in .tools/kafka/libs: run `make peer-tools`")
    RAN.setdefault("kafka 4.1.1 (broker, StorageTool, TopicCommand)", str(LIBS))
    return subprocess.run(["java", "-Xmx256m", "-cp", f"{LIBS}/*", main, *args], capture_output=True, text=True, timeout=120, **kwargs)


def kafka_resource() -> dict:
    return CODEX.objects("prod")["data/Kafka.kafka.k8s.yaml"]


def topics() -> list[dict]:
    return [o["spec"] for o in CODEX.objects("prod").values() if o["kind"] == "KafkaTopic"]


@pytest.fixture(scope="module")
def broker(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kafka")
    port, controller = free_port(), free_port()
    rendered = {**kafka_resource()["spec"]["kafka"]["config"], **ONE_BROKER}
    settings = {
        "process.roles": "broker,controller",
        "node.id": 1,
        "controller.quorum.voters": f"1@127.0.0.1:{controller}",
        "listeners": f"PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{controller}",
        "advertised.listeners": f"PLAINTEXT://127.0.0.1:{port}",
        "controller.listener.names": "CONTROLLER",
        "listener.security.protocol.map": "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
        "log.dirs": str(folder / "logs"),
        **{key: str(value).lower() if isinstance(value, bool) else value for key, value in rendered.items()},
    }
    properties = folder / "server.properties"
    properties.write_text("".join(f"{key}={value}\n" for key, value in settings.items()))
    cluster_id = java("kafka.tools.StorageTool", "random-uuid").stdout.strip().splitlines()[-1]
    formatted = java("kafka.tools.StorageTool", "format", "-t", cluster_id, "-c", str(properties))
    assert formatted.returncode == 0, formatted.stdout + formatted.stderr
    log = open(folder / "broker.log", "w")
    process = subprocess.Popen(
        ["java", "-Xmx512m", "-cp", f"{LIBS}/*", "kafka.Kafka", str(properties)],
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=folder,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, (folder / "broker.log").read_text()[-3000:]
            listed = java("org.apache.kafka.tools.TopicCommand", "--bootstrap-server", f"127.0.0.1:{port}", "--list")
            if listed.returncode == 0:
                break
            assert time.monotonic() < deadline, listed.stderr[-2000:]
            time.sleep(1)
        yield f"127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture(scope="module")
def created(broker) -> dict[str, subprocess.CompletedProcess]:
    """Every declared topic, created once on the broker by Kafka's own tool: topic -> its run."""
    runs = {}
    for topic in topics():
        configs = [arg for key, value in sorted((topic.get("config") or {}).items()) for arg in ("--config", f"{key}={value}")]
        runs[topic["topicName"]] = java(
            "org.apache.kafka.tools.TopicCommand",
            "--bootstrap-server",
            broker,
            "--create",
            "--topic",
            topic["topicName"],
            "--partitions",
            str(topic["partitions"]),
            "--replication-factor",
            "1",
            *configs,
        )
    return runs


def test_every_declared_topic_is_created_with_its_partitions_and_configuration(broker, created):
    for name, run in created.items():
        assert run.returncode == 0, f"{name}: {run.stdout}{run.stderr[-2000:]}"
    described = java("org.apache.kafka.tools.TopicCommand", "--bootstrap-server", broker, "--describe")
    for topic in topics():
        assert (
            f"Topic: {topic['topicName']}\tTopicId" in described.stdout and f"PartitionCount: {topic['partitions']}\t" in described.stdout
        )


def service_clients() -> list[dict]:
    """What each service's Kafka client gets from its Deployment: client and group IDs, and the
    topics it produces to and consumes from (platform.yaml's declaration)."""
    declared = CODEX.declared["services"]
    clients = []
    for name, spec in declared.items():
        kafka = spec.get("kafka") or {}
        if not kafka:
            continue
        clients.append({"service": name, "clientId": name, "produces": kafka.get("produces", []), "consumes": kafka.get("consumes", {})})
    return clients


def test_every_service_produces_and_consumes_on_its_topics_with_kafkajs(broker, created):
    """kafkajs, at the services' version, against Kafka 4.1.1 (KIP-896 removed old protocol
    versions): each service produces to its topics, and each consumer group reads them."""
    script = Path(__file__).with_name("kafka_client.js")
    RAN.setdefault(f"{KAFKAJS} (node)", str(NODE_CLIENTS / KAFKAJS))
    for client in service_clients():
        result = subprocess.run(
            ["node", str(script), broker, json.dumps(client)],
            capture_output=True,
            text=True,
            timeout=180,
            env={**os.environ, "NODE_PATH": str(NODE_CLIENTS), "KAFKAJS": KAFKAJS},
        )
        assert result.returncode == 0, f"{client['service']}: {result.stdout[-2000:]}{result.stderr[-2000:]}"
        outcome = json.loads(result.stdout.strip().splitlines()[-1])
        assert outcome["produced"] == sorted(client["produces"]), outcome
        assert outcome["consumed"] == {topic: group for topic, group in sorted(client["consumes"].items())}, outcome


def test_a_topic_setting_the_broker_does_not_know_is_refused(broker):
    """The check above can fail: Kafka's tool refuses an unknown topic configuration."""
    refused = java(
        "org.apache.kafka.tools.TopicCommand",
        "--bootstrap-server",
        broker,
        "--create",
        "--topic",
        "PLANTED",
        "--partitions",
        "1",
        "--replication-factor",
        "1",
        "--config",
        "retention.msx=1",
    )
    assert refused.returncode != 0 and "retention.msx" in refused.stdout + refused.stderr
