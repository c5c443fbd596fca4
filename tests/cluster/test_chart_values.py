"""The charts Argo CD installs, rendered by Helm from their kept copies with our values: Helm
accepts the values (a value the chart refuses fails the sync), their objects are admitted with
ours (test_admission.py), and what the values point at is there: every cluster address resolves
to a Service's port with workloads behind it, Grafana's dashboard sidecar finds every dashboard,
and every Prometheus scrape job finds its pods.
"""

from __future__ import annotations

import json
import os

import pytest
import yaml

from chart_references import scrape_targets, unfound_dashboards, unresolved_addresses
from codex_platform.operations.capacity import CHART_PODS, chart_pod_rows
from helm_charts import HelmFailed, chart_folder, render
from platforms import CODEX
from simulated_nodes import removed_after

pytestmark = pytest.mark.cluster

#: Scrape jobs whose pods nothing makes on this control plane, and why.
TARGETS_NOT_RUN_HERE = {
    "kafka-brokers": "Strimzi's operator makes the brokers' pods; it does not run here",
    "kafka-exporter": "Strimzi's operator makes the exporter's pod",
    "envoy-proxies": "Envoy Gateway's controller makes the proxies' pods",
}


def applications(environment: str = "prod") -> dict[str, dict]:
    return {
        obj["metadata"]["name"]: obj
        for obj in CODEX.objects(environment).values()
        if obj["kind"] == "Application" and "chart" in obj["spec"]["source"]
    }


def copy(obj: dict) -> dict:
    return json.loads(json.dumps(obj))


def test_the_observability_charts_are_rendered_from_their_kept_copies(prod_synced):
    rendered = set(prod_synced.rendered)
    assert {"codex-prometheus", "codex-grafana", "codex-loki", "codex-tempo", "codex-otel-collector", "codex-alloy"} <= rendered
    assert rendered == {name for name, app in applications().items() if chart_folder(app)}
    assert all(prod_synced.rendered[name] for name in rendered)


@pytest.mark.parametrize("application", sorted(applications()))
def test_every_address_in_chart_values_is_a_service_port_with_workloads_behind_it(cluster, prod_synced, application):
    assert unresolved_addresses(cluster, applications()[application]) == []


def test_a_datasource_pointing_at_a_service_that_is_not_there_is_found(cluster, prod_synced):
    grafana = copy(applications()["codex-grafana"])
    datasources = grafana["spec"]["source"]["helm"]["valuesObject"]["datasources"]["datasources.yaml"]["datasources"]
    prometheus = next(d for d in datasources if d["type"] == "prometheus")
    prometheus["url"] = "http://prometheus.observability.svc.cluster.local:9090"
    assert unresolved_addresses(cluster, grafana) == [
        "codex-grafana: datasources.datasources.yaml.datasources[0].url: "
        "http://prometheus.observability.svc.cluster.local:9090: no Service observability/prometheus"
    ]


def dashboards_in_dist() -> list[dict]:
    return [
        obj
        for obj in CODEX.objects("prod").values()
        if obj["kind"] == "ConfigMap" and any(key.endswith(".json") for key in (obj.get("data") or {}))
    ]


def test_grafana_s_sidecar_finds_every_dashboard(cluster, prod_synced):
    missed, found = unfound_dashboards(cluster, applications()["codex-grafana"])
    assert missed == []
    assert found == len(dashboards_in_dist()) > 0


def test_a_dashboard_the_sidecar_s_selector_cannot_find_is_found(cluster, prod_synced):
    dashboard = copy(dashboards_in_dist()[0])
    dashboard["metadata"]["name"] = "planted-unlabelled-dashboard"
    dashboard["metadata"]["labels"] = {k: v for k, v in dashboard["metadata"]["labels"].items() if k != "grafana_dashboard"}
    with removed_after(cluster, dashboard):
        missed, _ = unfound_dashboards(cluster, applications()["codex-grafana"])
    assert [line.split(":")[0] for line in missed] == ["ConfigMap observability/planted-unlabelled-dashboard"]


def test_every_scrape_job_finds_its_pods(cluster, prod_nodes):
    """Prometheus' pod-role jobs keep pods by label and container port: each must keep at least
    one of the pods the controllers made, except the jobs whose pods nothing makes here."""
    values = applications()["codex-prometheus"]["spec"]["source"]["helm"]["valuesObject"]
    jobs = [
        j for j in values["serverFiles"]["prometheus.yml"]["scrape_configs"] if j.get("kubernetes_sd_configs", [{}])[0].get("role") == "pod"
    ]
    assert len(jobs) > len(TARGETS_NOT_RUN_HERE)
    empty = cluster.wait_for(
        "every scrape job's pods",
        lambda: (lambda found: found if found <= set(TARGETS_NOT_RUN_HERE) else None)(
            {job["job_name"] for job in jobs if scrape_targets(cluster, job) == 0}
        ),
    )
    assert empty == set(TARGETS_NOT_RUN_HERE)


def test_a_scrape_job_whose_selector_matches_no_pod_finds_none(cluster, prod_nodes):
    values = applications()["codex-prometheus"]["spec"]["source"]["helm"]["valuesObject"]
    job = copy(next(j for j in values["serverFiles"]["prometheus.yml"]["scrape_configs"] if j["job_name"] == "code-manage-service"))
    assert scrape_targets(cluster, job) > 0
    job["relabel_configs"][0]["regex"] = "code-manage"
    assert scrape_targets(cluster, job) == 0


def test_a_chart_value_the_chart_refuses_fails_the_rendering(cluster, prod_synced):
    """Loki's chart refuses more than one monolithic replica without object storage: Helm fails
    with the chart's own message, as Argo CD's sync would."""
    loki = copy(applications()["codex-loki"])
    loki["spec"]["source"]["helm"]["valuesObject"].setdefault("singleBinary", {})["replicas"] = 2
    with pytest.raises(HelmFailed, match="Cannot run more than 1 Monolithic replica without an object storage backend"):
        render(loki, cluster.api_versions())


def rendered_in(synced, namespace: str) -> list[dict]:
    """What the charts rendered into ``namespace``."""
    return [obj for objects in synced.rendered.values() for obj in objects if obj["metadata"].get("namespace") == namespace]


def listened(container: dict) -> set[int]:
    """The ports a container is known to listen on: those it declares and those its probes dial."""
    ports = {p["containerPort"] for p in container.get("ports", [])}
    named = {p["name"]: p["containerPort"] for p in container.get("ports", []) if "name" in p}
    for probe in ("livenessProbe", "readinessProbe", "startupProbe"):
        for action in ("httpGet", "tcpSocket", "grpc"):
            port = container.get(probe, {}).get(action, {}).get("port")
            if port is not None:
                ports.add(named.get(port, port) if isinstance(port, str) else port)
    return {port for port in ports if isinstance(port, int)}


def test_the_network_model_s_chart_pods_and_services_are_what_helm_renders(prod_synced):
    """The fast tier's NetworkPolicy model (tests/reachability.py) keeps the charts' pods and
    Services by hand so that it needs no Helm; for every chart kept here, each entry must be what
    Helm renders: a pod template carrying those labels and serving those ports, a Service
    mapping those ports to them."""
    from reachability import CHART_PODS, CHART_SERVICES

    namespaces = {app["spec"]["destination"]["namespace"] for name, app in applications().items() if name in prod_synced.rendered}
    templates = [
        obj["spec"]["template"]
        for namespace in namespaces
        for obj in rendered_in(prod_synced, namespace)
        if obj["kind"] in ("Deployment", "StatefulSet", "DaemonSet", "Job")
    ]
    checked = []
    # Envoy's proxies are made by Envoy Gateway's controller from the Gateway, not by its chart.
    for endpoint in [e for e in CHART_PODS if e.namespace in namespaces and e.name != "envoy-proxy"]:
        matching = [t for t in templates if endpoint.labels.items() <= (t["metadata"].get("labels") or {}).items()]
        assert matching, f"{endpoint.name}: no rendered pod carries {endpoint.labels}"
        served = {port for t in matching for c in t["spec"]["containers"] for port in listened(c)}
        assert set(endpoint.ports) <= served, f"{endpoint.name}: the model says {endpoint.ports}, the pods serve {sorted(served)}"
        checked.append(endpoint.name)
    assert {"prometheus-server", "grafana", "loki", "tempo", "otel-collector", "alloy", "alertmanager"} <= set(checked)
    assert {"cert-manager", "ingress-nginx", "envoy-gateway", "envoy-certgen"} <= set(checked)
    services = {
        (obj["metadata"]["name"], namespace): obj
        for namespace in namespaces
        for obj in rendered_in(prod_synced, namespace)
        if obj["kind"] == "Service"
    }
    for (name, namespace), (pod, ports) in CHART_SERVICES.items():
        if namespace not in namespaces:
            continue
        service = services.get((name, namespace))
        assert service, f"the model's Service {namespace}/{name} is not rendered"
        endpoint = next(e for e in CHART_PODS if e.name == pod)
        named = {
            p["name"]: p["containerPort"]
            for t in templates
            if endpoint.labels.items() <= (t["metadata"].get("labels") or {}).items()
            for c in t["spec"]["containers"]
            for p in c.get("ports", [])
            if "name" in p
        }
        rendered_ports = {p["port"]: named.get(p.get("targetPort"), p.get("targetPort", p["port"])) for p in service["spec"]["ports"]}
        assert ports.items() <= rendered_ports.items(), f"{namespace}/{name}: the model maps {ports}, Helm renders {rendered_ports}"
        selector = service["spec"].get("selector", {})
        assert any(
            endpoint.labels.items() <= labels.items() and selector.items() <= labels.items()
            for labels in (t["metadata"].get("labels") or {} for t in templates)
        ), f"{namespace}/{name} selects {selector}: not the pods the model calls {pod}"


def test_the_chart_pods_make_capacity_counts_are_what_helm_renders(cluster, prod_synced):
    """`make capacity` has no Helm (the fast loop does not build it): it reads the kept charts'
    pods from vendor/charts/pods.yaml, which must be what Helm renders with each environment's
    values. `make chart-pods` rewrites it from this rendering."""
    wanted = {}
    for environment in ("dev", "prod"):
        rendered = {name: render(app, cluster.api_versions()) for name, app in applications(environment).items() if chart_folder(app)}
        wanted[environment] = chart_pod_rows(rendered, CODEX.environments[environment].config)
    if os.environ.get("UPDATE_CHART_PODS"):
        CHART_PODS.write_text(
            "# The long-running pods of the charts kept in vendor/charts, as Helm renders them with each\n"
            "# environment's values: written by `make chart-pods`, checked by `make test-cluster`, read by\n"
            "# `make capacity`.\n" + yaml.safe_dump(wanted, sort_keys=False, width=120)
        )
    assert {"codex-prometheus", "codex-grafana", "codex-cert-manager"} <= {row["application"] for row in wanted["prod"]}
    assert CHART_PODS.exists() and yaml.safe_load(CHART_PODS.read_text()) == wanted, (
        "vendor/charts/pods.yaml is not what the charts render: run `make chart-pods`"
    )
