"""Every address written into a container is reachable under the NetworkPolicies, and nothing
else: the cluster model and the expected flows are in tests/reachability.py."""

from __future__ import annotations

from dataclasses import replace

from netpol import allowed
from platforms import CODEX
from reachability import CHART_PODS, OUTSIDE, Cluster, check, expected_flows, policies


def test_every_written_address_is_reachable_and_nothing_else(platform, environment):
    assert check(platform.objects(environment), platform.declared) == []


def test_the_gateway_reaches_the_prometheus_query_api(prod):
    """The defect the issue found: METRICS_URL was written, but no rule let it through."""
    cluster = Cluster(prod)
    assert ("gateway-service", "prometheus-server", 9090) in expected_flows(cluster, CODEX.declared)
    assert allowed(policies(prod), cluster.pods["gateway-service"], cluster.pods["prometheus-server"], 9090)


def test_tempo_reaches_prometheus_s_remote_write_receiver(prod):
    """The service map's series: Tempo's metrics generator writes them to Prometheus."""
    cluster = Cluster(prod)
    url = prod["gitops/Application.codex-tempo.k8s.yaml"]["spec"]["source"]["helm"]["valuesObject"]["tempo"]["metricsGenerator"][
        "remoteWriteUrl"
    ]
    address = url.removeprefix("http://").split("/", 1)[0]
    assert [(target, port) for _, target, port in cluster.dial("tempo", f"{address}:80")] == [("prometheus-server", 9090)]
    assert allowed(policies(prod), cluster.pods["tempo"], cluster.pods["prometheus-server"], 9090)


def test_the_evaluator_sees_a_missing_rule_and_an_extra_one(prod):
    """A check that cannot fail is no check: drop one egress rule, then open one port too many."""
    objects = dict(prod)
    key = "network/NetworkPolicy.gateway-service.k8s.yaml"
    policy = objects[key]
    objects[key] = {**policy, "spec": {**policy["spec"], "egress": policy["spec"]["egress"][1:]}}
    assert check(objects), "a written address whose rule is missing must be reported"
    objects = dict(prod)
    redis = objects["network/NetworkPolicy.redis.k8s.yaml"]
    objects["network/NetworkPolicy.redis.k8s.yaml"] = {
        **redis,
        "spec": {**redis["spec"], "ingress": [{"ports": [{"port": 6379, "protocol": "TCP"}]}]},
    }
    assert any("-> redis:6379 should be closed" in line for line in check(objects))


def test_a_pod_in_the_sandbox_namespace_reaches_only_what_the_worker_was_given(prod):
    cluster = Cluster(prod)
    worker = cluster.pods["code-execution-service"]
    rules = policies(prod)
    reachable = sorted(
        f"{t.name}:{port}"
        for t in list(cluster.pods.values()) + OUTSIDE
        for port in t.ports
        if t is not worker and allowed(rules, worker, t, port)
    )
    assert reachable == ["internet:443", "kafka-broker:9092", "kube-dns:53", "otel-collector:4317", "redis:6379"]
    assert not allowed(rules, replace(worker), OUTSIDE[1], 80), "never the metadata server"


def test_cert_manager_s_self_check_reaches_the_proxies_on_dataplane_v2(platform, environment):
    """Before asking Let's Encrypt, cert-manager fetches the challenge from its own pod through
    the public address, which lands on the proxies with the pod's address as source. Cilium's
    CIDR rules never match pods, so the internet rule does not admit it: a rule of its own must."""
    objects = platform.objects(environment)
    cluster = Cluster(objects)
    rules = policies(objects)
    proxy, cert_manager = cluster.pods["envoy-proxy"], cluster.pods["cert-manager"]
    assert allowed(rules, cert_manager, proxy, 10080, ip_blocks_match_pods=False)
    assert not allowed(rules, cert_manager, proxy, 19001, ip_blocks_match_pods=False)
    assert allowed(rules, OUTSIDE[0], proxy, 10443, ip_blocks_match_pods=False), "the internet, through the load balancer"


def test_brokers_reach_one_another_on_the_quorum_and_replication_ports_only(prod):
    """The flow check models one broker, and a pod's traffic to itself is never filtered: two
    brokers are needed to see KRaft's controller quorum (9090) and replication (9091), Strimzi's
    ports, open between pods, and the client listener (9092) closed to them."""
    broker = next(endpoint for endpoint in CHART_PODS if endpoint.name == "kafka-broker")
    other = replace(broker, name="kafka-broker-2", ip="10.8.0.2")
    rules = policies(prod)
    assert {port: allowed(rules, broker, other, port) for port in (9090, 9091, 9092)} == {9090: True, 9091: True, 9092: False}


def test_a_service_that_uses_no_redis_has_no_way_to_it(project, tmp_path):
    """Every Codex service uses Redis, so only a service that stops using it shows that the
    rules follow each service's `redis`, not the platform's having a Redis."""
    from helpers import synth_project

    def drop(data):
        spec = data["services"]["problem-service"]
        spec["redis"] = False
        spec["secret_keys"].remove("REDIS_URL")

    project.edit("platform.yaml", drop)
    prod = synth_project(project, tmp_path / "out", "prod")["prod"]
    cluster = Cluster(prod)
    assert not allowed(policies(prod), cluster.pods["problem-service"], cluster.pods["redis"], 6379)
    assert check(prod) == []
