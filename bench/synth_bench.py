"""Synth benchmark (`make bench`): wall time and peak memory of the full synth, and of
synthetic platforms of 10, 100 and 500 services built with the same constructs, each compared
with a lower bound measured in the same process: writing the same objects, as plain Python
dicts, with a YAML dumper.

Every measurement runs in a fresh process (a synth starts its own jsii/Node runtime, which is
part of what a user waits for), several times; the report gives median and spread.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def synthetic_platform(root: Path, services: int) -> None:
    """A platform of ``services`` gRPC services (each calling the previous one, all using
    Redis and one Kafka topic) and one environment, in the repository's own file layout."""
    import yaml

    model = yaml.safe_load((ROOT / "platform.yaml").read_text())
    model["services"] = {}
    model["edge"] = {"routes": [{"path": "/", "backend": "svc-0", "port": "grpc"}]}
    model["kafka"]["topics"] = {"EVENTS": {"partitions": 6}}
    model.pop("namespaces", None)
    model["environments"] = ["prod"]
    for index in range(services):
        name = f"svc-{index}"
        model["services"][name] = {
            "kind": "grpc",
            "ports": [{"name": "grpc", "port": 50051}, {"name": "metrics", "port": 9100, "served": True}],
            "calls": [f"svc-{index - 1}"] if index else [],
            "redis": True,
            "kafka": {"group": f"{name}-group", "produces": ["EVENTS"], "consumes": {"EVENTS": f"{name}-group"}},
            "secret_keys": ["REDIS_URL", "API_TOKEN"],
            "env": {"SETTING": "1"},
        }
    environment = yaml.safe_load((ROOT / "environments" / "prod.yaml").read_text())
    environment["services"] = {
        f"svc-{index}": {
            "image": {"repository": "example/service", "tag": "0a1b2c3"},
            "autoscaling": {"min_replicas": 2, "max_replicas": 6, "cpu_utilization": 60},
        }
        for index in range(services)
    }
    (root / "environments").mkdir(parents=True)
    (root / "platform.yaml").write_text(yaml.safe_dump(model, sort_keys=False))
    (root / "environments" / "prod.yaml").write_text(yaml.safe_dump(environment, sort_keys=False))


def worker(root: Path, out: Path) -> None:
    """One measurement: synth ``root`` into ``out``, then write the same objects as dicts."""
    os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
    started = time.perf_counter()
    from codex_platform.synth import load_environments, synth

    synth(load_environments(root), out)
    synth_seconds = time.perf_counter() - started
    synth_done = time.time()

    import yaml

    objects = [(p.relative_to(out), yaml.safe_load(p.read_text())) for p in sorted(out.rglob("*.k8s.yaml"))]
    lower = out.parent / "dicts"
    started = time.perf_counter()
    for relative, obj in objects:
        target = lower / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(yaml.dump(obj, Dumper=yaml.CSafeDumper if hasattr(yaml, "CSafeDumper") else yaml.SafeDumper, sort_keys=False))
    dict_seconds = time.perf_counter() - started
    print(json.dumps({"synth": synth_seconds, "synth_done": synth_done, "dicts": dict_seconds, "objects": len(objects)}))


def measure(root: Path, runs: int) -> dict:
    walls, rss, synths, dicts, objects = [], [], [], [], 0
    for _ in range(runs):
        scratch = Path(tempfile.mkdtemp())
        started = time.time()
        process = subprocess.Popen(
            [sys.executable, __file__, "worker", str(root), str(scratch / "dist")],
            stdout=subprocess.PIPE, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        _, status, usage = os.wait4(process.pid, 0)
        assert status == 0, "benchmark run failed"
        result = json.loads(process.stdout.read())
        # Wall time of the synth as a user sees it: from process start (interpreter, imports,
        # the jsii runtime) to the last file written, before the lower-bound measurement.
        walls.append(result["synth_done"] - started)
        process.stdout.close()
        rss.append(usage.ru_maxrss / 1024)
        synths.append(result["synth"])
        dicts.append(result["dicts"])
        objects = result["objects"]
        shutil.rmtree(scratch)
    return {"wall": walls, "rss_mib": rss, "synth": synths, "dicts": dicts, "objects": objects}


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):6.2f} ({min(values):.2f}-{max(values):.2f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", type=int, nargs="*", default=[10, 100, 500])
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, runs per row: {args.runs}")
    print(f"{'platform':<26}{'objects':>8}  {'synth wall s (min-max)':>22}  {'in-process s':>20}  {'dicts+YAML s':>16}  {'ratio':>6}  {'peak MiB':>9}")
    rows = [("codex, all environments", ROOT, args.runs)]
    scratch = Path(tempfile.mkdtemp())
    for size in args.sizes:
        root = scratch / f"services-{size}"
        synthetic_platform(root, size)
        rows.append((f"synthetic, {size} services", root, args.runs if size < 500 else max(3, args.runs // 2)))
    for label, root, runs in rows:
        result = measure(root, runs)
        ratio = statistics.median(result["synth"]) / statistics.median(result["dicts"])
        print(
            f"{label:<26}{result['objects']:>8}  {spread(result['wall']):>22}  {spread(result['synth']):>20}  "
            f"{spread(result['dicts']):>16}  {ratio:6.1f}  {statistics.median(result['rss_mib']):9.0f}",
            flush=True,
        )
    shutil.rmtree(scratch)
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "worker":
        worker(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        sys.exit(main())
