"""Synth benchmark (`make bench`): ratios measured side by side in one run, since absolute
seconds from one machine do not hold on the next.

For the full synth and synthetic platforms of 10, 100 and 500 services (same model, constructs
and charts), each row gives:
- wall: from process start (interpreter, imports, the jsii runtime) to the last file written,
  with ``python -O`` as `make synth` runs it;
- vs plain cdk8s-plus: that wall divided by the wall of plain cdk8s-plus-27 writing the same
  number of objects (Deployments, each exposed by a Service, in one chart), run as its
  documentation shows (``python main.py``), then also with ``-O``; the runs interleaved so all
  see the same machine state;
- vs dicts+YAML: the in-process synth time divided by writing the same objects, loaded as plain
  Python dicts, with libyaml's dumper (the lower bound);
- peak MiB: the largest sum of the resident memory of the process and its Node runtime.
Every measurement runs in a fresh process, several times after one warm-up run; medians are
reported. Last, the test suite's wall time (`pytest -n auto`), for reference (`--no-suite`
skips it).
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


def plain_worker(objects: int, out: Path) -> None:
    """The reference: plain cdk8s-plus-27, ``objects`` objects (Deployments each exposed by a
    Service), synthesized the way its documentation shows."""
    os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
    started = time.perf_counter()
    import cdk8s
    import cdk8s_plus_27 as kplus

    app = cdk8s.App(outdir=str(out))
    chart = cdk8s.Chart(app, "plain")
    for index in range(objects // 2):
        deployment = kplus.Deployment(chart, f"d{index}", containers=[kplus.ContainerProps(image="example/service:0a1b2c3", port=8080)])
        deployment.expose_via_service()
    app.synth()
    count = sum(len(list(filter(None, p.read_text().split("\n---\n")))) for p in out.glob("*.yaml"))
    print(json.dumps({"synth": time.perf_counter() - started, "synth_done": time.time(), "dicts": 0.0, "objects": count}))


def tree_rss_mib(pid: int) -> float:
    """Resident memory of ``pid`` and its descendants (the jsii runtime's Node), in MiB."""
    total, pending = 0, [pid]
    while pending:
        current = pending.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")))
            for task in Path(f"/proc/{current}/task").iterdir():
                pending += [int(child) for child in (task / "children").read_text().split()]
        except (FileNotFoundError, ProcessLookupError, StopIteration, PermissionError):
            continue
    return total / 1024


def run_once(command: list[str]) -> dict:
    scratch = Path(tempfile.mkdtemp())
    started = time.time()
    # Bytecode as a user's machine keeps it: pip compiled cdk8s's at install, and the warm-up
    # run compiles ours (PYTHONDONTWRITEBYTECODE would make every run compile the bindings).
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    process = subprocess.Popen(
        [*command, str(scratch / "dist")], stdout=subprocess.PIPE, cwd=ROOT, env={**env, "PYTHONPATH": str(ROOT)},
    )
    peak = 0.0
    while process.poll() is None:
        peak = max(peak, tree_rss_mib(process.pid))
        time.sleep(0.02)
    assert process.returncode == 0, "benchmark run failed"
    result = json.loads(process.stdout.read())
    process.stdout.close()
    shutil.rmtree(scratch)
    # Wall time as a user sees it: from process start to the last file written (before the
    # lower-bound measurement that follows in the same process).
    return {**result, "wall": result["synth_done"] - started, "rss_mib": peak}


def measure(root: Path, runs: int) -> tuple[dict, dict, dict]:
    """``runs`` measurements of the synth of ``root`` (with -O, as `make synth`), each followed
    by plain cdk8s-plus-27 writing as many objects, without and with -O."""
    codex: dict[str, list] = {"wall": [], "rss_mib": [], "synth": [], "dicts": [], "objects": []}
    plain: dict[str, list] = {"wall": [], "rss_mib": [], "objects": []}
    plain_optimized: dict[str, list] = {"wall": [], "rss_mib": [], "objects": []}
    codex_command = [sys.executable, "-O", __file__, "worker", str(root)]
    run_once(codex_command)  # warm-up, not counted
    for _ in range(runs):
        result = run_once(codex_command)
        for key in codex:
            codex[key].append(result[key])
        for flags, into in (([], plain), (["-O"], plain_optimized)):
            reference = run_once([sys.executable, *flags, __file__, "plain", str(result["objects"])])
            for key in into:
                into[key].append(reference[key])
    return codex, plain, plain_optimized


def suite_seconds() -> float:
    started = time.time()
    subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-n", "auto", "--dist", "worksteal", "-p", "no:cacheprovider"],
        cwd=ROOT, check=True, capture_output=True,
    )
    return time.time() - started


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):6.2f} ({min(values):.2f}-{max(values):.2f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", type=int, nargs="*", default=[10, 100, 500])
    parser.add_argument("--no-suite", action="store_true", help="skip timing the test suite")
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, runs per row: {args.runs}")
    print("ratios: codex wall (python -O) / plain cdk8s-plus-27 wall for as many objects, run as documented and with -O;")
    print("        in-process synth / dicts+YAML; medians")
    print(f"{'platform':<26}{'objects':>8}  {'wall s':>7}  {'vs plain cdk8s-plus':>20}  {'vs plain -O':>12}  {'vs dicts+YAML':>14}  {'peak MiB':>9}  {'plain peak MiB':>15}")
    rows = [("codex, all environments", ROOT, args.runs)]
    scratch = Path(tempfile.mkdtemp())
    for size in args.sizes:
        root = scratch / f"services-{size}"
        synthetic_platform(root, size)
        rows.append((f"synthetic, {size} services", root, args.runs if size < 500 else max(3, args.runs // 2)))
    for label, root, runs in rows:
        codex, plain, plain_optimized = measure(root, runs)
        median = statistics.median
        objects = codex["objects"][0]
        assert abs(median(plain["objects"]) - objects) <= 1, (objects, plain["objects"])
        print(
            f"{label:<26}{objects:>8}  {median(codex['wall']):7.2f}  {median(codex['wall']) / median(plain['wall']):20.2f}  "
            f"{median(codex['wall']) / median(plain_optimized['wall']):12.2f}  "
            f"{median(codex['synth']) / median(codex['dicts']):14.1f}  {median(codex['rss_mib']):9.0f}  {median(plain['rss_mib']):15.0f}",
            flush=True,
        )
    shutil.rmtree(scratch)
    if not args.no_suite:
        print(f"test suite (pytest -n auto, {os.cpu_count()} workers): {suite_seconds():.0f} s wall")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "worker":
        worker(Path(sys.argv[2]), Path(sys.argv[3]))
    elif len(sys.argv) > 1 and sys.argv[1] == "plain":
        plain_worker(int(sys.argv[2]), Path(sys.argv[3]))
    else:
        sys.exit(main())
