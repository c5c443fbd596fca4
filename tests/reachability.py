"""Reachability under the NetworkPolicies: the cluster model every flow test evaluates.

The policies are evaluated (tests/netpol.py) over a model of the cluster: the pods the output
creates, the pods the pinned charts and operators create (their labels written here from the
charts, Strimzi's own listener policy included), and addresses outside the cluster. The flows
that must be open are read from the output itself (every env value that is an address, the
Ingress backends, Prometheus' scrape jobs, the ScaledObjects' brokers), plus what the platform
spec states (who reads REDIS_URL, each service's outbound destinations). Every other pair of
endpoints and port must be closed.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from netpol import Endpoint, allowed, side_allows
from platforms import CODEX

PLATFORM_NAMESPACES = {"app-services", "code-execution", "observability", "envoy-gateway-system"}

#: Pods of the pinned charts and operators: labels as their templates write them.
CHART_PODS = [
    Endpoint(
        "otel-collector",
        "observability",
        {
            "app.kubernetes.io/name": "opentelemetry-collector",
            "app.kubernetes.io/instance": "otel-collector",
            "component": "standalone-collector",
        },
        ports=(4317, 4318, 9464, 13133),
    ),
    Endpoint(
        "prometheus-server",
        "observability",
        {"app.kubernetes.io/name": "prometheus", "app.kubernetes.io/instance": "prometheus", "app.kubernetes.io/component": "server"},
        ports=(9090,),
    ),
    Endpoint(
        "kube-state-metrics",
        "observability",
        {"app.kubernetes.io/name": "kube-state-metrics", "app.kubernetes.io/instance": "prometheus"},
        ports=(8080,),
    ),
    Endpoint(
        "loki",
        "observability",
        {"app.kubernetes.io/name": "loki", "app.kubernetes.io/instance": "loki", "app.kubernetes.io/component": "single-binary"},
        ports=(3100,),
    ),
    Endpoint("tempo", "observability", {"app.kubernetes.io/name": "tempo", "app.kubernetes.io/instance": "tempo"}, ports=(3200, 4317)),
    Endpoint("grafana", "observability", {"app.kubernetes.io/name": "grafana", "app.kubernetes.io/instance": "grafana"}, ports=(3000,)),
    Endpoint("alloy", "observability", {"app.kubernetes.io/name": "alloy", "app.kubernetes.io/instance": "alloy"}, ports=(12345,)),
    Endpoint(
        "kafka-broker",
        "app-services",
        {"strimzi.io/cluster": "kafka", "strimzi.io/kind": "Kafka", "strimzi.io/name": "kafka-kafka", "strimzi.io/pool-name": "kafka-pool"},
        ports=(9090, 9091, 9092, 9404),
    ),
    Endpoint(
        "kafka-exporter",
        "app-services",
        {
            "strimzi.io/cluster": "kafka",
            "strimzi.io/kind": "Kafka",
            "strimzi.io/name": "kafka-kafka-exporter",
            "app.kubernetes.io/name": "kafka-exporter",
        },
        ports=(9404,),
    ),
    Endpoint(
        "alertmanager",
        "observability",
        {"app.kubernetes.io/name": "alertmanager", "app.kubernetes.io/instance": "prometheus"},
        ports=(9093,),
    ),
    Endpoint(
        "cert-manager",
        "cert-manager",
        {
            "app.kubernetes.io/name": "cert-manager",
            "app.kubernetes.io/instance": "cert-manager",
            "app.kubernetes.io/component": "controller",
        },
        ports=(9402,),
    ),
    Endpoint(
        "kafka-entity-operator",
        "app-services",
        {"strimzi.io/cluster": "kafka", "strimzi.io/kind": "Kafka", "strimzi.io/name": "kafka-entity-operator"},
    ),
    Endpoint("acme-solver", "app-services", {"acme.cert-manager.io/http01-solver": "true"}, ports=(8089,)),
    Endpoint(
        "ingress-nginx",
        "ingress-nginx",
        {
            "app.kubernetes.io/name": "ingress-nginx",
            "app.kubernetes.io/instance": "ingress-nginx",
            "app.kubernetes.io/component": "controller",
        },
        ports=(80, 443, 10254),
    ),
    # Envoy Gateway v1.9.0: the proxies of Gateway codex-gateway (labels from
    # internal/infrastructure/kubernetes/proxy/resource.go; listener ports 80/443 shifted by
    # 10000; 19001 stats, 19003 readiness), the controller (chart labels; xDS 18000) and certgen.
    Endpoint(
        "envoy-proxy",
        "envoy-gateway-system",
        {
            "app.kubernetes.io/name": "envoy",
            "app.kubernetes.io/component": "proxy",
            "app.kubernetes.io/managed-by": "envoy-gateway",
            "gateway.envoyproxy.io/owning-gateway-name": "codex-gateway",
            "gateway.envoyproxy.io/owning-gateway-namespace": "app-services",
        },
        ports=(10080, 10443, 19001, 19003),
    ),
    Endpoint(
        "envoy-gateway",
        "envoy-gateway-system",
        {"control-plane": "envoy-gateway", "app.kubernetes.io/name": "gateway-helm", "app.kubernetes.io/instance": "envoy-gateway"},
        ports=(18000, 18001, 18002, 19001),
    ),
    Endpoint("envoy-certgen", "envoy-gateway-system", {"app": "certgen"}),
    Endpoint("keda-operator", "keda", {"app.kubernetes.io/name": "keda-operator", "app": "keda-operator"}),
    Endpoint("keda-metrics-apiserver", "keda", {"app.kubernetes.io/name": "keda-operator-metrics-apiserver"}),
    Endpoint("kube-dns", "kube-system", {"k8s-app": "kube-dns"}, ports=(53,)),
    Endpoint("argocd-server", "argocd", {"app.kubernetes.io/name": "argocd-server"}, ports=(8080,)),
]
OUTSIDE_PORTS = (80, 443, 465, 587, 5432, 10250, 27017)
OUTSIDE = [
    Endpoint("internet", None, ip="203.0.113.10", ports=OUTSIDE_PORTS),
    Endpoint("metadata-server", None, ip="169.254.169.254", ports=(80, 443)),
    # One address in each private range (RFC 1918, shared address space): none is the internet.
    Endpoint("vpc-host", None, ip="10.128.0.9", ports=OUTSIDE_PORTS),
    Endpoint("peered-host", None, ip="172.16.5.5", ports=OUTSIDE_PORTS),
    Endpoint("office-host", None, ip="192.168.1.5", ports=OUTSIDE_PORTS),
    Endpoint("carrier-nat-host", None, ip="100.64.0.9", ports=OUTSIDE_PORTS),
]
#: Services the charts create: (name, namespace) -> (pod name, {service port: pod port}).
CHART_SERVICES = {
    ("otel-collector", "observability"): ("otel-collector", {4317: 4317, 4318: 4318, 9464: 9464}),
    ("prometheus-server", "observability"): ("prometheus-server", {80: 9090}),
    ("prometheus-kube-state-metrics", "observability"): ("kube-state-metrics", {8080: 8080}),
    ("grafana", "observability"): ("grafana", {80: 3000}),
    ("loki", "observability"): ("loki", {3100: 3100}),
    ("tempo", "observability"): ("tempo", {3200: 3200, 4317: 4317}),
    ("kafka-kafka-bootstrap", "app-services"): ("kafka-broker", {9092: 9092}),
    ("envoy-gateway", "envoy-gateway-system"): ("envoy-gateway", {18000: 18000, 18001: 18001, 18002: 18002, 19001: 19001}),
}
#: From the platform spec: who dials what outside the cluster (Outbound internet, databases).
SPEC_OUTBOUND = {
    "gateway-service": {443},
    "auth-user-service": {465, 587, 5432},
    "auth-user-service-migrate": {5432},
    "problem-service": {443, 27017},
    "collab-service": {27017},
    "code-execution-service": {443},
}


def outbound_destinations(declared: dict) -> dict[str, set[int]]:
    """The spec's, and for a service the spec does not know, what platform.yaml declares."""
    result = dict(SPEC_OUTBOUND)
    for name, spec in declared["services"].items():
        if name not in SPEC_OUTBOUND and spec.get("outbound"):
            result[name] = {port for o in spec["outbound"] for port in o["ports"]}
            databases = {port for o in spec["outbound"] if o["name"] in spec.get("databases", []) for port in o["ports"]}
            if spec.get("migrations") and databases:
                result[f"{name}-migrate"] = databases
    return result


def strimzi_policies(kafka: dict) -> list[dict]:
    """The NetworkPolicies Strimzi's operator writes: for the brokers, control plane (9090) from
    the cluster's nodes, replication (9091) from them and the entity operator, the listener from
    its ``networkPolicyPeers`` (everyone when unset), and metrics (9404, when configured) from
    everyone; for Kafka Exporter, its metrics from everyone ("Everyone can access metrics")."""
    policies = [strimzi_listener_policy(kafka)]
    cluster = kafka["metadata"]["name"]
    if "metricsConfig" in kafka["spec"]["kafka"]:
        policies[0]["spec"]["ingress"].append({"ports": [{"port": 9404, "protocol": "TCP"}]})
    if "kafkaExporter" in kafka["spec"]:
        policies.append(
            {
                "metadata": {"name": f"{cluster}-network-policy-kafka-exporter", "namespace": policies[0]["metadata"]["namespace"]},
                "spec": {
                    "podSelector": {"matchLabels": {"strimzi.io/name": f"{cluster}-kafka-exporter"}},
                    "policyTypes": ["Ingress"],
                    "ingress": [{"ports": [{"port": 9404, "protocol": "TCP"}]}],
                },
            }
        )
    return policies


def strimzi_listener_policy(kafka: dict) -> dict:
    cluster = kafka["metadata"]["name"]
    listener = kafka["spec"]["kafka"]["listeners"][0]
    peers = listener.get("networkPolicyPeers")
    nodes = {"podSelector": {"matchLabels": {"strimzi.io/name": f"{cluster}-kafka"}}}
    entity = {"podSelector": {"matchLabels": {"strimzi.io/name": f"{cluster}-entity-operator"}}}
    exporter = {"podSelector": {"matchLabels": {"strimzi.io/name": f"{cluster}-kafka-exporter"}}}
    return {
        "metadata": {"name": f"{cluster}-network-policy-kafka", "namespace": kafka["metadata"].get("namespace", "app-services")},
        "spec": {
            "podSelector": {
                "matchLabels": {"strimzi.io/cluster": cluster, "strimzi.io/kind": "Kafka", "strimzi.io/name": f"{cluster}-kafka"}
            },
            "policyTypes": ["Ingress"],
            "ingress": [
                {"from": [nodes], "ports": [{"port": 9090, "protocol": "TCP"}]},
                {"from": [nodes, entity, exporter], "ports": [{"port": 9091, "protocol": "TCP"}]},
                {**({"from": peers} if peers else {}), "ports": [{"port": listener["port"], "protocol": "TCP"}]},
            ],
        },
    }


class Cluster:
    """The endpoints and Services of one environment, and address resolution as DNS does it."""

    def __init__(self, objects: dict[str, dict]) -> None:
        self.objects = list(objects.values())
        self.pods: dict[str, Endpoint] = {p.name: p for p in CHART_PODS}
        self.containers: dict[str, list[dict]] = {}
        self.searches: dict[str, list[str]] = {}
        for obj in self.objects:
            if obj["kind"] not in ("Deployment", "Job"):
                continue
            template = obj["spec"]["template"]
            spec = template["spec"]
            name, namespace = obj["metadata"]["name"], obj["metadata"]["namespace"]
            containers = spec["containers"] + spec.get("initContainers", [])
            ports = tuple(p["containerPort"] for c in containers for p in c.get("ports", []))
            self.pods[name] = Endpoint(name, namespace, template["metadata"]["labels"], ports=ports)
            self.containers[name] = containers
            self.searches[name] = spec.get("dnsConfig", {}).get("searches", [])
        self.services: dict[tuple[str, str], tuple[list[str], dict[int, int]]] = {}
        for (name, namespace), (pod, ports) in CHART_SERVICES.items():
            self.services[(name, namespace)] = ([pod], ports)
        for obj in self.objects:
            if obj["kind"] != "Service":
                continue
            key = (obj["metadata"]["name"], obj["metadata"]["namespace"])
            if obj["spec"].get("type") == "ExternalName":
                target = obj["spec"]["externalName"].split(".")
                self.services[key] = self.services[(target[0], target[1])]
                continue
            selected = [
                p.name
                for p in self.pods.values()
                if p.namespace == key[1] and all(p.labels.get(k) == v for k, v in obj["spec"]["selector"].items())
            ]
            mapping = {}
            for port in obj["spec"]["ports"]:
                target = port.get("targetPort", port["port"])
                if isinstance(target, str):
                    target = next(
                        cp["containerPort"]
                        for pod in selected
                        for c in self.containers[pod]
                        for cp in c.get("ports", [])
                        if cp["name"] == target
                    )
                mapping[port["port"]] = target
            self.services[key] = (selected, mapping)

    def resolve(self, host: str, namespace: str, searches: list[str]) -> tuple[str, str] | None:
        parts = host.split(".")
        if host.endswith(".svc.cluster.local") and len(parts) == 5:
            return (parts[0], parts[1]) if (parts[0], parts[1]) in self.services else None
        if len(parts) == 2 and (parts[0], parts[1]) in self.services:
            return parts[0], parts[1]
        if len(parts) == 1:
            for candidate in [namespace] + [s.split(".")[0] for s in searches]:
                if (host, candidate) in self.services:
                    return host, candidate
        return None

    def dial(self, source: str, address: str) -> list[tuple[str, str, int]]:
        """The (source, pod, pod port) flows an address leads to; [] for a non-address."""
        pod = self.pods[source]
        flows = []
        for item in address.split(","):
            scheme, rest = item.split("://", 1) if "://" in item else ("", item)
            if not scheme and not re.fullmatch(r"[a-z0-9.-]+:\d+", rest):
                continue  # not an address: a name, a number, a path
            parts = urlsplit(f"{scheme or 'tcp'}://{rest}")
            host = parts.hostname or ""
            if host in ("0.0.0.0", "127.0.0.1", "localhost"):
                continue  # a bind address, or the pod itself
            port = parts.port or {"http": 80, "https": 443}.get(scheme)
            service = self.resolve(host, pod.namespace or "", self.searches.get(source, []))
            if service is None:
                assert "." in host and not host.endswith((".local", ".internal")), f"{source}: {address!r} names no Service"
                continue  # a public origin (CLIENT_URL_*), not a connection the pod opens
            pods, mapping = self.services[service]
            assert port in mapping, f"{source}: {address!r}: {service} has no port {port}"
            flows += [(source, target, mapping[port]) for target in pods]
        return flows


def expected_flows(cluster: Cluster, declared: dict) -> set[tuple[str, str, int]]:
    """What must be open, read from the output, the spec and the declaration (``platform.yaml``),
    never from the policies."""
    flows: set[tuple[str, str, int]] = set()
    for name, containers in cluster.containers.items():
        for container in containers:
            for variable in container.get("env", []):
                if "value" in variable:
                    flows |= set(cluster.dial(name, variable["value"]))
                elif variable.get("valueFrom", {}).get("secretKeyRef", {}).get("key") == "REDIS_URL":
                    flows |= set(cluster.dial(name, "redis:6379"))  # spec: Redis (redis:6379), every service
    for obj in cluster.objects:
        if obj["kind"] == "ScaledObject":
            for trigger in obj["spec"]["triggers"]:
                flows |= {
                    ("keda-operator", t, p) for _, t, p in cluster.dial(obj["metadata"]["name"], trigger["metadata"]["bootstrapServers"])
                }
        if obj["kind"] == "Ingress":
            for rule in obj["spec"]["rules"]:
                for path in rule["http"]["paths"]:
                    backend = path["backend"]["service"]
                    address = f"{backend['name']}.{obj['metadata']['namespace']}:{backend['port']['number']}"
                    pods, mapping = cluster.services[cluster.resolve(address.split(":")[0], "", [])]
                    flows |= {("ingress-nginx", pod, mapping[backend["port"]["number"]]) for pod in pods}
            flows.add(("ingress-nginx", "acme-solver", 8089))
        if obj["kind"] == "HTTPRoute":
            for rule in obj["spec"]["rules"]:
                for backend in rule.get("backendRefs", []):
                    # Envoy dials the Service's endpoints: the pods, on the target port.
                    pods, mapping = cluster.services[(backend["name"], obj["metadata"]["namespace"])]
                    flows |= {("envoy-proxy", pod, mapping[backend["port"]]) for pod in pods}
        if obj["kind"] == "Gateway":
            # The Service's LoadBalancer keeps client addresses: anyone, on the listeners' ports
            # (in-cluster clients too, unless their own egress rules keep them in).
            anyone = OUTSIDE + [p for p in cluster.pods.values() if p.namespace not in PLATFORM_NAMESPACES]
            flows |= {(source.name, "envoy-proxy", port) for source in anyone for port in (10080, 10443)}
            flows.add(("envoy-proxy", "acme-solver", 8089))  # cert-manager's challenge routes
            # The proxies' bootstrap: envoy-gateway.envoy-gateway-system.svc.cluster.local:18000.
            flows |= set(cluster.dial("envoy-proxy", "envoy-gateway.envoy-gateway-system.svc.cluster.local:18000"))
        if obj["kind"] == "Application" and obj["metadata"]["name"].endswith("-prometheus"):
            values = obj["spec"]["source"]["helm"]["valuesObject"]
            for job in values["serverFiles"]["prometheus.yml"]["scrape_configs"]:
                for config in job.get("static_configs", []):
                    for target in config["targets"]:
                        flows |= {("prometheus-server", t, p) for _, t, p in cluster.dial("kafka-ui", target)}
                sd = job.get("kubernetes_sd_configs", [{}])[0]
                if sd.get("role") == "pod":
                    keep = {r["source_labels"][0]: r["regex"] for r in job["relabel_configs"] if r.get("action") == "keep"}
                    port = int(keep.pop("__meta_kubernetes_pod_container_port_number"))
                    ((label, value),) = keep.items()
                    for pod in cluster.pods.values():
                        sanitized = {"__meta_kubernetes_pod_label_" + re.sub(r"[^a-zA-Z0-9]", "_", k): v for k, v in pod.labels.items()}
                        if pod.namespace in sd["namespaces"]["names"] and sanitized.get(label) == value:
                            flows.add(("prometheus-server", pod.name, port))
                if job.get("kubernetes_sd_configs", [{}])[0].get("role") == "node":
                    flows |= {("prometheus-server", outside.name, 10250) for outside in OUTSIDE if 10250 in outside.ports}
    telemetry = [p for p in cluster.pods.values() if p.namespace == "observability"]
    flows |= {(a.name, b.name, port) for a in telemetry for b in telemetry for port in b.ports}
    kafka = [p for p in cluster.pods.values() if p.labels.get("strimzi.io/cluster") == "kafka"]
    flows |= {(a.name, "kafka-broker", port) for a in kafka for port in (9090, 9091) if a.name == "kafka-broker" or port == 9091}
    # Strimzi opens its metrics port to every source; only our egress rules keep our pods out.
    metrics = [p for p in cluster.pods.values() if p.labels.get("strimzi.io/cluster") and 9404 in p.ports]
    unrestricted = [p for p in cluster.pods.values() if p.namespace not in PLATFORM_NAMESPACES] + OUTSIDE
    flows |= {(source.name, target.name, 9404) for source in unrestricted for target in metrics}
    # The Kubernetes API (discovery, sidecars, topic operator), whose address differs per
    # cluster: port 443 on any address, which includes pods serving 443 (README, Security).
    api_clients = telemetry + kafka + [cluster.pods[name] for name in ("envoy-gateway", "envoy-certgen")]
    flows |= {(a.name, o.name, 443) for a in api_clients for o in OUTSIDE + list(cluster.pods.values()) if 443 in o.ports}
    for name, ports in outbound_destinations(declared).items():
        flows |= {(name, "internet", port) for port in ports}
    flows |= {(p.name, "kube-dns", 53) for p in cluster.pods.values()}
    return flows


def policies(objects: dict[str, dict]) -> list[dict]:
    found = [o for o in objects.values() if o["kind"] == "NetworkPolicy"]
    found += [policy for o in objects.values() if o["kind"] == "Kafka" for policy in strimzi_policies(o)]
    return found


def check(objects: dict[str, dict], declared: dict | None = None) -> list[str]:
    """Every flow that is open and should not be, or closed and should not be; ``declared`` is
    the platform.yaml the objects were synthesized from (the repository's by default)."""
    cluster = Cluster(objects)
    rules = policies(objects)
    expected = expected_flows(cluster, CODEX.declared if declared is None else declared)
    endpoints = list(cluster.pods.values()) + OUTSIDE
    wrong = []
    for source in endpoints:
        for target in endpoints:
            if source is target or not ({source.namespace, target.namespace} & PLATFORM_NAMESPACES):
                continue
            for port in target.ports:
                want = (source.name, target.name, port) in expected
                if allowed(rules, source, target, port) != want:
                    wrong.append(f"{source.name} -> {target.name}:{port} should be {'open' if want else 'closed'}")
                # Each side of our own workloads on its own, too: a receiver's rule that admits
                # more than the sender may open is invisible above, and open to the next pod
                # given the sender's labels. (Chart pods and the proxies are open by design on
                # one side: Strimzi's metrics port, the public listeners.)
                for subject, other, direction in ((target, source, "Ingress"), (source, target, "Egress")):
                    if subject.name in cluster.containers and side_allows(rules, subject, other, port, direction) != want:
                        wrong.append(
                            f"{source.name} -> {target.name}:{port}: {subject.name}'s {direction.lower()} should be {'open' if want else 'closed'}"
                        )
    return wrong
