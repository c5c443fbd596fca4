"""NetworkPolicies: default deny in every platform namespace, then the model's edges."""

from __future__ import annotations

import cdk8s
from constructs import Construct

from codex_constructs import NamespaceBaseline, WorkloadNetworkPolicy

from ..derivations.components import ENVOY_GATEWAY_NAMESPACE
from ..derivations.flows import workload_rules
from ..derivations.plan import EnvironmentPlan


class NetworkChart(cdk8s.Chart):
    def __init__(self, scope: Construct, id: str, *, plan: EnvironmentPlan) -> None:
        super().__init__(scope, id, disable_resource_name_hashes=True)
        # Envoy Gateway's namespace too: it holds the internet-facing proxies.
        edge = [ENVOY_GATEWAY_NAMESPACE] if plan.gateway else []
        self.baselines = {
            namespace: NamespaceBaseline(self, f"baseline-{namespace}", namespace=namespace)
            for namespace in [*plan.model.all_namespaces(), *edge]
        }
        self.policies = {
            rules.name: WorkloadNetworkPolicy(
                self,
                rules.name,
                name=rules.name,
                namespace=rules.namespace,
                pod_labels=rules.pod_labels,
                ingress=rules.ingress,
                egress=rules.egress,
            )
            for rules in workload_rules(plan)
        }
