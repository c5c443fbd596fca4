"""Network rules derived from the plan: every allowed connection is a declared edge.

Per namespace, everything is denied except DNS. Then each workload may open exactly the
connections it was given an address for (the plan's flows, from ``derive.service_dials``:
gRPC callees, Kafka, Redis, the collector, Prometheus' query API, declared outbound
destinations), and accept exactly the connections that end at it, plus the edge's traffic to
routed ports and Prometheus on served metrics ports. A service added to the model gets its
rules with no other change.
"""

from __future__ import annotations

from dataclasses import dataclass

from codex_constructs import (
    COLLECTOR,
    ENVOY_LISTENER_PORTS,
    ENVOY_METRICS_PORT,
    ENVOY_PROXY_LABELS,
    ENVOY_XDS_PORT,
    GRAFANA,
    GRAFANA_PORT,
    OWNING_GATEWAY_LABEL,
    PROMETHEUS,
    Peer,
    Rule,
    selector_labels,
)

from ..inputs.errors import declared
from .components import (
    CERT_MANAGER_CONTROLLER,
    ENVOY_GATEWAY_CONTROLLER_LABELS,
    ENVOY_GATEWAY_NAMESPACE,
    GATEWAY_NAME,
    INGRESS_NAMESPACE,
)
from .derive import KAFKA_BROKERS, migration_name, prometheus_server_pods
from .monitoring import scrape_targets
from .plan import KAFKA_UI, EnvironmentPlan

#: Any address: the API server's differs per cluster (public or private endpoint), and so do
#: the nodes' and the load balancers' clients.
ANYWHERE = Peer.cidr_block("0.0.0.0/0")
KUBERNETES_API = Rule(ANYWHERE, (443,), reason="Kubernetes API")
#: The platform Gateway's Envoy proxies.
ENVOY_PROXIES = Peer.pods(ENVOY_GATEWAY_NAMESPACE, {**ENVOY_PROXY_LABELS, OWNING_GATEWAY_LABEL: GATEWAY_NAME})
#: Port of cert-manager's HTTP-01 solver pods.
ACME_SOLVER_PORT = 8089


@dataclass(frozen=True)
class WorkloadRules:
    name: str
    namespace: str
    pod_labels: dict[str, str]
    ingress: tuple[Rule, ...]
    egress: tuple[Rule, ...]


def edge_peers(plan: EnvironmentPlan) -> list[Peer]:
    """Where public traffic enters pods from: the proxies of each edge rendered (Envoy, and
    ingress-nginx's controller while migrating)."""
    peers = {"gateway": ENVOY_PROXIES, "ingress": Peer.pods(INGRESS_NAMESPACE, {"app.kubernetes.io/name": "ingress-nginx"})}
    return [peers[edge] for edge in plan.edges]


def kafka_client_peers(plan: EnvironmentPlan) -> list[Peer]:
    """Who may open the Kafka listener (Strimzi writes the policy): whoever was given its address."""
    return [flow.source_peer for flow in plan.flows if flow.dial.target == KAFKA_BROKERS]


def workload_rules(plan: EnvironmentPlan) -> list[WorkloadRules]:
    """The rules of every workload the platform runs, services and components.

    Egress is exactly the workload's flows; ingress is exactly the flows that end at it, plus
    the edge's routes and Prometheus' scrapes."""
    model = plan.model
    routed: dict[str, set[int]] = {}
    for route in plan.routes:
        routed.setdefault(route.service, set()).add(route.port)
    egress: dict[str, list[Rule]] = {}
    ingress: dict[str, list[Rule]] = {}
    for flow in plan.flows:
        reason = f"{flow.source}: {flow.dial.variable}"
        egress.setdefault(flow.source, []).append(Rule(flow.dial.peer, flow.dial.ports, reason=reason))
        ingress.setdefault(flow.dial.target, []).append(Rule(flow.source_peer, flow.dial.ports, reason=reason))

    def rules(
        name: str, namespace: str, labels: dict[str, str], extra_ingress: tuple[Rule, ...] = (), extra_egress: tuple[Rule, ...] = ()
    ) -> WorkloadRules:
        return WorkloadRules(name, namespace, labels, (*ingress.get(name, ()), *extra_ingress), (*egress.get(name, ()), *extra_egress))

    result = []
    for name, spec in model.services.items():
        edge = tuple(Rule(peer, tuple(sorted(routed[name])), reason="edge route") for peer in edge_peers(plan)) if name in routed else ()
        scrape: tuple[Rule, ...] = ()
        metrics_port = spec.served_metrics_port()
        if model.observability is not None and metrics_port is not None:
            scrape = (Rule(prometheus_server_pods(model.observability.namespace), (metrics_port,), reason="Prometheus scrape"),)
        result.append(rules(name, model.namespace_of(name), selector_labels(name), edge + scrape))
        if spec.migrations is not None:
            job = migration_name(name)
            result.append(rules(job, model.namespace_of(name), selector_labels(job)))

    if model.redis is not None:
        result.append(rules(model.redis.service, model.namespace, selector_labels(model.redis.service)))
    if model.kafka is not None:
        ui_ports = tuple(sorted(routed.get(KAFKA_UI, set())))
        result.append(
            rules(
                KAFKA_UI,
                model.namespace,
                selector_labels(KAFKA_UI),
                tuple(Rule(peer, ui_ports, reason="admin route") for peer in edge_peers(plan)) if ui_ports else (),
            )
        )
        cluster = {"strimzi.io/cluster": model.kafka.cluster}
        result.append(
            WorkloadRules(
                f"{model.kafka.cluster}-cluster",
                model.namespace,
                cluster,
                # Strimzi writes the ingress rules of its pods itself (kafka_client_peers).
                (),
                (
                    # KRaft's controller quorum and replication; the entity operator and Kafka
                    # Exporter use the replication listener too (Strimzi's ports). Nothing of the
                    # cluster dials the client listener, which Strimzi opens to the clients only.
                    Rule(Peer.pods(model.namespace, cluster), (9090, 9091), reason="controller quorum and replication"),
                    # The entity operator watches KafkaTopics through the API server, whose
                    # address differs per cluster (public or private endpoint).
                    Rule(ANYWHERE, (443,), reason="Kubernetes API (topic operator)"),
                ),
            )
        )
    if model.observability is not None:
        result += observability_rules(plan, routed, ingress)
    result.append(
        WorkloadRules(
            "acme-http01-solver",
            model.namespace,
            {"acme.cert-manager.io/http01-solver": "true"},
            tuple(Rule(peer, (ACME_SOLVER_PORT,), reason="certificate challenges") for peer in edge_peers(plan)),
            (),
        )
    )
    if plan.gateway:
        result += envoy_gateway_rules(plan, {rules.name: rules for rules in result})
    return result


def observability_rules(plan: EnvironmentPlan, routed: dict[str, set[int]], ingress: dict[str, list[Rule]]) -> list[WorkloadRules]:
    """The stack's pods talk freely among themselves; beyond that the collector and Prometheus
    accept the flows that end at them (traces, metric queries), Grafana takes the edge's admin
    route, Prometheus scrapes the kubelets and served metrics ports, and everything may reach
    the Kubernetes API (discovery, sidecars)."""
    model = plan.model
    namespace = declared(model.observability, "observability").namespace
    inside = Peer.pods(namespace)
    rules = [
        WorkloadRules(
            f"{namespace}-internal",
            namespace,
            {},
            (Rule(inside, (), reason="within the stack"),),
            (Rule(inside, (), reason="within the stack"), KUBERNETES_API),
        ),
        WorkloadRules(
            COLLECTOR,
            namespace,
            {"app.kubernetes.io/instance": COLLECTOR},
            tuple(ingress.get(COLLECTOR, ())),
            (),
        ),
        WorkloadRules(
            PROMETHEUS,
            namespace,
            dict(prometheus_server_pods(namespace).pod_labels),
            tuple(ingress.get(PROMETHEUS, ())),
            (
                # cAdvisor and volume stats on every kubelet; node addresses are private and vary.
                Rule(ANYWHERE, (10250,), reason="kubelets"),
                *(
                    Rule(Peer.pods(t.namespace, dict([t.pod_label])), (t.port,), reason=f"scrape {t.job}")
                    for t in scrape_targets(plan)
                    if t.namespace and t.pod_label and t.port
                ),
                *(
                    Rule(Peer.pods(model.namespace_of(name), selector_labels(name)), (port,), reason=f"scrape {name}")
                    for name, spec in model.services.items()
                    if (port := spec.served_metrics_port()) is not None
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
                tuple(Rule(peer, (GRAFANA_PORT,), reason="admin route") for peer in edge_peers(plan)),
                (),
            )
        )
    return rules


def envoy_gateway_rules(plan: EnvironmentPlan, workloads: dict[str, WorkloadRules]) -> list[WorkloadRules]:
    """Envoy Gateway's namespace: the proxies take the internet on their listener ports (the
    load balancer keeps client addresses, so the source is anyone) and open exactly the routed
    backends, cert-manager's solvers and the controller's xDS; the controller reaches the
    Kubernetes API and serves xDS to the proxies, the certgen Job writes Secrets through the API."""
    # The pods' ports as their own rules admit the proxies (Envoy dials endpoints, not the
    # Service: Grafana's Service port 80 is its pod's 3000).
    backends = [
        Rule(
            Peer.pods(workloads[route.service].namespace, workloads[route.service].pod_labels),
            tuple(sorted({port for rule in workloads[route.service].ingress if rule.peer == ENVOY_PROXIES for port in rule.ports})),
            reason=f"route {route.path}",
        )
        for route in plan.routes
    ]
    solver = workloads["acme-http01-solver"]
    controller = Peer.pods(ENVOY_GATEWAY_NAMESPACE, ENVOY_GATEWAY_CONTROLLER_LABELS)
    telemetry = plan.model.observability
    scrape = (Rule(prometheus_server_pods(telemetry.namespace), (ENVOY_METRICS_PORT,), reason="Prometheus scrape"),) if telemetry else ()
    return [
        WorkloadRules(
            "envoy-proxies",
            ENVOY_GATEWAY_NAMESPACE,
            dict(ENVOY_PROXIES.pod_labels),
            (
                Rule(ANYWHERE, tuple(sorted(ENVOY_LISTENER_PORTS.values())), reason="the internet, through the load balancer"),
                # cert-manager checks each challenge itself through the public address before
                # asking the CA; that lands here from its pod, which Dataplane V2's CIDR rules
                # never match.
                Rule(CERT_MANAGER_CONTROLLER, (ENVOY_LISTENER_PORTS[80],), reason="cert-manager's challenge self-check"),
                *scrape,
            ),
            (
                *backends,
                Rule(Peer.pods(solver.namespace, solver.pod_labels), (ACME_SOLVER_PORT,), reason="certificate challenges"),
                Rule(controller, (ENVOY_XDS_PORT,), reason="configuration (xDS)"),
            ),
        ),
        WorkloadRules(
            "envoy-gateway",
            ENVOY_GATEWAY_NAMESPACE,
            dict(ENVOY_GATEWAY_CONTROLLER_LABELS),
            (Rule(ENVOY_PROXIES, (ENVOY_XDS_PORT,), reason="configuration (xDS)"),),
            (KUBERNETES_API,),
        ),
        WorkloadRules("envoy-gateway-certgen", ENVOY_GATEWAY_NAMESPACE, {"app": "certgen"}, (), (KUBERNETES_API,)),
    ]
