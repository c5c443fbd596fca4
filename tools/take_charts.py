"""Take the copies of the upstream Helm charts listed in vendor/charts/SOURCES.txt from clones of
their source repositories, at the recorded refs, and check each ref's commit.

    python tools/take_charts.py OWNER/NAME=PATH_TO_GIT_DIR ...

A chart whose repository is not given is left as it is. A ref that resolves to another commit than
the one recorded is refused: update SOURCES.txt deliberately, then re-take.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHARTS = ROOT / "vendor" / "charts"

#: Files a chart's release tool writes from a template in the repository: (template, file written,
#: {placeholder: value}), as that tool does at the tag.
RELEASE_FILLS = {
    # cert-manager's release tool: version and appVersion from the tag, not a prerelease.
    "cert-manager-v1.19.4": [
        (
            "Chart.template.yaml",
            "Chart.yaml",
            {"version: v0.0.0": "version: v1.19.4", "appVersion: v0.0.0": "appVersion: v1.19.4", "{{IS_PRERELEASE}}": "false"},
        ),
    ],
    # Envoy Gateway's release workflow (.github/workflows/release.yaml, tools/make/helm.mk):
    # envsubst of values.tmpl.yaml with IMAGE=docker.io/envoyproxy/gateway, TAG and
    # IMAGE_PULL_POLICY=IfNotPresent; helm package --version and --app-version from the tag.
    "gateway-helm-v1.9.0": [
        (
            "values.tmpl.yaml",
            "values.yaml",
            {"${GatewayImage}": "docker.io/envoyproxy/gateway:v1.9.0", "${GatewayImagePullPolicy}": "IfNotPresent"},
        ),
        ("Chart.yaml", "Chart.yaml", {"version: v0.0.0-latest": "version: v1.9.0", 'appVersion: "latest"': 'appVersion: "v1.9.0"'}),
    ],
}


def sources() -> list[tuple[str, str, str, str, str]]:
    """(into, repository, ref, commit, path) per line of SOURCES.txt, parents before children."""
    lines = (CHARTS / "SOURCES.txt").read_text().splitlines()
    return [tuple(line.split()) for line in lines if line.strip() and not line.startswith("#")]  # type: ignore[misc]


def take(git_dir: Path, ref: str, commit: str, path: str, into: Path) -> None:
    found = subprocess.run(["git", "-C", str(git_dir), "rev-parse", f"{ref}^{{commit}}"], capture_output=True, text=True, check=True)
    if found.stdout.strip() != commit:
        raise SystemExit(f"{ref} in {git_dir} is {found.stdout.strip()}, SOURCES.txt records {commit}")
    archive = subprocess.run(["git", "-C", str(git_dir), "archive", "--format=tar", f"{commit}:{path}"], capture_output=True, check=True)
    keep = {p for p in into.glob("charts/*")} if into.exists() else set()
    saved = {p.name: CHARTS / ".keep" / p.name for p in keep}
    for name, where in saved.items():
        where.parent.mkdir(exist_ok=True)
        shutil.move(str(into / "charts" / name), where)
    shutil.rmtree(into, ignore_errors=True)
    into.mkdir(parents=True)
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    for name, where in saved.items():
        (into / "charts").mkdir(exist_ok=True)
        shutil.move(str(where), into / "charts" / name)
    shutil.rmtree(CHARTS / ".keep", ignore_errors=True)
    # A chart's own .gitignore (Loki's and cert-manager's ignore charts/ and Chart.lock) would keep
    # the copy's dependencies out of this repository; Helm does not read it.
    for ignore in into.rglob(".gitignore"):
        ignore.unlink()
    fill(into)


def fill(into: Path) -> None:
    """Write what the chart's release tool writes (RELEASE_FILLS), and record it in FILLED.txt."""
    notes = []
    for template, written, replacements in RELEASE_FILLS.get(into.name, []):
        text = (into / template).read_text()
        for placeholder, value in replacements.items():
            if placeholder not in text:
                raise SystemExit(f"{into.name}/{template} has no {placeholder!r}: the release tool changed; re-read it")
            text = text.replace(placeholder, value)
        (into / written).write_text(text)
        notes.append(f"{written}: {template} with " + ", ".join(f"{k} -> {v}" for k, v in replacements.items()))
    if notes:
        (into / "FILLED.txt").write_text("Written by tools/take_charts.py as the release tool does at the tag:\n" + "\n".join(notes) + "\n")


def main(arguments: list[str]) -> None:
    clones = dict(argument.split("=", 1) for argument in arguments)
    for into, repository, ref, commit, path in sources():
        if repository in clones:
            take(Path(clones[repository]), ref, commit, path, CHARTS / into)
            print(f"{into}: {repository}@{ref} ({commit[:12]}) {path}")


if __name__ == "__main__":
    main(sys.argv[1:])
