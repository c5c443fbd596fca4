"""Traces, metrics and logs for a set of workloads: the upstream charts with values built here,
Grafana's datasources, and one dashboard per workload.

The stack takes the workloads it observes as data, so it knows nothing of any one platform:
what each serves (a metrics port, request metrics) decides what is scraped and what its
dashboard shows.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from cdk8s_plus_27 import k8s
from constructs import Construct

from ._names import check_dns_label
from ._props import checked_props
from ._stack_config import alloy_config, collector_config, grafana_datasources
from .dashboards import DASHBOARD_LABEL, dashboard
from .defaults import restricted_container_values, restricted_pod_security
from .helm_release import CLUSTER_ROLE_KINDS, HelmRelease
from .image import ContainerImage
from .telemetry import (
    ALLOY,
    COLLECTOR,
    COLLECTOR_METRICS_PORT,
    GRAFANA,
    GRPC_STATUS_ATTRIBUTE,
    LOKI,
    OTLP_GRPC_PORT,
    PROMETHEUS,
    TEMPO,
    Alerting,
    ObservabilitySettings,
    ObservedWorkload,
    ScrapeTarget,
    collector_endpoint,
    prometheus_query_url,
    prometheus_server_url,
)

GRAFANA_COMMUNITY_CHARTS = "https://grafana-community.github.io/helm-charts"
GRAFANA_CHARTS = "https://grafana.github.io/helm-charts"


@dataclass(frozen=True)
class _Chart:
    repo_url: str
    chart: str
    version: str


#: The charts of the stack, by release name, pinned here and nowhere else.
CHARTS = {
    COLLECTOR: _Chart("https://open-telemetry.github.io/opentelemetry-helm-charts", "opentelemetry-collector", "0.170.0"),
    PROMETHEUS: _Chart("https://prometheus-community.github.io/helm-charts", "prometheus", "29.27.0"),
    LOKI: _Chart(GRAFANA_COMMUNITY_CHARTS, "loki", "18.11.0"),
    ALLOY: _Chart(GRAFANA_CHARTS, "alloy", "1.11.1"),
    TEMPO: _Chart(GRAFANA_COMMUNITY_CHARTS, "tempo", "2.2.4"),
    GRAFANA: _Chart(GRAFANA_COMMUNITY_CHARTS, "grafana", "12.11.1"),
}

KUBE_STATE_METRICS, KUBE_STATE_METRICS_PORT = f"{PROMETHEUS}-kube-state-metrics", 8080
#: The scrape jobs the prometheus chart (29.x) enables by default, under ``scrapeConfigs``.
PROMETHEUS_CHART_JOBS = (
    "prometheus",
    "kubernetes-api-servers",
    "kubernetes-nodes",
    "kubernetes-nodes-cadvisor",
    "kubernetes-service-endpoints",
    "kubernetes-service-endpoints-slow",
    "prometheus-pushgateway",
    "kubernetes-services",
    "kubernetes-pods",
    "kubernetes-pods-slow",
)
#: Tempo's metrics-generator processors: the service graph (Grafana's service map) and span
#: metrics (its traces-to-metrics links).
TEMPO_PROCESSORS = ("service-graphs", "span-metrics")


class ObservabilityStack(Construct):
    """OpenTelemetry Collector, Prometheus, Loki, Grafana Alloy (logs), Tempo and Grafana.

    The charts are returned as :attr:`releases` (pinned, values built here) for a GitOps tool
    to install; the construct itself emits one dashboard ConfigMap per workload, which
    Grafana's sidecar loads. Construct ids: ``Dashboard-<workload>``.

    :param namespace: where the stack runs.
    :param workloads: what it observes.
    :param grafana_root_url: Grafana's public URL, e.g. ``https://api.example.com/grafana-ui/``;
        Grafana serves from that sub-path.
    :param grafana_admin_secret: the Secret holding ``admin-user`` and ``admin-password``.
    :param settings: sampling, retention, sizes. Default: ``ObservabilitySettings()``.
    :param scrape_targets: further things Prometheus scrapes (operators, exporters). Default: none.
    :param alerting: rules and Alertmanager. Default: none (no rules, no Alertmanager).
    :param dashboards: further Grafana dashboards (file name without ``.json`` -> the
        dashboard), provisioned like the workloads' own. Default: none.
    """

    @checked_props
    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        namespace: str,
        workloads: Sequence[ObservedWorkload],
        grafana_root_url: str,
        grafana_admin_secret: str,
        settings: ObservabilitySettings = ObservabilitySettings(),
        scrape_targets: Sequence[ScrapeTarget] = (),
        alerting: Alerting | None = None,
        dashboards: dict[str, dict[str, Any]] | None = None,
    ) -> None:
        super().__init__(scope, id)
        check_dns_label(namespace, "observability namespace")
        check_dns_label(grafana_admin_secret, "Grafana admin secret")
        names = [w.name for w in workloads]
        if len(set(names)) != len(names):
            raise ValueError(f"workloads {names} name one workload twice")
        if not grafana_root_url.endswith("/"):
            raise ValueError(f"grafana_root_url {grafana_root_url!r} must end with '/'")
        self.namespace = namespace
        self.workloads = tuple(workloads)
        self.settings = settings
        self.scrape_targets = tuple(scrape_targets)
        self.alerting = alerting
        self.grafana_root_url = grafana_root_url
        self.releases = [
            self._collector(),
            self._prometheus(),
            self._loki(),
            self._alloy(),
            self._tempo(),
            self._grafana(grafana_admin_secret),
        ]
        boards = [(workload.name, dashboard(workload)) for workload in workloads]
        for name, _ in sorted((dashboards or {}).items()):
            check_dns_label(name, "dashboard name")
        self.dashboards = {name: self._dashboard_config_map(name, board) for name, board in [*boards, *sorted((dashboards or {}).items())]}

    def _dashboard_config_map(self, name: str, board: dict[str, Any]) -> k8s.KubeConfigMap:
        """A dashboard as Grafana's sidecar loads it: a labelled ConfigMap with one JSON file."""
        return k8s.KubeConfigMap(
            self,
            f"Dashboard-{name}",
            metadata=k8s.ObjectMeta(name=f"dashboard-{name}", namespace=self.namespace, labels={DASHBOARD_LABEL: "1"}),
            data={f"{name}.json": json.dumps(board, indent=2, sort_keys=True)},
        )

    # Addresses -------------------------------------------------------------------------------

    def host(self, service: str) -> str:
        return f"{service}.{self.namespace}.svc.cluster.local"

    @property
    def otlp_endpoint(self) -> str:
        """Where services send traces: the collector's OTLP gRPC port."""
        return collector_endpoint(self.namespace)

    @property
    def prometheus_query_url(self) -> str:
        return prometheus_query_url(self.namespace)

    @property
    def remote_write_url(self) -> str:
        """Where Tempo writes the metrics it derives: Prometheus' remote-write receiver."""
        return f"{prometheus_server_url(self.namespace)}/api/v1/write"

    # Charts ----------------------------------------------------------------------------------

    def _release(self, name: str, values: dict[str, Any], cluster_resources: tuple[tuple[str, str], ...] = ()) -> HelmRelease:
        chart = CHARTS[name]
        return HelmRelease(
            name=name,
            repo_url=chart.repo_url,
            chart=chart.chart,
            version=chart.version,
            namespace=self.namespace,
            values=values,
            cluster_resources=cluster_resources,
        )

    def _collector(self) -> HelmRelease:
        image = self.settings.collector_image
        config = collector_config(self.host(TEMPO), self.settings.sampling_percentage)
        unused = ("jaeger-compact", "jaeger-thrift", "jaeger-grpc", "zipkin")
        return self._release(
            COLLECTOR,
            values={
                "fullnameOverride": COLLECTOR,
                "mode": "deployment",
                "image": _chart_image(image),
                "presets": {"kubernetesAttributes": {"enabled": True}},
                "config": config,
                "ports": {
                    **{port: {"enabled": False} for port in unused},
                    "prom-exporter": {
                        "enabled": True,
                        "containerPort": COLLECTOR_METRICS_PORT,
                        "servicePort": COLLECTOR_METRICS_PORT,
                        "protocol": "TCP",
                    },
                },
                "resources": {"requests": {"cpu": "100m", "memory": "128Mi"}, "limits": {"memory": "512Mi"}},
                **_restricted_values("podSecurityContext", "securityContext"),
            },
            cluster_resources=CLUSTER_ROLE_KINDS,
        )

    def _prometheus(self) -> HelmRelease:
        jobs: list[dict[str, Any]] = [
            {
                "job_name": "otel-collector",
                "scrape_interval": "15s",
                "static_configs": [{"targets": [f"{self.host(COLLECTOR)}:{COLLECTOR_METRICS_PORT}"]}],
            },
            {
                # Deployments' ready replicas, restarts, HPA state: kube-state-metrics, which
                # the chart deploys (its Service is named after the release).
                "job_name": "kube-state-metrics",
                "static_configs": [{"targets": [f"{self.host(KUBE_STATE_METRICS)}:{KUBE_STATE_METRICS_PORT}"]}],
            },
            # Pod CPU and memory for every dashboard, from the kubelets' cAdvisor.
            _kubelet_job("kubernetes-cadvisor", metrics_path="/metrics/cadvisor"),
            # Volume usage (kubelet_volume_stats_*) from the kubelets' own metrics; the rest of
            # them is dropped at scrape.
            _kubelet_job("kubernetes-kubelet-volumes", keep_metrics="kubelet_volume_stats_.*"),
        ]
        jobs += [target.job_config() for target in self.scrape_targets]
        # A workload's own labels are its; `app` is the one its dashboard and alerts select on.
        jobs += [
            ScrapeTarget.pods(
                workload.name,
                workload.namespace,
                "app.kubernetes.io/name",
                workload.name,
                workload.metrics_port,
                honor_labels=False,
                labels=(("app", workload.name),),
            ).job_config()
            for workload in self.workloads
            if workload.metrics_port is not None
        ]
        alerting = self._alerting_values()
        rule_files = alerting.pop("serverFiles", {})
        return self._release(
            PROMETHEUS,
            values={
                **alerting,
                "prometheus-pushgateway": {"enabled": False},
                # Node exporter needs the host's network and PID namespaces; cAdvisor covers pods.
                "prometheus-node-exporter": {"enabled": False},
                "server": {
                    "retention": self.settings.prometheus_retention,
                    "containerSecurityContext": restricted_container_values(),
                    # The chart's own flag (its config reloader posts to /-/reload), and the
                    # endpoint Tempo writes its service-graph and span metrics to.
                    "extraFlags": ["web.enable-lifecycle", "web.enable-remote-write-receiver"],
                },
                "configmapReload": {"prometheus": {"containerSecurityContext": restricted_container_values()}},
                # Only what is declared: the collector, kube-state-metrics, cAdvisor, and served
                # metrics ports. The chart's own jobs stay on unless switched off one by one
                # (Argo CD drops a null that would remove the map), and two of them would scrape
                # cAdvisor and kube-state-metrics a second time, doubling every sum().
                "scrapeConfigs": {job: {"enabled": False} for job in PROMETHEUS_CHART_JOBS},
                "serverFiles": {**rule_files, "prometheus.yml": {"scrape_configs": jobs}},
            },
            cluster_resources=CLUSTER_ROLE_KINDS,
        )

    def _alerting_values(self) -> dict[str, Any]:
        """The rules file and the Alertmanager subchart (which the server finds by itself)."""
        if self.alerting is None:
            return {"alertmanager": {"enabled": False}}
        alertmanager: dict[str, Any] = {
            "enabled": True,
            "config": self.alerting.alertmanager,
            "podSecurityContext": restricted_pod_security(65534),
            "securityContext": restricted_container_values(),
        }
        if self.alerting.secret:
            alertmanager["extraSecretMounts"] = [
                {"name": self.alerting.secret, "mountPath": self.alerting.secret_dir, "secretName": self.alerting.secret, "readOnly": True}
            ]
        return {"alertmanager": alertmanager, "serverFiles": {"alerting_rules.yml": self.alerting.rules}}

    def _loki(self) -> HelmRelease:
        return self._release(
            LOKI,
            values={
                "fullnameOverride": LOKI,
                "deploymentMode": "Monolithic",
                "loki": {
                    "auth_enabled": False,
                    "commonConfig": {"replication_factor": 1},
                    "storage": {"type": "filesystem"},
                    "schemaConfig": {
                        "configs": [
                            {
                                "from": "2024-01-01",
                                "store": "tsdb",
                                "object_store": "filesystem",
                                "schema": "v13",
                                "index": {"prefix": "loki_index_", "period": "24h"},
                            }
                        ]
                    },
                    "limits_config": {"retention_period": self.settings.loki_retention},
                    "compactor": {"retention_enabled": True, "delete_request_store": "filesystem"},
                },
                "singleBinary": {"replicas": 1, "persistence": {"size": self.settings.loki_storage}},
                "read": {"replicas": 0},
                "write": {"replicas": 0},
                "backend": {"replicas": 0},
                "gateway": {"enabled": False},
                "chunksCache": {"enabled": False},
                "resultsCache": {"enabled": False},
                "lokiCanary": {"enabled": False},
                "test": {"enabled": False},
            },
            cluster_resources=CLUSTER_ROLE_KINDS,
        )

    def _alloy(self) -> HelmRelease:
        push = f"http://{self.host(LOKI)}:3100/loki/api/v1/push"
        config = alloy_config(push)
        return self._release(
            ALLOY,
            values={
                "fullnameOverride": ALLOY,
                "global": {"podSecurityContext": restricted_pod_security(473)},
                # The chart's optional CRDs (PodLogs) are not used here.
                "crds": {"create": False},
                "controller": {"type": "deployment", "replicas": 1},
                "alloy": {
                    "configMap": {"content": config},
                    "mounts": {"varlog": False, "dockercontainers": False},
                    "securityContext": restricted_container_values(),
                    "enableReporting": False,
                },
                "configReloader": {"securityContext": restricted_container_values()},
            },
            cluster_resources=CLUSTER_ROLE_KINDS,
        )

    def _generator_overrides(self) -> dict[str, Any]:
        """What Tempo's metrics generator makes: the processors and, where a workload's failures
        are counted from its spans, the gRPC status code as a span metrics dimension."""
        overrides: dict[str, Any] = {"processors": list(TEMPO_PROCESSORS)}
        if any(w.request_metrics is not None and w.request_metrics.error_grpc_codes for w in self.workloads):
            overrides["processor"] = {"span_metrics": {"dimensions": [GRPC_STATUS_ATTRIBUTE]}}
        return overrides

    def _tempo(self) -> HelmRelease:
        return self._release(
            TEMPO,
            values={
                "fullnameOverride": TEMPO,
                # Traces and the write-ahead log under /var/tempo on a claim: off by default, they
                # sat in the container's writable layer and a restart dropped them all.
                "persistence": {"enabled": True, "size": self.settings.tempo_storage},
                "tempo": {
                    "reportingEnabled": False,
                    "retention": self.settings.tempo_retention,
                    "storage": {"trace": {"backend": "local"}},
                    "receivers": {"otlp": {"protocols": {"grpc": {"endpoint": f"0.0.0.0:{OTLP_GRPC_PORT}"}}}},
                    "securityContext": restricted_container_values(),
                    # Grafana's service map and traces-to-metrics query the series Tempo's
                    # metrics generator derives from the (sampled) spans it receives
                    # (traces_service_graph_*, traces_spanmetrics_*); nothing else makes them.
                    "metricsGenerator": {"enabled": True, "remoteWriteUrl": self.remote_write_url},
                    "overrides": {"defaults": {"metrics_generator": self._generator_overrides()}},
                },
            },
        )

    def _grafana(self, admin_secret: str) -> HelmRelease:
        return self._release(
            GRAFANA,
            values={
                "fullnameOverride": GRAFANA,
                "admin": {"existingSecret": admin_secret, "userKey": "admin-user", "passwordKey": "admin-password"},
                "grafana.ini": {
                    "server": {"root_url": self.grafana_root_url, "serve_from_sub_path": True},
                    "analytics": {"reporting_enabled": False, "check_for_updates": False},
                    # An edge in front may ask for its own Basic credentials; Grafana must not
                    # take them for a login attempt. People log in with the form, tools with
                    # service account tokens.
                    "auth.basic": {"enabled": False},
                },
                "datasources": {"datasources.yaml": {"apiVersion": 1, "datasources": self.datasources()}},
                # Grafana reads the dashboards' folder again every 30 s; the sidecar's reload call
                # would need Basic authentication, which is off.
                "sidecar": {
                    "dashboards": {
                        "enabled": True,
                        "label": DASHBOARD_LABEL,
                        "labelValue": "1",
                        "skipReload": True,
                        "provider": {"updateIntervalSeconds": 30},
                    }
                },
                "testFramework": {"enabled": False},
            },
            cluster_resources=CLUSTER_ROLE_KINDS,
        )

    def datasources(self) -> list[dict[str, Any]]:
        """Prometheus, Loki with its TraceID link into Tempo, and Tempo linking back."""
        return grafana_datasources(
            prometheus_server_url(self.namespace), f"http://{self.host(LOKI)}:3100", f"http://{self.host(TEMPO)}:3200"
        )


def _kubelet_job(name: str, metrics_path: str | None = None, keep_metrics: str | None = None) -> dict[str, Any]:
    """A job scraping every node's kubelet (10250) with the pod's service account token, which
    the chart's ClusterRole lets read ``nodes/metrics``."""
    job: dict[str, Any] = {"job_name": name, "scheme": "https"}
    if metrics_path:
        job["metrics_path"] = metrics_path
    job["authorization"] = {"credentials_file": "/var/run/secrets/kubernetes.io/serviceaccount/token"}
    job["tls_config"] = {"ca_file": "/var/run/secrets/kubernetes.io/serviceaccount/ca.crt", "insecure_skip_verify": True}
    job["kubernetes_sd_configs"] = [{"role": "node"}]
    if keep_metrics:
        job["metric_relabel_configs"] = [{"source_labels": ["__name__"], "regex": keep_metrics, "action": "keep"}]
    return job


def _chart_image(image: ContainerImage) -> dict[str, str]:
    """The image block most charts read: the chart pulls by ``digest`` when one is set."""
    if image.is_pinned:
        return {"repository": image.repository, "tag": image.tag if image.digest else "", "digest": image.digest or image.tag}
    return {"repository": image.repository, "tag": image.tag}


def _restricted_values(pod_key: str, container_key: str) -> dict[str, Any]:
    return {pod_key: restricted_pod_security(), container_key: restricted_container_values()}
