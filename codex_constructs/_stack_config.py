"""The configuration of the stack's own programs: the OpenTelemetry Collector's (traces to Tempo,
metrics to Prometheus), Grafana Alloy's (pod logs to Loki) and Grafana's datasources (the three
signals, linked to one another)."""

from __future__ import annotations

from typing import Any

from .telemetry import COLLECTOR_METRICS_PORT, HEALTH_PORT, OTLP_GRPC_PORT, OTLP_HTTP_PORT

#: The structured metadata field that carries a log line's trace id, for the Tempo link.
TRACE_ID_FIELD = "trace_id"


def collector_config(tempo_host: str, sampling_percentage: float) -> dict[str, Any]:
    """OTLP in; traces sampled to Tempo, metrics to a Prometheus exporter; a health check."""
    return {
        "receivers": {
            "otlp": {"protocols": {"grpc": {"endpoint": f"0.0.0.0:{OTLP_GRPC_PORT}"}, "http": {"endpoint": f"0.0.0.0:{OTLP_HTTP_PORT}"}}}
        },
        "processors": {
            "memory_limiter": {"check_interval": "1s", "limit_percentage": 75, "spike_limit_percentage": 25},
            "batch": {"timeout": "10s", "send_batch_size": 1024},
            "probabilistic_sampler": {"hash_seed": 22, "sampling_percentage": sampling_percentage},
        },
        "exporters": {
            # `otlp_grpc`: the exporter's name since collector 0.158 (`otlp` is a deprecated alias).
            "otlp_grpc/tempo": {"endpoint": f"{tempo_host}:{OTLP_GRPC_PORT}", "tls": {"insecure": True}},
            "prometheus": {"endpoint": f"0.0.0.0:{COLLECTOR_METRICS_PORT}", "namespace": "otel"},
            "debug": {},
        },
        "extensions": {"health_check": {"endpoint": f"0.0.0.0:{HEALTH_PORT}"}},
        "service": {
            "extensions": ["health_check"],
            "pipelines": {
                "traces": {
                    "receivers": ["otlp"],
                    "processors": ["memory_limiter", "batch", "probabilistic_sampler"],
                    "exporters": ["otlp_grpc/tempo", "debug"],
                },
                "metrics": {"receivers": ["otlp"], "processors": ["memory_limiter", "batch"], "exporters": ["prometheus", "debug"]},
            },
        },
    }


def alloy_config(loki_push_url: str) -> str:
    """Every pod's log lines to Loki. Logs are read through the Kubernetes API, not host paths,
    so the agent needs no privileges. Labels: app, namespace, pod and container (a pod's
    containers, such as a worker and its Docker daemon, are separate streams). A JSON line's
    ``traceId`` becomes the structured metadata ``trace_id``, never a label: one stream per trace
    would exhaust Loki's stream limit and get pushes rejected."""
    return f"""\
discovery.kubernetes "pods" {{
  role = "pod"
}}

discovery.relabel "pods" {{
  targets = discovery.kubernetes.pods.targets
  rule {{
    source_labels = ["__meta_kubernetes_pod_label_app"]
    target_label  = "app"
  }}
  rule {{
    source_labels = ["__meta_kubernetes_namespace"]
    target_label  = "namespace"
  }}
  rule {{
    source_labels = ["__meta_kubernetes_pod_name"]
    target_label  = "pod"
  }}
  rule {{
    source_labels = ["__meta_kubernetes_pod_container_name"]
    target_label  = "container"
  }}
}}

loki.source.kubernetes "pods" {{
  targets    = discovery.relabel.pods.output
  forward_to = [loki.process.json.receiver]
}}

loki.process "json" {{
  stage.json {{
    expressions = {{ {TRACE_ID_FIELD} = "traceId" }}
  }}
  stage.structured_metadata {{
    values = {{ {TRACE_ID_FIELD} = "" }}
  }}
  forward_to = [loki.write.loki.receiver]
}}

loki.write "loki" {{
  endpoint {{
    url = "{loki_push_url}"
  }}
}}
"""


def grafana_datasources(prometheus_url: str, loki_url: str, tempo_url: str) -> list[dict[str, Any]]:
    """Prometheus, Loki with its TraceID link into Tempo, and Tempo linking back."""
    return [
        {
            "name": "Prometheus",
            "uid": "prometheus",
            "type": "prometheus",
            "access": "proxy",
            "url": prometheus_url,
            "isDefault": True,
        },
        {
            "name": "Loki",
            "uid": "loki",
            "type": "loki",
            "access": "proxy",
            "url": loki_url,
            "jsonData": {
                # Matches the `trace_id` structured metadata that Alloy attaches. `$$`:
                # Grafana expands `$...` in provisioning files, and `$$` is its escape.
                "derivedFields": [
                    {
                        "name": "TraceID",
                        "matcherType": "label",
                        "matcherRegex": f"^{TRACE_ID_FIELD}$",
                        "datasourceUid": "tempo",
                        "url": "$${__value.raw}",
                    }
                ]
            },
        },
        {
            "name": "Tempo",
            "uid": "tempo",
            "type": "tempo",
            "access": "proxy",
            "url": tempo_url,
            "jsonData": {
                "tracesToLogsV2": {
                    "datasourceUid": "loki",
                    "filterByTraceID": True,
                    "spanStartTimeShift": "-1h",
                    "spanEndTimeShift": "1h",
                },
                "tracesToMetrics": {"datasourceUid": "prometheus"},
                "serviceMap": {"datasourceUid": "prometheus"},
                "nodeGraph": {"enabled": True},
            },
        },
    ]
