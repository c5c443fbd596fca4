"""What an observability stack is told, as values: the workloads it observes and what their
metrics say about requests, further scrape targets, alerting, its settings, and the addresses
of its parts (for the workloads that send to it)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from ._quantities import parse_bytes
from .field_error import FieldError
from .image import ContainerImage

#: Release names; each chart's objects are named after them (fullnameOverride), so the
#: addresses below are stable.
COLLECTOR, PROMETHEUS, LOKI, TEMPO, GRAFANA, ALLOY = "otel-collector", "prometheus", "loki", "tempo", "grafana", "alloy"
OTLP_GRPC_PORT, OTLP_HTTP_PORT, COLLECTOR_METRICS_PORT, HEALTH_PORT = 4317, 4318, 9464, 13133
GRAFANA_PORT = 3000
#: The Prometheus server pods' port (its Service serves it on 80).
PROMETHEUS_SERVER_PORT = 9090
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
            raise FieldError.of("duration_unit", f"duration_unit {self.duration_unit!r} must be 'ms' or 's'")
        for code in self.error_grpc_codes:
            if not isinstance(code, int) or isinstance(code, bool) or not 1 <= code <= 16:
                raise FieldError.of(
                    "error_grpc_codes", f"error_grpc_codes: {code!r} is not a gRPC status code of a failure (1-16; 0 is OK)"
                )

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
    metrics_port: int | None = None
    request_metrics: RequestMetrics | None = None
    traced: bool = True


@dataclass(frozen=True)
class ScrapeTarget:
    """Something else Prometheus scrapes. Build one with :meth:`address` (a Service's
    ``host:port``) or :meth:`pods` (every pod with ``label=value`` in ``namespace``, on ``port``).

    :param keep_metrics: a regular expression of the metric names to keep (the rest are
        dropped at scrape). Default: all.
    :param metrics_path: the HTTP path metrics are served at. Default: ``/metrics``.
    :param honor_labels: the target's own labels win over those Prometheus attaches (what an
        exporter describing other things needs). Default: True.
    :param labels: further labels set on every series, ``(name, value)``. Default: none.
    """

    job: str
    address: str | None = None
    namespace: str | None = None
    pod_label: tuple[str, str] | None = None
    port: int | None = None
    keep_metrics: str | None = None
    metrics_path: str | None = None
    honor_labels: bool = True
    labels: tuple[tuple[str, str], ...] = ()

    @classmethod
    def service(cls, job: str, address: str, keep_metrics: str | None = None) -> ScrapeTarget:
        return cls(job=job, address=address, keep_metrics=keep_metrics)

    @classmethod
    def pods(
        cls,
        job: str,
        namespace: str,
        label: str,
        value: str,
        port: int,
        keep_metrics: str | None = None,
        metrics_path: str | None = None,
        honor_labels: bool = True,
        labels: tuple[tuple[str, str], ...] = (),
    ) -> ScrapeTarget:
        return cls(
            job=job,
            namespace=namespace,
            pod_label=(label, value),
            port=port,
            keep_metrics=keep_metrics,
            metrics_path=metrics_path,
            honor_labels=honor_labels,
            labels=labels,
        )

    def job_config(self) -> dict[str, Any]:
        job: dict[str, Any] = {"job_name": self.job}
        if self.honor_labels:
            job["honor_labels"] = True
        if self.address is not None:
            job["static_configs"] = [{"targets": [self.address]}]
        else:
            if not (self.namespace and self.pod_label and self.port):
                raise ValueError(f"scrape target {self.job}: give an address, or the namespace, pod label and port of its pods")
            label = "__meta_kubernetes_pod_label_" + "".join(c if c.isalnum() else "_" for c in self.pod_label[0])
            job["kubernetes_sd_configs"] = [{"role": "pod", "namespaces": {"names": [self.namespace]}}]
            job["relabel_configs"] = [
                {"source_labels": [label], "regex": self.pod_label[1], "action": "keep"},
                {"source_labels": ["__meta_kubernetes_pod_container_port_number"], "regex": str(self.port), "action": "keep"},
                {"source_labels": ["__meta_kubernetes_pod_name"], "target_label": "pod"},
                {"source_labels": ["__meta_kubernetes_namespace"], "target_label": "namespace"},
                *({"target_label": name, "replacement": value} for name, value in self.labels),
            ]
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
    secret: str | None = None

    @property
    def secret_dir(self) -> str | None:
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
            raise FieldError.of("sampling_percentage", f"sampling_percentage {self.sampling_percentage} must be above 0 and at most 100")
        for name in ("loki_storage", "tempo_storage"):
            try:
                parse_bytes(getattr(self, name))
            except ValueError as error:
                raise FieldError.of(name, f"{name}: {error}") from None


def collector_endpoint(namespace: str) -> str:
    """The collector's OTLP gRPC address for a stack in ``namespace``, as services dial it."""
    return f"http://{COLLECTOR}.{namespace}.svc.cluster.local:{OTLP_GRPC_PORT}"


def prometheus_server_url(namespace: str) -> str:
    """The Prometheus server's Service (port 80) for a stack in ``namespace``."""
    return f"http://{PROMETHEUS}-server.{namespace}.svc.cluster.local"


def prometheus_query_url(namespace: str) -> str:
    """Prometheus' instant-query API for a stack in ``namespace``."""
    return f"{prometheus_server_url(namespace)}/api/v1/query"
