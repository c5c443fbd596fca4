"""Synth benchmark (`make bench`): ratios measured side by side in one run, since absolute
seconds from one machine do not hold on the next.

For the full synth and synthetic platforms of 10, 100 and 500 services (same model, constructs
and charts), each row gives:
- wall: a whole process, from its start to its exit, doing all that `make synth` does (``main``:
  load and check, every environment, the generated files, the overlays) with ``python -O``;
- vs plain cdk8s-plus: that wall divided by the wall of a whole process of plain cdk8s-plus-27
  writing the same number of objects (Deployments, each exposed by a Service, in one chart), with
  the same flag (``-O``); the runs interleaved so both see the same machine state;
- vs dicts+YAML: the in-process synth time divided by writing the same objects, loaded as plain
  Python dicts, with libyaml's dumper (the lower bound), in a process of its own;
- peak MiB: the largest sum of the resident memory of the process and its Node runtime.
Every measurement runs in a fresh process, several times after one warm-up run; medians are
reported. Last, the fast loop's pytest part (`make test` less lint) against a plain synth of
Codex's object count, measured right after it (`--no-suite` skips it).
"""

from __future__ import annotations

import argparse
import contextlib
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
    """One measurement: all that `make synth` does for ``root``, with dist/ written to ``out``;
    the parent times the process to its exit."""
    started = time.perf_counter()
    os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
    os.environ["CDK8S_OUTDIR"] = str(out)
    from codex_platform.synth import main

    with contextlib.redirect_stdout(sys.stderr):  # the summary; stdout carries the result
        code = main(root)
    assert code == 0, f"synth of {root} failed"
    objects = len(list(out.rglob("*.k8s.yaml")))
    print(json.dumps({"synth": time.perf_counter() - started, "objects": objects}))


def floor_worker(out: Path) -> None:
    """The lower bound: the objects of a synth, loaded as plain dicts, written with libyaml."""
    import yaml

    objects = [(p.relative_to(out), yaml.load(p.read_text(), Loader=yaml.CSafeLoader)) for p in sorted(out.rglob("*.k8s.yaml"))]
    lower = out.parent / "dicts"
    started = time.perf_counter()
    for relative, obj in objects:
        target = lower / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(yaml.dump(obj, Dumper=yaml.CSafeDumper, sort_keys=False))
    print(json.dumps({"dicts": time.perf_counter() - started}))


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
    print(json.dumps({"synth": time.perf_counter() - started, "objects": count}))


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


def run_once(command: list[str], keep: Path | None = None) -> dict:
    """``command`` with a scratch output folder as its last argument, timed from its start to
    its exit; its output is moved to ``keep`` when given."""
    scratch = Path(tempfile.mkdtemp())
    # Bytecode as a user's machine keeps it: pip compiled cdk8s's at install, and the warm-up
    # run compiles ours (PYTHONDONTWRITEBYTECODE would make every run compile the bindings).
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    started = time.perf_counter()
    process = subprocess.Popen(
        [*command, str(scratch / "dist")],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        cwd=ROOT,
        env={**env, "PYTHONPATH": str(ROOT)},
    )
    peak = 0.0
    while process.poll() is None:
        peak = max(peak, tree_rss_mib(process.pid))
        time.sleep(0.01)
    wall = time.perf_counter() - started
    assert process.returncode == 0, f"benchmark run failed: {command}"
    result = json.loads(process.stdout.read())
    process.stdout.close()
    if keep is not None:
        shutil.rmtree(keep, ignore_errors=True)
        shutil.move(str(scratch / "dist"), keep)
    shutil.rmtree(scratch)
    return {**result, "wall": wall, "rss_mib": peak}


def measure(root: Path, runs: int) -> tuple[dict, dict]:
    """``runs`` measurements of all that `make synth` does for ``root``, each followed by plain
    cdk8s-plus-27 writing as many objects and by the dicts+YAML floor, all with -O."""
    codex: dict[str, list] = {"wall": [], "rss_mib": [], "synth": [], "dicts": [], "objects": []}
    plain: dict[str, list] = {"wall": [], "rss_mib": [], "objects": []}
    codex_command = [sys.executable, "-O", __file__, "worker", str(root)]
    run_once(codex_command)  # warm-up, not counted
    output = Path(tempfile.mkdtemp()) / "dist"
    for _ in range(runs):
        result = run_once(codex_command, keep=output)
        result["dicts"] = json.loads(
            subprocess.run(
                [sys.executable, "-O", __file__, "floor", str(output)],
                capture_output=True,
                text=True,
                check=True,
                cwd=ROOT,
            ).stdout
        )["dicts"]
        for key in codex:
            codex[key].append(result[key])
        reference = run_once([sys.executable, "-O", __file__, "plain", str(result["objects"])])
        for key in plain:
            plain[key].append(reference[key])
    shutil.rmtree(output.parent)
    return codex, plain


#: Each tier's pytest part, as its make target runs it (the programs built beforehand).
TIERS = {
    "test": ["-n", "auto", "--dist", "worksteal", "-m", "not slow and not cluster and not peers"],
    "test-cluster": ["-p", "no:xdist", "-m", "cluster", "tests/cluster"],
    "test-peers": ["-p", "no:xdist", "-m", "peers", "tests/peers"],
}


def suite_seconds(tier: str) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *TIERS[tier]], cwd=ROOT, check=True, capture_output=True
    )
    return time.perf_counter() - started


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):6.2f} ({min(values):.2f}-{max(values):.2f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", type=int, nargs="*", default=[10, 100, 500])
    parser.add_argument("--no-suite", action="store_true", help="skip timing the fast loop")
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, runs per row: {args.runs}")
    print("ratios: whole processes to exit, python -O: codex (all of make synth) / plain cdk8s-plus-27 for as many")
    print("        objects; codex in-process synth / dicts+YAML; medians")
    print(
        f"{'platform':<26}{'objects':>8}  {'wall s':>7}  {'plain s':>8}  {'vs plain cdk8s-plus':>20}  "
        f"{'vs dicts+YAML':>14}  {'peak MiB':>9}  {'plain peak MiB':>15}"
    )
    rows = [("codex, all environments", ROOT, args.runs)]
    scratch = Path(tempfile.mkdtemp())
    for size in args.sizes:
        root = scratch / f"services-{size}"
        synthetic_platform(root, size)
        rows.append((f"synthetic, {size} services", root, args.runs if size < 500 else max(3, args.runs // 2)))
    codex_objects = 0
    for label, root, runs in rows:
        codex, plain = measure(root, runs)
        median = statistics.median
        objects = codex["objects"][0]
        assert abs(median(plain["objects"]) - objects) <= 1, (objects, plain["objects"])
        codex_objects = codex_objects or objects
        print(
            f"{label:<26}{objects:>8}  {median(codex['wall']):7.2f}  {median(plain['wall']):8.2f}  "
            f"{median(codex['wall']) / median(plain['wall']):20.2f}  "
            f"{median(codex['synth']) / median(codex['dicts']):14.1f}  {median(codex['rss_mib']):9.0f}  {median(plain['rss_mib']):15.0f}",
            flush=True,
        )
    shutil.rmtree(scratch)
    if not args.no_suite:
        suite = suite_seconds("test")
        plain_wall = statistics.median(run_once([sys.executable, "-O", __file__, "plain", str(codex_objects)])["wall"] for _ in range(3))
        print(
            f"make test's pytest part ({os.cpu_count()} workers): {suite:.0f} s = {suite / plain_wall:.0f}x a plain cdk8s-plus synth "
            f"of Codex's object count ({plain_wall:.2f} s, measured right after)"
        )
        for tier in ("test-cluster", "test-peers"):
            seconds = suite_seconds(tier)
            print(f"make {tier}'s pytest part (its programs built): {seconds:.0f} s = {seconds / suite:.1f}x make test's")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "worker":
        worker(Path(sys.argv[2]), Path(sys.argv[3]))
    elif len(sys.argv) > 1 and sys.argv[1] == "floor":
        floor_worker(Path(sys.argv[2]))
    elif len(sys.argv) > 1 and sys.argv[1] == "plain":
        plain_worker(int(sys.argv[2]), Path(sys.argv[3]))
    else:
        sys.exit(main())
