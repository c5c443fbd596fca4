"""Regenerate the typed CRD bindings in codex_constructs/_crds/ from crds/ (`make imports`), or
compare a fresh generation with the committed one (`make imports-check`).

One module per API group, each imported under an alias (`cdk8s import name:=file`): the CLI
names modules after the group, and a group like `external-secrets.io` would otherwise become a
module path starting with `io`, which shadows Python's standard library.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CRDS = ROOT / "crds"
#: Inside the library's package: an app's own imports/ must not collide with it.
IMPORTS = ROOT / "codex_constructs" / "_crds"

#: alias -> the CRD files (without .yaml) whose kinds the module holds.
GROUPS = {
    "strimzi": ["kafka.strimzi.io_kafkas", "kafka.strimzi.io_kafkanodepools", "kafka.strimzi.io_kafkatopics"],
    "keda": ["keda.sh_scaledobjects"],
    "certmanager": ["cert-manager.io_clusterissuers", "cert-manager.io_certificates"],
    "gatewayapi": [
        "gateway.networking.k8s.io_gatewayclasses",
        "gateway.networking.k8s.io_gateways",
        "gateway.networking.k8s.io_httproutes",
        "gateway.networking.k8s.io_referencegrants",
    ],
    "envoygateway": [
        "gateway.envoyproxy.io_envoyproxies",
        "gateway.envoyproxy.io_securitypolicies",
        "gateway.envoyproxy.io_backendtrafficpolicies",
    ],
    "argocd": ["argoproj.io_applications", "argoproj.io_appprojects"],
    "imageupdater": ["argocd-image-updater.argoproj.io_imageupdaters"],
    "externalsecrets": ["external-secrets.io_externalsecrets", "external-secrets.io_clustersecretstores"],
}

#: Secret store providers the bindings keep. jsii cannot compile the full ClusterSecretStore
#: schema (its Keeper provider has a property named `getByTitleFallback`, which jsii refuses as a
#: Java getter clash), so the bindings carry only the providers the platform can use. Tests still
#: validate against the full, unmodified schema.
SECRET_STORE_PROVIDERS = {"gcpsm"}


#: Envoy Gateway's and Strimzi's kinds are large (EnvoyProxy alone is 1.4 MB of schema, Kafka
#: most of Strimzi's 5.9 MB of bindings); each binding keeps only the spec fields the library
#: sets (``True``: the whole subtree), so importing the library does not load megabytes of
#: unused classes into Python and Node. Tests validate against the full schemas.
KEEP: dict[str, dict] = {
    "EnvoyProxy": {
        "provider": {
            "type": True,
            "kubernetes": {
                "envoyDeployment": {"replicas": True, "container": {"resources": True}, "pod": {"topologySpreadConstraints": True}},
                "envoyPDB": {"minAvailable": True},
                "envoyService": {"externalTrafficPolicy": True, "loadBalancerIP": True, "type": True},
            },
        }
    },
    "SecurityPolicy": {"targetRefs": True, "basicAuth": True, "authorization": True},
    "Kafka": {
        "kafka": {name: True for name in ("version", "metadataVersion", "listeners", "config", "rack", "metricsConfig", "template")},
        "kafkaExporter": True,
        "entityOperator": {"topicOperator": True},
    },
    "KafkaNodePool": {"replicas": True, "roles": True, "storage": True, "resources": True, "template": {"pod": True}},
    "BackendTrafficPolicy": {"targetRefs": True, "timeout": True, "requestBuffer": True},
}


def _keep(schema: dict, keep: dict | bool) -> dict:
    if keep is True or "properties" not in schema:
        return schema
    assert isinstance(keep, dict)
    missing = sorted(set(keep) - set(schema["properties"]))
    if missing:
        raise KeyError(f"KEEP names fields the schema does not have: {missing}")
    # The schema's own order: the bindings serialize fields in it.
    properties = {name: _keep(value, keep[name]) for name, value in schema["properties"].items() if name in keep}
    pruned = {key: value for key, value in schema.items() if key not in ("properties", "required", "x-kubernetes-validations")}
    required = [name for name in schema.get("required", []) if name in properties]
    return {**pruned, "properties": properties, **({"required": required} if required else {})}


def prune(document: dict) -> dict:
    kind = document.get("spec", {}).get("names", {}).get("kind")
    for version in document["spec"]["versions"]:
        root = version["schema"]["openAPIV3Schema"]["properties"]
        if kind == "ClusterSecretStore":
            provider = root["spec"]["properties"]["provider"]
            provider["properties"] = {k: v for k, v in provider["properties"].items() if k in SECRET_STORE_PROVIDERS}
        elif kind in KEEP:
            root["spec"] = _keep(root["spec"], KEEP[kind])
            root.pop("status", None)
    return document


#: What each generation was made from and what it wrote: the suite compares it with crds/ and
#: the committed files in milliseconds, instead of regenerating (about a minute).
MANIFEST = "SOURCES.txt"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def import_documents(alias: str) -> list[dict]:
    """The CRDs `cdk8s import` reads for ``alias``, pruned (libyaml's parser: these are megabytes)."""
    return [prune(yaml.load((CRDS / f"{name}.yaml").read_text(), Loader=yaml.CSafeLoader)) for name in GROUPS[alias]]


def import_source(alias: str) -> str:
    return yaml.safe_dump_all(import_documents(alias), sort_keys=False)


def cli_version() -> str:
    return str(json.loads((ROOT / "package.json").read_text())["devDependencies"]["cdk8s-cli"])


def generated_files(output: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(output)): path.read_bytes()
        for alias in GROUPS
        for path in sorted((output / alias).rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def manifest(output: Path) -> str:
    lines = [f"cdk8s-cli {cli_version()}"]
    lines += [f"input {alias} {sha256(json.dumps(import_documents(alias), sort_keys=True).encode())}" for alias in GROUPS]
    lines += [f"output {name} {sha256(data)}" for name, data in sorted(generated_files(output).items())]
    return "\n".join(lines) + "\n"


def main(output: Path = IMPORTS) -> int:
    cli = ROOT / "node_modules" / ".bin" / "cdk8s"
    with tempfile.TemporaryDirectory() as scratch:
        for alias, files in GROUPS.items():
            source = Path(scratch) / f"{alias}.yaml"
            source.write_text(import_source(alias))
            shutil.rmtree(output / alias, ignore_errors=True)
            result = subprocess.run(
                # --no-save: the import specs are this file's table, not cdk8s.yaml's.
                [str(cli), "import", "--no-save", "--language", "python", "--output", str(output), f"{alias}:={source}"],
                capture_output=True,
                text=True,
                cwd=ROOT,
            )
            if result.returncode != 0:
                print(result.stdout, result.stderr, file=sys.stderr)
                return 1
            print(f"{output.name}/{alias} <- {', '.join(files)}")
    (output / MANIFEST).write_text(manifest(output))
    return 0


def regenerated_and_compared(
    generate: Callable[[Path], int], files: Callable[[Path], dict[str, bytes]], committed: Path, manifest_name: str
) -> int:
    """Regenerate into a scratch folder with ``generate`` and compare every file ``files`` lists,
    and the manifest, with the committed ones; print what is stale."""
    with tempfile.TemporaryDirectory() as scratch:
        if generate(Path(scratch)) != 0:
            return 1
        fresh, kept = files(Path(scratch)), files(committed)
        stale = sorted(name for name in fresh.keys() | kept.keys() if fresh.get(name) != kept.get(name))
        if (Path(scratch) / manifest_name).read_text() != (committed / manifest_name).read_text():
            stale.append(manifest_name)
    for name in stale:
        print(f"stale: {committed.relative_to(ROOT)}/{name}", file=sys.stderr)
    return 1 if stale else 0


def check() -> int:
    """Regenerate into a scratch folder and compare with the committed bindings."""
    return regenerated_and_compared(main, generated_files, IMPORTS, MANIFEST)


if __name__ == "__main__":
    if sys.argv[1:] == ["--check"]:
        sys.exit(check())
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else IMPORTS))
