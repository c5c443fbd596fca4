"""The committed CRD bindings are what `make imports` generates from crds/.

`make imports` records what each generation read (the pruned CRDs, the cdk8s CLI's version) and
wrote (every file, by hash) in codex_constructs/_crds/SOURCES.txt. Comparing that record with
crds/ and with the committed files takes milliseconds; regenerating takes a minute, and stays one
command away: `make imports-check` regenerates into a scratch folder and compares.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import lru_cache
from types import ModuleType

import pytest

from helpers import ROOT


def import_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("import_crds", ROOT / "tools" / "import_crds.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["import_crds"] = module
    spec.loader.exec_module(module)
    return module


TOOL = import_tool()
BINDINGS = ROOT / "codex_constructs" / "_crds"


def recorded() -> list[str]:
    return (BINDINGS / TOOL.MANIFEST).read_text().splitlines()


@lru_cache(maxsize=1)
def current() -> list[str]:
    return TOOL.manifest(BINDINGS).splitlines()


def test_bindings_were_generated_from_the_crds_as_committed():
    lines = [line for line in recorded() if not line.startswith("output ")]
    assert lines == current()[: len(lines)], (
        "crds/, the pruning in tools/import_crds.py or the cdk8s CLI changed since the bindings were "
        "generated: run `make imports` and commit"
    )


def test_the_committed_bindings_are_the_generated_files():
    assert [line for line in recorded() if line.startswith("output ")] == [line for line in current() if line.startswith("output ")], (
        "codex_constructs/_crds/ was edited by hand, or files were added or removed: run `make imports`"
    )


@pytest.mark.parametrize("change", ["crd", "binding"])
def test_a_stale_or_edited_binding_is_found(tmp_path, monkeypatch, change):
    """The comparison notices a CRD changed without regenerating, and a hand-edited binding."""
    if change == "crd":
        crds = tmp_path / "crds"
        crds.mkdir()
        for path in (ROOT / "crds").glob("*.yaml"):
            (crds / path.name).write_bytes(path.read_bytes())
        keda = crds / "keda.sh_scaledobjects.yaml"
        keda.write_text(keda.read_text().replace("description:", "description: changed upstream", 1))
        monkeypatch.setattr(TOOL, "CRDS", crds)
        assert TOOL.manifest(BINDINGS).splitlines()[1:] != recorded()[1:]
    else:
        copy = tmp_path / "_crds"
        for name, data in TOOL.generated_files(BINDINGS).items():
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            (copy / name).write_bytes(data)
        target = copy / "keda" / "sh" / "keda" / "__init__.py"
        target.write_text(target.read_text() + "\n# edited\n")
        assert [l for l in TOOL.manifest(copy).splitlines() if l.startswith("output ")] != [
            l for l in recorded() if l.startswith("output ")
        ]


def test_import_specs_stay_out_of_cdk8s_yaml():
    assert (ROOT / "cdk8s.yaml").read_text().count("imports:") == 0, "import specs must not leak into cdk8s.yaml"


def load_kubernetes_tool() -> ModuleType:
    if str(ROOT / "tools") not in sys.path:
        sys.path.append(str(ROOT / "tools"))  # it imports import_crds, as when run from tools/
    spec = importlib.util.spec_from_file_location("import_kubernetes", ROOT / "tools" / "import_kubernetes.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_app_s_kubernetes_bindings_are_what_make_imports_generates_from_the_recorded_definitions():
    tool = load_kubernetes_tool()
    assert (ROOT / "imports" / tool.MANIFEST).read_text() == tool.manifest(ROOT / "imports"), (
        "crds/kubernetes/definitions.json or imports/k8s changed since `make imports`: run it and commit"
    )
    assert "k8s 1.33." in tool.manifest(ROOT / "imports"), "the minimum Kubernetes version the output targets"


def test_the_definitions_are_the_kinds_the_app_builds_and_all_they_reference():
    tool = load_kubernetes_tool()
    swagger = {
        "definitions": {
            "io.k8s.api.core.v1.Namespace": {"properties": {"metadata": {"$ref": "#/definitions/meta.ObjectMeta"}}},
            "meta.ObjectMeta": {"properties": {"labels": {"type": "object"}, "owner": {"items": {"$ref": "#/definitions/meta.Owner"}}}},
            "meta.Owner": {"type": "object"},
            "io.k8s.api.core.v1.Pod": {"type": "object"},
        }
    }
    assert list(tool.prune(swagger)["definitions"]) == ["io.k8s.api.core.v1.Namespace", "meta.ObjectMeta", "meta.Owner"]
