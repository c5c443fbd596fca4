"""Build the whole platform for one environment: the charts of one cdk8s App."""

from __future__ import annotations

from pathlib import Path

import cdk8s

from .charts import (
    DataChart,
    EdgeChart,
    GitOpsChart,
    NamespacesChart,
    NetworkChart,
    ObservabilityChart,
    SecretsChart,
    ServicesChart,
)
from .derivations.plan import EnvironmentPlan


def build_app(plan: EnvironmentPlan, outdir: Path) -> cdk8s.App:
    """One App per environment, one folder per chart, one file per object."""
    app = cdk8s.App(
        outdir=str(outdir),
        yaml_output_type=cdk8s.YamlOutputType.FOLDER_PER_CHART_FILE_PER_RESOURCE,
    )
    NamespacesChart(app, "namespaces", model=plan.model)
    NetworkChart(app, "network", plan=plan)
    SecretsChart(app, "secrets", plan=plan)
    DataChart(app, "data", plan=plan)
    ServicesChart(app, "services", plan=plan)
    EdgeChart(app, "edge", plan=plan)
    folders = ["namespaces", "network", "secrets", "data", "services", "edge"]
    releases = []
    if plan.model.observability is not None:
        releases = ObservabilityChart(app, "observability", plan=plan).stack.releases
        folders.append("observability")
    GitOpsChart(app, "gitops", plan=plan, folders=folders, observability_releases=releases)
    return app
