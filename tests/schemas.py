"""Strict validation of every object: Kubernetes' own schemas for built-in kinds, and the
operators' CRD schemas (crds/) for custom resources, with unknown fields rejected in both."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import kubernetes_validate
import yaml

ROOT = Path(__file__).resolve().parent.parent
CRDS = ROOT / "crds"


@cache
def crd_schemas() -> dict[tuple[str, str], dict]:
    """``(apiVersion, kind)`` -> strict JSON schema, for every served version of every CRD."""
    schemas = {}
    for path in sorted(CRDS.glob("*.yaml")):
        crd = yaml.load(path.read_text(), Loader=yaml.CSafeLoader)
        group, kind = crd["spec"]["group"], crd["spec"]["names"]["kind"]
        for version in crd["spec"]["versions"]:
            if version.get("served"):
                schemas[(f"{group}/{version['name']}", kind)] = strict(version["schema"]["openAPIV3Schema"])
    return schemas


def strict(schema: Any) -> Any:
    """OpenAPI v3 structural schema -> JSON schema that rejects fields the CRD does not declare,
    as the API server prunes (and `kubectl --validate=strict` refuses) them."""
    schema = copy.deepcopy(schema)

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            node = {key: walk(value) for key, value in node.items()}
            if node.pop("x-kubernetes-int-or-string", False):
                node.pop("type", None)
                node["anyOf"] = node.get("anyOf") or [{"type": "integer"}, {"type": "string"}]
            if node.pop("nullable", False) and "type" in node:
                node["type"] = [node["type"], "null"]
            preserve = node.pop("x-kubernetes-preserve-unknown-fields", False)
            if node.get("type") == "object" and "properties" in node and "additionalProperties" not in node and not preserve:
                node["additionalProperties"] = False
            for key in [k for k in node if k.startswith("x-kubernetes-")]:
                node.pop(key)
            return node
        if isinstance(node, list):
            return [walk(item) for item in node]
        return node

    schema = walk(schema)
    # metadata is checked by the API server's ObjectMeta, not the CRD.
    schema.get("properties", {}).pop("metadata", None)
    schema.setdefault("properties", {})["metadata"] = {"type": "object"}
    return schema


@cache
def crd_validator(key: tuple[str, str]) -> jsonschema.Draft7Validator:
    return jsonschema.Draft7Validator(crd_schemas()[key])


def validate(document: dict, kubernetes_version: str) -> None:
    """Raise with a readable message if ``document`` is not accepted strictly."""
    key = (document["apiVersion"], document["kind"])
    if key in crd_schemas():
        errors = sorted(crd_validator(key).iter_errors(document), key=str)
        if errors:
            raise AssertionError("; ".join(f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors))
        return
    try:
        builtin_validator(kubernetes_version, document["apiVersion"], document["kind"]).validate(document)
    except jsonschema.ValidationError as error:
        raise kubernetes_validate.ValidationError(error, version=kubernetes_version) from None


@cache
def builtin_validator(kubernetes_version: str, api_version: str, kind: str) -> jsonschema.protocols.Validator:
    """kubernetes_validate.validate(strict=True)'s schema for ``kind``, built once: the library
    reads and parses its 2 MB definitions file again for every object it checks."""
    from kubernetes_validate import utils
    from referencing import Registry, Resource

    wanted = utils.major_minor(kubernetes_version)
    version = [v for v in utils.all_versions() if utils.major_minor(v) <= wanted][-1]
    folder = f"kubernetes-json-schema/v{version}-local-strict"
    group_version = re.sub(r"^([^./]*)(?:\.[^/]*)?/", r"\1-", api_version)
    schema = utils.schema_contents(f"{folder}/{kind.lower()}-{group_version}.json", kubernetes_version)
    registry = Resource.from_contents(utils.schema_contents(f"{folder}/_definitions.json", kubernetes_version)) @ (
        Resource.from_contents(schema) @ Registry()
    )
    return jsonschema.validators.Draft202012Validator(schema, registry=registry)


def documents(folder: Path) -> Iterator[tuple[Path, dict]]:
    for path in sorted(folder.rglob("*.k8s.yaml")):
        for document in yaml.load_all(path.read_text(), Loader=yaml.CSafeLoader):
            if document:
                yield path, document
