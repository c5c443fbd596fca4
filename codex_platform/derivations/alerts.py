"""Alerts derived from the model: every service, consumed topic, the Kafka cluster, the edge and
every declared request metric get their rules, with thresholds from the environment file.

Each alert name has one runbook (``docs/runbooks/<Alert>.md``, generated from
``runbooks.RUNBOOKS``), and every metric a rule reads is listed in :data:`METRICS` with the exporter
that serves it. Descriptions name their service or topic literally (the rules are generated
per instance), so no template syntax reaches Helm or Prometheus.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from codex_constructs import Alerting

from ..inputs.config import EnvironmentConfig
from ..inputs.errors import declared
from .components import (
    ENVOY_GATEWAY_NAMESPACE,
)
from .plan import EnvironmentPlan
from .runbooks import runbook_base
from .secret_sources import ALERTMANAGER_SECRET, SLACK_WEBHOOK_KEY

#: Every metric a rule reads, and what serves it (all deployed and scraped by the platform).
METRICS: dict[str, str] = {
    "kube_deployment_status_replicas_available": "kube-state-metrics",
    "kube_deployment_spec_replicas": "kube-state-metrics",
    "kube_pod_container_status_restarts_total": "kube-state-metrics",
    "kube_pod_container_status_last_terminated_reason": "kube-state-metrics",
    "kube_pod_status_phase": "kube-state-metrics",
    "kube_horizontalpodautoscaler_status_current_replicas": "kube-state-metrics",
    "kube_horizontalpodautoscaler_spec_max_replicas": "kube-state-metrics",
    "kafka_consumergroup_lag": "Strimzi's Kafka Exporter",
    "kafka_consumergroup_current_offset": "Strimzi's Kafka Exporter",
    "kafka_topic_partition_current_offset": "Strimzi's Kafka Exporter",
    "kafka_topic_partition_under_replicated_partition": "Strimzi's Kafka Exporter",
    "kafka_brokers": "Strimzi's Kafka Exporter",
    "kafka_controller_kafkacontroller_offlinepartitionscount": "the brokers' JMX Prometheus exporter (Strimzi metricsConfig)",
    "kubelet_volume_stats_available_bytes": "the kubelets' /metrics",
    "kubelet_volume_stats_capacity_bytes": "the kubelets' /metrics",
    "certmanager_certificate_expiration_timestamp_seconds": "cert-manager's controller",
    "nginx_ingress_controller_requests": "ingress-nginx's controller",
    "envoy_cluster_upstream_rq_xx": "the Envoy proxies' /stats/prometheus",
    "envoy_cluster_upstream_rq_total": "the Envoy proxies' /stats/prometheus",
    "traces_spanmetrics_calls_total": "Tempo's metrics generator (span metrics, written to Prometheus)",
}


@dataclass(frozen=True)
class AlertRule:
    name: str
    expr: str
    for_: str
    severity: str
    summary: str
    description: str
    labels: tuple[tuple[str, str], ...] = ()

    def render(self, runbook_base: str) -> dict[str, Any]:
        rule: dict[str, Any] = {"alert": self.name, "expr": self.expr}
        if self.for_:
            rule["for"] = self.for_
        rule["labels"] = {"severity": self.severity, **dict(self.labels)}
        rule["annotations"] = {
            "summary": self.summary,
            "description": self.description,
            "runbook_url": f"{runbook_base}/{self.name}.md",
        }
        return rule


def _selector(**labels: str) -> str:
    return "{" + ", ".join(f'{key}="{value}"' for key, value in labels.items()) + "}"


def service_rules(plan: EnvironmentPlan) -> list[AlertRule]:
    model, config = plan.model, plan.config
    thresholds, rules = config.alerts, []
    for name in model.services:
        namespace = model.namespace_of(name)
        service = plan.services[name]
        labels = (("service", name), ("namespace", namespace))
        deployment = _selector(namespace=namespace, deployment=name)
        container = _selector(namespace=namespace, container=name)
        rules += [
            AlertRule(
                "ServiceUnavailable",
                f"kube_deployment_status_replicas_available{deployment} == 0 and kube_deployment_spec_replicas{deployment} > 0",
                f"{thresholds.unavailable_minutes}m",
                "critical",
                f"{name} has no ready replica",
                f"{name} in {namespace} has had no ready replica for {thresholds.unavailable_minutes} minutes.",
                labels,
            ),
            AlertRule(
                "ServiceCrashLooping",
                f"increase(kube_pod_container_status_restarts_total{container}[15m]) > {thresholds.restarts_per_15m}",
                "5m",
                "warning",
                f"{name} keeps restarting",
                f"A container of {name} in {namespace} restarted more than {thresholds.restarts_per_15m} times in 15 minutes.",
                labels,
            ),
            AlertRule(
                "ServiceOOMKilled",
                "max(kube_pod_container_status_last_terminated_reason"
                f"{_selector(namespace=namespace, container=name, reason='OOMKilled')}) == 1"
                f" and sum(increase(kube_pod_container_status_restarts_total{container}[10m])) > 0",
                "",
                "warning",
                f"{name} was killed for lack of memory",
                f"A container of {name} in {namespace} was OOM-killed in the last 10 minutes.",
                labels,
            ),
            AlertRule(
                "ServicePodsPending",
                f'sum(kube_pod_status_phase{_selector(namespace=namespace, phase="Pending")[:-1]}, pod=~"{name}-.*"}}) > 0',
                f"{thresholds.pending_minutes}m",
                "warning",
                f"{name} has pods that cannot be scheduled",
                f"Pods of {name} in {namespace} have been Pending for {thresholds.pending_minutes} minutes.",
                labels,
            ),
        ]
        if service.autoscaling is not None or service.lag_scaling is not None:
            hpa = _selector(namespace=namespace, horizontalpodautoscaler=name)
            rules.append(
                AlertRule(
                    "ServiceAutoscalerAtMax",
                    f"kube_horizontalpodautoscaler_status_current_replicas{hpa} >= kube_horizontalpodautoscaler_spec_max_replicas{hpa}",
                    f"{thresholds.autoscaler_at_max_minutes}m",
                    "warning",
                    f"{name} runs at its maximum replicas",
                    f"The autoscaler of {name} in {namespace} has been at its maximum for {thresholds.autoscaler_at_max_minutes} minutes.",
                    labels,
                )
            )
        rules += slo_rules(plan, name)
    return rules


#: Multi-window, multi-burn-rate alerts (the SRE workbook): a fast burn pages, a slow one tickets.
#: (speed, severity, burn factor, long window, short window, how long both must hold)
BURN_RATES = (("Fast", "critical", 14.4, "1h", "5m", "2m"), ("Slow", "warning", 6.0, "6h", "30m", "15m"))


def slo_rules(plan: EnvironmentPlan, name: str) -> list[AlertRule]:
    model, config = plan.model, plan.config
    spec = model.services[name]
    metrics = spec.request_metrics
    if metrics is None:
        return []
    app = f'app="{name}"'

    def errors(window: str) -> str:
        failed, requests = metrics.failed_and_all(name, window)
        return f"{failed} / {requests}"

    def slow(window: str) -> str:
        bucket = f'{metrics.duration_histogram}_bucket{{{app}, le="{stored_le(declared(metrics.latency_bound_le, "latency_bound_le"))}"}}'
        return f"1 - sum(rate({bucket}[{window}])) / sum(rate({metrics.duration_histogram}_count{{{app}}}[{window}]))"

    def burn(
        alert: str, rate: tuple[str, str, float, str, str, str], ratio: Callable[[str], str], budget: float, summary: str, description: str
    ) -> AlertRule:
        """The budget is burning in both windows at once: fast enough, and still now."""
        speed, severity, _, long, short, hold = rate
        return AlertRule(
            f"{alert}{speed}",
            f"({ratio(long)}) > {budget} and ({ratio(short)}) > {budget}",
            hold,
            severity,
            summary,
            description,
            (("service", name),),
        )

    rules = []
    for rate in BURN_RATES:
        _, _, factor, long, short, _ = rate
        budget = round(factor * (1 - config.alerts.slo_success), 6)
        rules.append(
            burn(
                "ServiceErrorBudgetBurn",
                rate,
                errors,
                budget,
                f"{name} is spending its error budget {factor}x too fast",
                f"{name} fails more than {budget:.2%} of requests over {long} and {short} (SLO {config.alerts.slo_success:.1%} succeed).",
            )
        )
        if metrics.latency_bound_le is not None:
            latency_budget = round(factor * (1 - config.alerts.slo_latency), 6)
            rules.append(
                burn(
                    "ServiceLatencyBudgetBurn",
                    rate,
                    slow,
                    latency_budget,
                    f"{name} answers too many requests slower than {metrics.latency_bound_le}{metrics.duration_unit}",
                    f"More than {latency_budget:.2%} of {name}'s requests over {long} and {short} took over "
                    f"{metrics.latency_bound_le}{metrics.duration_unit} (SLO {config.alerts.slo_latency:.1%} faster).",
                )
            )
    return rules


def stored_le(bound: str) -> str:
    """An ``le`` value as Prometheus 3 stores it: normalized to a float at ingestion, so a
    bucket exported as ``le="500"`` is the series ``le="500.0"`` (selecting "500" matches
    nothing, and the alert would never fire)."""
    return repr(float(bound))


def kafka_rules(plan: EnvironmentPlan) -> list[AlertRule]:
    model, config = plan.model, plan.config
    if model.kafka is None:
        return []
    thresholds, rules = config.alerts, []
    for topic, spec in model.kafka.topics.items():
        for service, group in model.consumers(topic).items():
            selector = _selector(consumergroup=group, topic=topic)
            labels = (("service", service), ("topic", topic), ("consumergroup", group))
            rules += [
                AlertRule(
                    "KafkaConsumerLagHigh",
                    f"sum(kafka_consumergroup_lag{selector}) > {thresholds.consumer_lag}",
                    f"{thresholds.lag_minutes}m",
                    "warning",
                    f"{group} is behind on {topic}",
                    f"{service} (group {group}) has been more than {thresholds.consumer_lag} messages behind on {topic} "
                    f"for {thresholds.lag_minutes} minutes.",
                    labels,
                ),
                AlertRule(
                    "KafkaConsumerStalled",
                    f"sum(rate(kafka_consumergroup_current_offset{selector}[10m])) == 0"
                    f" and sum(delta(kafka_consumergroup_lag{selector}[10m])) > 0",
                    "10m",
                    "critical",
                    f"{group} consumes nothing from {topic} while messages arrive",
                    f"{service} (group {group}) committed no offset on {topic} for 10 minutes while its lag grew.",
                    labels,
                ),
            ]
        if spec.dead_letter:
            rules.append(
                AlertRule(
                    "KafkaDeadLetters",
                    f"sum(increase(kafka_topic_partition_current_offset{_selector(topic=topic)}[5m])) > 0",
                    "",
                    "warning",
                    f"messages arrived on the dead-letter topic {topic}",
                    f"Messages that exhausted their retries arrived on {topic} in the last 5 minutes.",
                    (("topic", topic),),
                )
            )
    cluster = model.kafka.cluster
    pvc = f'namespace="{model.namespace}", persistentvolumeclaim=~"data-0-{cluster}-.*"'
    rules += [
        AlertRule(
            "KafkaUnderReplicatedPartitions",
            "sum(kafka_topic_partition_under_replicated_partition) > 0",
            "5m",
            "warning",
            "Kafka partitions are under-replicated",
            f"Partitions of {cluster} have had fewer in-sync replicas than configured for 5 minutes.",
            (("cluster", cluster),),
        ),
        AlertRule(
            "KafkaOfflinePartitions",
            "sum(kafka_controller_kafkacontroller_offlinepartitionscount) > 0",
            "1m",
            "critical",
            "Kafka partitions have no leader",
            f"Partitions of {cluster} are offline: producing to and consuming from them fails.",
            (("cluster", cluster),),
        ),
        AlertRule(
            "KafkaBrokerDown",
            f"kafka_brokers < {config.kafka.replicas}",
            "5m",
            "critical",
            "A Kafka broker is down",
            f"{cluster} has had fewer than its {config.kafka.replicas} brokers for 5 minutes.",
            (("cluster", cluster),),
        ),
        AlertRule(
            "KafkaDiskFilling",
            f"kubelet_volume_stats_available_bytes{{{pvc}}} / kubelet_volume_stats_capacity_bytes{{{pvc}}}"
            f" < {thresholds.kafka_disk_free_ratio}",
            "15m",
            "warning",
            "A Kafka data volume is nearly full",
            f"A data volume of {cluster} has less than {thresholds.kafka_disk_free_ratio:.0%} free.",
            (("cluster", cluster),),
        ),
    ]
    return rules


def edge_rules(plan: EnvironmentPlan) -> list[AlertRule]:
    model, config = plan.model, plan.config
    thresholds = config.alerts
    edge = config.edge
    certificates = [(edge.tls_secret, edge.host)]
    if edge.admin_host and plan.admin_routes:
        certificates.append((edge.admin_tls_secret, edge.admin_host))
    rules = [
        AlertRule(
            "CertificateExpiringSoon",
            f"certmanager_certificate_expiration_timestamp_seconds{_selector(namespace=model.namespace, name=secret)}"
            f" - time() < {thresholds.cert_expiry_days * 86400}",
            "1h",
            "warning",
            f"the certificate {secret} expires within {thresholds.cert_expiry_days} days",
            f"The certificate for {host} expires in less than {thresholds.cert_expiry_days} days and was not renewed.",
            (("certificate", secret),),
        )
        for secret, host in certificates
    ]
    # The API's answers only: the admin tools (kafka-ui, Grafana) are on their own host and
    # routes, and their errors are not users' errors.
    if config.edge.api == "ingress":
        requests = f'nginx_ingress_controller_requests{{namespace="{model.namespace}", host="{config.edge.host}"'
        errors, total = f'{requests}, status=~"5.."}}', f"{requests}}}"
    else:
        # Answers to requests routed to the public routes' backends: Envoy Gateway names a
        # route rule's cluster httproute/<namespace>/<route>/rule/<index>; not the proxies' own
        # readiness and redirects, nor the admin routes.
        public = sorted({(route.namespace or model.namespace, route.service) for route in plan.routes if not route.admin})
        clusters = "|".join(f"httproute/{namespace}/{name}/rule/.*" for namespace, name in public)
        selector = f'namespace="{ENVOY_GATEWAY_NAMESPACE}", envoy_cluster_name=~"{clusters}"'
        errors, total = (
            f'envoy_cluster_upstream_rq_xx{{{selector}, envoy_response_code_class="5"}}',
            f"envoy_cluster_upstream_rq_total{{{selector}}}",
        )
    rules.append(
        AlertRule(
            "EdgeErrorRatioHigh",
            f"sum(rate({errors}[5m])) / sum(rate({total}[5m])) > {thresholds.edge_5xx_ratio}",
            "10m",
            "critical",
            f"too many 5xx answers on {config.edge.host}",
            f"More than {thresholds.edge_5xx_ratio:.0%} of requests to {config.edge.host} were answered with 5xx for 10 minutes.",
            (("host", config.edge.host),),
        )
    )
    return rules


def alert_rules(plan: EnvironmentPlan) -> list[AlertRule]:
    return service_rules(plan) + kafka_rules(plan) + edge_rules(plan)


def rule_groups(plan: EnvironmentPlan) -> dict[str, Any]:
    """Prometheus' alerting_rules.yml: one group per concern."""
    model, base = plan.model, runbook_base(plan.config)
    groups: dict[str, list[dict[str, Any]]] = {}
    for rule in alert_rules(plan):
        group = (
            "kafka"
            if rule.name.startswith("Kafka")
            else "edge"
            if rule.name in ("CertificateExpiringSoon", "EdgeErrorRatioHigh")
            else "services"
        )
        groups.setdefault(group, []).append(rule.render(base))
    return {"groups": [{"name": f"{model.name}-{name}", "rules": rules} for name, rules in groups.items()]}


def alertmanager_config(config: EnvironmentConfig, slack_url_file: str | None) -> dict[str, Any]:
    """Grouped by what broke, so one broken broker is one notification, not twenty; a broker
    down silences the lag and replication alerts it causes, a service down its own symptoms."""
    receiver: dict[str, Any] = {"name": "default"}
    if config.alerts.receiver == "slack":
        receiver["slack_configs"] = [{"api_url_file": slack_url_file, "channel": config.alerts.slack_channel, "send_resolved": True}]
    return {
        "route": {
            "receiver": "default",
            "group_by": ["alertname", "service", "topic", "cluster"],
            "group_wait": "30s",
            "group_interval": "5m",
            "repeat_interval": "4h",
        },
        "receivers": [receiver],
        "inhibit_rules": [
            {
                "source_matchers": ["alertname=KafkaBrokerDown"],
                "target_matchers": ['alertname=~"KafkaUnderReplicatedPartitions|KafkaConsumerLagHigh|KafkaConsumerStalled"'],
            },
            {
                "source_matchers": ["alertname=ServiceUnavailable"],
                "target_matchers": ['alertname=~"ServiceCrashLooping|ServicePodsPending|ServiceOOMKilled|Service.*BudgetBurn.*"'],
                "equal": ["service"],
            },
        ],
    }


def alerting(plan: EnvironmentPlan) -> Alerting:
    config = plan.config
    secret = ALERTMANAGER_SECRET if config.alerts.receiver == "slack" else None
    webhook = f"{Alerting.mount_path(secret)}/{SLACK_WEBHOOK_KEY}" if secret else None
    return Alerting(rules=rule_groups(plan), alertmanager=alertmanager_config(config, webhook), secret=secret)
