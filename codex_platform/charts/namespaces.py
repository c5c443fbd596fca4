"""The namespaces the platform's objects live in, created before anything is put in them."""

from __future__ import annotations

import cdk8s
from constructs import Construct

from codex_constructs import MANAGED_BY, pod_security_labels

# The app's own bindings of the Kubernetes API at the minimum version (make imports).
from imports import k8s

from ..derivations.plan import EnvironmentPlan


class NamespacesChart(cdk8s.Chart):
    """Every namespace of the model, labelled with the Pod Security level it enforces."""

    def __init__(self, scope: Construct, id: str, *, plan: EnvironmentPlan) -> None:
        super().__init__(scope, id, disable_resource_name_hashes=True)
        model = plan.model
        self.namespaces = {
            name: k8s.KubeNamespace(
                self,
                name,
                metadata=k8s.ObjectMeta(
                    name=name,
                    labels={
                        "app.kubernetes.io/part-of": model.name,
                        "app.kubernetes.io/managed-by": MANAGED_BY,
                        **pod_security_labels(spec.pod_security),
                    },
                    # Pruning a namespace deletes everything in it, data included: never automatic.
                    annotations={"argocd.argoproj.io/sync-options": "Prune=false"},
                ),
            )
            for name, spec in model.all_namespaces().items()
        }
