"""The constructs are a library: installed on their own, they build an app that is not Codex."""

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import yaml

from helpers import ROOT


def run(*command: str, cwd: Path, env: dict | None = None) -> str:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=env)
    assert result.returncode == 0, f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def test_package_installs_into_a_fresh_virtualenv_and_synthesizes_another_app(tmp_path):
    environment = tmp_path / "venv"
    venv.create(environment, with_pip=True)
    python = str(environment / "bin" / "python")
    # Constrained to the project's pins, so the test checks our package, not a new upstream.
    run(python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
        "-c", str(ROOT / "requirements.txt"), str(ROOT), cwd=tmp_path)

    app = tmp_path / "app"
    app.mkdir()
    shutil.copy(ROOT / "examples" / "bookshop" / "main.py", app / "main.py")
    env = {**os.environ, "CDK8S_OUTDIR": str(app / "dist"), "PYTHONPATH": ""}
    located = run(python, "-c", "import codex_constructs; print(codex_constructs.__file__)", cwd=app, env=env)
    assert located.startswith(str(environment)), "the app must use the installed package, not the repository"
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
    assert (environment / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / "site-packages" / "codex_constructs" / "py.typed").exists()
