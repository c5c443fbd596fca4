"""The constructs are a library: installed on their own, they build an app that is not Codex."""

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest
import yaml

from helpers import ROOT

#: Builds a wheel and installs it into fresh virtualenvs: the slow tier.
pytestmark = pytest.mark.slow


def run(*command: str, cwd: Path, env: dict | None = None) -> str:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=env)
    assert result.returncode == 0, f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


#: A stand-in for what `cdk8s import k8s` writes into an app's imports/k8s (the real one needs
#: the network): what matters here is the package path, imports.k8s, beside the library.
APP_BINDINGS = "KIND = 'app-binding'\n"


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The python of a fresh virtualenv holding the built wheel.

    The wheel is built from a copy (the repository gets no build/ or *.egg-info) and installed
    without its dependencies; those come from the project's pinned environment through a .pth
    file, and ``pip check`` proves the wheel's declared requirements are met by those pins.
    (Fetching them from the index again would test PyPI, and take twenty seconds.)"""
    tmp = tmp_path_factory.mktemp("reuse")
    source = tmp / "source"
    shutil.copytree(ROOT / "codex_constructs", source / "codex_constructs", ignore=shutil.ignore_patterns("__pycache__", "SOURCES.txt"))
    shutil.copy(ROOT / "pyproject.toml", source / "pyproject.toml")
    shutil.copy(ROOT / "LICENSE", source / "LICENSE")
    pip = (sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet")
    run(*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(tmp / "wheels"), str(source), cwd=tmp)
    (wheel,) = (tmp / "wheels").glob("codex_constructs-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        licenses = [name for name in archive.namelist() if name.endswith("LICENSE") and ".dist-info/" in name]
        assert licenses and b"MIT License" in archive.read(licenses[0]), "the wheel carries the license"
    environment = tmp / "venv"
    venv.create(environment, with_pip=False)
    python = environment / "bin" / "python"
    site = environment / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / "site-packages"
    (site / "project-pins.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    run(*pip, "--python", str(python), "install", "--no-deps", str(wheel), cwd=tmp)
    run(*pip, "--python", str(python), "check", cwd=tmp)
    return python


@pytest.mark.parametrize("app_imports_is_a_package", [True, False])
def test_package_installs_into_a_fresh_virtualenv_and_synthesizes_another_app(tmp_path, installed, app_imports_is_a_package):
    python = str(installed)
    environment = installed.parent.parent
    app = tmp_path / "app"
    (app / "imports" / "k8s").mkdir(parents=True)
    (app / "imports" / "k8s" / "__init__.py").write_text(APP_BINDINGS)
    if app_imports_is_a_package:
        (app / "imports" / "__init__.py").write_text("")
    shutil.copy(ROOT / "examples" / "bookshop" / "main.py", app / "main.py")
    env = {**os.environ, "CDK8S_OUTDIR": str(app / "dist"), "PYTHONPATH": ""}
    located, binding = run(
        python,
        "-c",
        "from imports import k8s; import codex_constructs as c; [getattr(c, n) for n in c.__all__]; print(c.__file__); print(k8s.KIND)",
        cwd=app,
        env=env,
    ).split()
    assert located.startswith(str(environment)), "the app must use the installed package, not the repository"
    assert binding == "app-binding", "the app's imports/ and the library live side by side"
    run(python, "main.py", cwd=app, env=env)

    objects = list(yaml.safe_load_all((app / "dist" / "bookshop.k8s.yaml").read_text()))
    kinds = sorted((o["kind"], o["metadata"]["name"]) for o in objects)
    assert kinds == [
        ("Deployment", "books-api"),
        ("Deployment", "stock-worker"),
        ("HorizontalPodAutoscaler", "books-api"),
        ("PodDisruptionBudget", "books-api"),
        ("Service", "books-api"),
        ("ServiceAccount", "books-api"),
        ("ServiceAccount", "stock-worker"),
    ]
    assert all(o["metadata"]["namespace"] == "bookshop" for o in objects)
    assert not any("codex" in yaml.safe_dump(o) for o in objects), "nothing of Codex leaks into another app"
    site = environment / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / "site-packages"
    assert (site / "codex_constructs" / "py.typed").exists()
    (metadata,) = site.glob("codex_constructs-*.dist-info/METADATA")
    description = metadata.read_text()
    assert "# codex-constructs" in description and "Codex platform, as code" not in description, "the library's own README"


def test_the_library_s_own_tests_pass_against_the_installed_package(tmp_path, installed):
    """tests/library imports nothing but the package, cdk8s and its own support module: run there
    against the wheel, away from the repository, they check what users install."""
    shutil.copytree(ROOT / "tests" / "library", tmp_path / "library", ignore=shutil.ignore_patterns("__pycache__"))
    env = {**os.environ, "PYTHONPATH": "", "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"}
    located = run(str(installed), "-c", "import codex_constructs; print(codex_constructs.__file__)", cwd=tmp_path, env=env)
    assert located.startswith(str(installed.parent.parent)), "the installed package, not the repository's"
    output = run(str(installed), "-m", "pytest", "-q", "-p", "no:cacheprovider", "library", cwd=tmp_path, env=env)
    assert " passed" in output and "failed" not in output, output
