"""Synthesize every environment into ``dist/``: check everything, write to a staging folder,
then swap it in whole. A failed synth leaves the previous ``dist/`` untouched, and a chart that
was removed leaves no stale file behind.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections import Counter
from pathlib import Path
from typing import Sequence

import cdk8s

from . import diagram, local
from .config import load_environment
from .derive import service_env
from .errors import ConfigError, Problem
from .model import PlatformModel, load_model
from .overlays import check_overlay, ensure_overlay, write_folder_kustomization
from .platform import Environment, build_app

ROOT = Path(__file__).resolve().parent.parent
MODEL_FILE = "platform.yaml"
ENVIRONMENTS_DIR = "environments"


def load_environments(root: Path = ROOT) -> list[Environment]:
    """Load the model and every environment file, reporting all their problems at once."""
    model = load_model(root / MODEL_FILE, MODEL_FILE)
    paths = sorted((root / ENVIRONMENTS_DIR).glob("*.yaml"))
    if not paths:
        raise ConfigError([Problem(ENVIRONMENTS_DIR, "", "holds no <name>.yaml environment file")])
    environments, problems = [], []
    for path in paths:
        try:
            config = load_environment(path, model, f"{ENVIRONMENTS_DIR}/{path.name}")
            for service in model.services:
                service_env(model, config, service)
            overlay_problems = check_overlay(root, config)
            if overlay_problems:
                raise ConfigError(overlay_problems)
            environments.append(Environment(model, config))
        except ConfigError as error:
            problems.extend(error.problems)
    if problems:
        raise ConfigError(problems)
    return environments


def synth(environments: Sequence[Environment], outdir: Path) -> dict[str, Counter]:
    """Write every environment to ``outdir/<name>/`` atomically; return object counts."""
    outdir = outdir.resolve()
    staging = outdir.parent / f".{outdir.name}.staging-{os.getpid()}"
    retired = outdir.parent / f".{outdir.name}.old-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    try:
        for environment in environments:
            app = build_app(environment, staging / environment.config.name)
            check_file_names(app, environment.config.name)
            app.synth()
            write_folder_kustomization(staging / environment.config.name / "services")
        if outdir.exists():
            outdir.rename(retired)
        staging.rename(outdir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        shutil.rmtree(retired, ignore_errors=True)
    return {environment.config.name: count_objects(outdir / environment.config.name) for environment in environments}


def check_file_names(app: cdk8s.App, environment: str) -> None:
    """cdk8s names each file ``<Kind>.<name>`` within its chart's folder, without the
    namespace: two objects sharing kind and name in one chart would overwrite each other."""
    for chart in app.charts:
        seen: dict[tuple[str, str], str] = {}
        for manifest in chart.to_json():
            key = (manifest["kind"], manifest["metadata"]["name"])
            namespace = manifest["metadata"].get("namespace", "")
            if key in seen:
                raise ValueError(
                    f"{environment}/{chart.node.id}: two {key[0]} objects named {key[1]!r} "
                    f"(namespaces {seen[key]!r} and {namespace!r}) would share one file; give them distinct names"
                )
            seen[key] = namespace


def count_objects(folder: Path) -> Counter:
    """Objects per ``(chart folder, kind)``; cdk8s names each file ``<Kind>.<name>.k8s.yaml``."""
    return Counter((path.parent.name, path.name.split(".", 1)[0]) for path in folder.rglob("*.k8s.yaml"))


def summary(counts: dict[str, Counter], outdir: Path) -> str:
    lines = []
    for environment, counter in counts.items():
        lines.append(f"{outdir.name}/{environment}: {sum(counter.values())} objects")
        for chart in sorted({chart for chart, _ in counter}):
            kinds = ", ".join(f"{kind} {n}" for (c, kind), n in sorted(counter.items()) if c == chart)
            lines.append(f"  {chart + '/':<14} {kinds}")
    return "\n".join(lines)


def main(root: Path = ROOT) -> int:
    """Synthesize every environment of the project at ``root`` into ``$CDK8S_OUTDIR``
    (default ``<root>/dist``)."""
    outdir = Path(os.environ.get("CDK8S_OUTDIR") or root / "dist")
    try:
        environments = load_environments(root)
        model = environments[0].model
        generated = generated_files(root, model)
    except ConfigError as error:
        print(f"synth refused, nothing was written:\n{error}", file=sys.stderr)
        return 2
    counts = synth(environments, outdir)
    for environment in environments:
        ensure_overlay(root, environment.config)
    write_generated(root, generated)
    print(summary(counts, outdir))
    print(f"also: {', '.join(sorted(generated))}")
    return 0


def generated_files(root: Path, model: PlatformModel) -> dict[str, str]:
    """Everything besides dist/ that follows from the model: the local stack (when
    local/environment.yaml exists), the architecture diagram and its copy in the README."""
    files = diagram.render(root, model)
    if (root / local.CONFIG_FILE).exists():
        files.update(local.render(model, local.load_local(root, model)))
    return files


def write_generated(root: Path, files: dict[str, str]) -> None:
    """Write ``files`` (path relative to ``root`` -> content), touching only those that changed."""
    for relative, content in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_text() != content:
            path.write_text(content)
