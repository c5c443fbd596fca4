"""The platforms the output checks run on: Codex as this repository declares it, and a copy on
which every guide in docs/ was followed literally.

The output checks (schemas, policy, flows and reachability, hardening, gitops, alerts, Helm
values, bootstrap) take a ``platform`` argument and run once per platform in the same session
(conftest.py parametrizes them). A guided copy that fails a check means a guide is wrong, or the
check pins a fact of the base platform that it should read from ``platform.declared``.
"""

from __future__ import annotations

import atexit
import fcntl
import functools
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent

#: Followed in this order; each guide's examples are marked in its text (see apply_examples).
GUIDES = ["docs/adding-a-service.md", "docs/adding-a-topic.md", "docs/adding-an-environment.md"]
#: What synth reads besides code: the model, the environments, the image overlays, the local stack.
INPUTS = ["platform.yaml", "environments", "deploy", "local"]

EXAMPLE = re.compile(r"<!-- example: (?P<action>merge|append|file) (?P<file>\S+)(?: (?P<path>\S+))? -->\n```yaml\n(?P<body>.*?)```", re.S)


def apply_examples(doc: Path, root: Path) -> list[str]:
    """Apply a guide's marked examples to the project at ``root``; return the files changed,
    one entry per example."""
    changed = []
    for match in EXAMPLE.finditer(doc.read_text()):
        target = root / match["file"]
        body = match["body"]
        if match["action"] == "file":
            target.write_text(body)
        else:
            data = yaml.safe_load(target.read_text())
            node = data
            for key in match["path"].split("."):
                node = node[key]
            if match["action"] == "append":
                # A repository that already followed the guide stays as it is.
                node.extend(item for item in yaml.safe_load(body) if item not in node)
            else:
                node.update(yaml.safe_load(body))
            target.write_text(yaml.safe_dump(data, sort_keys=False))
        changed.append(match["file"])
    return changed


def copy_inputs(root: Path) -> None:
    """The repository's synth inputs, copied into ``root`` (no secrets: local/.env stays)."""
    for name in INPUTS:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, root / name, ignore=shutil.ignore_patterns(".env"))
        elif source.exists():
            shutil.copy2(source, root / name)


def follow_the_guides(root: Path) -> list[str]:
    """Follow every guide on the inputs at ``root``; return the files the guides changed."""
    changed = []
    for guide in GUIDES:
        applied = apply_examples(ROOT / guide, root)
        if not applied:
            raise AssertionError(f"{guide} has no marked example left: the guided platform would not follow it")
        changed += applied
    # adding-an-environment.md says so: services added after its example get their prod entry.
    staging_file = root / "environments" / "staging.yaml"
    staging = yaml.safe_load(staging_file.read_text())
    prod = yaml.safe_load((root / "environments" / "prod.yaml").read_text())["services"]
    staging["services"].update({name: prod[name] for name in prod if name not in staging["services"]})
    staging_file.write_text(yaml.safe_dump(staging, sort_keys=False))
    return sorted(set(changed))


def read_manifest(path: Path) -> Any:
    """One synthesized file, parsed by libyaml (a test session reads thousands)."""
    return yaml.load(path.read_text(), Loader=yaml.CSafeLoader)


def load_dist(folder: Path) -> dict[str, dict]:
    """``{"<chart>/<file>": object}`` of one synthesized environment folder."""
    return {"/".join(p.relative_to(folder).parts): read_manifest(p) for p in sorted(folder.rglob("*.k8s.yaml"))}


def synthesize(root: Path, out: Path) -> Path:
    """Write every environment of the project at ``root`` into ``out`` and, as `make synth`
    does, the image overlay of a new environment; return ``out``."""
    from codex_platform.outputs.overlays import ensure_overlay
    from codex_platform.synth import load_environments, synth

    environments = load_environments(root)
    synth(environments, out)
    for environment in environments:
        ensure_overlay(root, environment.config)
    return out


def scratch_folder(prefix: str) -> Path:
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, folder, True)
    return folder


class Platform:
    """One platform under test: its inputs at ``root`` and, synthesized once, its ``dist``."""

    def __init__(self, name: str, root: Path, dist: Path | None = None) -> None:
        self.name, self.root, self._dist = name, root, dist

    def __repr__(self) -> str:
        return self.name

    @functools.cached_property
    def declared(self) -> dict:
        """platform.yaml as written: expectations about the platform's services are read from
        their declaration, never from the code under test."""
        return yaml.safe_load((self.root / "platform.yaml").read_text())

    @functools.cached_property
    def environment_names(self) -> list[str]:
        return sorted(path.stem for path in (self.root / "environments").glob("*.yaml"))

    @functools.cached_property
    def environments(self) -> dict[str, Any]:
        """Each environment's plan, by name."""
        from codex_platform.synth import load_environments

        return {environment.config.name: environment for environment in load_environments(self.root)}

    @property
    def dist(self) -> Path:
        """dist/ synthesized from the code under test in this session (never the committed one),
        on first use: a test run that needs no platform synthesizes none."""
        if self._dist is None:
            self._dist = (
                self._synthesize_once() if SHARED is not None else synthesize(self.root, scratch_folder(f"{self.name}-dist-") / "dist")
            )
        return self._dist

    def _synthesize_once(self) -> Path:
        """One synth per session whatever the number of workers: the first to need it writes it
        under a lock; the others wait for it and read it."""
        assert SHARED is not None
        folder = SHARED / self.name
        folder.mkdir(exist_ok=True)
        with open(folder / "lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if not (folder / "done").exists():
                synthesize(self.root, folder / "dist")
                (folder / "done").touch()
        return folder / "dist"

    def helm_values(self, environment: str, release: str) -> dict:
        """The values of a chart Application (``codex-<release>``) of one environment."""
        return self.objects(environment)[f"gitops/Application.codex-{release}.k8s.yaml"]["spec"]["source"]["helm"]["valuesObject"]

    def objects(self, environment: str) -> dict[str, dict]:
        """``{"<chart>/<file>": object}`` of one environment; parsed once, shared by the tests
        (copy before changing one)."""
        return _objects(self.dist / environment)


@functools.cache
def _objects(folder: Path) -> dict[str, dict]:
    return load_dist(folder)


def guided_inputs() -> Path:
    """A copy of the inputs with every guide followed."""
    root = scratch_folder("guided-")
    copy_inputs(root)
    follow_the_guides(root)
    return root


#: The repository's own platform.
CODEX = Platform("codex", ROOT)
#: The copy on which the guides were followed; made on first use, or handed over by conftest.py.
GUIDED: Platform | None = None
#: Set by conftest.py on xdist workers: the session's folder, where each platform is synthesized once.
SHARED: Path | None = None


def all_platforms() -> list[Platform]:
    global GUIDED
    if GUIDED is None:
        GUIDED = Platform("guided", guided_inputs())
    return [CODEX, GUIDED]
