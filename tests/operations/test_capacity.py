"""`make capacity`: each node pool's load at minimum and maximum replicas, from the objects the
scheduler sees, against GKE's allocatable figures; expectations from the environment file."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
import yaml

from codex_platform.inputs.config import NodePool
from codex_platform.inputs.machines import GIB, MIB, allocatable
from codex_platform.operations.capacity import chart_workloads, load, pod_figures, report, workloads
from platforms import CODEX, ROOT


def test_gke_allocatable_follows_its_published_reservation():
    # 4 vCPUs: 60m + 10m + 2 x 5m reserved; 16 GiB: 25 % of 4, 20 % of 4, 10 % of 8, plus 100 MiB.
    assert allocatable("e2-standard-4").cpu == Decimal("3.92")
    assert allocatable("e2-standard-4").memory == int(Decimal("13.4") * GIB) - 100 * MIB
    assert allocatable("e2-standard-2").cpu == Decimal("1.93")
    assert allocatable("e2-standard-2").memory == int(Decimal("6.2") * GIB) - 100 * MIB
    # 32 vCPUs: 80m for the first four, 0.25 % of 28 more; 128 GiB: 2.6 GiB + 6 % of 112.
    assert allocatable("n2-standard-32").cpu == Decimal("31.85")
    assert allocatable("n2-standard-32").memory == int(Decimal("118.68") * GIB) - 100 * MIB


def test_a_pod_is_its_containers_and_native_sidecars_or_its_largest_init_container():
    pod = {
        "initContainers": [
            {"name": "migrate", "resources": {"requests": {"cpu": "2", "memory": "64Mi"}}},
            {"name": "daemon", "restartPolicy": "Always", "resources": {"requests": {"cpu": "300m", "memory": "512Mi"}}},
        ],
        "containers": [{"name": "worker", "resources": {"requests": {"cpu": "200m", "memory": "512Mi"}}}],
    }
    assert pod_figures(pod, "requests") == (Decimal("2"), 1024 * MIB)


def test_prod_s_pools_hold_every_workload_at_its_maximum():
    prod = CODEX.environments["prod"].config
    declared = yaml.safe_load((ROOT / "environments" / "prod.yaml").read_text())
    found = {w.name: w for w in workloads(CODEX.dist / "prod", prod)}
    for name, settings in declared["services"].items():
        scaling = (
            settings.get("autoscaling")
            or settings.get("lag_scaling")
            or {"min_replicas": settings.get("replicas", 1), "max_replicas": settings.get("replicas", 1)}
        )
        assert (found[name].minimum, found[name].maximum) == (scaling["min_replicas"], scaling["max_replicas"]), name
        assert found[name].pool == (settings.get("node_pool") or {}).get("name", "general")
    general = [w for w in found.values() if w.pool == "general"]
    at_max = load(general, "e2-standard-4", 110, at_max=True)
    assert at_max.pods == sum(w.maximum for w in general)
    assert at_max.nodes_needed >= declared["kafka"]["replicas"], "brokers never share a node"
    text, fits = report(CODEX.dist / "prod", prod)
    assert fits and "not counted: the pods of charts not kept in vendor/charts (External Secrets)" in text
    charts = {w.name: w for w in chart_workloads("prod")}
    assert "codex-prometheus/prometheus-server" in charts and all(w.pool == "general" for w in charts.values())
    assert all(f"{name} 1-1" in text or f"{name} 2-2" in text for name in charts)


def test_the_charts_pods_are_read_from_the_rendered_table_and_a_daemonset_is_refused(tmp_path):
    """`vendor/charts/pods.yaml` rows become workloads at their replica count; a DaemonSet's pods
    sit on every node, which the table does not size yet, so it is refused by name."""
    table = tmp_path / "pods.yaml"
    row = {
        "application": "codex-grafana",
        "kind": "Deployment",
        "name": "grafana",
        "replicas": 2,
        "pool": "general",
        "requests": {"cpu": "0.25", "memory": 256 * MIB},
        "limits": {"cpu": "0.5", "memory": 512 * MIB},
    }
    table.write_text(yaml.safe_dump({"prod": [row]}))
    (grafana,) = chart_workloads("prod", table)
    assert (grafana.name, grafana.minimum, grafana.maximum) == ("codex-grafana/grafana", 2, 2)
    assert grafana.requests == (Decimal("0.25"), 256 * MIB) and grafana.limits == (Decimal("0.5"), 512 * MIB)
    assert chart_workloads("dev", table) == []
    table.write_text(yaml.safe_dump({"prod": [{**row, "kind": "DaemonSet", "name": "node-exporter"}]}))
    with pytest.raises(ValueError, match="codex-grafana renders DaemonSet node-exporter: per-node pods are not sized yet"):
        chart_workloads("prod", table)


def test_a_maximum_its_pools_cannot_hold_is_refused():
    """The sandbox pool shrunk to one small node: six workers, each asking half a CPU with its
    Docker daemon, need more than it may have at their maximum, not at their minimum."""
    prod = CODEX.environments["prod"].config
    small = dataclasses.replace(
        prod, node_pools={**prod.node_pools, "code-execution": NodePool("e2-standard-2", zones=1, max_nodes_per_zone=1)}
    )
    text, fits = report(CODEX.dist / "prod", small)
    assert not fits
    sandbox = text.split("code-execution:", 1)[1]
    assert "  max " in sandbox and "more than the 1 the pool may have" in sandbox.split("  max ", 1)[1].splitlines()[0]
    assert "more than" not in sandbox.split("  min ", 1)[1].splitlines()[0]


def test_the_readme_shows_prod_s_table_as_make_capacity_prints_it():
    text, _ = report(CODEX.dist / "prod", CODEX.environments["prod"].config)
    assert f"```\n{text}\n```" in (ROOT / "README.md").read_text(), "run `make capacity ENV=prod` and paste its table into the README"
