"""What a stack is told, as values: request metrics, scrape targets, alerting, settings and the
addresses workloads send to."""

import pytest

from codex_constructs import Alerting, ObservabilitySettings, RequestMetrics, ScrapeTarget, collector_endpoint, prometheus_query_url


def test_request_metrics_know_their_units():
    with pytest.raises(ValueError, match="duration_unit 'us' must be 'ms' or 's'"):
        RequestMetrics("requests_total", "duration", 'status!="OK"', duration_unit="us")  # type: ignore[arg-type]


def test_failures_counted_from_grpc_spans_read_tempo_s_span_metrics():
    metrics = RequestMetrics("rpc_total", "rpc_seconds", 'code!="OK"', error_grpc_codes=(13, 14))
    failed, requests = metrics.failed_and_all("billing", "5m")
    assert (
        failed
        == 'sum(rate(traces_spanmetrics_calls_total{service="billing", span_kind="SPAN_KIND_SERVER", rpc_grpc_status_code=~"13|14"}[5m]))'
    )
    assert requests == 'sum(rate(traces_spanmetrics_calls_total{service="billing", span_kind="SPAN_KIND_SERVER"}[5m]))'
    plain = RequestMetrics("rpc_total", "rpc_seconds", 'code!="OK"')
    assert plain.failed_and_all("billing", "1h") == (
        'sum(rate(rpc_total{app="billing", code!="OK"}[1h]))',
        'sum(rate(rpc_total{app="billing"}[1h]))',
    )


@pytest.mark.parametrize("code", [0, 17, True])
def test_a_code_that_is_no_grpc_failure_is_refused(code):
    with pytest.raises(ValueError, match="is not a gRPC status code of a failure"):
        RequestMetrics("rpc_total", "rpc_seconds", 'code!="OK"', error_grpc_codes=(code,))


def test_a_scrape_target_by_address_or_by_pods_keeps_the_exporter_s_labels():
    assert ScrapeTarget.service("exporter", "exporter.tools.svc:9100", keep_metrics="up|db_.*").job_config() == {
        "job_name": "exporter",
        "honor_labels": True,
        "static_configs": [{"targets": ["exporter.tools.svc:9100"]}],
        "metric_relabel_configs": [{"source_labels": ["__name__"], "regex": "up|db_.*", "action": "keep"}],
    }
    job = ScrapeTarget.pods("brokers", "data", "strimzi.io/name", "shop-kafka", 9404, metrics_path="/stats").job_config()
    assert job["kubernetes_sd_configs"] == [{"role": "pod", "namespaces": {"names": ["data"]}}]
    assert job["relabel_configs"][:2] == [
        {"source_labels": ["__meta_kubernetes_pod_label_strimzi_io_name"], "regex": "shop-kafka", "action": "keep"},
        {"source_labels": ["__meta_kubernetes_pod_container_port_number"], "regex": "9404", "action": "keep"},
    ]
    assert job["metrics_path"] == "/stats" and job["honor_labels"] is True


def test_a_workload_s_own_job_sets_its_labels_and_does_not_honour_the_target_s():
    job = ScrapeTarget.pods("web", "shop", "app.kubernetes.io/name", "web", 9100, honor_labels=False, labels=(("app", "web"),)).job_config()
    assert "honor_labels" not in job
    assert job["relabel_configs"][-1] == {"target_label": "app", "replacement": "web"}
    with pytest.raises(ValueError, match="scrape target half: give an address, or the namespace, pod label and port"):
        ScrapeTarget("half", namespace="shop").job_config()


def test_alerting_mounts_its_secret_where_receivers_read_files():
    assert Alerting({"groups": []}, {"route": {}}).secret_dir is None
    assert Alerting({"groups": []}, {"route": {}}, secret="slack").secret_dir == "/etc/alertmanager/secrets/slack"


def test_settings_defaults_and_bounds():
    settings = ObservabilitySettings()
    assert (
        settings.sampling_percentage,
        settings.prometheus_retention,
        settings.loki_retention,
        settings.tempo_retention,
        settings.loki_storage,
        settings.tempo_storage,
    ) == (25, "15d", "168h", "72h", "2Gi", "10Gi")
    assert settings.collector_image.reference == "otel/opentelemetry-collector-contrib:0.158.0"
    ObservabilitySettings(sampling_percentage=100)
    with pytest.raises(ValueError, match="sampling_percentage 101 must be above 0 and at most 100"):
        ObservabilitySettings(sampling_percentage=101)


def test_addresses_of_a_stack_in_a_namespace():
    assert collector_endpoint("telemetry") == "http://otel-collector.telemetry.svc.cluster.local:4317"
    assert prometheus_query_url("telemetry") == "http://prometheus-server.telemetry.svc.cluster.local/api/v1/query"
