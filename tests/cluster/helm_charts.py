"""The upstream Helm charts Argo CD installs, rendered by Helm itself as Argo CD's repo server
renders them (``helm template`` with the Application's release name, destination namespace and
values, the cluster's version and API versions, CRDs included), from the copies in
``vendor/charts/`` (where each came from: ``vendor/charts/SOURCES.txt``).
"""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path

import yaml

from programs import ROOT, require_program

VENDOR = ROOT / "vendor" / "charts"
#: The version the cluster reports (the release the control plane is built from): Argo CD passes
#: the destination cluster's to ``--kube-version``.
KUBE_VERSION = "1.33.13"
#: Helm test hooks: Argo CD does not run them on a sync.
TEST_HOOKS = {"test", "test-success", "test-failure"}


class HelmFailed(Exception):
    """helm template refused the chart with these values: its own message."""


def chart_folder(application: dict) -> Path | None:
    """The kept copy of the Application's chart at its pinned version, if the repository keeps one."""
    source = application["spec"]["source"]
    if "chart" not in source:
        return None
    folder = VENDOR / f"{source['chart']}-{source['targetRevision']}"
    return folder if folder.is_dir() else None


def render(application: dict, api_versions: list[str]) -> list[dict]:
    """The objects Argo CD would apply for a chart Application, namespaced where the chart leaves
    it to the destination; raises :class:`HelmFailed` with Helm's message."""
    folder = chart_folder(application)
    assert folder is not None, f"no copy of {application['spec']['source']['chart']} in vendor/charts"
    spec, source = application["spec"], application["spec"]["source"]
    helm = source.get("helm", {})
    with tempfile.TemporaryDirectory(prefix="helm-") as scratch:
        values = Path(scratch) / "values.json"
        values.write_text(json.dumps(helm.get("valuesObject", {})))
        command = [
            str(require_program("helm", "cluster-tools")),
            "template",
            helm.get("releaseName", application["metadata"]["name"]),
            str(folder),
            "--namespace",
            spec["destination"]["namespace"],
            "--kube-version",
            KUBE_VERSION,
            "--values",
            str(values),
            "--include-crds",
            *[f"--api-versions={version}" for version in api_versions],
        ]
        # Helm keeps its caches and configuration in the scratch folder, not the user's home.
        env = {"HELM_CACHE_HOME": scratch, "HELM_CONFIG_HOME": scratch, "HELM_DATA_HOME": scratch, "PATH": "/usr/bin:/bin"}
        result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    if result.returncode != 0:
        raise HelmFailed(result.stderr.strip())
    rendered = [doc for doc in yaml.load_all(result.stdout, Loader=yaml.CSafeLoader) if doc]
    return [
        obj
        for obj in rendered
        if not TEST_HOOKS & set(((obj.get("metadata") or {}).get("annotations") or {}).get("helm.sh/hook", "").split(","))
    ]
