"""What a change does to each environment (`make diff BASE=<ref>`): the base and the working tree
are both synthesized, each in a copy of its own, and compared object by object: objects added
and removed, and for each changed object the fields that changed, by path, with old and new
values. A Secret's values are never shown; a ConfigMap's data shows the changed lines. Text for a
terminal, Markdown for a pull request (``--format markdown``).
"""

from __future__ import annotations

import difflib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import yaml

from ..synth import ROOT, read_objects
from .worktree import copy_worktree

#: An object's identity in an environment: its folder (the Application syncing it), kind, namespace and name.
Key = tuple[str, str, str, str]


def checkout(ref: str, into: Path, root: Path = ROOT) -> None:
    """The files of ``ref`` (``WORKTREE`` for the working tree as it is) into ``into``."""
    into.mkdir(parents=True)
    if ref == "WORKTREE":
        copy_worktree(root, into)
        return
    archive = subprocess.run(["git", "archive", "--format=tar", ref], cwd=root, capture_output=True, check=False)
    if archive.returncode != 0:
        raise ValueError(f"BASE={ref!r}: {archive.stderr.decode().strip() or 'not a revision of this repository'}")
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)


def synthesize(project: Path) -> Path:
    """Run the project's own synth (its main.py, this environment's Python) into a folder beside it."""
    out = project.parent / f"{project.name}-dist"
    env = {**os.environ, "CDK8S_OUTDIR": str(out), "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"}
    result = subprocess.run([sys.executable, "-O", "main.py"], cwd=project, capture_output=True, text=True, env=env)
    if result.returncode != 0:
        raise ValueError(f"synth of {project.name} failed:\n{result.stderr.strip()[-3000:]}")
    return out


def objects(dist: Path) -> dict[str, dict[Key, dict[str, Any]]]:
    found: dict[str, dict[Key, dict[str, Any]]] = {}
    for path, obj in read_objects(dist):
        environment, folder = path.parts[-3], path.parts[-2]
        if obj.get("kind") == "Kustomization":
            continue  # the folder's file list, which follows from the objects
        meta = obj.get("metadata", {})
        found.setdefault(environment, {})[(folder, obj["kind"], meta.get("namespace", ""), meta["name"])] = obj
    return found


#: Keys that name a list's items (a container, a port, a Secret's key, a scrape job), tried in order.
ITEM_NAMES = ("name", "secretKey", "job_name")


def item_name(items: list[Any]) -> str | None:
    """The key that names every item of both sides uniquely, if any."""
    for key in ITEM_NAMES:
        values = [i.get(key) if isinstance(i, dict) else None for i in items]
        if all(isinstance(v, str) for v in values):
            return key
    return None


def _alert_key(rule: Any) -> str | None:
    """A Prometheus alerting rule by what it is: its alert and the labels that say of what
    (one alert is written once per service or topic)."""
    if not (isinstance(rule, dict) and isinstance(rule.get("alert"), str)):
        return None
    labels = {k: v for k, v in (rule.get("labels") or {}).items() if k != "severity"}
    return str(rule["alert"]) + ("{" + ",".join(f"{k}={v}" for k, v in sorted(labels.items())) + "}" if labels else "")


def _by_name(old: list[Any], new: list[Any]) -> tuple[str, dict[str, Any], dict[str, Any]] | None:
    """Both sides' items by the name each carries, if every item has a distinct one."""
    key = item_name(old + new)
    if key:
        names: tuple[Callable[[Any], str | None], str] = (lambda item: item[key], key)
    elif all(_alert_key(item) for item in old + new):
        names = (_alert_key, "alert")
    else:
        return None
    before = {names[0](item): item for item in old}
    after = {names[0](item): item for item in new}
    if len(before) != len(old) or len(after) != len(new):
        return None
    return names[1], {str(k): v for k, v in before.items()}, {str(k): v for k, v in after.items()}


def changes(old: Any, new: Any, path: str = "") -> Iterator[tuple[str, Any, Any]]:
    """Every leaf that differs: (path, old, new); a missing side is ``None``. Items of a list that
    each carry a distinct name (``ITEM_NAMES``, or an alerting rule's alert and labels) are
    matched by it, others by position."""
    if isinstance(old, dict) and isinstance(new, dict):
        for key in sorted(set(old) | set(new), key=str):
            yield from changes(old.get(key), new.get(key), f"{path}.{key}" if path else str(key))
    elif isinstance(old, list) and isinstance(new, list):
        named = _by_name(old, new)
        if named:
            key, before, after = named
            for name in list(dict.fromkeys([*before, *after])):
                yield from changes(before.get(name), after.get(name), f"{path}[{key}={name}]")
        else:
            for index in range(max(len(old), len(new))):
                yield from changes(old[index] if index < len(old) else None, new[index] if index < len(new) else None, f"{path}[{index}]")
    elif old != new:
        yield path, old, new


def show(value: Any) -> str:
    text = yaml.safe_dump(value, default_flow_style=True, width=10**6).strip() if isinstance(value, (dict, list)) else repr(value)
    return text if len(text) <= 200 else text[:197] + "..."


def describe(key: Key, old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """The changed fields of one object, a line each (a ConfigMap's text as changed lines)."""
    lines = []
    for path, before, after in changes(old, new):
        if key[1] == "Secret" and (path.startswith("data") or path.startswith("stringData")):
            lines.append(f"{path}: changed (a Secret's value is never shown)")
        elif isinstance(before, str) and isinstance(after, str) and ("\n" in before or "\n" in after):
            diff = difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
            lines.append(f"{path}:")
            lines += [f"    {line}" for line in list(diff)[2:]]
        else:
            lines.append(f"{path}: {show(before)} -> {show(after)}")
    return lines


def _shown(key: Key) -> str:
    return f"{key[0]}/{key[1]} {key[2] + '/' if key[2] else ''}{key[3]}"


def report(base: dict[str, dict[Key, dict[str, Any]]], head: dict[str, dict[Key, dict[str, Any]]], markdown: bool) -> str:
    out: list[str] = []
    summary: list[str] = []
    for environment in sorted(set(base) | set(head)):
        old, new = base.get(environment, {}), head.get(environment, {})
        added, removed = sorted(set(new) - set(old)), sorted(set(old) - set(new))
        changed = sorted(key for key in set(old) & set(new) if old[key] != new[key])
        out.append(f"## {environment}" if markdown else f"{environment}:")
        if not (added or removed or changed):
            out.append("no changes" if markdown else "  no changes")
        for key in added:
            out.append(f"- added {_shown(key)}" if markdown else f"  + {_shown(key)}")
        for key in removed:
            out.append(f"- removed {_shown(key)}" if markdown else f"  - {_shown(key)}")
        for key in changed:
            lines = describe(key, old[key], new[key])
            if markdown:
                out += [f"- changed {_shown(key)}", "  ```", *(f"  {line}" for line in lines), "  ```"]
            else:
                out += [f"  ~ {_shown(key)}", *(f"      {line}" for line in lines)]
        out.append("")
        summary.append(f"{environment}: {len(added)} added, {len(removed)} removed, {len(changed)} changed")
    heading = ["# What this change does to each environment", ""] if markdown else []
    return "\n".join(heading + out + summary) + "\n"


def main(argv: list[str], root: Path = ROOT) -> int:
    """``BASE [--head=REF] [--format=text|markdown]``: BASE against the working tree (or REF)."""
    options = dict(a[2:].split("=", 1) for a in argv if a.startswith("--") and "=" in a)
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 1 or set(options) - {"head", "format"} or options.get("format", "text") not in ("text", "markdown"):
        print("usage: make diff BASE=<ref> [FORMAT=markdown]   (the base against the working tree)", file=sys.stderr)
        return 2
    markdown = options.get("format") == "markdown"
    scratch = Path(tempfile.mkdtemp(prefix="codex-diff-"))
    try:
        trees = {}
        for side, ref in (("base", args[0]), ("head", options.get("head", "WORKTREE"))):
            checkout(ref, scratch / side, root)
            trees[side] = objects(synthesize(scratch / side))
    except ValueError as error:
        print(f"diff refused: {error}", file=sys.stderr)
        return 2
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(report(trees["base"], trees["head"], markdown), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
