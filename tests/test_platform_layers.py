"""How the platform layer uses the library."""

import re

from helpers import ROOT


def test_the_platform_imports_the_library_from_its_root():
    for path in sorted((ROOT / "codex_platform").rglob("*.py")):
        assert not re.search(r"from codex_constructs\.\w+ import", path.read_text()), path


def test_the_platform_s_modules_import_one_another_without_cycles():
    """Derivations for the cluster do not import the local stack (nor anything that imports
    them back), so each layer can be read on its own."""
    import ast

    package = ROOT / "codex_platform"
    imports: dict[str, set[str]] = {}
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        # A package's __init__ resolves `.` to the package itself; a module, to its package.
        package_parts = parts[:-1]
        module = ".".join(package_parts if path.name == "__init__.py" else parts)
        found = imports.setdefault(module, set())
        for node in ast.walk(ast.parse(path.read_text())):  # TYPE_CHECKING imports count too
            if isinstance(node, ast.ImportFrom) and node.level:
                base = package_parts[: len(package_parts) - node.level + 1]
                found.add(".".join([*base, *(node.module.split(".") if node.module else [])]))

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        for target in imports.get(start, ()):
            if target == goal or (target not in seen and (seen.add(target) or reaches(target, goal, seen))):
                return True
        return False

    cycles = sorted(module for module in imports if reaches(module, module, set()))
    assert cycles == [], f"import cycles through {cycles}"
    assert not reaches("codex_platform.derivations.derive", "codex_platform.outputs.local", set())


#: codex_platform's layers, in order: each may import its own and earlier ones only.
LAYERS = ["inputs", "derivations", "outputs", "charts", "platform", "synth", "operations"]


def test_each_layer_imports_only_the_layers_before_it():
    import ast

    def layer(module: str) -> int:
        return LAYERS.index(module.split(".")[1])

    wrong = []
    for path in sorted((ROOT / "codex_platform").rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if len(parts) < 2 or parts[1] == "__init__":
            continue
        package_parts = parts[:-1]
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.level:
                base = package_parts[: len(package_parts) - node.level + 1]
                target = [*base, *(node.module.split(".") if node.module else [])]
                if len(target) > 1 and layer(".".join(target)) > layer(".".join(parts)):
                    wrong.append(f"{'/'.join(parts)} imports {'.'.join(target)}")
    assert wrong == []
