"""Dashboards: what a workload's board shows, as Grafana loads it."""

from codex_constructs import ObservedWorkload, RequestMetrics, timeseries_dashboard
from codex_constructs.dashboards import dashboard


def test_a_workload_without_request_metrics_shows_its_pods_cpu_and_memory():
    board = dashboard(ObservedWorkload("web", "shop"))
    assert board["uid"] == "shop-web" and board["title"] == "web"
    assert [p["title"] for p in board["panels"]] == ["Pod CPU", "Pod memory"]
    assert board["panels"][0]["targets"][0]["expr"] == (
        'sum by (pod) (rate(container_cpu_usage_seconds_total{namespace="shop", pod=~"web-.*", container="web"}[5m]))'
    )


def test_request_metrics_add_rate_errors_and_p95_latency_in_seconds():
    metrics = RequestMetrics("http_requests_total", "http_duration", 'code=~"5.."', duration_unit="ms")
    board = dashboard(ObservedWorkload("web", "shop", metrics_port=9100, request_metrics=metrics))
    panels = {p["title"]: p for p in board["panels"]}
    assert list(panels) == ["Request rate", "Error rate", "Latency p95", "Pod CPU", "Pod memory"]
    assert panels["Latency p95"]["targets"][0]["expr"].endswith("/ 1000"), "milliseconds shown as seconds"
    assert panels["Latency p95"]["fieldConfig"]["defaults"]["unit"] == "s"


def test_uids_fit_grafana_s_40_characters_and_panels_tile_two_per_row():
    board = timeseries_dashboard("x" * 40, "t", [("a", "up", "short"), ("b", "up", "short"), ("c", "up", "short")])
    assert [p["gridPos"] for p in board["panels"]] == [
        {"h": 8, "w": 12, "x": 0, "y": 0},
        {"h": 8, "w": 12, "x": 12, "y": 0},
        {"h": 8, "w": 12, "x": 0, "y": 8},
    ]
    assert len(dashboard(ObservedWorkload("w" * 40, "n" * 30))["uid"]) == 40
    assert all(p["datasource"] == {"type": "prometheus", "uid": "prometheus"} for p in board["panels"])
