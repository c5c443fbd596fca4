"""`make imports` (with tools/import_crds.py): the app's own Kubernetes API bindings in
``imports/k8s``, at the platform's minimum version, generated with the cdk8s CLI.

The definitions come from Kubernetes' published OpenAPI document (``api/openapi-spec/swagger.json``
of kubernetes/kubernetes at the pinned tag, which the Go module ``k8s.io/kubernetes`` of
``tools/cluster/kubernetes/go.mod`` ships), pruned to the kinds the app builds itself and what
they reference, and committed as ``crds/kubernetes/definitions.json``:

    python tools/import_kubernetes.py --from-swagger <swagger.json>   # refresh the definitions
    python tools/import_kubernetes.py                                 # regenerate imports/k8s
    python tools/import_kubernetes.py --check                         # regenerate and compare
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from import_crds import regenerated_and_compared

ROOT = Path(__file__).resolve().parent.parent
VERSION = "1.33.13"
DEFINITIONS = ROOT / "crds" / "kubernetes" / "definitions.json"
IMPORTS = ROOT / "imports"
MANIFEST = "SOURCES.txt"
#: The kinds the app builds with its own bindings (the constructs build the rest).
KINDS = ("io.k8s.api.core.v1.Namespace",)


def prune(swagger: dict[str, Any]) -> dict[str, Any]:
    """The definitions of ``KINDS`` and every definition they reference."""
    definitions = swagger["definitions"]
    kept: dict[str, Any] = {}
    wanted = list(KINDS)
    while wanted:
        name = wanted.pop()
        if name in kept:
            continue
        kept[name] = definitions[name]
        text = json.dumps(definitions[name])
        wanted += [ref.split('"')[0] for ref in text.split('"$ref": "#/definitions/')[1:]]
    return {"definitions": dict(sorted(kept.items()))}


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def generated_files(output: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(output)): path.read_bytes()
        for path in sorted((output / "k8s").rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def manifest(output: Path) -> str:
    version = json.loads((ROOT / "package.json").read_text())["devDependencies"]["cdk8s-cli"]
    lines = [f"cdk8s-cli {version}", f"k8s {VERSION}", f"input {sha256(DEFINITIONS.read_bytes())}"]
    lines += [f"output {name} {sha256(data)}" for name, data in generated_files(output).items()]
    return "\n".join(lines) + "\n"


def generate(output: Path) -> int:
    shutil.rmtree(output / "k8s", ignore_errors=True)
    result = subprocess.run(
        ["node", str(ROOT / "tools" / "kubernetes" / "cdk8s_import_k8s.js"), VERSION, str(DEFINITIONS), str(output)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    if result.returncode != 0 or not (output / "k8s" / "__init__.py").exists():
        print(result.stdout, result.stderr, file=sys.stderr)
        return 1
    (output / MANIFEST).write_text(manifest(output))
    print(f"{output.name}/k8s <- Kubernetes {VERSION}: {', '.join(kind.rsplit('.', 1)[1] for kind in KINDS)}")
    return 0


def check() -> int:
    """Regenerate into a scratch folder and compare with the committed bindings."""
    return regenerated_and_compared(generate, generated_files, IMPORTS, MANIFEST)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--from-swagger"]:
        swagger = Path(sys.argv[2])
        DEFINITIONS.parent.mkdir(exist_ok=True)
        DEFINITIONS.write_text(json.dumps(prune(json.loads(swagger.read_text())), indent=1, sort_keys=True) + "\n")
        print(f"{DEFINITIONS.relative_to(ROOT)} <- {swagger} (sha256 {sha256(swagger.read_bytes())})")
        sys.exit(0)
    sys.exit(check() if sys.argv[1:] == ["--check"] else generate(IMPORTS))
