"""The package as a whole: it knows Kubernetes, not one platform; its public API is its root."""


def test_the_library_knows_kubernetes_not_codex():
    """Nothing of one platform (its names, images, ports, spec) is in the library's source."""
    import re
    from pathlib import Path

    import codex_constructs

    # The package under test, wherever it is imported from (the repository, or an installed wheel).
    for path in sorted(Path(codex_constructs.__file__).parent.glob("*.py")):
        text = path.read_text().replace("codex_constructs", "")
        assert not re.search(r"codex|akashcapro|50054|5001\b", text, re.IGNORECASE), path.name


def test_every_public_class_is_importable_from_the_package_root_and_helpers_are_private():
    import importlib
    import inspect
    import pkgutil

    import codex_constructs

    for module_info in pkgutil.iter_modules(codex_constructs.__path__):
        if module_info.name.startswith("_"):
            continue
        module = importlib.import_module(f"codex_constructs.{module_info.name}")
        for name, obj in vars(module).items():
            if inspect.isclass(obj) and obj.__module__ == module.__name__ and not name.startswith("_"):
                assert name in codex_constructs.__all__, f"{module_info.name}.{name} is not exported from codex_constructs"
    assert not any(name.startswith("_") for name in codex_constructs.__all__)


def test_every_module_of_the_library_has_a_test_module_of_its_own():
    from pathlib import Path

    import codex_constructs

    modules = {path.stem.lstrip("_") for path in Path(codex_constructs.__file__).parent.glob("*.py") if path.stem != "__init__"}
    tests = {path.stem.removeprefix("test_") for path in Path(__file__).parent.glob("test_*.py")}
    assert sorted(modules - tests) == []
