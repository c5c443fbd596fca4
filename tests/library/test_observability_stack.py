"""ObservabilityStack: any workloads, and its settings checked."""

import pytest

from codex_constructs import (
    ContainerImage,
    ObservabilitySettings,
    ObservabilityStack,
    ObservedWorkload,
    RequestMetrics,
)
from library.support import chart, manifests


def test_the_stack_observes_any_workloads_not_just_codex():
    scope = chart()
    stack = ObservabilityStack(
        scope,
        "obs",
        namespace="telemetry",
        grafana_root_url="https://shop.example.com/grafana/",
        grafana_admin_secret="grafana",
        workloads=[
            ObservedWorkload(
                "cart",
                "shop",
                metrics_port=8081,
                request_metrics=RequestMetrics("http_requests_total", "http_duration_seconds", 'code=~"5.."'),
            )
        ],
    )
    assert stack.otlp_endpoint == "http://otel-collector.telemetry.svc.cluster.local:4317"
    objects = manifests(scope)
    assert [o["metadata"]["name"] for o in objects] == ["dashboard-cart"]
    prometheus = next(r for r in stack.releases if r.name == "prometheus")
    assert "cart" in [j["job_name"] for j in prometheus.values["serverFiles"]["prometheus.yml"]["scrape_configs"]]
    for release in stack.releases:
        assert release.version[0].isdigit()


@pytest.mark.parametrize(
    "image, expected",
    [
        (
            ContainerImage("otel/opentelemetry-collector-contrib", "0.158.0"),
            {"repository": "otel/opentelemetry-collector-contrib", "tag": "0.158.0"},
        ),
        (
            ContainerImage("otel/opentelemetry-collector-contrib", "0.158.0", "sha256:" + "4" * 64),
            {"repository": "otel/opentelemetry-collector-contrib", "tag": "0.158.0", "digest": "sha256:" + "4" * 64},
        ),
        # A digest in place of the tag: the chart would write repository:sha256:..., which no runtime pulls.
        (
            ContainerImage("otel/opentelemetry-collector-contrib", "sha256:" + "4" * 64),
            {"repository": "otel/opentelemetry-collector-contrib", "tag": "", "digest": "sha256:" + "4" * 64},
        ),
    ],
)
def test_the_collector_chart_pulls_a_pinned_image_by_digest(image, expected):
    stack = ObservabilityStack(
        chart(),
        "obs",
        namespace="telemetry",
        grafana_root_url="https://shop.example.com/grafana/",
        grafana_admin_secret="grafana",
        workloads=[],
        settings=ObservabilitySettings(collector_image=image),
    )
    collector = next(r for r in stack.releases if r.chart == "opentelemetry-collector")
    assert collector.values["image"] == expected


def test_bad_stack_settings_are_refused():

    with pytest.raises(ValueError, match="sampling_percentage 0 must be above 0"):
        ObservabilitySettings(sampling_percentage=0)
    with pytest.raises(ValueError, match="loki_storage: '2GB' is not a byte quantity"):
        ObservabilitySettings(loki_storage="2GB")
    with pytest.raises(ValueError, match="must end with '/'"):
        ObservabilityStack(chart(), "o", namespace="t", workloads=[], grafana_root_url="https://x/grafana", grafana_admin_secret="g")
