"""Promotion: an environment under ``image_updates: promotion`` runs only tags that another
environment ran first, and moves to them by a reviewed commit.

``make promote`` writes the target's overlay (``deploy/<target>/services``) with the tags the
source runs now. ``make hotfix`` puts one tag straight into the target, recorded with its reason
in ``deploy/<target>/hotfixes.yaml``. :func:`unvetted_tags` is the check that CI runs: every
tag the target runs is one the source runs or ran (its overlay's and environment file's git
history), or a recorded hotfix.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from codex_constructs import ContainerImage

from ..inputs.config import EnvironmentConfig
from ..inputs.environment_checks import floating_tag_problem
from ..inputs.errors import ConfigError
from ..outputs.overlays import OVERLAYS_DIR, overlay_path
from ..synth import ENVIRONMENTS_DIR, ROOT, load_environments

HOTFIXES = "hotfixes.yaml"


def _overlay_file(config: EnvironmentConfig) -> str:
    return f"{overlay_path(config)}/kustomization.yaml"


def tags_in(config: EnvironmentConfig, environment_text: str | None, overlay_text: str | None) -> dict[str, str]:
    """Repository -> the tag an environment runs: its overlay's ``newTag``, else its file's tag."""
    tags = {settings.image.repository: settings.image.tag for settings in config.services.values()}
    if environment_text:
        for settings in (yaml.safe_load(environment_text) or {}).get("services", {}).values():
            image = (settings or {}).get("image") or {}
            if image.get("repository") in tags and image.get("tag"):
                tags[image["repository"]] = str(image["tag"])
    if overlay_text:
        for image in (yaml.safe_load(overlay_text) or {}).get("images") or []:
            if image.get("name") in tags and image.get("newTag"):
                tags[image["name"]] = str(image["newTag"])
    return tags


def running_tags(root: Path, config: EnvironmentConfig) -> dict[str, str]:
    """What the environment runs now, from the working tree."""
    overlay = root / _overlay_file(config)
    environment = root / ENVIRONMENTS_DIR / f"{config.name}.yaml"
    return tags_in(config, environment.read_text(), overlay.read_text() if overlay.exists() else None)


def _git(root: Path, *args: str) -> str | None:
    result = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True)
    return result.stdout if result.returncode == 0 else None


class ShallowHistory(RuntimeError):
    """The repository holds only part of its history: the tags an environment ran cannot be read."""


def tags_ever_run(root: Path, config: EnvironmentConfig) -> dict[str, set[str]]:
    """Repository -> every tag the environment runs now or ran in any commit of its overlay or
    environment file (outside a git repository, what it runs now). A shallow clone is refused:
    its missing commits would make every tag the environment ran before look unvetted."""
    environment, overlay = f"{ENVIRONMENTS_DIR}/{config.name}.yaml", _overlay_file(config)
    if (_git(root, "rev-parse", "--is-shallow-repository") or "").strip() == "true":
        raise ShallowHistory(
            f"this clone is shallow: the promotion check reads the whole history of {environment} and {overlay}. "
            "Fetch it (git fetch --unshallow; in CI, actions/checkout with fetch-depth: 0)"
        )
    seen = {repository: {tag} for repository, tag in running_tags(root, config).items()}
    commits = _git(root, "log", "--format=%H", "--", environment, overlay)
    for commit in (commits or "").split():
        state = tags_in(config, _git(root, "show", f"{commit}:{environment}"), _git(root, "show", f"{commit}:{overlay}"))
        for repository, tag in state.items():
            seen[repository].add(tag)
    return seen


def hotfix_file(root: Path, config: EnvironmentConfig) -> Path:
    return root / OVERLAYS_DIR / config.name / HOTFIXES


def hotfixes(root: Path, config: EnvironmentConfig) -> list[dict[str, str]]:
    path = hotfix_file(root, config)
    return (yaml.safe_load(path.read_text()) or []) if path.exists() else []


def unvetted_tags(root: Path, target: EnvironmentConfig, source: EnvironmentConfig) -> list[str]:
    """The target's tags that the source never ran and no hotfix record explains."""
    ran = tags_ever_run(root, source)
    excused = {(h["repository"], str(h["tag"])) for h in hotfixes(root, target) if h.get("reason")}
    return [
        f"{repository}:{tag} runs in {target.name} but never ran in {source.name}; promote what {source.name} ran "
        f"(make promote), or record a hotfix with its reason (make hotfix)"
        for repository, tag in sorted(running_tags(root, target).items())
        if tag not in ran.get(repository, set()) and (repository, tag) not in excused
    ]


def write_overlay_images(root: Path, config: EnvironmentConfig, tags: dict[str, str]) -> None:
    """Set the overlay's ``images:`` to ``tags`` for every image whose tag differs from the
    environment file's, keeping the rest of the file (its comments included) as it is."""
    path = root / _overlay_file(config)
    text = path.read_text()
    head = text.split("\nimages:", 1)[0].rstrip("\n") + "\n"
    defaults = {settings.image.repository: settings.image.tag for settings in config.services.values()}
    images = [{"name": repository, "newTag": tag} for repository, tag in sorted(tags.items()) if defaults.get(repository) != tag]
    path.write_text(head + (yaml.safe_dump({"images": images}, sort_keys=False) if images else ""))


def refuse_automatic(target: EnvironmentConfig) -> None:
    """An environment whose images roll out by themselves has an overlay Argo CD Image Updater
    owns: a hand-written tag there would be overwritten by its next commit."""
    if target.gitops.image_updates == "automatic":
        raise ValueError(
            f"{target.name}'s images roll out by themselves ({target.source}: gitops.image_updates: automatic): "
            f"Argo CD Image Updater owns deploy/{target.name}/services and would overwrite the tag; "
            f"promote into an environment with image_updates: promotion"
        )


def checked_tag(target: EnvironmentConfig, repository: str, tag: str) -> str:
    """The checks an environment file's image tag gets, for a tag typed on the command line."""
    try:
        image = ContainerImage(repository, tag)
    except ValueError as error:
        raise ValueError(f"TAG: {error}") from None
    floating = floating_tag_problem(target, image)
    if floating:
        raise ValueError(f"TAG: {floating}")
    return tag


def promote(root: Path, source: EnvironmentConfig, target: EnvironmentConfig) -> dict[str, str]:
    """Write the target's overlay with every tag the source runs; return what changed."""
    refuse_automatic(target)
    before, wanted = running_tags(root, target), running_tags(root, source)
    write_overlay_images(root, target, {**before, **wanted})
    return {repository: tag for repository, tag in wanted.items() if before.get(repository) != tag}


def hotfix(root: Path, target: EnvironmentConfig, service: str, tag: str, reason: str) -> None:
    """Put ``tag`` straight into the target, recorded with ``reason`` (for review, and so the
    promotion check accepts it for as long as the record stays in the hotfix file)."""
    if service not in target.services:
        raise ValueError(f"{service!r} is not a service of {target.name}")
    refuse_automatic(target)
    repository = target.services[service].image.repository
    checked_tag(target, repository, tag)
    write_overlay_images(root, target, {**running_tags(root, target), repository: tag})
    path = hotfix_file(root, target)
    records = hotfixes(root, target) + [{"service": service, "repository": repository, "tag": tag, "reason": reason}]
    path.write_text(
        "# Tags put into this environment without running elsewhere first (make hotfix).\n" + yaml.safe_dump(records, sort_keys=False)
    )


USAGE = """usage:
  make promote [FROM=dev] [TO=prod]                      the tags FROM runs, into TO's overlay
  make hotfix SERVICE=<name> TAG=<tag> REASON="..." [TO=prod]   one tag straight into TO, recorded
  make check-promotion [FROM=dev] [TO=prod]              TO runs only tags FROM ran (or hotfixes)"""


def main(argv: list[str], root: Path = ROOT) -> int:
    try:
        environments = {e.name: e.config for e in load_environments(root)}
    except ConfigError as error:
        print(f"refused:\n{error}", file=sys.stderr)
        return 2
    command, args = (argv[0], argv[1:]) if argv else ("", [])
    shapes = {"promote": 2, "check": 2, "hotfix": 4}
    environment_args = args[:2] if command in ("promote", "check") else args[:1]
    if shapes.get(command) != len(args) or any(name not in environments for name in environment_args):
        print(f"{USAGE}\nenvironments: {', '.join(environments)}", file=sys.stderr)
        return 2
    if command == "promote":
        try:
            changed = promote(root, environments[args[0]], environments[args[1]])
        except ValueError as error:
            print(f"refused, nothing was written: {error}", file=sys.stderr)
            return 2
        print("\n".join(f"{repository}: {tag}" for repository, tag in sorted(changed.items())) or "nothing to promote")
        return 0
    if command == "hotfix":
        target, service, tag, reason = args
        if service not in environments[target].services or not reason.strip():
            print(f"{USAGE}\nSERVICE is one of {', '.join(environments[target].services)}; REASON says why", file=sys.stderr)
            return 2
        try:
            hotfix(root, environments[target], service, tag, reason)
        except ValueError as error:
            print(f"refused, nothing was written: {error}", file=sys.stderr)
            return 2
        config = environments[target]
        print(
            f"{_overlay_file(config)}: {config.services[service].image.repository} runs {tag}\n"
            f"{hotfix_file(root, config).relative_to(root)}: recorded with its reason; review both and commit"
        )
        return 0
    try:
        problems = unvetted_tags(root, environments[args[1]], environments[args[0]])
    except ShallowHistory as error:
        print(f"refused: {error}", file=sys.stderr)
        return 2
    print("\n".join(problems) or f"{args[1]} runs only tags {args[0]} ran")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
