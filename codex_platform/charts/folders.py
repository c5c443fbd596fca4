"""The charts of an environment, declared once: each is a folder ``dist/<env>/<name>/`` that an
Argo CD Application of its own syncs. The app builds them from this list, the GitOps chart
reads their waves and cluster-scoped kinds from it, and synth writes the services' file list."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import cdk8s
from constructs import Construct

from ..derivations.plan import EnvironmentPlan
from .data import DataChart
from .edge import EdgeChart
from .namespaces import NamespacesChart
from .network import NetworkChart
from .observability import ObservabilityChart
from .secrets import SecretsChart
from .services import ServicesChart

#: The upstream operators' charts sync between the namespaces and what uses their CRDs.
OPERATORS_WAVE = 1


@dataclass(frozen=True)
class Folder:
    """One chart, in the order the app builds them.

    :param name: its folder and the suffix of its Application's name.
    :param chart: the chart class, built as ``chart(app, name, plan=plan)``.
    :param wave: the Argo CD sync wave of its Application.
    :param cluster_kinds: the cluster-scoped kinds it holds, ``(group, kind)``, for the AppProject.
    :param services: the platform's services: Argo CD reads it through the image overlay
        (``deploy/<env>/services/``), and replicas are left to autoscalers.
    :param observability: it lives in the observability namespace, and exists only when the model
        declares observability.
    :param gateway_kinds: cluster-scoped kinds it holds only with the Gateway API edge.
    """

    name: str
    chart: Callable[..., cdk8s.Chart]
    wave: int
    cluster_kinds: tuple[tuple[str, str], ...] = ()
    services: bool = False
    observability: bool = False
    gateway_kinds: tuple[tuple[str, str], ...] = ()

    def kinds(self, plan: EnvironmentPlan) -> tuple[tuple[str, str], ...]:
        """Its cluster-scoped kinds in this environment."""
        return self.cluster_kinds + (self.gateway_kinds if plan.gateway else ())


FOLDERS: tuple[Folder, ...] = (
    Folder("namespaces", NamespacesChart, 0, (("", "Namespace"),)),
    Folder("network", NetworkChart, 2),
    Folder("secrets", SecretsChart, 2, (("external-secrets.io", "ClusterSecretStore"),)),
    Folder("data", DataChart, 3),
    Folder("services", ServicesChart, 4, services=True),
    Folder("edge", EdgeChart, 5, (("cert-manager.io", "ClusterIssuer"),), gateway_kinds=(("gateway.networking.k8s.io", "GatewayClass"),)),
    # With the data: dashboards and the telemetry stack are up before the services send to it.
    Folder("observability", ObservabilityChart, 3, observability=True),
)
SERVICES_FOLDER = next(folder.name for folder in FOLDERS if folder.services)
#: Each folder's wave, by name.
WAVE = {folder.name: folder.wave for folder in FOLDERS}


def folders_of(plan: EnvironmentPlan) -> list[Folder]:
    """The folders this environment synthesizes."""
    return [folder for folder in FOLDERS if not folder.observability or plan.model.observability is not None]


def build_folders(app: Construct, plan: EnvironmentPlan) -> dict[str, cdk8s.Chart]:
    return {folder.name: folder.chart(app, folder.name, plan=plan) for folder in folders_of(plan)}
