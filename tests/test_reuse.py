"""The constructs are a library: installed on their own, they build an app that is not Codex."""

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest
import yaml

from helpers import ROOT


def run(*command: str, cwd: Path, env: dict | None = None) -> str:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=env)
    assert result.returncode == 0, f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


#: A stand-in for what `cdk8s import k8s` writes into an app's imports/k8s (the real one needs
#: the network): what matters here is the package path, imports.k8s, beside the library.
APP_BINDINGS = "KIND = 'app-binding'\n"


@pytest.mark.parametrize("app_imports_is_a_package", [True, False])
def test_package_installs_into_a_fresh_virtualenv_and_synthesizes_another_app(tmp_path, app_imports_is_a_package):
    # A wheel built from a copy, so the repository gets no build/ or *.egg-info.
    source = tmp_path / "source"
    shutil.copytree(ROOT / "codex_constructs", source / "codex_constructs", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", source / "pyproject.toml")
    environment = tmp_path / "venv"
    venv.create(environment, with_pip=True)
    python = str(environment / "bin" / "python")
    # Constrained to the project's pins, so the test checks our package, not a new upstream.
    run(python, "-m", "pip", "wheel", "--quiet", "--disable-pip-version-check", "--no-deps",
        "-w", str(tmp_path / "wheels"), str(source), cwd=tmp_path)
    (wheel,) = (tmp_path / "wheels").glob("codex_constructs-*.whl")
    run(python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-c", str(ROOT / "requirements.txt"), str(wheel), cwd=tmp_path)

    app = tmp_path / "app"
    (app / "imports" / "k8s").mkdir(parents=True)
    (app / "imports" / "k8s" / "__init__.py").write_text(APP_BINDINGS)
    if app_imports_is_a_package:
        (app / "imports" / "__init__.py").write_text("")
    shutil.copy(ROOT / "examples" / "bookshop" / "main.py", app / "main.py")
    env = {**os.environ, "CDK8S_OUTDIR": str(app / "dist"), "PYTHONPATH": ""}
    located = run(python, "-c", "import codex_constructs; print(codex_constructs.__file__)", cwd=app, env=env)
    assert located.startswith(str(environment)), "the app must use the installed package, not the repository"
    both = run(
        python, "-c",
        "from imports import k8s; import codex_constructs as c; [getattr(c, n) for n in c.__all__]; print(k8s.KIND)",
        cwd=app, env=env,
    )
    assert both.strip() == "app-binding", "the app's imports/ and the library live side by side"
    run(python, "main.py", cwd=app, env=env)

    objects = list(yaml.safe_load_all((app / "dist" / "bookshop.k8s.yaml").read_text()))
    kinds = sorted((o["kind"], o["metadata"]["name"]) for o in objects)
    assert kinds == [
        ("Deployment", "books-api"), ("Deployment", "stock-worker"),
        ("HorizontalPodAutoscaler", "books-api"), ("PodDisruptionBudget", "books-api"), ("Service", "books-api"),
        ("ServiceAccount", "books-api"), ("ServiceAccount", "stock-worker"),
    ]
    assert all(o["metadata"]["namespace"] == "bookshop" for o in objects)
    assert not any("codex" in yaml.safe_dump(o) for o in objects), "nothing of Codex leaks into another app"
    site = environment / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / "site-packages"
    assert (site / "codex_constructs" / "py.typed").exists()
    (metadata,) = site.glob("codex_constructs-*.dist-info/METADATA")
    description = metadata.read_text()
    assert "# codex-constructs" in description and "Codex platform, as code" not in description, "the library's own README"
