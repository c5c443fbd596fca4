"""Synthesize every environment into ``dist/``: check everything, write to a staging folder,
then swap it in whole. A failed synth leaves the previous ``dist/`` untouched, and a chart that
was removed leaves no stale file behind.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import cdk8s
import yaml

from .charts.folders import SERVICES_FOLDER
from .derivations.derive import check_variables
from .derivations.plan import EnvironmentPlan, plan_environment
from .derivations.runbooks import RUNBOOKS_DIR, runbook_files
from .inputs.config import EnvironmentConfig
from .inputs.environment_checks import load_environment, read_environment
from .inputs.errors import ConfigError, Problem
from .inputs.model import PlatformModel
from .inputs.model_checks import load_model
from .outputs import diagram, local
from .outputs.overlays import check_overlay, ensure_overlay, write_folder_kustomization
from .platform import build_app

ROOT = Path(__file__).resolve().parent.parent
MODEL_FILE = "platform.yaml"
ENVIRONMENTS_DIR = "environments"


def load_environments(root: Path = ROOT) -> list[EnvironmentPlan]:
    """Load the model and every environment file, reporting all their problems at once; plan
    each environment that passed its checks."""
    try:
        model = load_model(root / MODEL_FILE, MODEL_FILE)
    except ConfigError as error:
        # The environment files' own problems (types, values) need no model: report them too.
        raise ConfigError(error.problems + environment_file_problems(root)) from None
    paths, problems = environment_files(root, model), []
    environments = []
    for path in paths:
        try:
            config = load_environment(path, model, f"{ENVIRONMENTS_DIR}/{path.name}")
            later = check_variables(model, config) + check_overlay(root, config)
            if later:
                raise ConfigError(later)
            environments.append(plan_environment(model, config))
        except ConfigError as error:
            problems.extend(error.problems)
    problems += check_secret_isolation([environment.config for environment in environments])
    if problems:
        # A model problem found while checking each environment is reported once.
        raise ConfigError(list(dict.fromkeys(problems)))
    return environments


def environment_file_problems(root: Path) -> list[Problem]:
    """What each file in environments/ gets wrong by itself, read without the model (which did
    not load): its YAML, its keys' types and values."""
    problems: list[Problem] = []
    folder = root / ENVIRONMENTS_DIR
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
        try:
            read_environment(path, f"{ENVIRONMENTS_DIR}/{path.name}")
        except ConfigError as error:
            problems += error.problems
    return problems


def check_secret_isolation(configs: Sequence[EnvironmentConfig]) -> list[Problem]:
    """Each environment reads only its own secrets: its IAM grant is conditioned on its prefix,
    so in one project no prefix may be the start of another's (``codex-`` would cover
    ``codex-dev-``)."""
    problems = []
    for index, config in enumerate(configs):
        for other in configs[:index]:
            same_project = (config.secrets.gcp_project or "") == (other.secrets.gcp_project or "")
            mine, theirs = config.secrets.remote_prefix, other.secrets.remote_prefix
            if same_project and (mine.startswith(theirs) or theirs.startswith(mine)):
                problems.append(
                    Problem(
                        config.source,
                        "secrets.remote_prefix",
                        f"{mine!r} overlaps {other.name}'s {theirs!r} in the same project, so one environment could read "
                        f"the other's secrets; give each its own, e.g. 'codex-{config.name}-' (or a separate gcp_project)",
                    )
                )
    return problems


def environment_files(root: Path, model: PlatformModel) -> list[Path]:
    """The files of the environments ``platform.yaml`` lists; anything else in the folder is a
    mistake to refuse (a backup copy would become an environment, a ``.yml`` would be ignored)."""
    folder = root / ENVIRONMENTS_DIR
    listed = ", ".join(model.environments) or "none"
    problems = []
    if not model.environments:
        problems.append(Problem(MODEL_FILE, "environments", "list the environments, e.g. [dev, prod]: each is environments/<name>.yaml"))
    for name in model.environments:
        if not (folder / f"{name}.yaml").is_file():
            problems.append(Problem(MODEL_FILE, "environments", f"{name!r} has no file {ENVIRONMENTS_DIR}/{name}.yaml"))
    for path in sorted(folder.iterdir()) if folder.is_dir() else []:
        if path.suffix not in (".yaml", ".yml") or not path.is_file():
            continue
        if path.suffix == ".yml":
            problems.append(Problem(f"{ENVIRONMENTS_DIR}/{path.name}", "", "environment files end in .yaml; rename it (or move it out)"))
        elif path.stem not in model.environments:
            problems.append(
                Problem(
                    f"{ENVIRONMENTS_DIR}/{path.name}",
                    "",
                    f"is not an environment listed in {MODEL_FILE} ({listed}): add {path.stem!r} to "
                    f"`environments` there, or move the file out of {ENVIRONMENTS_DIR}/",
                )
            )
    if problems:
        raise ConfigError(problems)
    return [folder / f"{name}.yaml" for name in model.environments]


def synth(
    environments: Sequence[EnvironmentPlan], outdir: Path, before_swap: Callable[[], None] = lambda: None
) -> dict[str, Counter[tuple[str, str]]]:
    """Write every environment to ``outdir/<name>/`` atomically; return object counts.

    Everything is built in a staging folder next to ``outdir``; ``before_swap`` (the other
    generated files) runs once that succeeded, then two renames swap the folders. A run that
    was killed half-way left its folders behind: they are cleared (or, if ``outdir`` itself
    is missing, the previous copy is put back) before anything else.
    """
    outdir = outdir.resolve()
    recover_interrupted(outdir)
    staging = outdir.parent / f".{outdir.name}.staging-{os.getpid()}"
    retired = outdir.parent / f".{outdir.name}.old-{os.getpid()}"
    try:
        for environment in environments:
            app = build_app(environment, staging / environment.name)
            check_file_names(app, environment.name)
            app.synth()
            write_folder_kustomization(staging / environment.name / SERVICES_FOLDER)
        before_swap()
        if outdir.exists():
            outdir.rename(retired)
        staging.rename(outdir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        shutil.rmtree(retired, ignore_errors=True)
    return {environment.name: count_objects(outdir / environment.name) for environment in environments}


def recover_interrupted(outdir: Path) -> None:
    """Undo what a killed synth left: staging folders go; a retired copy comes back if the
    swap was cut between its two renames, and goes otherwise."""
    leftovers = sorted(outdir.parent.glob(f".{outdir.name}.staging-*")) + sorted(outdir.parent.glob(f".{outdir.name}.old-*"))
    for folder in leftovers:
        if not outdir.exists() and folder.name.startswith(f".{outdir.name}.old-"):
            folder.rename(outdir)
        else:
            shutil.rmtree(folder, ignore_errors=True)


def check_file_names(app: cdk8s.App, environment: str) -> None:
    """cdk8s names each file ``<Kind>.<name>`` within its chart's folder, without the
    namespace: two objects sharing kind and name in one chart would overwrite each other."""
    for chart in app.charts:
        seen: dict[tuple[str, str], str] = {}
        # The objects' own kind, name and namespace: resolving every chart here (to_json) would
        # do app.synth()'s work twice.
        for api_object in chart.api_objects:
            key = (api_object.kind, api_object.name)
            namespace = api_object.metadata.namespace or ""
            if key in seen:
                raise ValueError(
                    f"{environment}/{chart.node.id}: two {key[0]} objects named {key[1]!r} "
                    f"(namespaces {seen[key]!r} and {namespace!r}) would share one file; give them distinct names"
                )
            seen[key] = namespace


def read_objects(folder: Path) -> Iterator[tuple[Path, Any]]:
    """Every object synthesized under ``folder`` (``dist/`` or one environment of it), with its
    file, in path order; libyaml's parser, for the hundreds of files."""
    for path in sorted(folder.rglob("*.k8s.yaml")):
        yield path, yaml.load(path.read_text(), Loader=yaml.CSafeLoader)


def count_objects(folder: Path) -> Counter[tuple[str, str]]:
    """Objects per ``(chart folder, kind)``; cdk8s names each file ``<Kind>.<name>.k8s.yaml``."""
    return Counter((path.parent.name, path.name.split(".", 1)[0]) for path in folder.rglob("*.k8s.yaml"))


def summary(counts: dict[str, Counter[tuple[str, str]]], outdir: Path) -> str:
    lines = []
    for environment, counter in counts.items():
        lines.append(f"{outdir.name}/{environment}: {sum(counter.values())} objects")
        for chart in sorted({chart for chart, _ in counter}):
            kinds = ", ".join(f"{kind} {n}" for (c, kind), n in sorted(counter.items()) if c == chart)
            lines.append(f"  {chart + '/':<14} {kinds}")
    return "\n".join(lines)


#: The cdk8s CLI's output folder (cdk8s.yaml): a scratch folder the CLI empties before each run.
CLI_SCRATCH = "cdk8s.out"


def output_folder(root: Path) -> Path:
    """``<root>/dist``, or the folder ``cdk8s synth --output`` names (``$CDK8S_OUTDIR``)."""
    requested = os.environ.get("CDK8S_OUTDIR")
    if not requested:
        return root / "dist"
    if Path(requested).resolve() == (root / CLI_SCRATCH).resolve():
        # The CLI checks that the app created its folder and lists what is in it: a link to
        # dist/ shows it the manifests (the CLI removes the link, never what it points to).
        scratch = root / CLI_SCRATCH
        if not scratch.is_symlink():
            shutil.rmtree(scratch, ignore_errors=True)
            scratch.symlink_to("dist", target_is_directory=True)
        return root / "dist"
    return Path(requested)


def main(root: Path = ROOT) -> int:
    """Synthesize every environment of the project at ``root`` into ``<root>/dist`` (or the
    folder ``cdk8s synth --output`` names)."""
    outdir = output_folder(root)
    try:
        environments = load_environments(root)
        model = environments[0].model
        generated = generated_files(root, model)
    except ConfigError as error:
        print(f"synth refused, nothing was written:\n{error}", file=sys.stderr)
        return 2
    try:
        counts = synth(environments, outdir, before_swap=lambda: write_generated(root, generated))
    except ValueError as error:
        # A value no load-time check caught, refused by a construct: still a message, not a
        # traceback, and nothing was swapped in.
        print(f"synth refused, nothing was written:\n{error}", file=sys.stderr)
        return 2
    for environment in environments:
        ensure_overlay(root, environment.config)
    print(summary(counts, outdir))
    runbooks = sorted(path for path in generated if path.startswith(f"{RUNBOOKS_DIR}/"))
    others = sorted(set(generated) - set(runbooks))
    print(f"also: {', '.join(others)}" + (f", {RUNBOOKS_DIR}/ ({len(runbooks)} files)" if runbooks else ""))
    return 0


def check(root: Path = ROOT) -> int:
    """Load and check every input as synth would, writing nothing: 2 and the refusal, or 0.
    `make cdk8s-synth` runs it first, so a refusal reads as `make synth`'s does, not as the
    cdk8s CLI's stack trace around it."""
    try:
        environments = load_environments(root)
        generated_files(root, environments[0].model)
    except ConfigError as error:
        print(f"synth refused, nothing was written:\n{error}", file=sys.stderr)
        return 2
    return 0


def generated_files(root: Path, model: PlatformModel) -> dict[str, str]:
    """Everything besides dist/ that follows from the model: the local stack (when
    local/environment.yaml exists), the architecture diagram and its copy in the README."""
    files = diagram.render(root, model)
    files.update(runbook_files())
    if (root / local.CONFIG_FILE).exists():
        files.update(local.render(model, local.load_local(root, model)))
    return files


def write_generated(root: Path, files: dict[str, str]) -> None:
    """Write ``files`` (path relative to ``root`` -> content), touching only those that changed,
    each replaced whole (a killed run never leaves half a file)."""
    for relative, content in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_text() != content:
            partial = path.with_name(f".{path.name}.partial")
            partial.write_text(content)
            os.replace(partial, path)


if __name__ == "__main__":
    if sys.argv[1:] != ["--check"]:
        sys.exit("usage: python -m codex_platform.synth --check   (in the project's folder; synthesize with `make synth`)")
    sys.exit(check(Path.cwd()))
