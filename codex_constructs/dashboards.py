"""Grafana dashboards as data: one per observed workload (requests where it declares them, CPU
and memory always), and plain time-series boards of any PromQL; Grafana's sidecar loads every
ConfigMap labelled :data:`DASHBOARD_LABEL`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .telemetry import ObservedWorkload

DASHBOARD_LABEL = "grafana_dashboard"


def dashboard(workload: ObservedWorkload) -> dict[str, Any]:
    """A Grafana dashboard: request rate, errors and latency where the workload exports them,
    its pods' CPU and memory always."""
    pods = f'namespace="{workload.namespace}", pod=~"{workload.name}-.*", container="{workload.name}"'
    panels: list[tuple[str, str, str]] = []
    metrics = workload.request_metrics
    if metrics is not None:
        scale = "/ 1000" if metrics.duration_unit == "ms" else ""
        selector = f'app="{workload.name}"'
        panels += [
            ("Request rate", f"sum(rate({metrics.requests_total}{{{selector}}}[5m]))", "reqps"),
            ("Error rate", metrics.failed_and_all(workload.name, "5m")[0], "reqps"),
            (
                "Latency p95",
                f"histogram_quantile(0.95, sum by (le) (rate({metrics.duration_histogram}_bucket{{{selector}}}[5m]))) {scale}".strip(),
                "s",
            ),
        ]
    panels += [
        ("Pod CPU", f"sum by (pod) (rate(container_cpu_usage_seconds_total{{{pods}}}[5m]))", "cores"),
        ("Pod memory", f"sum by (pod) (container_memory_working_set_bytes{{{pods}}})", "bytes"),
    ]
    # Grafana uids are at most 40 characters; namespace and name keep them unique.
    return timeseries_dashboard(f"{workload.namespace}-{workload.name}"[:40], workload.name, panels)


def timeseries_dashboard(uid: str, title: str, panels: Sequence[tuple[str, str, str]]) -> dict[str, Any]:
    """A Grafana dashboard of Prometheus time series, two per row: ``(title, expr, unit)`` each."""
    return {
        "uid": uid,
        "title": title,
        "schemaVersion": 39,
        "time": {"from": "now-6h", "to": "now"},
        "panels": [
            {
                "id": index,
                "title": title,
                "type": "timeseries",
                "datasource": {"type": "prometheus", "uid": "prometheus"},
                "gridPos": {"h": 8, "w": 12, "x": 12 * ((index - 1) % 2), "y": 8 * ((index - 1) // 2)},
                "fieldConfig": {"defaults": {"unit": unit}, "overrides": []},
                "targets": [{"refId": "A", "expr": expr, "datasource": {"type": "prometheus", "uid": "prometheus"}}],
            }
            for index, (title, expr, unit) in enumerate(panels, start=1)
        ],
    }
