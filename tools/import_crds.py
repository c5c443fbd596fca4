"""Regenerate the typed CRD bindings in codex_constructs/_crds/ from crds/ (`make imports`).

One module per API group, each imported under an alias (`cdk8s import name:=file`): the CLI
names modules after the group, and a group like `external-secrets.io` would otherwise become a
module path starting with `io`, which shadows Python's standard library.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
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
    "gatewayapi": ["gateway.networking.k8s.io_gatewayclasses", "gateway.networking.k8s.io_gateways", "gateway.networking.k8s.io_httproutes",
                   "gateway.networking.k8s.io_referencegrants"],
    "envoygateway": ["gateway.envoyproxy.io_envoyproxies", "gateway.envoyproxy.io_securitypolicies", "gateway.envoyproxy.io_backendtrafficpolicies"],
    "argocd": ["argoproj.io_applications", "argoproj.io_appprojects"],
    "imageupdater": ["argocd-image-updater.argoproj.io_imageupdaters"],
    "externalsecrets": ["external-secrets.io_externalsecrets", "external-secrets.io_clustersecretstores"],
}

#: Secret store providers the bindings keep. jsii cannot compile the full ClusterSecretStore
#: schema (its Keeper provider has a property named `getByTitleFallback`, which jsii refuses as a
#: Java getter clash), so the bindings carry only the providers the platform can use. Tests still
#: validate against the full, unmodified schema.
SECRET_STORE_PROVIDERS = {"gcpsm"}


#: Envoy Gateway's policy kinds are large (EnvoyProxy alone is 1.4 MB of schema); each binding
#: keeps only the spec fields the library sets (``True``: the whole subtree), so importing the
#: library does not load megabytes of unused classes. Tests validate against the full schemas.
KEEP: dict[str, dict] = {
    "EnvoyProxy": {"provider": {"type": True, "kubernetes": {
        "envoyDeployment": {"replicas": True, "container": {"resources": True}, "pod": {"topologySpreadConstraints": True}},
        "envoyPDB": {"minAvailable": True},
        "envoyService": {"externalTrafficPolicy": True, "loadBalancerIP": True, "type": True},
    }}},
    "SecurityPolicy": {"targetRefs": True, "basicAuth": True, "authorization": True},
    "BackendTrafficPolicy": {"targetRefs": True, "timeout": True, "requestBuffer": True},
}


def _keep(schema: dict, keep: "dict | bool") -> dict:
    if keep is True or "properties" not in schema:
        return schema
    assert isinstance(keep, dict)
    properties = {name: _keep(schema["properties"][name], sub) for name, sub in keep.items()}
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


def main(output: Path = IMPORTS) -> int:
    cli = ROOT / "node_modules" / ".bin" / "cdk8s"
    with tempfile.TemporaryDirectory() as scratch:
        for alias, files in GROUPS.items():
            documents = [prune(yaml.safe_load((CRDS / f"{name}.yaml").read_text())) for name in files]
            source = Path(scratch) / f"{alias}.yaml"
            source.write_text(yaml.safe_dump_all(documents, sort_keys=False))
            shutil.rmtree(output / alias, ignore_errors=True)
            result = subprocess.run(
                # --no-save: the import specs are this file's table, not cdk8s.yaml's.
                [str(cli), "import", "--no-save", "--language", "python", "--output", str(output), f"{alias}:={source}"],
                capture_output=True, text=True, cwd=ROOT,
            )
            if result.returncode != 0:
                print(result.stdout, result.stderr, file=sys.stderr)
                return 1
            print(f"{output.name}/{alias} <- {', '.join(files)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else IMPORTS))
