"""What the library's tests share: an image, a throwaway chart and the objects it synthesizes.
Imports only the library and cdk8s, so these tests also run against the installed package."""

from __future__ import annotations

from typing import Any

import cdk8s

from codex_constructs import ContainerImage

#: An image reference for tests: any pinned one will do.
IMAGE = ContainerImage("example/app", "1a2b3c4")


def chart() -> cdk8s.Chart:
    """An empty chart in a throwaway app, for construct tests."""
    return cdk8s.Testing.chart()


def manifests(scope: cdk8s.Chart) -> list[dict]:
    return cdk8s.Testing.synth(scope)


def by_kind(objects: list[dict], kind: str) -> list[dict]:
    return [obj for obj in objects if obj["kind"] == kind]


def container(objects: list[dict], name: str | None = None) -> dict:
    """The (named, or first) container of the only Deployment; native sidecars included."""
    (deployment,) = by_kind(objects, "Deployment")
    spec = deployment["spec"]["template"]["spec"]
    containers = spec["containers"] + spec.get("initContainers", [])
    return next(c for c in containers if name is None or c["name"] == name)


def env_of(container_: dict) -> dict[str, Any]:
    return {e["name"]: e.get("value", e.get("valueFrom")) for e in container_.get("env", [])}
