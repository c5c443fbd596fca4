"""The telemetry stack: its charts' values and the dashboards, from the model's services."""

from __future__ import annotations

import dataclasses

import cdk8s
from constructs import Construct

from codex_constructs import ObservabilityStack, ObservedWorkload

from ..derivations.alerts import alerting
from ..derivations.monitoring import overview_dashboard, scrape_targets
from ..derivations.plan import EnvironmentPlan
from ..derivations.secret_sources import GRAFANA_ADMIN_SECRET
from ..inputs.errors import declared
from ..inputs.images import chosen_image

GRAFANA_PATH = "/grafana-ui/"


def observed_workloads(plan: EnvironmentPlan) -> list[ObservedWorkload]:
    """Every service, with what it serves: adding a service adds its dashboard."""
    return [
        ObservedWorkload(
            name=name,
            namespace=service.namespace,
            metrics_port=service.spec.served_metrics_port(),
            request_metrics=service.spec.request_metrics,
            traced=service.spec.traced,
        )
        for name, service in plan.services.items()
    ]


class ObservabilityChart(cdk8s.Chart):
    def __init__(self, scope: Construct, id: str, *, plan: EnvironmentPlan) -> None:
        super().__init__(scope, id, disable_resource_name_hashes=True)
        model, config, edge = plan.model, plan.config, plan.config.edge
        observability = declared(model.observability, "observability")
        # Grafana is an admin route: it is served on the admin host, when admin tools are.
        grafana_host = edge.admin_host if plan.admin_routes and edge.admin_host else edge.host
        self.stack = ObservabilityStack(
            self,
            "stack",
            namespace=observability.namespace,
            workloads=observed_workloads(plan),
            grafana_root_url=f"https://{grafana_host}{GRAFANA_PATH}",
            grafana_admin_secret=GRAFANA_ADMIN_SECRET,
            # The collector's image is set with the other third-party images.
            settings=dataclasses.replace(config.observability, collector_image=chosen_image(config.images, "otel-collector")),
            scrape_targets=scrape_targets(plan),
            alerting=alerting(plan),
            dashboards={"platform-overview": overview_dashboard(model)},
        )
