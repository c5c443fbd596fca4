"""The alert rules, judged by Prometheus itself: promtool (built from the Prometheus module of the
version chart 29.27.0 deploys, v3.14.0) checks each environment's rule file and runs unit tests
(`promtool test rules`) written here, not derived from the rules.

For every alert: input series named and labelled as their exporter serves them (kube-state-metrics,
Strimzi's Kafka Exporter and JMX rules, the kubelet, cert-manager, ingress-nginx, Envoy, Tempo's
span metrics), on which it fires with the labels routing and the runbook rely on; series on which
it stays quiet; and the threshold's edge (just below and just above; where a gauge crosses it at a
known minute, the ``for`` duration to the minute: a rate's onset depends on its window's
extrapolation, so there the test holds pending before ``for`` and firing after).
Thresholds are the environment file's, read as input.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

from platforms import CODEX
from programs import run_program

pytestmark = pytest.mark.peers

KSM = {"job": "kube-state-metrics", "instance": "prometheus-kube-state-metrics.observability.svc.cluster.local:8080"}
NS = "app-services"


def rule_groups(environment: str) -> dict:
    return CODEX.helm_values(environment, "prometheus")["serverFiles"]["alerting_rules.yml"]


def series(name: str, labels: dict[str, str], values: str) -> dict:
    inner = ", ".join(f'{key}="{value}"' for key, value in labels.items())
    return {"series": f"{name}{{{inner}}}", "values": values}


@dataclass
class Case:
    """One promtool test: series, and at each time the alerts (labels) that must be firing."""

    name: str
    alert: str
    inputs: list[dict]
    expect: list[tuple[str, list[dict[str, str]]]] = field(default_factory=list)


def cases(environment: str) -> list[Case]:
    config = CODEX.environments[environment].config
    a = config.alerts
    gateway_pod = {"namespace": NS, "pod": "gateway-service-6d9f7c-abcde", "uid": "0001", **KSM}
    crash = {**gateway_pod, "container": "gateway-service"}
    service = {"namespace": NS, "service": "gateway-service"}
    lag_labels = {
        "consumergroup": "CE_SUBMISSION_NORMAL_EXEC",
        "topic": "SUBMISSION_JOBS",
        "namespace": NS,
        "pod": "kafka-kafka-exporter-7c9d-xyz12",
        "job": "kafka-exporter",
        "instance": "10.8.0.7:9404",
    }
    lag_alert = {"consumergroup": "CE_SUBMISSION_NORMAL_EXEC", "topic": "SUBMISSION_JOBS", "service": "code-execution-service"}
    exporter = {"namespace": NS, "pod": "kafka-kafka-exporter-7c9d-xyz12", "job": "kafka-exporter", "instance": "10.8.0.7:9404"}
    unavailable, pending, at_max = a.unavailable_minutes, a.pending_minutes, a.autoscaler_at_max_minutes
    found: list[Case] = [
        Case(
            "a deployment with no available replica",
            "ServiceUnavailable",
            [
                series(
                    "kube_deployment_status_replicas_available",
                    {"namespace": NS, "deployment": "gateway-service", **KSM},
                    f"2 2 0x{unavailable + 10}",
                ),
                series("kube_deployment_spec_replicas", {"namespace": NS, "deployment": "gateway-service", **KSM}, f"2x{unavailable + 12}"),
                # Quiet: one replica of two available; and a paused service (0 of 0).
                series(
                    "kube_deployment_status_replicas_available",
                    {"namespace": NS, "deployment": "problem-service", **KSM},
                    f"1x{unavailable + 12}",
                ),
                series("kube_deployment_spec_replicas", {"namespace": NS, "deployment": "problem-service", **KSM}, f"2x{unavailable + 12}"),
                series(
                    "kube_deployment_status_replicas_available",
                    {"namespace": NS, "deployment": "auth-user-service", **KSM},
                    f"0x{unavailable + 12}",
                ),
                series(
                    "kube_deployment_spec_replicas", {"namespace": NS, "deployment": "auth-user-service", **KSM}, f"0x{unavailable + 12}"
                ),
            ],
            [
                # Down from minute 2: pending for `unavailable_minutes`, then firing.
                (f"{2 + unavailable - 1}m", []),
                (f"{2 + unavailable}m", [{"deployment": "gateway-service", **KSM, **service, "severity": "critical"}]),
            ],
        ),
        Case(
            f"more than {a.restarts_per_15m} restarts in 15 minutes",
            "ServiceCrashLooping",
            [
                # One restart a minute from minute 10.
                series("kube_pod_container_status_restarts_total", crash, "0x10 1+1x30"),
            ],
            [("9m", []), ("30m", [{**crash, **service, "severity": "warning"}])],
        ),
        Case(
            f"exactly {a.restarts_per_15m} restarts in 15 minutes",
            "ServiceCrashLooping",
            [
                series("kube_pod_container_status_restarts_total", crash, f"0x10 {a.restarts_per_15m}x30"),
            ],
            [("16m", []), ("22m", [])],
        ),
        Case(
            "an OOM kill and a restart",
            "ServiceOOMKilled",
            [
                series("kube_pod_container_status_last_terminated_reason", {**crash, "reason": "OOMKilled"}, "0x9 1x30"),
                series("kube_pod_container_status_restarts_total", crash, "0x9 1x30"),
            ],
            [("5m", []), ("12m", [{**service, "severity": "warning"}]), ("25m", [])],
        ),
        Case(
            "a pod pending",
            "ServicePodsPending",
            [
                series("kube_pod_status_phase", {**gateway_pod, "phase": "Pending"}, f"1x{pending + 5}"),
                series("kube_pod_status_phase", {**gateway_pod, "pod": "problem-service-5f-aaaaa", "phase": "Pending"}, f"0x{pending + 5}"),
            ],
            [(f"{pending - 1}m", []), (f"{pending}m", [{**service, "severity": "warning"}])],
        ),
        Case(
            "an autoscaler at its maximum",
            "ServiceAutoscalerAtMax",
            [
                series(
                    "kube_horizontalpodautoscaler_status_current_replicas",
                    {"namespace": NS, "horizontalpodautoscaler": "gateway-service", **KSM},
                    f"10x{at_max + 5}",
                ),
                series(
                    "kube_horizontalpodautoscaler_spec_max_replicas",
                    {"namespace": NS, "horizontalpodautoscaler": "gateway-service", **KSM},
                    f"10x{at_max + 5}",
                ),
                series(
                    "kube_horizontalpodautoscaler_status_current_replicas",
                    {"namespace": NS, "horizontalpodautoscaler": "problem-service", **KSM},
                    f"9x{at_max + 5}",
                ),
                series(
                    "kube_horizontalpodautoscaler_spec_max_replicas",
                    {"namespace": NS, "horizontalpodautoscaler": "problem-service", **KSM},
                    f"10x{at_max + 5}",
                ),
            ],
            [
                (f"{at_max - 1}m", []),
                (f"{at_max}m", [{"horizontalpodautoscaler": "gateway-service", **KSM, **service, "severity": "warning"}]),
            ],
        ),
        Case(
            "a consumer group behind by more than the threshold",
            "KafkaConsumerLagHigh",
            [
                series("kafka_consumergroup_lag", {**lag_labels, "partition": "0"}, f"{a.consumer_lag - 40}x30"),
                series("kafka_consumergroup_lag", {**lag_labels, "partition": "1"}, "41x30"),
                # Quiet: exactly the threshold, summed over partitions.
                series(
                    "kafka_consumergroup_lag",
                    {**lag_labels, "consumergroup": "CE_RUN_NORMAL_EXEC", "topic": "RUN_JOBS", "partition": "0"},
                    f"{a.consumer_lag}x30",
                ),
            ],
            [(f"{a.lag_minutes - 1}m", []), (f"{a.lag_minutes}m", [{**lag_alert, "severity": "warning"}])],
        ),
        Case(
            "a consumer group that commits nothing while its lag grows",
            "KafkaConsumerStalled",
            [
                series("kafka_consumergroup_current_offset", {**lag_labels, "partition": "0"}, "500x40"),
                series("kafka_consumergroup_lag", {**lag_labels, "partition": "0"}, "0+5x40"),
                # Quiet: committing as messages arrive.
                series(
                    "kafka_consumergroup_current_offset",
                    {**lag_labels, "consumergroup": "CE_RUN_NORMAL_EXEC", "topic": "RUN_JOBS", "partition": "0"},
                    "500+5x40",
                ),
                series(
                    "kafka_consumergroup_lag",
                    {**lag_labels, "consumergroup": "CE_RUN_NORMAL_EXEC", "topic": "RUN_JOBS", "partition": "0"},
                    "0+5x40",
                ),
            ],
            [("5m", []), ("20m", [{**lag_alert, "severity": "critical"}])],
        ),
        Case(
            "a message on the dead-letter topic",
            "KafkaDeadLetters",
            [
                series("kafka_topic_partition_current_offset", {**exporter, "topic": "DLQ_QUEUE", "partition": "0"}, "7x10 8x30"),
            ],
            [("8m", []), ("12m", [{"topic": "DLQ_QUEUE", "severity": "warning"}]), ("20m", [])],
        ),
        Case(
            "an under-replicated partition",
            "KafkaUnderReplicatedPartitions",
            [
                series(
                    "kafka_topic_partition_under_replicated_partition", {**exporter, "topic": "SUBMISSION_JOBS", "partition": "0"}, "0 1x20"
                ),
                series("kafka_topic_partition_under_replicated_partition", {**exporter, "topic": "RUN_JOBS", "partition": "0"}, "0x20"),
            ],
            [("5m", []), ("6m", [{"cluster": "kafka", "severity": "warning"}])],
        ),
        Case(
            "a partition without a leader",
            "KafkaOfflinePartitions",
            [
                series(
                    "kafka_controller_kafkacontroller_offlinepartitionscount",
                    {"namespace": NS, "pod": "kafka-kafka-pool-0", "job": "kafka-brokers", "instance": "10.8.0.2:9404"},
                    "0 1x10",
                ),
            ],
            [("1m", []), ("2m", [{"cluster": "kafka", "severity": "critical"}])],
        ),
        Case(
            "fewer brokers than the cluster has",
            "KafkaBrokerDown",
            [
                series("kafka_brokers", exporter, f"{config.kafka.replicas} {config.kafka.replicas - 1}x10"),
            ],
            [("5m", []), ("6m", [{**exporter, "cluster": "kafka", "severity": "critical"}])],
        ),
        Case(
            "as many brokers as the cluster has",
            "KafkaBrokerDown",
            [
                series("kafka_brokers", exporter, f"{config.kafka.replicas}x10"),
            ],
            [("8m", [])],
        ),
    ]
    volume = {
        "namespace": NS,
        "persistentvolumeclaim": "data-0-kafka-kafka-pool-0",
        "job": "kubernetes-kubelet-volumes",
        "instance": "gke-node-1",
    }
    free_below = round(a.kafka_disk_free_ratio * 100) - 1
    found += [
        Case(
            "a Kafka volume filling up",
            "KafkaDiskFilling",
            [
                series("kubelet_volume_stats_available_bytes", volume, f"{free_below}x20"),
                series("kubelet_volume_stats_capacity_bytes", volume, "100x20"),
                # Quiet: exactly the free ratio left, on another broker's volume.
                series(
                    "kubelet_volume_stats_available_bytes",
                    {**volume, "persistentvolumeclaim": "data-0-kafka-kafka-pool-1"},
                    f"{free_below + 1}x20",
                ),
                series("kubelet_volume_stats_capacity_bytes", {**volume, "persistentvolumeclaim": "data-0-kafka-kafka-pool-1"}, "100x20"),
            ],
            [("14m", []), ("15m", [{**volume, "cluster": "kafka", "severity": "warning"}])],
        ),
    ]
    day = 86400
    certificate = {
        "name": "codex-api-tls",
        "namespace": NS,
        "issuer_name": "letsencrypt",
        "issuer_kind": "ClusterIssuer",
        "issuer_group": "cert-manager.io",
        "job": "cert-manager",
        "instance": "10.8.0.9:9402",
        "pod": "cert-manager-6b-zzzzz",
    }
    found += [
        Case(
            "the edge certificate expiring within the threshold",
            "CertificateExpiringSoon",
            [
                series(
                    "certmanager_certificate_expiration_timestamp_seconds", certificate, f"{(a.cert_expiry_days - 1) * day}x{2 * 60 + 5}"
                ),
            ],
            [("59m", []), ("60m", [{**certificate, "certificate": "codex-api-tls", "severity": "warning"}])],
        ),
        Case(
            "the edge certificate valid for longer",
            "CertificateExpiringSoon",
            [
                series(
                    "certmanager_certificate_expiration_timestamp_seconds", certificate, f"{(a.cert_expiry_days + 1) * day}x{2 * 60 + 5}"
                ),
            ],
            [("2h", [])],
        ),
    ]
    found += edge_cases(environment) + budget_cases(environment)
    return found


def edge_cases(environment: str) -> list[Case]:
    """5xx on the API's host and routes count; the admin tools' do not."""
    config = CODEX.environments[environment].config
    percent = round(config.alerts.edge_5xx_ratio * 100)
    host = config.edge.host
    alert = [{"host": host, "severity": "critical"}]
    if config.edge.api == "ingress":
        nginx = {
            "namespace": NS,
            "ingress": "main-ingress",
            "host": host,
            "method": "GET",
            "path": "/",
            "service": "gateway-service",
            "canary": "",
            "controller_class": "k8s.io/ingress-nginx",
            "controller_namespace": "ingress-nginx",
            "controller_pod": "ingress-nginx-controller-1",
            "job": "ingress-nginx",
            "instance": "10.8.0.5:10254",
        }
        admin = {**nginx, "ingress": "main-ingress-admin", "host": config.edge.admin_host or "admin.example", "service": "grafana-proxy"}

        def traffic(ok: int, failed: int, admin_failed: int) -> list[dict]:
            return [
                series("nginx_ingress_controller_requests", {**nginx, "status": "200"}, f"0+{ok}x30"),
                series("nginx_ingress_controller_requests", {**nginx, "status": "502"}, f"0+{failed}x30"),
                series("nginx_ingress_controller_requests", {**admin, "status": "500"}, f"0+{admin_failed}x30"),
            ]
    else:
        cluster = {
            "namespace": "envoy-gateway-system",
            "pod": "envoy-codex-gateway-1",
            "job": "envoy-proxies",
            "instance": "10.8.0.6:19001",
        }
        api = {**cluster, "envoy_cluster_name": f"httproute/{NS}/gateway-service/rule/0"}
        grafana = {**cluster, "envoy_cluster_name": f"httproute/{NS}/grafana/rule/0"}

        def traffic(ok: int, failed: int, admin_failed: int) -> list[dict]:
            return [
                series("envoy_cluster_upstream_rq_total", api, f"0+{ok + failed}x30"),
                series("envoy_cluster_upstream_rq_xx", {**api, "envoy_response_code_class": "5"}, f"0+{failed}x30"),
                series("envoy_cluster_upstream_rq_total", grafana, f"0+{admin_failed}x30"),
                series("envoy_cluster_upstream_rq_xx", {**grafana, "envoy_response_code_class": "5"}, f"0+{admin_failed}x30"),
            ]

    return [
        Case(
            "the API answering just above the 5xx ratio",
            "EdgeErrorRatioHigh",
            traffic(100 - (percent + 1), percent + 1, 0),
            [("5m", []), ("15m", alert)],
        ),
        Case(
            "the API answering at the 5xx ratio, the admin tools failing",
            "EdgeErrorRatioHigh",
            traffic(100 - percent, percent, 500),
            [("20m", [])],
        ),
    ]


def budget_cases(environment: str) -> list[Case]:
    """code-manage: failures are its gRPC server spans ending in a server fault (Tempo's span
    metrics, labelled as Tempo writes them); slowness is its own histogram."""
    config = CODEX.environments[environment].config
    success, latency = config.alerts.slo_success, config.alerts.slo_latency
    spans = {
        "service": "code-manage-service",
        "span_kind": "SPAN_KIND_SERVER",
        "span_name": "grpc.code_manage.v1.CodeManageService/SubmitCodeExec",
    }
    app = {
        "app": "code-manage-service",
        "namespace": NS,
        "pod": "code-manage-service-7b-qqqqq",
        "job": "code-manage-service",
        "instance": "10.8.0.8:9103",
        "method": "submitCodeExec",
        "status": "OK",
    }
    out: list[Case] = []
    for speed, severity, factor, hold in (("Fast", "critical", 14.4, 2), ("Slow", "warning", 6.0, 15)):
        budget = factor * (1 - success) * 100  # percent of requests
        over, under = int(budget) + 1, int(budget) - 1
        alert = [{"service": "code-manage-service", "severity": severity}]

        def calls(ok: int, faults: int, users: int) -> list[dict]:
            return [
                series(
                    "traces_spanmetrics_calls_total",
                    {**spans, "status_code": "STATUS_CODE_UNSET", "rpc_grpc_status_code": "0"},
                    f"0+{ok}x420",
                ),
                series(
                    "traces_spanmetrics_calls_total",
                    {**spans, "status_code": "STATUS_CODE_ERROR", "rpc_grpc_status_code": "13"},
                    f"0+{faults}x420",
                ),
                # A user's syntax error (INVALID_ARGUMENT) spends no budget.
                series(
                    "traces_spanmetrics_calls_total",
                    {**spans, "status_code": "STATUS_CODE_ERROR", "rpc_grpc_status_code": "3"},
                    f"0+{users}x420",
                ),
            ]

        out += [
            # Out of 100 calls a minute: `over` server faults, 30 of the users' own.
            Case(
                f"server faults just above the {speed.lower()} burn",
                f"ServiceErrorBudgetBurn{speed}",
                calls(70 - over, over, 30),
                [(f"{hold + 5}m", alert), ("6h", alert)],
            ),
            Case(
                f"server faults just below the {speed.lower()} burn, users' errors many",
                f"ServiceErrorBudgetBurn{speed}",
                calls(20 - under, under, 80),
                [("6h", [])],
            ),
        ]
        slow_budget = factor * (1 - latency) * 100
        slow_over, slow_under = min(int(slow_budget) + 1, 100), int(slow_budget) - 1

        def timings(slow: int) -> list[dict]:
            return [
                series("grpc_request_duration_ms_bucket", {**app, "le": "500.0"}, f"0+{100 - slow}x420"),
                series("grpc_request_duration_ms_bucket", {**app, "le": "+Inf"}, "0+100x420"),
                series("grpc_request_duration_ms_count", app, "0+100x420"),
            ]

        out += [
            Case(
                f"slow requests just above the {speed.lower()} latency burn",
                f"ServiceLatencyBudgetBurn{speed}",
                timings(slow_over),
                [("6h", alert)],
            ),
            Case(
                f"slow requests just below the {speed.lower()} latency burn",
                f"ServiceLatencyBudgetBurn{speed}",
                timings(slow_under),
                [("6h", [])],
            ),
        ]
    return out


def annotations_of(groups: dict, alert: str, labels: dict[str, str]) -> dict[str, str]:
    """The annotations of the rule instance the expected labels select (a rule per service,
    topic or certificate): annotations are the rule's text, checked elsewhere."""
    rules = [r for g in groups["groups"] for r in g["rules"] if r["alert"] == alert and r["labels"].items() <= labels.items()]
    assert len(rules) == 1, f"{alert} {labels}: {len(rules)} rules match"
    return rules[0]["annotations"]


def promtool_file(environment: str, folder: Path, selected: list[Case]) -> Path:
    groups = rule_groups(environment)
    (folder / "rules.yml").write_text(yaml.safe_dump(groups, sort_keys=False))
    tests: list[dict[str, Any]] = []
    for case in selected:
        tests.append(
            {
                "name": case.name,
                "interval": "1m",
                "input_series": case.inputs,
                "alert_rule_test": [
                    {
                        "eval_time": at,
                        "alertname": case.alert,
                        "exp_alerts": [
                            {"exp_labels": labels, "exp_annotations": annotations_of(groups, case.alert, labels)} for labels in firing
                        ],
                    }
                    for at, firing in case.expect
                ],
            }
        )
    path = folder / "tests.yml"
    path.write_text(yaml.safe_dump({"rule_files": ["rules.yml"], "evaluation_interval": "1m", "tests": tests}, sort_keys=False))
    return path


def promtool(*args: str) -> subprocess.CompletedProcess:
    return run_program("promtool", "peer-tools", *args)


@pytest.mark.parametrize("environment", ["prod", "dev"])
def test_every_rule_file_passes_promtool_s_check(tmp_path, environment):
    path = tmp_path / "rules.yml"
    path.write_text(yaml.safe_dump(rule_groups(environment), sort_keys=False))
    result = promtool("check", "rules", str(path))
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("environment", ["prod", "dev"])
def test_every_alert_fires_on_its_series_and_stays_quiet_below_its_threshold(tmp_path, environment):
    rendered = {r["alert"] for g in rule_groups(environment)["groups"] for r in g["rules"]}
    selected = [case for case in cases(environment) if case.alert in rendered]  # dev autoscales nothing
    fires = {case.alert for case in selected if any(firing for _, firing in case.expect)}
    stays_quiet = {case.alert for case in selected if any(not firing for _, firing in case.expect)}
    assert fires == stays_quiet == rendered, "every alert of the environment fires in a case and stays quiet in one"
    result = promtool("test", "rules", str(promtool_file(environment, tmp_path, selected)))
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:]


def test_a_wrong_expectation_fails_promtool(tmp_path):
    """The tests above can fail: an alert expected on a quiet series is reported."""
    (case,) = [c for c in cases("prod") if c.name == "as many brokers as the cluster has"]
    exporter = {"namespace": NS, "pod": "kafka-kafka-exporter-7c9d-xyz12", "job": "kafka-exporter", "instance": "10.8.0.7:9404"}
    wrong = Case(case.name, case.alert, case.inputs, [("8m", [{**exporter, "cluster": "kafka", "severity": "critical"}])])
    result = promtool("test", "rules", str(promtool_file("prod", tmp_path, [wrong])))
    assert result.returncode != 0 and "KafkaBrokerDown" in result.stdout + result.stderr
