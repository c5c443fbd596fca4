"""Network rules derived from the model: every allowed connection is a declared edge.

Per namespace, everything is denied except DNS; then each workload may accept exactly its
gRPC callers, the edge's traffic to routed ports and (with observability) Prometheus on served
metrics ports, and may open exactly its gRPC callees, Kafka, Redis, the collector and its
declared outbound ports. A service added to the model gets its rules with no other change.
"""

from __future__ import annotations

from dataclasses import dataclass

from codex_constructs.defaults import selector_labels
from codex_constructs.network_policy import Peer, Rule
from codex_constructs.observability_stack import COLLECTOR, GRAFANA, GRAFANA_PORT, OTLP_GRPC_PORT, PROMETHEUS

from .addons import INGRESS_NAMESPACE
from .config import EnvironmentConfig
from .derive import public_routes
from .model import PlatformModel

#: Google's front ends and health checkers: the only sources of Gateway traffic on GKE.
GKE_LOAD_BALANCER_RANGES = ("35.191.0.0/16", "130.211.0.0/22")
#: Port of cert-manager's HTTP-01 solver pods.
ACME_SOLVER_PORT = 8089


@dataclass(frozen=True)
class WorkloadRules:
    name: str
    namespace: str
    pod_labels: dict[str, str]
    ingress: tuple[Rule, ...]
    egress: tuple[Rule, ...]


def edge_peers(config: EnvironmentConfig) -> list[Peer]:
    """Where public traffic enters pods from: the ingress controller, or GKE's load balancers."""
    if config.edge.api == "ingress":
        return [Peer.pods(INGRESS_NAMESPACE, {"app.kubernetes.io/name": "ingress-nginx"})]
    return [Peer.cidr_block(cidr) for cidr in GKE_LOAD_BALANCER_RANGES]


def kafka_broker_peer(model: PlatformModel) -> Peer:
    assert model.kafka is not None
    return Peer.pods(model.namespace, {"strimzi.io/cluster": model.kafka.cluster, "strimzi.io/kind": "Kafka"})


def workload_rules(model: PlatformModel, config: EnvironmentConfig) -> list[WorkloadRules]:
    """The rules of every workload the platform runs, services and components."""
    routed: dict[str, set[int]] = {}
    for route in public_routes(model, config):
        routed.setdefault(route.service, set()).add(route.port)

    result = []
    for name, spec in model.services.items():
        namespace = model.namespace_of(name)
        ingress: list[Rule] = []
        egress: list[Rule] = []
        for caller in model.grpc_callers(name):
            ingress.append(
                Rule(Peer.pods(model.namespace_of(caller), selector_labels(caller)), (spec.port("grpc").port,), reason=f"gRPC from {caller}")
            )
        for peer in edge_peers(config) if name in routed else []:
            ingress.append(Rule(peer, tuple(sorted(routed[name])), reason="edge route"))
        for callee in spec.calls:
            egress.append(
                Rule(Peer.pods(model.namespace_of(callee), selector_labels(callee)), (model.services[callee].port("grpc").port,), reason=f"gRPC to {callee}")
            )
        if spec.kafka is not None and model.kafka is not None:
            egress.append(Rule(kafka_broker_peer(model), (model.kafka.port,), reason="Kafka client"))
        if spec.redis and model.redis is not None:
            egress.append(Rule(Peer.pods(model.namespace, selector_labels(model.redis.service)), (model.redis.port,), reason="Redis"))
        for outbound in spec.outbound:
            egress.append(Rule(Peer.internet(), outbound.ports, reason=f"outbound: {outbound.name}"))
        if model.observability is not None:
            telemetry = model.observability.namespace
            if spec.traced:
                egress.append(Rule(release_pods(telemetry, COLLECTOR), (OTLP_GRPC_PORT,), reason="traces to the collector"))
            metrics_port = spec.served_metrics_port()
            if metrics_port is not None:
                ingress.append(Rule(release_pods(telemetry, PROMETHEUS), (metrics_port,), reason="Prometheus scrape"))
        result.append(WorkloadRules(name, namespace, selector_labels(name), tuple(ingress), tuple(egress)))
        if spec.migrations is not None:
            # The migration Job reaches the service's database, and nothing else.
            job = f"{name}-migrate"
            database = tuple(
                Rule(Peer.internet(), o.ports, reason=f"outbound: {o.name}") for o in spec.outbound if o.name in spec.databases
            )
            result.append(WorkloadRules(job, namespace, selector_labels(job), (), database))

    if model.redis is not None:
        users = [name for name, spec in model.services.items() if spec.redis]
        result.append(
            WorkloadRules(
                model.redis.service,
                model.namespace,
                selector_labels(model.redis.service),
                tuple(
                    Rule(Peer.pods(model.namespace_of(user), selector_labels(user)), (model.redis.port,), reason=f"Redis for {user}")
                    for user in users
                ),
                (),
            )
        )
    if model.kafka is not None:
        ui_ports = tuple(sorted(routed.get("kafka-ui", set())))
        result.append(
            WorkloadRules(
                "kafka-ui",
                model.namespace,
                selector_labels("kafka-ui"),
                tuple(Rule(peer, ui_ports, reason="admin route") for peer in edge_peers(config)) if ui_ports else (),
                (Rule(kafka_broker_peer(model), (model.kafka.port,), reason="reads the cluster"),),
            )
        )
        cluster = {"strimzi.io/cluster": model.kafka.cluster}
        result.append(
            WorkloadRules(
                f"{model.kafka.cluster}-cluster",
                model.namespace,
                cluster,
                # Strimzi writes the ingress rules of its pods itself (listener peers below).
                (),
                (
                    Rule(Peer.pods(model.namespace, cluster), (9090, 9091, model.kafka.port), reason="controller quorum and replication"),
                    # The entity operator watches KafkaTopics through the API server, whose
                    # address differs per cluster (public or private endpoint).
                    Rule(Peer.cidr_block("0.0.0.0/0"), (443,), reason="Kubernetes API (topic operator)"),
                ),
            )
        )
    if model.observability is not None:
        result += observability_rules(model, config, routed)
    result.append(
        WorkloadRules(
            "acme-http01-solver",
            model.namespace,
            {"acme.cert-manager.io/http01-solver": "true"},
            tuple(Rule(peer, (ACME_SOLVER_PORT,), reason="certificate challenges") for peer in edge_peers(config)),
            (),
        )
    )
    return result


def kafka_client_peers(model: PlatformModel, extra_namespaces: tuple[str, ...] = ()) -> list[Peer]:
    """Who may open the Kafka listener: the model's clients, kafka-ui, and operators that read
    consumer lag (KEDA) from ``extra_namespaces``."""
    peers = [
        Peer.pods(model.namespace_of(name), selector_labels(name))
        for name, spec in model.services.items()
        if spec.kafka is not None
    ]
    peers.append(Peer.pods(model.namespace, selector_labels("kafka-ui")))
    peers += [Peer.pods(namespace) for namespace in extra_namespaces]
    return peers



def release_pods(namespace: str, release: str) -> Peer:
    """The pods of a Helm release (every chart labels them with its instance)."""
    return Peer.pods(namespace, {"app.kubernetes.io/instance": release})


def observability_rules(model: PlatformModel, config: EnvironmentConfig, routed: dict[str, set[int]]) -> list[WorkloadRules]:
    """The stack's pods talk freely among themselves; beyond that the collector takes traces from
    traced services, Grafana takes the edge's admin route, Prometheus scrapes the kubelets and
    served metrics ports, and everything may reach the Kubernetes API (discovery, sidecars)."""
    assert model.observability is not None
    namespace = model.observability.namespace
    inside = Peer.pods(namespace)
    traced = [name for name, spec in model.services.items() if spec.traced]
    rules = [
        WorkloadRules(
            f"{namespace}-internal",
            namespace,
            {},
            (Rule(inside, (), reason="within the stack"),),
            (Rule(inside, (), reason="within the stack"), Rule(Peer.cidr_block("0.0.0.0/0"), (443,), reason="Kubernetes API")),
        ),
        WorkloadRules(
            COLLECTOR,
            namespace,
            {"app.kubernetes.io/instance": COLLECTOR},
            tuple(
                Rule(Peer.pods(model.namespace_of(name), selector_labels(name)), (OTLP_GRPC_PORT,), reason=f"traces from {name}")
                for name in traced
            ),
            (),
        ),
        WorkloadRules(
            PROMETHEUS,
            namespace,
            {"app.kubernetes.io/instance": PROMETHEUS},
            (),
            (
                # cAdvisor on every kubelet; node addresses are private and vary.
                Rule(Peer.cidr_block("0.0.0.0/0"), (10250,), reason="kubelet cAdvisor"),
                *(
                    Rule(Peer.pods(model.namespace_of(name), selector_labels(name)), (spec.served_metrics_port(),), reason=f"scrape {name}")
                    for name, spec in model.services.items()
                    if spec.served_metrics_port() is not None
                ),
            ),
        ),
    ]
    if "grafana" in routed:
        rules.append(
            WorkloadRules(
                GRAFANA,
                namespace,
                {"app.kubernetes.io/instance": GRAFANA},
                tuple(Rule(peer, (GRAFANA_PORT,), reason="admin route") for peer in edge_peers(config)),
                (),
            )
        )
    return rules
