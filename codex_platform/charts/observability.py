"""The telemetry stack: its charts' values and the dashboards, from the model's services."""

from __future__ import annotations

import cdk8s
from constructs import Construct

from codex_constructs import ObservabilityStack, ObservedWorkload

from ..derivations.alerts import alerting, overview_dashboard, scrape_targets
from ..derivations.secret_sources import GRAFANA_ADMIN_SECRET
from ..inputs.config import EnvironmentConfig
from ..inputs.model import PlatformModel

GRAFANA_PATH = "/grafana-ui/"


def observed_workloads(model: PlatformModel) -> list[ObservedWorkload]:
    """Every service of the model, with what it serves: adding a service adds its dashboard."""
    workloads = []
    for name, spec in model.services.items():
        workloads.append(
            ObservedWorkload(
                name=name,
                namespace=model.namespace_of(name),
                metrics_port=spec.served_metrics_port(),
                request_metrics=spec.request_metrics,
                traced=spec.traced,
            )
        )
    return workloads


class ObservabilityChart(cdk8s.Chart):
    def __init__(self, scope: Construct, id: str, *, model: PlatformModel, config: EnvironmentConfig) -> None:
        super().__init__(scope, id, disable_resource_name_hashes=True)
        assert model.observability is not None
        self.stack = ObservabilityStack(
            self,
            "stack",
            namespace=model.observability.namespace,
            workloads=observed_workloads(model),
            # Grafana is an admin route: it is served on the admin host.
            grafana_root_url=f"https://{config.edge.admin_host or config.edge.host}{GRAFANA_PATH}",
            grafana_admin_secret=GRAFANA_ADMIN_SECRET,
            settings=config.observability,
            scrape_targets=scrape_targets(model, config),
            alerting=alerting(model, config),
            dashboards={"platform-overview": overview_dashboard(model)},
        )
