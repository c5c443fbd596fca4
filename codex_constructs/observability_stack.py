"""Traces, metrics and logs for a set of workloads: the upstream charts with values built here,
Grafana's datasources, and one dashboard per workload.

The stack takes the workloads it observes as data, so it knows nothing of any one platform:
what each serves (a metrics port, request metrics) decides what is scraped and what its
dashboard shows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal, Optional, Sequence

from cdk8s_plus_27 import k8s
from constructs import Construct

from ._names import check_dns_label
from ._props import checked_props
from ._quantities import parse_bytes
from .defaults import restricted_pod_security
from .helm_release import CLUSTER_ROLE_KINDS, HelmRelease
from .image import ContainerImage

GRAFANA_COMMUNITY_CHARTS = "https://grafana-community.github.io/helm-charts"
GRAFANA_CHARTS = "https://grafana.github.io/helm-charts"

#: Release names; each chart's objects are named after them (fullnameOverride), so the
#: addresses below are stable.
COLLECTOR, PROMETHEUS, LOKI, TEMPO, GRAFANA, ALLOY = "otel-collector", "prometheus", "loki", "tempo", "grafana", "alloy"
OTLP_GRPC_PORT, OTLP_HTTP_PORT, COLLECTOR_METRICS_PORT, HEALTH_PORT = 4317, 4318, 9464, 13133
GRAFANA_PORT = 3000
#: The Prometheus server pods' port (its Service serves it on 80).
PROMETHEUS_SERVER_PORT = 9090
KUBE_STATE_METRICS, KUBE_STATE_METRICS_PORT = f"{PROMETHEUS}-kube-state-metrics", 8080
#: The scrape jobs the prometheus chart (29.x) enables by default, under ``scrapeConfigs``.
PROMETHEUS_CHART_JOBS = (
    "prometheus", "kubernetes-api-servers", "kubernetes-nodes", "kubernetes-nodes-cadvisor",
    "kubernetes-service-endpoints", "kubernetes-service-endpoints-slow", "prometheus-pushgateway",
    "kubernetes-services", "kubernetes-pods", "kubernetes-pods-slow",
)
#: The structured metadata field that carries a log line's trace id, for the Tempo link.
TRACE_ID_FIELD = "trace_id"
DASHBOARD_LABEL = "grafana_dashboard"
#: Tempo's metrics-generator processors: the service graph (Grafana's service map) and span
#: metrics (its traces-to-metrics links).
TEMPO_PROCESSORS = ("service-graphs", "span-metrics")


#: The attribute @opentelemetry/instrumentation-grpc records a call's status code in; as a span
#: metrics dimension, Tempo writes it as the label ``rpc_grpc_status_code``.
GRPC_STATUS_ATTRIBUTE = "rpc.grpc.status_code"


@dataclass(frozen=True)
class RequestMetrics:
    """The Prometheus series a workload exports about the requests it serves.

    :param requests_total: a counter of requests.
    :param duration_histogram: a histogram of request durations (its ``_bucket`` series).
    :param error_selector: the label matcher that marks a failed request, e.g. ``status!="OK"``.
    :param duration_unit: ``ms`` or ``s``, the histogram's unit. Default: ``s``.
    :param error_grpc_codes: count failures from the workload's gRPC server spans instead (Tempo's
        span metrics, ``service`` being the workload's name), those whose status code is one of
        these: for a service whose own counter cannot see a failure answered through the
        callback. Tempo then records the status code as a span metrics dimension. Default: none
        (``error_selector`` on ``requests_total``).
    """

    requests_total: str
    duration_histogram: str
    error_selector: str
    duration_unit: Literal["ms", "s"] = "s"
    error_grpc_codes: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        if self.duration_unit not in ("ms", "s"):
            raise ValueError(f"duration_unit {self.duration_unit!r} must be 'ms' or 's'")
        for code in self.error_grpc_codes:
            if not isinstance(code, int) or isinstance(code, bool) or not 1 <= code <= 16:
                raise ValueError(f"error_grpc_codes: {code!r} is not a gRPC status code of a failure (1-16; 0 is OK)")

    def failed_and_all(self, workload: str, window: str) -> tuple[str, str]:
        """PromQL for the rate of failed requests and of all requests over ``window``."""
        if self.error_grpc_codes:
            spans = f'traces_spanmetrics_calls_total{{service="{workload}", span_kind="SPAN_KIND_SERVER"'
            codes = "|".join(str(code) for code in self.error_grpc_codes)
            label = GRPC_STATUS_ATTRIBUTE.replace(".", "_")
            return f'sum(rate({spans}, {label}=~"{codes}"}}[{window}]))', f"sum(rate({spans}}}[{window}]))"
        app = f'app="{workload}"'
        return (
            f"sum(rate({self.requests_total}{{{app}, {self.error_selector}}}[{window}]))",
            f"sum(rate({self.requests_total}{{{app}}}[{window}]))",
        )


@dataclass(frozen=True)
class ObservedWorkload:
    """A workload the stack observes.

    :param name: its name; its pods carry ``app.kubernetes.io/name: <name>``.
    :param namespace: its namespace.
    :param metrics_port: the port where it serves ``/metrics``; only such ports are scraped.
        Default: none.
    :param request_metrics: what its metrics say about requests. Default: none (the
        dashboard then shows CPU and memory only).
    :param traced: whether it sends traces. Default: True.
    """

    name: str
    namespace: str
    metrics_port: Optional[int] = None
    request_metrics: Optional[RequestMetrics] = None
    traced: bool = True


@dataclass(frozen=True)
class ScrapeTarget:
    """Something else Prometheus scrapes. Build one with :meth:`address` (a Service's
    ``host:port``) or :meth:`pods` (every pod with ``label=value`` in ``namespace``, on ``port``).

    :param keep_metrics: a regular expression of the metric names to keep (the rest are
        dropped at scrape). Default: all.
    :param metrics_path: the HTTP path metrics are served at. Default: ``/metrics``.
    """

    job: str
    address: Optional[str] = None
    namespace: Optional[str] = None
    pod_label: Optional[tuple[str, str]] = None
    port: Optional[int] = None
    keep_metrics: Optional[str] = None
    metrics_path: Optional[str] = None

    @classmethod
    def service(cls, job: str, address: str, keep_metrics: Optional[str] = None) -> "ScrapeTarget":
        return cls(job=job, address=address, keep_metrics=keep_metrics)

    @classmethod
    def pods(
        cls, job: str, namespace: str, label: str, value: str, port: int,
        keep_metrics: Optional[str] = None, metrics_path: Optional[str] = None,
    ) -> "ScrapeTarget":
        return cls(job=job, namespace=namespace, pod_label=(label, value), port=port, keep_metrics=keep_metrics, metrics_path=metrics_path)

    def job_config(self) -> dict[str, Any]:
        # An exporter's own labels (e.g. the namespace of what it describes) win over the target's.
        if self.address is not None:
            job: dict[str, Any] = {"job_name": self.job, "honor_labels": True, "static_configs": [{"targets": [self.address]}]}
        else:
            if not (self.namespace and self.pod_label and self.port):
                raise ValueError(f"scrape target {self.job}: give an address, or the namespace, pod label and port of its pods")
            label = "__meta_kubernetes_pod_label_" + "".join(c if c.isalnum() else "_" for c in self.pod_label[0])
            job = {
                "job_name": self.job,
                "honor_labels": True,
                "kubernetes_sd_configs": [{"role": "pod", "namespaces": {"names": [self.namespace]}}],
                "relabel_configs": [
                    {"source_labels": [label], "regex": self.pod_label[1], "action": "keep"},
                    {"source_labels": ["__meta_kubernetes_pod_container_port_number"], "regex": str(self.port), "action": "keep"},
                    {"source_labels": ["__meta_kubernetes_pod_name"], "target_label": "pod"},
                    {"source_labels": ["__meta_kubernetes_namespace"], "target_label": "namespace"},
                ],
            }
        if self.metrics_path:
            job["metrics_path"] = self.metrics_path
        if self.keep_metrics:
            job["metric_relabel_configs"] = [{"source_labels": ["__name__"], "regex": self.keep_metrics, "action": "keep"}]
        return job


@dataclass(frozen=True)
class Alerting:
    """Alerting rules for Prometheus and Alertmanager's configuration.

    :param rules: the content of ``alerting_rules.yml`` (``{"groups": [...]}``).
    :param alertmanager: ``alertmanager.yml`` (route, receivers, inhibit_rules).
    :param secret: a Secret mounted read-only at ``/etc/alertmanager/secrets/<name>/`` for
        receivers' credentials (``*_file`` settings point there). Default: none.
    """

    rules: dict[str, Any]
    alertmanager: dict[str, Any]
    secret: Optional[str] = None

    @property
    def secret_dir(self) -> Optional[str]:
        return self.mount_path(self.secret) if self.secret else None

    @staticmethod
    def mount_path(secret: str) -> str:
        """Where Alertmanager finds the files of the Secret ``secret``."""
        return f"/etc/alertmanager/secrets/{secret}"


@dataclass(frozen=True)
class ObservabilitySettings:
    """Knobs of the stack.

    :param sampling_percentage: share of traces kept. Default: 25.
    :param prometheus_retention: how long metrics are kept. Default: ``15d``.
    :param loki_retention: how long logs are kept. Default: ``168h``.
    :param tempo_retention: how long traces are kept. Default: ``72h``.
    :param loki_storage: Loki's volume size. Default: ``2Gi``.
    :param tempo_storage: Tempo's volume size (traces and its write-ahead log). Default: ``10Gi``.
    :param collector_image: the collector image. Default: contrib 0.158.0, the chart's own.
    """

    sampling_percentage: float = 25
    prometheus_retention: str = "15d"
    loki_retention: str = "168h"
    tempo_retention: str = "72h"
    loki_storage: str = "2Gi"
    tempo_storage: str = "10Gi"
    collector_image: ContainerImage = ContainerImage("otel/opentelemetry-collector-contrib", "0.158.0")

    def __post_init__(self) -> None:
        if not 0 < self.sampling_percentage <= 100:
            raise ValueError(f"sampling_percentage {self.sampling_percentage} must be above 0 and at most 100")
        for name in ("loki_storage", "tempo_storage"):
            try:
                parse_bytes(getattr(self, name))
            except ValueError as error:
                raise ValueError(f"{name}: {error}") from None


def collector_endpoint(namespace: str) -> str:
    """The collector's OTLP gRPC address for a stack in ``namespace``, as services dial it."""
    return f"http://{COLLECTOR}.{namespace}.svc.cluster.local:{OTLP_GRPC_PORT}"


def prometheus_server_url(namespace: str) -> str:
    """The Prometheus server's Service (port 80) for a stack in ``namespace``."""
    return f"http://{PROMETHEUS}-server.{namespace}.svc.cluster.local"


def prometheus_query_url(namespace: str) -> str:
    """Prometheus' instant-query API for a stack in ``namespace``."""
    return f"{prometheus_server_url(namespace)}/api/v1/query"


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
        alerting: Optional[Alerting] = None,
        dashboards: Optional[dict[str, dict[str, Any]]] = None,
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
        self.dashboards = {
            workload.name: k8s.KubeConfigMap(
                self,
                f"Dashboard-{workload.name}",
                metadata=k8s.ObjectMeta(
                    name=f"dashboard-{workload.name}", namespace=namespace, labels={DASHBOARD_LABEL: "1"}
                ),
                data={f"{workload.name}.json": json.dumps(dashboard(workload), indent=2, sort_keys=True)},
            )
            for workload in workloads
        }
        for name, board in sorted((dashboards or {}).items()):
            check_dns_label(name, "dashboard name")
            self.dashboards[name] = k8s.KubeConfigMap(
                self,
                f"Dashboard-{name}",
                metadata=k8s.ObjectMeta(name=f"dashboard-{name}", namespace=namespace, labels={DASHBOARD_LABEL: "1"}),
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

    def _collector(self) -> HelmRelease:
        image = self.settings.collector_image
        config = {
            "receivers": {
                "otlp": {"protocols": {"grpc": {"endpoint": f"0.0.0.0:{OTLP_GRPC_PORT}"}, "http": {"endpoint": f"0.0.0.0:{OTLP_HTTP_PORT}"}}}
            },
            "processors": {
                "memory_limiter": {"check_interval": "1s", "limit_percentage": 75, "spike_limit_percentage": 25},
                "batch": {"timeout": "10s", "send_batch_size": 1024},
                "probabilistic_sampler": {"hash_seed": 22, "sampling_percentage": self.settings.sampling_percentage},
            },
            "exporters": {
                # `otlp_grpc`: the exporter's name since collector 0.158 (`otlp` is a deprecated alias).
                "otlp_grpc/tempo": {"endpoint": f"{self.host(TEMPO)}:{OTLP_GRPC_PORT}", "tls": {"insecure": True}},
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
        unused = ("jaeger-compact", "jaeger-thrift", "jaeger-grpc", "zipkin")
        return HelmRelease(
            name=COLLECTOR,
            repo_url="https://open-telemetry.github.io/opentelemetry-helm-charts",
            chart="opentelemetry-collector",
            version="0.170.0",
            namespace=self.namespace,
            values={
                "fullnameOverride": COLLECTOR,
                "mode": "deployment",
                "image": _chart_image(image),
                "presets": {"kubernetesAttributes": {"enabled": True}},
                "config": config,
                "ports": {
                    **{port: {"enabled": False} for port in unused},
                    "prom-exporter": {"enabled": True, "containerPort": COLLECTOR_METRICS_PORT, "servicePort": COLLECTOR_METRICS_PORT, "protocol": "TCP"},
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
            {
                # Pod CPU and memory for every dashboard, from the kubelets' cAdvisor.
                "job_name": "kubernetes-cadvisor",
                "scheme": "https",
                "metrics_path": "/metrics/cadvisor",
                "authorization": {"credentials_file": "/var/run/secrets/kubernetes.io/serviceaccount/token"},
                "tls_config": {"ca_file": "/var/run/secrets/kubernetes.io/serviceaccount/ca.crt", "insecure_skip_verify": True},
                "kubernetes_sd_configs": [{"role": "node"}],
            },
        ]
        jobs.append(
            {
                # Volume usage (kubelet_volume_stats_*) from the kubelets' own metrics; the rest
                # of them is dropped at scrape.
                "job_name": "kubernetes-kubelet-volumes",
                "scheme": "https",
                "authorization": {"credentials_file": "/var/run/secrets/kubernetes.io/serviceaccount/token"},
                "tls_config": {"ca_file": "/var/run/secrets/kubernetes.io/serviceaccount/ca.crt", "insecure_skip_verify": True},
                "kubernetes_sd_configs": [{"role": "node"}],
                "metric_relabel_configs": [{"source_labels": ["__name__"], "regex": "kubelet_volume_stats_.*", "action": "keep"}],
            }
        )
        jobs += [target.job_config() for target in self.scrape_targets]
        for workload in self.workloads:
            if workload.metrics_port is None:
                continue
            jobs.append(
                {
                    "job_name": workload.name,
                    "kubernetes_sd_configs": [{"role": "pod", "namespaces": {"names": [workload.namespace]}}],
                    "relabel_configs": [
                        {"source_labels": ["__meta_kubernetes_pod_label_app_kubernetes_io_name"], "regex": workload.name, "action": "keep"},
                        {"source_labels": ["__meta_kubernetes_pod_container_port_number"], "regex": str(workload.metrics_port), "action": "keep"},
                        {"source_labels": ["__meta_kubernetes_pod_name"], "target_label": "pod"},
                        {"source_labels": ["__meta_kubernetes_namespace"], "target_label": "namespace"},
                        {"target_label": "app", "replacement": workload.name},
                    ],
                }
            )
        alerting = self._alerting_values()
        rule_files = alerting.pop("serverFiles", {})
        return HelmRelease(
            name=PROMETHEUS,
            repo_url="https://prometheus-community.github.io/helm-charts",
            chart="prometheus",
            version="29.27.0",
            namespace=self.namespace,
            values={
                **alerting,
                "prometheus-pushgateway": {"enabled": False},
                # Node exporter needs the host's network and PID namespaces; cAdvisor covers pods.
                "prometheus-node-exporter": {"enabled": False},
                "server": {
                    "retention": self.settings.prometheus_retention,
                    "containerSecurityContext": _restricted_container(),
                    # The chart's own flag (its config reloader posts to /-/reload), and the
                    # endpoint Tempo writes its service-graph and span metrics to.
                    "extraFlags": ["web.enable-lifecycle", "web.enable-remote-write-receiver"],
                },
                "configmapReload": {"prometheus": {"containerSecurityContext": _restricted_container()}},
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
            "securityContext": _restricted_container(),
        }
        if self.alerting.secret:
            alertmanager["extraSecretMounts"] = [
                {"name": self.alerting.secret, "mountPath": self.alerting.secret_dir, "secretName": self.alerting.secret, "readOnly": True}
            ]
        return {"alertmanager": alertmanager, "serverFiles": {"alerting_rules.yml": self.alerting.rules}}

    def _loki(self) -> HelmRelease:
        return HelmRelease(
            name=LOKI,
            repo_url=GRAFANA_COMMUNITY_CHARTS,
            chart="loki",
            version="18.11.0",
            namespace=self.namespace,
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
        # Logs are read through the Kubernetes API, not host paths, so the agent needs no
        # privileges. Labels: app, namespace, pod and container (a pod's containers, such as
        # a worker and its Docker daemon, are separate streams). A JSON line's `traceId` becomes the
        # structured metadata `trace_id`, never a label: one stream per trace would exhaust
        # Loki's stream limit and get pushes rejected.
        config = f"""\
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
    url = "{push}"
  }}
}}
"""
        return HelmRelease(
            name=ALLOY,
            repo_url=GRAFANA_CHARTS,
            chart="alloy",
            version="1.11.1",
            namespace=self.namespace,
            values={
                "fullnameOverride": ALLOY,
                "global": {"podSecurityContext": restricted_pod_security(473)},
                # The chart's optional CRDs (PodLogs) are not used here.
                "crds": {"create": False},
                "controller": {"type": "deployment", "replicas": 1},
                "alloy": {
                    "configMap": {"content": config},
                    "mounts": {"varlog": False, "dockercontainers": False},
                    "securityContext": _restricted_container(),
                    "enableReporting": False,
                },
                "configReloader": {"securityContext": _restricted_container()},
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
        return HelmRelease(
            name=TEMPO,
            repo_url=GRAFANA_COMMUNITY_CHARTS,
            chart="tempo",
            version="2.2.4",
            namespace=self.namespace,
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
                    "securityContext": _restricted_container(),
                    # Grafana's service map and traces-to-metrics query the series Tempo's
                    # metrics generator derives from the (sampled) spans it receives
                    # (traces_service_graph_*, traces_spanmetrics_*); nothing else makes them.
                    "metricsGenerator": {"enabled": True, "remoteWriteUrl": self.remote_write_url},
                    "overrides": {"defaults": {"metrics_generator": self._generator_overrides()}},
                },
            },
        )

    def _grafana(self, admin_secret: str) -> HelmRelease:
        return HelmRelease(
            name=GRAFANA,
            repo_url=GRAFANA_COMMUNITY_CHARTS,
            chart="grafana",
            version="12.11.1",
            namespace=self.namespace,
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
                        "enabled": True, "label": DASHBOARD_LABEL, "labelValue": "1", "skipReload": True,
                        "provider": {"updateIntervalSeconds": 30},
                    }
                },
                "testFramework": {"enabled": False},
            },
            cluster_resources=CLUSTER_ROLE_KINDS,
        )

    def datasources(self) -> list[dict[str, Any]]:
        """Prometheus, Loki with its TraceID link into Tempo, and Tempo linking back."""
        return [
            {"name": "Prometheus", "uid": "prometheus", "type": "prometheus", "access": "proxy",
             "url": prometheus_server_url(self.namespace), "isDefault": True},
            {
                "name": "Loki", "uid": "loki", "type": "loki", "access": "proxy", "url": f"http://{self.host(LOKI)}:3100",
                "jsonData": {
                    # Matches the `trace_id` structured metadata that Alloy attaches. `$$`:
                    # Grafana expands `$...` in provisioning files, and `$$` is its escape.
                    "derivedFields": [
                        {"name": "TraceID", "matcherType": "label", "matcherRegex": f"^{TRACE_ID_FIELD}$",
                         "datasourceUid": "tempo", "url": "$${__value.raw}"}
                    ]
                },
            },
            {
                "name": "Tempo", "uid": "tempo", "type": "tempo", "access": "proxy", "url": f"http://{self.host(TEMPO)}:3200",
                "jsonData": {
                    "tracesToLogsV2": {
                        "datasourceUid": "loki", "filterByTraceID": True, "spanStartTimeShift": "-1h", "spanEndTimeShift": "1h",
                    },
                    "tracesToMetrics": {"datasourceUid": "prometheus"},
                    "serviceMap": {"datasourceUid": "prometheus"},
                    "nodeGraph": {"enabled": True},
                },
            },
        ]


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


def _restricted_container() -> dict[str, Any]:
    return {
        "allowPrivilegeEscalation": False,
        "capabilities": {"drop": ["ALL"]},
        "runAsNonRoot": True,
        "seccompProfile": {"type": "RuntimeDefault"},
    }


def _chart_image(image: ContainerImage) -> dict[str, str]:
    """The image block most charts read: the chart pulls by ``digest`` when one is set."""
    if image.is_pinned:
        return {"repository": image.repository, "tag": image.tag if image.digest else "", "digest": image.digest or image.tag}
    return {"repository": image.repository, "tag": image.tag}


def _restricted_values(pod_key: str, container_key: str) -> dict[str, Any]:
    return {pod_key: restricted_pod_security(), container_key: _restricted_container()}
