"""The telemetry pipelines' configuration, as the collector and Alloy read it."""

from codex_constructs._pipelines import TRACE_ID_FIELD, alloy_config, collector_config


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
