"""Build the whole platform for one environment: the charts of one cdk8s App."""

from __future__ import annotations

from pathlib import Path

import cdk8s

from .charts import GitOpsChart, ObservabilityChart
from .charts.folders import build_folders, folders_of
from .derivations.plan import EnvironmentPlan


def build_app(plan: EnvironmentPlan, outdir: Path) -> cdk8s.App:
    """One App per environment, one folder per chart (``charts/folders.py``), one file per object."""
    app = cdk8s.App(
        outdir=str(outdir),
        yaml_output_type=cdk8s.YamlOutputType.FOLDER_PER_CHART_FILE_PER_RESOURCE,
    )
    charts = build_folders(app, plan)
    observability = charts.get("observability")
    releases = observability.stack.releases if isinstance(observability, ObservabilityChart) else []
    GitOpsChart(app, "gitops", plan=plan, folders=folders_of(plan), observability_releases=releases)
    return app
