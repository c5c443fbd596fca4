"""Charts: one per concern, each synthesized to its own folder under ``dist/<environment>/``.

Charts group objects by how they are delivered and ordered (one ArgoCD Application each), not
by how the code is organised.
"""

from .data import DataChart
from .edge import EdgeChart
from .gitops import GitOpsChart
from .namespaces import NamespacesChart
from .network import NetworkChart
from .observability import ObservabilityChart
from .secrets import SecretsChart
from .services import ServicesChart

__all__ = [
    "DataChart",
    "EdgeChart",
    "GitOpsChart",
    "NamespacesChart",
    "NetworkChart",
    "ObservabilityChart",
    "SecretsChart",
    "ServicesChart",
]
