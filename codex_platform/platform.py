"""Build the whole platform for one environment: the charts of one cdk8s App."""

from __future__ import annotations

from dataclasses import dataclass
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
from .inputs.config import EnvironmentConfig
from .inputs.model import PlatformModel


@dataclass(frozen=True)
class Environment:
    """A checked model plus one checked environment file: everything a synth needs."""

    model: PlatformModel
    config: EnvironmentConfig


def build_app(environment: Environment, outdir: Path) -> cdk8s.App:
    """One App per environment, one folder per chart, one file per object."""
    app = cdk8s.App(
        outdir=str(outdir),
        yaml_output_type=cdk8s.YamlOutputType.FOLDER_PER_CHART_FILE_PER_RESOURCE,
    )
    model, config = environment.model, environment.config
    NamespacesChart(app, "namespaces", model=model)
    NetworkChart(app, "network", model=model, config=config)
    SecretsChart(app, "secrets", model=model, config=config)
    DataChart(app, "data", model=model, config=config)
    ServicesChart(app, "services", model=model, config=config)
    EdgeChart(app, "edge", model=model, config=config)
    folders = ["namespaces", "network", "secrets", "data", "services", "edge"]
    releases = []
    if model.observability is not None:
        releases = ObservabilityChart(app, "observability", model=model, config=config).stack.releases
        folders.append("observability")
    GitOpsChart(app, "gitops", model=model, config=config, folders=folders, observability_releases=releases)
    return app
