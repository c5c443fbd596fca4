"""What chart values point at, checked against what the cluster holds after the sync (our
``dist/`` and the charts Helm rendered): addresses resolve to a Service's port with workloads
behind it, and label selectors find the objects they are meant to find.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from controlplane import ControlPlane

#: A cluster-local address: scheme (optional), Service, namespace, port (optional).
ADDRESS = re.compile(r"(?:(https?|grpc)://)?([a-z0-9-]+)\.([a-z0-9-]+)\.svc(?:\.cluster\.local)?(?::(\d+))?")
DEFAULT_PORTS = {"http": 80, "https": 443}


def strings(value: object, path: str = "") -> Iterator[tuple[str, str]]:
    """Every string in a values tree, with its path."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from strings(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from strings(item, f"{path}[{index}]")
    elif isinstance(value, str):
        yield path, value


def workload_labels(cluster: ControlPlane) -> dict[str, list[dict]]:
    """Pod template labels of every workload in the cluster, by namespace."""
    found: dict[str, list[dict]] = {}
    for kind in ("deployments", "statefulsets", "daemonsets"):
        for item in cluster.get(f"/apis/apps/v1/{kind}")["items"]:
            labels = item["spec"]["template"]["metadata"].get("labels") or {}
            found.setdefault(item["metadata"]["namespace"], []).append(labels)
    return found


def unresolved_addresses(cluster: ControlPlane, application: dict) -> list[str]:
    """Each address in the Application's chart values that names no Service in the cluster, a
    port the Service does not serve, or a Service that selects no workload's pods."""
    services = {(s["metadata"]["namespace"], s["metadata"]["name"]): s["spec"] for s in cluster.get("/api/v1/services")["items"]}
    workloads = workload_labels(cluster)
    problems = []
    values = application["spec"]["source"].get("helm", {}).get("valuesObject", {})
    for path, text in strings(values):
        for match in ADDRESS.finditer(text):
            scheme, name, namespace, port = match.groups()
            where = f"{application['metadata']['name']}: {path}: {match.group(0)}"
            wanted = int(port) if port else DEFAULT_PORTS.get(scheme or "")
            spec = services.get((namespace, name))
            if spec is None:
                problems.append(f"{where}: no Service {namespace}/{name}")
            elif wanted is not None and wanted not in {p["port"] for p in spec.get("ports", [])}:
                problems.append(f"{where}: Service {namespace}/{name} serves {sorted(p['port'] for p in spec['ports'])}, not {wanted}")
            elif spec.get("selector") and not any(spec["selector"].items() <= labels.items() for labels in workloads.get(namespace, [])):
                problems.append(f"{where}: Service {namespace}/{name} selects no workload's pods ({json.dumps(spec['selector'])})")
    return problems


def unfound_dashboards(cluster: ControlPlane, application: dict) -> tuple[list[str], int]:
    """Grafana's dashboard sidecar: every ConfigMap that carries a dashboard (a ``.json`` key
    holding panels) must carry the label the sidecar watches, in a namespace it searches. Returns
    (dashboards it cannot find, dashboards it finds)."""
    sidecar = application["spec"]["source"]["helm"]["valuesObject"]["sidecar"]["dashboards"]
    label, value = sidecar.get("label", "grafana_dashboard"), str(sidecar.get("labelValue", ""))
    searched = sidecar.get("searchNamespace") or application["spec"]["destination"]["namespace"]
    namespaces = None if searched == "ALL" else set(str(searched).split(","))
    missed, found = [], 0
    for item in cluster.get("/api/v1/configmaps")["items"]:
        dashboards = [key for key, text in (item.get("data") or {}).items() if key.endswith(".json") and '"panels"' in text]
        if not dashboards:
            continue
        labels = item["metadata"].get("labels") or {}
        namespace = item["metadata"]["namespace"]
        if (namespaces is None or namespace in namespaces) and label in labels and (not value or labels[label] == value):
            found += 1
        else:
            missed.append(f"ConfigMap {namespace}/{item['metadata']['name']}: the sidecar watches {label}={value or '*'} in {searched}")
    return missed, found


def keep_rules(job: dict) -> list[tuple[str, str]]:
    """A scrape job's ``keep`` relabelings on one source label: (label, regex)."""
    return [
        (rule["source_labels"][0], rule.get("regex", "(.*)"))
        for rule in job.get("relabel_configs", [])
        if rule.get("action") == "keep" and len(rule.get("source_labels", [])) == 1
    ]


def scrape_targets(cluster: ControlPlane, job: dict) -> int:
    """How many pod containers' ports in the cluster a pod-role scrape job keeps (Prometheus'
    ``keep``: the regex matches the whole label value)."""
    config = job["kubernetes_sd_configs"][0]
    namespaces = config.get("namespaces", {}).get("names") or [None]
    kept = 0
    for namespace in namespaces:
        path = f"/api/v1/namespaces/{namespace}/pods" if namespace else "/api/v1/pods"
        for pod in cluster.get(path)["items"]:
            labels = pod["metadata"].get("labels") or {}
            for container in pod["spec"]["containers"]:
                for port in container.get("ports") or [{}]:
                    meta = {f"__meta_kubernetes_pod_label_{re.sub(r'[^a-zA-Z0-9_]', '_', k)}": v for k, v in labels.items()}
                    meta["__meta_kubernetes_pod_container_port_number"] = str(port.get("containerPort", ""))
                    if all(re.fullmatch(regex, meta.get(label, "")) for label, regex in keep_rules(job)):
                        kept += 1
    return kept
