"""`make capacity ENV=<env>`: what each node pool must hold with every workload at its minimum
replicas and at its maximum (HPA or KEDA bounds), read from the synthesized objects as the
scheduler reads them, against the nodes the pool may have.

Counted: the Deployments in ``dist/<env>`` (their pods' requests and limits, native sidecars
included, by the rules of the pod's effective requests), Kafka's brokers (one per node: they
require it), the Envoy proxies' count, and the pods of the charts kept in ``vendor/charts/``
as Helm renders them with the environment's values (``vendor/charts/pods.yaml``, which the
cluster tier renders, checks and rewrites with ``make chart-pods``: the fast loop has no Helm).
Not counted, and said so: the charts not kept there and GKE's own system pods.
"""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from codex_constructs import parse_bytes, parse_cpu

from ..inputs.config import EnvironmentConfig
from ..inputs.environment_checks import GENERAL_POOL
from ..inputs.machines import allocatable
from ..synth import ROOT, load_environments, read_objects

RESOURCES = ("cpu", "memory")
#: The kept charts' pods per environment, as Helm renders them (written by `make chart-pods`).
CHART_PODS = ROOT / "vendor" / "charts" / "pods.yaml"
#: What the charts' pods are: long-running workloads (a Job's pods finish; a DaemonSet's are per node).
CHART_WORKLOAD_KINDS = ("Deployment", "StatefulSet", "DaemonSet")


@dataclass(frozen=True)
class Workload:
    """Pods of one workload: where they run, how many at least and at most, what each asks."""

    name: str
    pool: str
    minimum: int
    maximum: int
    requests: tuple[Decimal, int]
    limits: tuple[Decimal, int]
    #: No two of its pods share a node (required anti-affinity on the host name).
    one_per_node: bool = False


def _figures(resources: dict[str, Any], side: str) -> tuple[Decimal, int]:
    figures = resources.get(side, {}) or {}
    return parse_cpu(str(figures.get("cpu", "0"))), int(parse_bytes(str(figures.get("memory", "0"))))


def pod_figures(pod: dict[str, Any], side: str) -> tuple[Decimal, int]:
    """A pod's effective requests (or limits): its containers and native sidecars together, or
    its largest ordinary init container if that is more (Kubernetes' rule)."""
    running = [c for c in pod.get("initContainers", []) if c.get("restartPolicy") == "Always"] + pod.get("containers", [])
    total = [sum(values) for values in zip(*(_figures(c.get("resources", {}), side) for c in running), strict=True)]
    init = [_figures(c.get("resources", {}), side) for c in pod.get("initContainers", []) if c.get("restartPolicy") != "Always"]
    return (
        max([Decimal(total[0]), *(i[0] for i in init)]),
        int(max([total[1], *(i[1] for i in init)])),
    )


def chart_pod_rows(rendered: dict[str, list[dict[str, Any]]], config: EnvironmentConfig) -> list[dict[str, Any]]:
    """One row per long-running workload the charts rendered (``{application: objects}``): what
    `vendor/charts/pods.yaml` holds for an environment."""
    rows = []
    for application, objects in sorted(rendered.items()):
        for obj in objects:
            if obj["kind"] not in CHART_WORKLOAD_KINDS:
                continue
            pod = obj["spec"]["template"]["spec"]
            requests, limits = pod_figures(pod, "requests"), pod_figures(pod, "limits")
            rows.append(
                {
                    "application": application,
                    "kind": obj["kind"],
                    "name": obj["metadata"]["name"],
                    "replicas": obj["spec"].get("replicas", 1),
                    "pool": next((v for v in (pod.get("nodeSelector") or {}).values() if v in config.node_pools), GENERAL_POOL),
                    "requests": {"cpu": str(requests[0]), "memory": requests[1]},
                    "limits": {"cpu": str(limits[0]), "memory": limits[1]},
                }
            )
    return rows


def chart_workloads(environment: str, path: Path = CHART_PODS) -> list[Workload]:
    """The kept charts' pods of one environment, from `vendor/charts/pods.yaml`."""
    if not path.exists():
        return []
    found = []
    for row in (yaml.safe_load(path.read_text()) or {}).get(environment, []):
        if row["kind"] == "DaemonSet":
            raise ValueError(f"{path}: {row['application']} renders DaemonSet {row['name']}: per-node pods are not sized yet")
        figures = {side: (Decimal(row[side]["cpu"]), int(row[side]["memory"])) for side in ("requests", "limits")}
        replicas = int(row["replicas"])
        found.append(
            Workload(f"{row['application']}/{row['name']}", row["pool"], replicas, replicas, figures["requests"], figures["limits"])
        )
    return found


def workloads(folder: Path, config: EnvironmentConfig) -> list[Workload]:
    """Every workload of one synthesized environment that the platform itself shapes."""
    objects = [obj for _, obj in read_objects(folder)]
    bounds: dict[str, tuple[int, int]] = {}
    for obj in objects:
        if obj["kind"] == "HorizontalPodAutoscaler":
            bounds[obj["spec"]["scaleTargetRef"]["name"]] = (obj["spec"].get("minReplicas", 1), obj["spec"]["maxReplicas"])
        elif obj["kind"] == "ScaledObject":
            spec = obj["spec"]
            bounds[spec["scaleTargetRef"]["name"]] = (spec.get("minReplicaCount", 0), spec.get("maxReplicaCount", 100))
    found = []
    for obj in objects:
        if obj["kind"] == "Deployment":
            name, pod = obj["metadata"]["name"], obj["spec"]["template"]["spec"]
            replicas = obj["spec"].get("replicas", 1)
            low, high = bounds.get(name, (replicas, replicas))
            pool = next((v for v in pod.get("nodeSelector", {}).values() if v in config.node_pools), GENERAL_POOL)
            found.append(Workload(name, pool, low, high, pod_figures(pod, "requests"), pod_figures(pod, "limits")))
        elif obj["kind"] == "KafkaNodePool":
            spec, resources = obj["spec"], obj["spec"].get("resources", {})
            brokers = spec["replicas"]
            found.append(
                Workload(
                    f"kafka/{obj['metadata']['name']}",
                    GENERAL_POOL,
                    brokers,
                    brokers,
                    _figures(resources, "requests"),
                    _figures(resources, "limits"),
                    one_per_node=True,
                )
            )
        elif obj["kind"] == "EnvoyProxy":
            deployment = obj["spec"]["provider"]["kubernetes"]["envoyDeployment"]
            resources = deployment.get("container", {}).get("resources", {})
            proxies = deployment.get("replicas", 1)
            found.append(
                Workload(
                    f"envoy/{obj['metadata']['name']}",
                    GENERAL_POOL,
                    proxies,
                    proxies,
                    _figures(resources, "requests"),
                    _figures(resources, "limits"),
                )
            )
    return found


@dataclass(frozen=True)
class PoolLoad:
    pods: int
    requests: tuple[Decimal, int]
    limits: tuple[Decimal, int]
    nodes_needed: int


def load(pool_workloads: list[Workload], machine_type: str, max_pods: int, at_max: bool) -> PoolLoad:
    counted = [(w, w.maximum if at_max else w.minimum) for w in pool_workloads]

    def total(side: str) -> tuple[Decimal, int]:
        cpu, memory = Decimal(0), 0
        for workload, n in counted:
            figures = getattr(workload, side)
            cpu, memory = cpu + figures[0] * n, memory + figures[1] * n
        return cpu, memory

    pods, requests, room = sum(n for _, n in counted), total("requests"), allocatable(machine_type)
    needed = max(
        math.ceil(requests[0] / room.cpu),
        math.ceil(requests[1] / room.memory),
        math.ceil(pods / max_pods),
        *(n for w, n in counted if w.one_per_node),
    )
    return PoolLoad(pods, requests, total("limits"), needed)


def report(folder: Path, config: EnvironmentConfig) -> tuple[str, bool]:
    """The capacity table of one environment, and whether every pool holds its maximum."""
    found = workloads(folder, config) + chart_workloads(config.name)
    lines, fits = [], True
    for name, pool in config.node_pools.items():
        mine = [w for w in found if w.pool == name]
        room = allocatable(pool.machine_type)
        low, high = pool.zones * pool.min_nodes_per_zone, pool.zones * pool.max_nodes_per_zone
        lines.append(
            f"{name}: {pool.machine_type}, {room.cpu:.2f} CPU, {room.memory / 2**30:.2f}GiB and {pool.max_pods_per_node} pods allocatable "
            f"per node; {pool.zones} zone{'s' if pool.zones > 1 else ''} x {pool.min_nodes_per_zone}-{pool.max_nodes_per_zone} "
            f"nodes = {low}-{high} nodes"
        )
        lines.append(f"  {'at':<5}{'pods':>6}{'CPU req':>10}{'mem req':>10}{'CPU lim':>10}{'mem lim':>10}{'nodes needed':>14}")
        for label, at_max in (("min", False), ("max", True)):
            usage = load(mine, pool.machine_type, pool.max_pods_per_node, at_max)
            verdict = "" if usage.nodes_needed <= high else f"  more than the {high} the pool may have"
            fits = fits and usage.nodes_needed <= high
            lines.append(
                f"  {label:<5}{usage.pods:>6}{usage.requests[0]:>10.2f}{usage.requests[1] / 2**30:>9.2f}G{usage.limits[0]:>10.2f}"
                f"{usage.limits[1] / 2**30:>9.2f}G{usage.nodes_needed:>14}{verdict}"
            )
        lines.append(f"  workloads: {', '.join(f'{w.name} {w.minimum}-{w.maximum}' for w in mine) or 'none'}")
    lines.append("not counted: the pods of charts not kept in vendor/charts (External Secrets) and GKE's system pods on every node")
    return "\n".join(lines), fits


def main(argv: list[str], root: Path = ROOT) -> int:
    plans = {plan.config.name: plan for plan in load_environments(root)}
    environment = argv[0] if argv else "prod"
    if environment not in plans:
        print(f"usage: make capacity [ENV=<{'|'.join(plans)}>]", file=sys.stderr)
        return 2
    config = plans[environment].config
    if not config.node_pools:
        print(f"{config.source} declares no node_pools: nothing to size", file=sys.stderr)
        return 2
    text, fits = report(root / "dist" / environment, config)
    print(text)
    return 0 if fits else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
