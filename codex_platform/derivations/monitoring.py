"""What Prometheus scrapes beyond the services' own metrics ports, and the platform's overview
dashboard: the exporters the alert rules (``alerts.py``) read."""

from __future__ import annotations

from typing import Any

from codex_constructs import ENVOY_METRICS_PORT, KAFKA_METRICS_PORT, OWNING_GATEWAY_LABEL, ScrapeTarget, timeseries_dashboard

from ..inputs.model import PlatformModel
from .components import (
    CERT_MANAGER_METRICS_PORT,
    CERT_MANAGER_NAMESPACE,
    ENVOY_GATEWAY_NAMESPACE,
    GATEWAY_NAME,
    INGRESS_METRICS_PORT,
    INGRESS_NAMESPACE,
)
from .plan import EnvironmentPlan


def scrape_targets(plan: EnvironmentPlan) -> list[ScrapeTarget]:
    """What the rules read beyond the services and kube-state-metrics: Kafka's brokers and
    Kafka Exporter, cert-manager's controller and the edge's proxies (Envoy, or ingress-nginx)."""
    model = plan.model
    targets = [
        ScrapeTarget.pods("cert-manager", CERT_MANAGER_NAMESPACE, "app.kubernetes.io/name", "cert-manager", CERT_MANAGER_METRICS_PORT)
    ]
    if model.kafka is not None:
        cluster = model.kafka.cluster
        targets += [
            ScrapeTarget.pods("kafka-brokers", model.namespace, "strimzi.io/name", f"{cluster}-kafka", KAFKA_METRICS_PORT),
            ScrapeTarget.pods("kafka-exporter", model.namespace, "strimzi.io/name", f"{cluster}-kafka-exporter", KAFKA_METRICS_PORT),
        ]
    if plan.ingress:
        targets.append(
            ScrapeTarget.pods("ingress-nginx", INGRESS_NAMESPACE, "app.kubernetes.io/component", "controller", INGRESS_METRICS_PORT)
        )
    if plan.gateway:
        targets.append(
            ScrapeTarget.pods(
                "envoy-proxies",
                ENVOY_GATEWAY_NAMESPACE,
                OWNING_GATEWAY_LABEL,
                GATEWAY_NAME,
                ENVOY_METRICS_PORT,
                keep_metrics="envoy_cluster_upstream_rq_(xx|total)",
                metrics_path="/stats/prometheus",
            )
        )
    return targets


def overview_dashboard(model: PlatformModel) -> dict[str, Any]:
    """The whole platform on one page: every service's availability, the pipeline's lag and
    throughput per topic, Kafka's health, and the alerts firing."""
    namespaces = "|".join(sorted({model.namespace_of(name) for name in model.services}))
    deployments = "|".join(model.services)
    panels = [
        (
            "Ready replicas per service",
            f'sum by (deployment) (kube_deployment_status_replicas_available{{namespace=~"{namespaces}", deployment=~"{deployments}"}})',
            "short",
        ),
        ("Alerts firing", 'count by (alertname) (ALERTS{alertstate="firing"})', "short"),
    ]
    if model.kafka is not None:
        panels += [
            ("Consumer lag per topic and group", "sum by (topic, consumergroup) (kafka_consumergroup_lag)", "short"),
            ("Messages per second per topic", "sum by (topic) (rate(kafka_topic_partition_current_offset[5m]))", "short"),
            ("Kafka brokers up", "kafka_brokers", "short"),
            (
                "Under-replicated and offline partitions",
                "sum(kafka_topic_partition_under_replicated_partition) + sum(kafka_controller_kafkacontroller_offlinepartitionscount)",
                "short",
            ),
        ]
    return timeseries_dashboard("platform-overview", f"{model.name} overview", panels)
