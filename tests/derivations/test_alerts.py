"""Alerts, SLOs and the Kafka pipeline: rules derived from the model, each parsed as PromQL,
reading only metrics an exporter we deploy serves, each with its runbook, routed by Alertmanager."""

from __future__ import annotations

import json
import re

import promql_parser
import yaml

from codex_platform.derivations.alerts import METRICS
from codex_platform.derivations.runbooks import RUNBOOKS
from helpers import ROOT, declared, synth_project

#: Functions and the ALERTS series are PromQL's own, not an exporter's.
BUILT_IN = {"ALERTS"}


def values(objects, release):
    return objects[f"gitops/Application.codex-{release}.k8s.yaml"]["spec"]["source"]["helm"]["valuesObject"]


def rules_of(objects) -> list[dict]:
    groups = values(objects, "prometheus")["serverFiles"]["alerting_rules.yml"]["groups"]
    return [rule for group in groups for rule in group["rules"]]


def metric_names(expr: str) -> set[str]:
    """Every series an expression selects, from the parsed tree."""
    names: set[str] = set()

    def visit(node):
        selector = getattr(node, "vector_selector", node)
        if type(selector).__name__ == "VectorSelector" and selector.name:
            names.add(selector.name)

    promql_parser.walk(promql_parser.parse(expr), visit, None)
    return names


def test_every_rule_parses_as_promql_and_reads_only_served_metrics(platform, environment):
    for rule in rules_of(platform.objects(environment)):
        used = metric_names(rule["expr"])  # raises on a syntax error
        unknown = used - set(METRICS) - BUILT_IN - request_metric_series(platform.declared)
        assert not unknown, f"{rule['alert']}: {unknown} is served by nothing we deploy"


def request_metric_series(declared: dict) -> set[str]:
    """Series the services declare they serve (platform.yaml request_metrics)."""
    series = set()
    for spec in declared["services"].values():
        metrics = spec.get("request_metrics")
        if metrics:
            series |= {metrics["requests_total"], f"{metrics['duration_histogram']}_bucket", f"{metrics['duration_histogram']}_count"}
    return series


def test_the_metric_list_names_its_exporters_and_they_are_scraped(prod):
    prometheus = values(prod, "prometheus")
    jobs = {job["job_name"]: job for job in prometheus["serverFiles"]["prometheus.yml"]["scrape_configs"]}
    sources = {
        "kube-state-metrics": "kube-state-metrics",
        "Strimzi's Kafka Exporter": "kafka-exporter",
        "the brokers' JMX Prometheus exporter (Strimzi metricsConfig)": "kafka-brokers",
        "the kubelets' /metrics": "kubernetes-kubelet-volumes",
        "cert-manager's controller": "cert-manager",
        "ingress-nginx's controller": "ingress-nginx",
        "the Envoy proxies' /stats/prometheus": "envoy-proxies",
    }
    written = "Tempo's metrics generator (span metrics, written to Prometheus)"
    assert set(METRICS.values()) == set(sources) | {written}
    assert set(sources.values()) <= set(jobs), "every exporter a rule reads is scraped"
    # Span metrics are written, not scraped: Tempo remote-writes them to Prometheus' receiver,
    # with the span-metrics processor on.
    tempo = values(prod, "tempo")["tempo"]
    assert tempo["metricsGenerator"]["enabled"] is True and tempo["metricsGenerator"]["remoteWriteUrl"].endswith("/api/v1/write")
    assert "span-metrics" in tempo["overrides"]["defaults"]["metrics_generator"]["processors"]
    assert "web.enable-remote-write-receiver" in prometheus["server"]["extraFlags"]
    # Envoy serves Prometheus text at /stats/prometheus; /metrics on its admin port is not it.
    assert jobs["envoy-proxies"]["metrics_path"] == "/stats/prometheus"
    kafka = prod["data/Kafka.kafka.k8s.yaml"]["spec"]
    assert kafka["kafkaExporter"] == {"groupRegex": ".*", "topicRegex": ".*"}
    metrics_config = kafka["kafka"]["metricsConfig"]["valueFrom"]["configMapKeyRef"]
    rules = yaml.safe_load(prod[f"data/ConfigMap.{metrics_config['name']}.k8s.yaml"]["data"][metrics_config["key"]])
    assert rules["rules"][0]["name"] == "kafka_$1_$2_$3" and rules["lowercaseOutputName"] is True
    assert values(prod, "ingress-nginx")["controller"]["metrics"]["enabled"] is True


def test_every_alert_has_its_runbook_in_docs(platform):
    for rule in rules_of(platform.objects("prod")):
        name = rule["alert"]
        assert name in RUNBOOKS, name
        assert rule["annotations"]["runbook_url"].endswith(f"/docs/runbooks/{name}.md")
        assert set(rule["annotations"]) == {"summary", "description", "runbook_url"}
        assert rule["labels"]["severity"] in ("critical", "warning")
        runbook = (ROOT / "docs/runbooks" / f"{name}.md").read_text()
        assert "What it means for users" in runbook and runbook.count("\n1. ") + runbook.count("\n2. ") + runbook.count("\n3. ") == 3


def test_the_observability_page_lists_every_alert():
    operations = (ROOT / "docs" / "observability.md").read_text()
    for name in RUNBOOKS:
        assert f"`{name}`" in operations, name


def test_each_service_and_consumer_has_its_rules(platform):
    by_name: dict[str, set[str]] = {}
    for rule in rules_of(platform.objects("prod")):
        by_name.setdefault(rule["alert"], set()).add(rule["labels"].get("service") or rule["labels"].get("topic") or "")
    declared = platform.declared
    services = set(declared["services"])
    for alert in ("ServiceUnavailable", "ServiceCrashLooping", "ServicePodsPending", "ServiceOOMKilled"):
        assert by_name[alert] == services, alert
    consumers = {name for name, s in declared["services"].items() if (s.get("kafka") or {}).get("consumes")}
    assert by_name["KafkaConsumerLagHigh"] == consumers == by_name["KafkaConsumerStalled"]
    assert by_name["KafkaDeadLetters"] == {"DLQ_QUEUE"}
    assert by_name["ServiceErrorBudgetBurnFast"] == {"code-manage-service"}, "only code-manage serves request metrics"
    assert {
        "KafkaBrokerDown",
        "KafkaOfflinePartitions",
        "KafkaUnderReplicatedPartitions",
        "KafkaDiskFilling",
        "CertificateExpiringSoon",
        "EdgeErrorRatioHigh",
        "ServiceAutoscalerAtMax",
    } <= set(by_name)


def test_burn_rates_follow_the_slo(prod):
    fast = next(r for r in rules_of(prod) if r["alert"] == "ServiceErrorBudgetBurnFast")
    # 99 % success: the budget is 1 %; a 14.4x burn spends a 30-day budget in about 2 days.
    assert "> 0.144 and" in fast["expr"] and "[1h]" in fast["expr"] and "[5m]" in fast["expr"]
    latency = next(r for r in rules_of(prod) if r["alert"] == "ServiceLatencyBudgetBurnSlow")
    # Prometheus 3 (chart 29) stores le="500" as le="500.0": a selector for "500" would match nothing.
    assert 'le="500.0"' in latency["expr"] and "> 0.3 and" in latency["expr"] and "[6h]" in latency["expr"]


def test_a_new_service_and_topic_get_their_rules_with_no_other_change(project, tmp_path):
    def add(data):
        data["kafka"]["topics"]["LEDGER_EVENTS"] = {"partitions": 6}
        data["services"]["ledger-service"] = {
            "kind": "kafka-worker",
            "probe_command": ["true"],
            "kafka": {"consumes": {"LEDGER_EVENTS": "ledger-group"}},
        }

    project.edit("platform.yaml", add)
    for environment in declared()["environments"]:
        project.edit(
            f"environments/{environment}.yaml",
            lambda d: d["services"].update({"ledger-service": {"image": {"repository": "example/ledger", "tag": "0a1b2c3"}}}),
        )
    prod = synth_project(project, tmp_path / "out", "prod")["prod"]
    rules = rules_of(prod)
    assert any(r["alert"] == "ServiceUnavailable" and r["labels"]["service"] == "ledger-service" for r in rules)
    lag = [r for r in rules if r["alert"] == "KafkaConsumerLagHigh" and r["labels"]["topic"] == "LEDGER_EVENTS"]
    assert lag and 'consumergroup="ledger-group"' in lag[0]["expr"]


def test_thresholds_are_per_environment(project, tmp_path):
    project.edit("environments/dev.yaml", lambda d: d.update(alerts={"receiver": "none", "consumer_lag": 5000}))
    dev = synth_project(project, tmp_path / "out", "dev")["dev"]
    lag = next(r for r in rules_of(dev) if r["alert"] == "KafkaConsumerLagHigh")
    assert lag["expr"].endswith("> 5000")


def test_alertmanager_routes_prod_to_slack_from_the_secret_manager_and_dev_nowhere(prod, dev):
    manager = values(prod, "prometheus")["alertmanager"]
    assert manager["enabled"] is True
    (receiver,) = manager["config"]["receivers"]
    (slack,) = receiver["slack_configs"]
    (mount,) = manager["extraSecretMounts"]
    assert slack["api_url_file"] == f"{mount['mountPath']}/webhook-url" and mount["secretName"] == "alertmanager-slack"
    secret = prod["secrets/ExternalSecret.alertmanager-slack.k8s.yaml"]
    assert secret["metadata"]["namespace"] == "observability"
    assert secret["spec"]["data"] == [{"remoteRef": {"key": "codex-prod-alertmanager-slack-webhook-url"}, "secretKey": "webhook-url"}]
    assert values(dev, "prometheus")["alertmanager"]["config"]["receivers"] == [{"name": "default"}], "dev routes nowhere"
    assert "secrets/ExternalSecret.alertmanager-slack.k8s.yaml" not in dev


def test_one_broken_broker_is_one_page(prod):
    config = values(prod, "prometheus")["alertmanager"]["config"]
    assert {"alertname", "cluster"} <= set(config["route"]["group_by"])
    broker = next(r for r in config["inhibit_rules"] if r["source_matchers"] == ["alertname=KafkaBrokerDown"])
    assert "KafkaConsumerLagHigh" in broker["target_matchers"][0] and "KafkaUnderReplicatedPartitions" in broker["target_matchers"][0]


def test_the_overview_dashboard_shows_the_pipeline(prod):
    board = json.loads(prod["observability/ConfigMap.dashboard-platform-overview.k8s.yaml"]["data"]["platform-overview.json"])
    exprs = " ".join(p["targets"][0]["expr"] for p in board["panels"])
    for series in (
        "kube_deployment_status_replicas_available",
        "kafka_consumergroup_lag",
        "kafka_topic_partition_current_offset",
        "kafka_brokers",
        "ALERTS",
    ):
        assert series in exprs
    for panel in board["panels"]:
        promql_parser.parse(panel["targets"][0]["expr"])


def edge_expr(objects) -> str:
    return next(r["expr"] for r in rules_of(objects) if r["alert"] == "EdgeErrorRatioHigh")


def test_the_edge_error_ratio_counts_the_api_and_not_the_admin_tools(prod, dev):
    """kafka-ui's and Grafana's errors are not users' errors. On ingress-nginx the API is its host;
    on Envoy Gateway, its routes' clusters (Prometheus matches a regex against the whole value)."""
    assert 'host="api.codexakash.space"' in edge_expr(prod)
    clusters = re.search(r'envoy_cluster_name=~"([^"]+)"', edge_expr(dev)).group(1)
    routed = {
        name: bool(re.fullmatch(clusters, f"httproute/app-services/{name}/rule/0"))
        for name in ("gateway-service", "collab-service", "grafana", "kafka-ui")
    }
    assert routed == {"gateway-service": True, "collab-service": True, "grafana": False, "kafka-ui": False}


def test_code_manage_s_error_budget_counts_server_faults_from_its_spans(prod):
    """Its prom-client counter labels every call OK (src/config/metrics/grpcMetricsMiddleware.ts
    counts ERROR only when a handler throws, and withGrpcErrorHandler catches everything and
    answers through the callback): the budget reads the gRPC server spans' status code instead,
    which @opentelemetry/instrumentation-grpc records, as Tempo's span metrics dimension. The
    users' own failures (NOT_FOUND 5, INVALID_ARGUMENT 3, RESOURCE_EXHAUSTED 8) spend nothing."""
    fast = next(r for r in rules_of(prod) if r["alert"] == "ServiceErrorBudgetBurnFast")
    assert "grpc_requests_total" not in fast["expr"]
    spans = 'traces_spanmetrics_calls_total{service="code-manage-service", span_kind="SPAN_KIND_SERVER"'
    codes = re.search(r'rpc_grpc_status_code=~"([^"]+)"', fast["expr"]).group(1)
    assert spans in fast["expr"]
    counted = {code for code in range(17) if re.fullmatch(codes, str(code))}
    assert counted == {2, 4, 12, 13, 14, 15}
    dimensions = values(prod, "tempo")["tempo"]["overrides"]["defaults"]["metrics_generator"]["processor"]["span_metrics"]["dimensions"]
    assert dimensions == ["rpc.grpc.status_code"]
