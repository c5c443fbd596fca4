"""The stack's programs' configuration, as the collector, Alloy and Grafana read it."""

from codex_constructs._stack_config import TRACE_ID_FIELD, alloy_config, collector_config, grafana_datasources


def test_the_collector_samples_traces_to_tempo_and_exports_metrics_for_prometheus():
    config = collector_config("tempo.telemetry.svc.cluster.local", 10)
    pipelines = config["service"]["pipelines"]
    assert pipelines["traces"]["exporters"] == ["otlp_grpc/tempo", "debug"]
    assert pipelines["traces"]["processors"][-1] == "probabilistic_sampler", "sampled after batching, as configured"
    assert config["processors"]["probabilistic_sampler"]["sampling_percentage"] == 10
    assert config["exporters"]["otlp_grpc/tempo"]["endpoint"] == "tempo.telemetry.svc.cluster.local:4317"
    assert config["receivers"]["otlp"]["protocols"] == {"grpc": {"endpoint": "0.0.0.0:4317"}, "http": {"endpoint": "0.0.0.0:4318"}}
    assert config["service"]["extensions"] == ["health_check"] and config["extensions"]["health_check"]["endpoint"] == "0.0.0.0:13133"


def test_alloy_pushes_pod_logs_to_loki_with_the_trace_id_as_structured_metadata():
    config = alloy_config("http://loki.telemetry.svc.cluster.local:3100/loki/api/v1/push")
    assert 'url = "http://loki.telemetry.svc.cluster.local:3100/loki/api/v1/push"' in config
    assert f'expressions = {{ {TRACE_ID_FIELD} = "traceId" }}' in config
    assert "stage.structured_metadata" in config and "stage.labels" not in config, "a trace id is never a label"
    assert 'role = "pod"' in config and "loki.source.kubernetes" in config


def test_grafana_links_logs_to_traces_by_the_trace_id_and_traces_back_to_logs_and_metrics():
    prometheus, loki, tempo = grafana_datasources("http://p", "http://l:3100", "http://t:3200")
    assert (prometheus["uid"], prometheus["url"], prometheus["isDefault"]) == ("prometheus", "http://p", True)
    (link,) = loki["jsonData"]["derivedFields"]
    # Grafana expands $ in provisioning files: $$ is the escape, leaving ${__value.raw} for the link.
    assert link == {
        "name": "TraceID",
        "matcherType": "label",
        "matcherRegex": f"^{TRACE_ID_FIELD}$",
        "datasourceUid": "tempo",
        "url": "$${__value.raw}",
    }
    assert tempo["jsonData"]["tracesToLogsV2"]["datasourceUid"] == "loki" and tempo["jsonData"]["serviceMap"] == {
        "datasourceUid": "prometheus"
    }
