"""A Kafka cluster run by the Strimzi operator: KRaft, persistent, with its topics declared."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from cdk8s_plus_27 import k8s
from constructs import Construct

from ._crds.strimzi.io.strimzi import kafka as strimzi
from ._names import check_dns_label
from ._props import checked_props
from ._quantities import check_count, parse_bytes
from .network_policy import Peer
from .resources import Resources

#: The Kafka version Strimzi 1.0.1 (the operator chart we pin) runs by default.
DEFAULT_KAFKA_VERSION = "4.1.1"
_TOPIC_NAME = re.compile(r"^[A-Za-z0-9._-]{1,249}$")


@dataclass(frozen=True)
class KafkaTopicSpec:
    """A topic the cluster's Topic Operator creates and keeps as declared.

    :param name: the Kafka topic name (any case; the resource name is derived from it).
    :param partitions: partitions; at least the replicas of the largest consumer group.
    :param config: topic-level overrides, e.g. ``{"retention.ms": "3600000"}``. Default: none.
    """

    name: str
    partitions: int
    config: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not _TOPIC_NAME.match(self.name) or self.name in (".", ".."):
            raise ValueError(f"topic name {self.name!r} is invalid: use letters, digits, '.', '_' and '-'")
        if not isinstance(self.partitions, int) or self.partitions < 1:
            raise ValueError(f"topic {self.name}: partitions {self.partitions!r} must be at least 1")

    @property
    def resource_name(self) -> str:
        """``SUBMISSION_JOBS`` -> ``submission-jobs``: Kubernetes names are lower-case DNS names."""
        return re.sub(r"[^a-z0-9-]", "-", self.name.lower()).strip("-")


@dataclass(frozen=True)
class KafkaRetention:
    """Broker-wide log retention. Defaults keep an hour or 128 MiB per partition, whichever is
    reached first: jobs and results are consumed within seconds, and a stuck consumer must not
    fill the disks."""

    hours: int = 1
    bytes_per_partition: int = 134217728
    segment_bytes: int = 67108864

    def __post_init__(self) -> None:
        for name in ("hours", "bytes_per_partition", "segment_bytes"):
            if getattr(self, name) < 1:
                raise ValueError(f"retention {name} must be at least 1")
        if self.segment_bytes > self.bytes_per_partition:
            raise ValueError("retention segment_bytes must not exceed bytes_per_partition, or nothing is ever deleted")


class KafkaCluster(Construct):
    """A Strimzi ``Kafka`` in KRaft mode with one dual-role ``KafkaNodePool`` and its topics.

    Replication follows the node count: three or more nodes replicate every partition three
    times and require two in-sync copies for a write, so one node can be lost or restarted
    without losing or refusing data; a single node keeps one copy.

    Construct ids: ``Resource`` (the Kafka), ``NodePool``, ``Metrics``, ``Topic-<resource name>``.

    :param name: the cluster's name; clients connect to ``<name>-kafka-bootstrap:<port>``.
    :param replicas: nodes, each broker and controller. Default: 1.
    :param storage_size: persistent volume size per node. Default: ``10Gi``.
    :param storage_class: StorageClass of the volumes. Default: the cluster's default class.
    :param resources: per-node requests and limits. Default: Strimzi's (none).
    :param version: the Kafka version. Default: ``DEFAULT_KAFKA_VERSION``.
    :param port: the plain internal listener's port. Default: 9092.
    :param retention: broker-wide retention. Default: ``KafkaRetention()``.
    :param topics: topics to create and manage. Default: none.
    :param client_peers: who may connect to the listener; Strimzi turns this into the
        listener's NetworkPolicy. Default: anyone (Strimzi's default).
    :param metrics: serve Prometheus metrics on port 9404: the brokers' JMX gauges (under-
        replicated and offline partitions, controller state) through a ConfigMap of exporter
        rules (id ``Metrics``), and Kafka Exporter (consumer lag, offsets, brokers). Default: off.
    """

    @checked_props
    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        replicas: int = 1,
        storage_size: str = "10Gi",
        storage_class: str | None = None,
        resources: Resources | None = None,
        version: str = DEFAULT_KAFKA_VERSION,
        port: int = 9092,
        retention: KafkaRetention = KafkaRetention(),
        topics: Sequence[KafkaTopicSpec] = (),
        client_peers: Sequence[Peer] | None = None,
        metrics: bool = False,
    ) -> None:
        super().__init__(scope, id)
        check_dns_label(name, "Kafka cluster name")
        check_count(replicas, f"Kafka cluster {name}: replicas", minimum=1)
        parse_bytes(storage_size)
        resource_names = [topic.resource_name for topic in topics]
        if len(set(resource_names)) != len(resource_names):
            raise ValueError(f"Kafka cluster {name}: two topics map to one resource name in {resource_names}")

        self.name = name
        self.port = port
        self.replication_factor = min(3, replicas)
        self.min_insync_replicas = max(1, self.replication_factor - 1)
        labels = {"strimzi.io/cluster": name}
        self.metrics_config: k8s.KubeConfigMap | None = None
        if metrics:
            self.metrics_config = k8s.KubeConfigMap(
                self,
                "Metrics",
                metadata=k8s.ObjectMeta(name=f"{name}-kafka-metrics", labels=labels),
                data={METRICS_KEY: JMX_EXPORTER_RULES},
            )

        self.kafka = strimzi.Kafka(
            self,
            "Resource",
            metadata={"name": name},
            spec=strimzi.KafkaSpec(
                kafka=strimzi.KafkaSpecKafka(
                    version=version,
                    listeners=[
                        strimzi.KafkaSpecKafkaListeners(
                            name="plain",
                            port=port,
                            type=strimzi.KafkaSpecKafkaListenersType.INTERNAL,
                            tls=False,
                            network_policy_peers=_peers(client_peers),
                        )
                    ],
                    metrics_config=strimzi.KafkaSpecKafkaMetricsConfig(
                        type=strimzi.KafkaSpecKafkaMetricsConfigType.JMX_PROMETHEUS_EXPORTER,
                        value_from=strimzi.KafkaSpecKafkaMetricsConfigValueFrom(
                            config_map_key_ref=strimzi.KafkaSpecKafkaMetricsConfigValueFromConfigMapKeyRef(
                                name=f"{name}-kafka-metrics", key=METRICS_KEY
                            )
                        ),
                    )
                    if metrics
                    else None,
                    # Brokers learn their zone, so a partition's replicas land in different
                    # zones (needs more than one broker to mean anything).
                    rack=strimzi.KafkaSpecKafkaRack(topology_key=ZONE_KEY) if replicas > 1 else None,
                    config={
                        "default.replication.factor": self.replication_factor,
                        "min.insync.replicas": self.min_insync_replicas,
                        "offsets.topic.replication.factor": self.replication_factor,
                        "transaction.state.log.replication.factor": self.replication_factor,
                        "transaction.state.log.min.isr": self.min_insync_replicas,
                        # Topics exist because they are declared, not because a client typo'd a name.
                        "auto.create.topics.enable": False,
                        "log.retention.hours": retention.hours,
                        "log.retention.bytes": retention.bytes_per_partition,
                        "log.segment.bytes": retention.segment_bytes,
                    },
                ),
                kafka_exporter=strimzi.KafkaSpecKafkaExporter(topic_regex=".*", group_regex=".*") if metrics else None,
                entity_operator=strimzi.KafkaSpecEntityOperator(topic_operator=strimzi.KafkaSpecEntityOperatorTopicOperator()),
            ),
        )
        self.node_pool = strimzi.KafkaNodePool(
            self,
            "NodePool",
            metadata={"name": f"{name}-pool", "labels": labels},
            spec=strimzi.KafkaNodePoolSpec(
                replicas=replicas,
                roles=[strimzi.KafkaNodePoolSpecRoles.CONTROLLER, strimzi.KafkaNodePoolSpecRoles.BROKER],
                storage=strimzi.KafkaNodePoolSpecStorage(
                    type=strimzi.KafkaNodePoolSpecStorageType.JBOD,
                    volumes=[
                        strimzi.KafkaNodePoolSpecStorageVolumes(
                            id=0,
                            type=strimzi.KafkaNodePoolSpecStorageVolumesType.PERSISTENT_HYPHEN_CLAIM,
                            size=storage_size,
                            class_=storage_class,
                            # Keep the data when the cluster resource is deleted by mistake.
                            delete_claim=False,
                            kraft_metadata=strimzi.KafkaNodePoolSpecStorageVolumesKraftMetadata.SHARED,
                        )
                    ],
                ),
                resources=_node_resources(resources),
                template=_spread(name, f"{name}-pool") if replicas > 1 else None,
            ),
        )
        self.topics: dict[str, strimzi.KafkaTopic] = {}
        for topic in topics:
            self.topics[topic.name] = strimzi.KafkaTopic(
                self,
                f"Topic-{topic.resource_name}",
                metadata={"name": topic.resource_name, "labels": labels},
                spec=strimzi.KafkaTopicSpec(
                    topic_name=topic.name,
                    partitions=topic.partitions,
                    replicas=self.replication_factor,
                    config=dict(topic.config) or None,
                ),
            )

    @property
    def bootstrap_address(self) -> str:
        """``host:port`` clients use to find the brokers (the Service Strimzi creates)."""
        return bootstrap_address(self.name, self.port)


def bootstrap_service(cluster: str) -> str:
    """The name of the bootstrap Service Strimzi creates for the cluster ``cluster``."""
    return f"{cluster}-kafka-bootstrap"


def bootstrap_address(cluster: str, port: int = 9092) -> str:
    """The bootstrap ``host:port`` of the Strimzi cluster ``cluster``."""
    return f"{bootstrap_service(cluster)}:{port}"


def _peers(peers: Sequence[Peer] | None) -> list[strimzi.KafkaSpecKafkaListenersNetworkPolicyPeers] | None:
    if peers is None:
        return None
    if any(peer.namespace is None for peer in peers):
        raise ValueError("Kafka client peers are pods (Peer.pods), not address blocks")
    return [
        strimzi.KafkaSpecKafkaListenersNetworkPolicyPeers(
            namespace_selector=strimzi.KafkaSpecKafkaListenersNetworkPolicyPeersNamespaceSelector(
                match_labels={"kubernetes.io/metadata.name": str(peer.namespace)}
            ),
            pod_selector=strimzi.KafkaSpecKafkaListenersNetworkPolicyPeersPodSelector(match_labels=dict(peer.pod_labels) or None),
        )
        for peer in peers
    ]


ZONE_KEY = "topology.kubernetes.io/zone"
#: Where Strimzi serves metrics (brokers, controllers and Kafka Exporter alike).
KAFKA_METRICS_PORT = 9404
METRICS_KEY = "kafka-metrics-config.yml"
#: The JMX exporter's rules: every ``kafka.<domain><type=..., name=...><>Value`` gauge as
#: ``kafka_<domain>_<type>_<name>`` (Strimzi's examples/metrics/kafka-metrics.yaml, its gauge
#: rule), e.g. kafka_server_replicamanager_underreplicatedpartitions and
#: kafka_controller_kafkacontroller_offlinepartitionscount.
JMX_EXPORTER_RULES = """\
lowercaseOutputName: true
rules:
  - pattern: kafka.(\\w+)<type=(.+), name=(.+)><>Value
    name: kafka_$1_$2_$3
    type: GAUGE
"""


def _spread(cluster: str, pool: str) -> strimzi.KafkaNodePoolSpecTemplate:
    """One node per node (losing a node loses one vote of the controller quorum, never two),
    spread over zones as far as they go."""
    labels = {"strimzi.io/cluster": cluster, "strimzi.io/pool-name": pool}
    one_per_node = strimzi.KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(
        label_selector=strimzi.KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(
            match_labels=labels
        ),
        topology_key="kubernetes.io/hostname",
    )
    return strimzi.KafkaNodePoolSpecTemplate(
        pod=strimzi.KafkaNodePoolSpecTemplatePod(
            affinity=strimzi.KafkaNodePoolSpecTemplatePodAffinity(
                pod_anti_affinity=strimzi.KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinity(
                    required_during_scheduling_ignored_during_execution=[one_per_node]
                )
            ),
            topology_spread_constraints=[
                strimzi.KafkaNodePoolSpecTemplatePodTopologySpreadConstraints(
                    label_selector=strimzi.KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelector(match_labels=labels),
                    max_skew=1,
                    topology_key=ZONE_KEY,
                    when_unsatisfiable="ScheduleAnyway",
                    node_taints_policy="Honor",
                )
            ],
        )
    )


def _node_resources(resources: Resources | None) -> strimzi.KafkaNodePoolSpecResources | None:
    if resources is None:
        return None
    figures = {"requests": resources.requests, "limits": resources.limits}
    rendered = {side: {name: value for name, value in (("cpu", f.cpu), ("memory", f.memory)) if value} for side, f in figures.items()}
    return strimzi.KafkaNodePoolSpecResources(
        requests={k: strimzi.KafkaNodePoolSpecResourcesRequests.from_string(v) for k, v in rendered["requests"].items()},
        limits={k: strimzi.KafkaNodePoolSpecResourcesLimits.from_string(v) for k, v in rendered["limits"].items()},
    )
