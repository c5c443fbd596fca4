"""Third-party images by digest (`make check-images`): every image prod runs that is not one of
the platform's own services must be pinned by a ``sha256`` digest, or be listed, with its reason,
in ``deploy/image-pins.yaml``; a listed image that prod no longer runs is refused too. Images a
chart picks itself count where the chart's values take a digest (``inputs/images.py``)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from ..inputs.images import THIRD_PARTY_IMAGES
from ..synth import ROOT, load_environments, read_objects

PINS = "deploy/image-pins.yaml"


def _images_in_values(node: Any) -> Iterator[str]:
    """Helm values' image blocks (``repository`` with ``tag`` or ``digest``), as a pod would name
    the image: ``repository:tag@digest`` when both are set."""
    if isinstance(node, dict):
        if isinstance(node.get("repository"), str) and ("tag" in node or "digest" in node):
            named = f"{node['repository']}:{node['tag']}" if node.get("tag") else node["repository"]
            yield f"{named}@{node['digest']}" if node.get("digest") else named
        for value in node.values():
            yield from _images_in_values(value)
    elif isinstance(node, list):
        for item in node:
            yield from _images_in_values(item)


def _chart_images(where: str, helm: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """The declared images a release's chart picks itself, with the digest its values pin."""
    for image in THIRD_PARTY_IMAGES:
        if image.release is None or image.release != helm.get("releaseName"):
            continue
        block: Any = helm.get("valuesObject", {})
        for key in image.values_path:
            block = block.get(key, {}) if isinstance(block, dict) else {}
        digest = image.pinned_digest(block)
        yield (f"{image.default.reference}@{digest}" if digest else image.default.reference), f"{where} ({'.'.join(image.values_path)})"


def third_party_images(folder: Path, own: set[str]) -> dict[str, str]:
    """Image reference -> the first object that runs it, in one synthesized environment."""
    found: dict[str, str] = {}
    for path, obj in read_objects(folder):
        where = str(path.relative_to(folder))
        spec = obj.get("spec", {}) if isinstance(obj, dict) else {}
        pod = spec.get("template", {}).get("spec", {}) if obj.get("kind") in ("Deployment", "Job", "StatefulSet") else {}
        for container in pod.get("containers", []) + pod.get("initContainers", []):
            found.setdefault(container["image"], where)
            for variable in container.get("env", []):
                if variable["name"] == "WORKER_IMAGE_NAME" and "value" in variable:
                    found.setdefault(variable["value"], f"{where} (WORKER_IMAGE_NAME)")
        if obj.get("kind") == "Application":
            helm = spec.get("source", {}).get("helm", {})
            for image in _images_in_values(helm.get("valuesObject", {})):
                found.setdefault(image, where)
            for image, place in _chart_images(where, helm):
                found.setdefault(image, place)
    return {image: where for image, where in found.items() if image.split("@")[0].rsplit(":", 1)[0] not in own}


def problems(folder: Path, own: set[str], pins_file: Path) -> list[str]:
    listed = yaml.safe_load(pins_file.read_text()) if pins_file.exists() else {}
    pending = {entry["image"]: entry.get("reason", "") for entry in (listed or {}).get("pending", [])}
    running = third_party_images(folder, own)
    found = [
        f"{image} ({where}) runs by tag: pin it by digest (repository:tag@sha256:...), or list it with its reason in {PINS}"
        for image, where in sorted(running.items())
        if "@sha256:" not in image and image not in pending
    ]
    found += [f"{PINS}: {image} has no reason" for image, reason in sorted(pending.items()) if not str(reason).strip()]
    found += [f"{PINS}: {image} is not run any more: remove its line" for image in sorted(set(pending) - set(running))]
    return found


def main(argv: list[str], root: Path = ROOT) -> int:
    environment = argv[0] if argv else "prod"
    plans = {plan.config.name: plan for plan in load_environments(root)}
    if environment not in plans:
        print(f"usage: make check-images [ENV=<{'|'.join(plans)}>]", file=sys.stderr)
        return 2
    own = {settings.image.repository for settings in plans[environment].config.services.values()}
    found = problems(root / "dist" / environment, own, root / PINS)
    print("\n".join(found) or f"{environment}: every third-party image is pinned by digest or listed in {PINS}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
