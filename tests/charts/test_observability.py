"""Observability: the stack's values from the spec, derived wiring, datasources and dashboards."""

import json
from urllib.parse import urlsplit

import schemas
from codex_constructs import (
    ContainerImage,  # noqa: F401  (public API import check)
)
from helpers import ROOT, declared, fresh_dist, load_dist, synth_project

PROD = load_dist(fresh_dist() / "prod")
OTLP = "http://otel-collector.observability.svc.cluster.local:4317"


def helm_values(release: str, objects=PROD) -> dict:
    return objects[f"gitops/Application.codex-{release}.k8s.yaml"]["spec"]["source"]["helm"]["valuesObject"]


def test_every_traced_service_gets_the_collector_endpoint(model, environments):
    prod = environments["prod"]
    for name, spec in model.services.items():
        env = prod.services[name].env
        if spec.traced:
            assert env["OTEL_EXPORTER_OTLP_ENDPOINT"] == OTLP, name
            assert env["OTEL_SERVICE_NAME"] == name
        else:
            assert "OTEL_EXPORTER_OTLP_ENDPOINT" not in env, name


def test_a_service_added_to_the_model_is_wired_with_no_other_change(project, tmp_path):
    project.edit(
        "platform.yaml",
        lambda d: d["services"].update(
            {
                "ledger-service": {
                    "kind": "grpc",
                    "ports": [{"name": "grpc", "port": 50070}, {"name": "metrics", "port": 9120, "served": True}],
                }
            }
        ),
    )
    for env in declared()["environments"]:
        project.edit(
            f"environments/{env}.yaml",
            lambda d: d["services"].update({"ledger-service": {"image": {"repository": "example/ledger", "tag": "0a1b2c3"}}}),
        )
    prod = synth_project(project, tmp_path / "out", "prod")["prod"]
    env = {
        e["name"]: e.get("value")
        for e in prod["services/Deployment.ledger-service.k8s.yaml"]["spec"]["template"]["spec"]["containers"][0]["env"]
    }
    assert env["OTEL_EXPORTER_OTLP_ENDPOINT"] == OTLP
    jobs = [j["job_name"] for j in helm_values("prometheus", prod)["serverFiles"]["prometheus.yml"]["scrape_configs"]]
    assert "ledger-service" in jobs
    assert "observability/ConfigMap.dashboard-ledger-service.k8s.yaml" in prod


def test_gateway_metrics_url_is_prometheus_query_api(model, environments):
    env = environments["prod"].services["gateway-service"].env
    assert env["METRICS_URL"] == "http://prometheus-server.observability.svc.cluster.local/api/v1/query"


def test_prometheus_scrapes_only_served_metrics_ports_and_the_collector():
    values = helm_values("prometheus")
    jobs = {j["job_name"]: j for j in values["serverFiles"]["prometheus.yml"]["scrape_configs"]}
    exporters = {
        "kube-state-metrics",
        "kubernetes-cadvisor",
        "kubernetes-kubelet-volumes",
        "cert-manager",
        "kafka-brokers",
        "kafka-exporter",
        "ingress-nginx",
        "envoy-proxies",
    }
    assert set(jobs) == {"otel-collector", "code-manage-service"} | exporters, "of the services, only code-manage serves /metrics today"
    assert jobs["otel-collector"]["scrape_interval"] == "15s"
    assert jobs["otel-collector"]["static_configs"] == [{"targets": ["otel-collector.observability.svc.cluster.local:9464"]}]
    keep_port = next(
        r for r in jobs["code-manage-service"]["relabel_configs"] if r["source_labels"] == ["__meta_kubernetes_pod_container_port_number"]
    )
    assert keep_port["regex"] == "9103"
    assert values["alertmanager"]["enabled"] is True and values["prometheus-pushgateway"] == {"enabled": False}


def test_collector_pipelines_are_the_spec_s():
    values = helm_values("otel-collector")
    config = values["config"]
    assert values["mode"] == "deployment" and values["presets"]["kubernetesAttributes"]["enabled"] is True
    assert config["processors"] == {
        "memory_limiter": {"check_interval": "1s", "limit_percentage": 75, "spike_limit_percentage": 25},
        "batch": {"timeout": "10s", "send_batch_size": 1024},
        "probabilistic_sampler": {"hash_seed": 22, "sampling_percentage": 25},
    }
    assert config["exporters"]["otlp_grpc/tempo"] == {"endpoint": "tempo.observability.svc.cluster.local:4317", "tls": {"insecure": True}}
    assert config["exporters"]["prometheus"] == {"endpoint": "0.0.0.0:9464", "namespace": "otel"}
    assert config["extensions"]["health_check"] == {"endpoint": "0.0.0.0:13133"}
    pipelines = config["service"]["pipelines"]
    assert pipelines["traces"] == {
        "receivers": ["otlp"],
        "processors": ["memory_limiter", "batch", "probabilistic_sampler"],
        "exporters": ["otlp_grpc/tempo", "debug"],
    }
    assert pipelines["metrics"] == {"receivers": ["otlp"], "processors": ["memory_limiter", "batch"], "exporters": ["prometheus", "debug"]}
    assert values["resources"] == {"requests": {"cpu": "100m", "memory": "128Mi"}, "limits": {"memory": "512Mi"}}


def test_sampling_and_retention_are_config(project, tmp_path):
    project.edit("environments/dev.yaml", lambda d: d.update(observability={"sampling_percentage": 100, "loki_retention": "24h"}))
    dev = synth_project(project, tmp_path / "out", "dev")["dev"]
    assert helm_values("otel-collector", dev)["config"]["processors"]["probabilistic_sampler"]["sampling_percentage"] == 100
    assert helm_values("loki", dev)["loki"]["limits_config"]["retention_period"] == "24h"


def test_loki_is_a_single_binary_with_the_spec_s_schema():
    values = helm_values("loki")
    assert values["deploymentMode"] == "Monolithic"
    assert values["loki"]["auth_enabled"] is False and values["loki"]["commonConfig"] == {"replication_factor": 1}
    assert values["loki"]["schemaConfig"]["configs"] == [
        {
            "from": "2024-01-01",
            "store": "tsdb",
            "object_store": "filesystem",
            "schema": "v13",
            "index": {"prefix": "loki_index_", "period": "24h"},
        }
    ]
    assert values["singleBinary"]["persistence"] == {"size": "2Gi"}
    assert (values["read"], values["write"], values["backend"]) == ({"replicas": 0},) * 3
    assert values["lokiCanary"] == {"enabled": False}


def test_logs_pipeline_is_alloy_with_trace_id_and_app_labels():
    source = PROD["gitops/Application.codex-alloy.k8s.yaml"]["spec"]["source"]
    assert source["repoURL"] == "https://grafana.github.io/helm-charts", "Alloy replaces Promtail (end of life in 2026)"
    config = source["helm"]["valuesObject"]["alloy"]["configMap"]["content"]
    for fragment in (
        'trace_id = "traceId"',
        "__meta_kubernetes_pod_label_app",
        'target_label  = "namespace"',
        'target_label  = "pod"',
        '__meta_kubernetes_pod_container_name"]\n    target_label  = "container"',
        "http://loki.observability.svc.cluster.local:3100/loki/api/v1/push",
        "stage.json",
        "loki.source.kubernetes",
    ):
        assert fragment in config
    assert not any(a["metadata"]["name"] == "codex-promtail" for a in PROD.values())


def test_grafana_charts_come_from_the_community_repository():
    for release in ("grafana", "loki", "tempo"):
        assert (
            PROD[f"gitops/Application.codex-{release}.k8s.yaml"]["spec"]["source"]["repoURL"]
            == "https://grafana-community.github.io/helm-charts"
        )


def test_grafana_under_its_sub_path_with_its_password_from_a_secret():
    values = helm_values("grafana")
    assert values["grafana.ini"]["server"] == {"root_url": "https://admin.codexakash.space/grafana-ui/", "serve_from_sub_path": True}
    assert values["admin"] == {"existingSecret": "grafana-admin", "userKey": "admin-user", "passwordKey": "admin-password"}
    assert "adminPassword" not in values
    secret = PROD["secrets/ExternalSecret.grafana-admin.k8s.yaml"]
    assert secret["metadata"]["namespace"] == "observability"
    assert sorted(d["secretKey"] for d in secret["spec"]["data"]) == ["admin-password", "admin-user"]


def test_datasources_link_traces_logs_and_metrics():
    sources = {d["uid"]: d for d in helm_values("grafana")["datasources"]["datasources.yaml"]["datasources"]}
    assert set(sources) == {"prometheus", "loki", "tempo"}
    (derived,) = sources["loki"]["jsonData"]["derivedFields"]
    assert derived["name"] == "TraceID" and derived["datasourceUid"] == "tempo"
    # The spec's `trace_id=(\w+)` never matched the JSON lines: match the structured metadata.
    assert derived["matcherType"] == "label" and derived["matcherRegex"] == "^trace_id$"
    tempo = sources["tempo"]["jsonData"]
    assert tempo["tracesToLogsV2"] == {
        "datasourceUid": "loki",
        "filterByTraceID": True,
        "spanStartTimeShift": "-1h",
        "spanEndTimeShift": "1h",
    }
    assert tempo["tracesToMetrics"]["datasourceUid"] == tempo["serviceMap"]["datasourceUid"] == "prometheus"
    assert tempo["nodeGraph"] == {"enabled": True}


def test_the_service_map_s_series_are_written_where_grafana_reads_them():
    """Grafana's service map and traces-to-metrics query traces_service_graph_* and
    traces_spanmetrics_* on the Prometheus datasource; only Tempo's metrics generator makes
    them, and it remote-writes them, which Prometheus accepts only with its receiver on."""
    sources = {d["uid"]: d for d in helm_values("grafana")["datasources"]["datasources.yaml"]["datasources"]}
    tempo = helm_values("tempo")["tempo"]
    assert tempo["metricsGenerator"] == {"enabled": True, "remoteWriteUrl": sources["prometheus"]["url"] + "/api/v1/write"}
    assert tempo["overrides"]["defaults"]["metrics_generator"]["processors"] == ["service-graphs", "span-metrics"]
    # extraFlags replaces the chart's list: its own web.enable-lifecycle (the config reloader
    # posts to /-/reload) must stay.
    assert helm_values("prometheus")["server"]["extraFlags"] == ["web.enable-lifecycle", "web.enable-remote-write-receiver"]
    # The chart names the server's Service <release>-server (port 80), in the stack's namespace.
    assert sources["prometheus"]["url"] == "http://prometheus-server.observability.svc.cluster.local"


def test_traces_are_kept_on_a_claim():
    """The chart mounts /var/tempo only with persistence on; off (its default), traces and the
    write-ahead log sat in the container's writable layer and a restart dropped them."""
    assert helm_values("tempo")["persistence"] == {"enabled": True, "size": "10Gi"}


def test_one_valid_dashboard_per_service(model):
    dashboards = {o["metadata"]["name"]: o for p, o in PROD.items() if p.startswith("observability/")}
    assert set(dashboards) == {f"dashboard-{name}" for name in model.services} | {"dashboard-platform-overview"}
    for config_map in dashboards.values():
        assert config_map["metadata"]["labels"] == {"grafana_dashboard": "1"}
        (content,) = config_map["data"].values()
        board = json.loads(content)
        assert board["panels"] and len({p["id"] for p in board["panels"]}) == len(board["panels"])
        for panel in board["panels"]:
            assert panel["datasource"]["uid"] == "prometheus"
            assert panel["targets"][0]["expr"].count("(") == panel["targets"][0]["expr"].count(")"), panel["title"]
    manage = json.loads(dashboards["dashboard-code-manage-service"]["data"]["code-manage-service.json"])
    assert [p["title"] for p in manage["panels"]] == ["Request rate", "Error rate", "Latency p95", "Pod CPU", "Pod memory"]
    assert 'rpc_grpc_status_code=~"2|4|12|13|14|15"' in manage["panels"][1]["targets"][0]["expr"], "what its error budget counts"
    gateway = json.loads(dashboards["dashboard-gateway-service"]["data"]["gateway-service.json"])
    assert [p["title"] for p in gateway["panels"]] == ["Pod CPU", "Pod memory"], "no served metrics yet: resources only"


def test_observability_applications_type_check():
    for obj in PROD.values():
        if obj["kind"] == "Application":
            schemas.validate(obj, "1.33.0")


def test_api_tokens_have_a_documented_way_to_grafana(prod):
    """The edge's Basic authentication takes the one Authorization header and the edge removes
    it, so a token client cannot reach Grafana through the edge: docs/data-plane-and-edge.md gives the in-cluster
    path, with the Service, port and sub-path Grafana really has."""
    values = prod["gitops/Application.codex-grafana.k8s.yaml"]["spec"]["source"]["helm"]["valuesObject"]
    sub_path = urlsplit(values["grafana.ini"]["server"]["root_url"]).path
    assert values["grafana.ini"]["server"]["serve_from_sub_path"] is True and values["grafana.ini"]["auth.basic"] == {"enabled": False}
    readme = (ROOT / "docs" / "data-plane-and-edge.md").read_text()
    # The chart's Service: grafana on port 80 (tests/reachability.py CHART_SERVICES).
    assert "kubectl -n observability port-forward svc/grafana 3000:80" in readme
    assert f"http://localhost:3000{sub_path}api/" in readme
