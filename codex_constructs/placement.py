"""Where a workload's pods may run: node pool, taints, runtime class, DNS search path."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from cdk8s_plus_27 import k8s


@dataclass(frozen=True)
class Placement:
    """Scheduling and runtime constraints of a pod.

    :param node_selector: node labels the pod requires, e.g. a dedicated node pool.
        Default: none.
    :param tolerate_taints: taints (``key=value``, effect ``NoSchedule``) the pod tolerates,
        so it can land on a tainted, dedicated pool. Default: none.
    :param runtime_class: a RuntimeClass such as ``gvisor`` (GKE Sandbox) or ``sysbox-runc``.
        Default: the node's default runtime.
    :param dns_search: extra DNS search domains, e.g. another namespace's
        ``<ns>.svc.cluster.local`` so short Service names in configuration still resolve.
        Default: none.
    """

    node_selector: Mapping[str, str] = field(default_factory=dict)
    tolerate_taints: Mapping[str, str] = field(default_factory=dict)
    runtime_class: str | None = None
    dns_search: tuple[str, ...] = ()

    def tolerations(self) -> list[k8s.Toleration] | None:
        return [
            k8s.Toleration(key=key, operator="Equal", value=value, effect="NoSchedule")
            for key, value in sorted(self.tolerate_taints.items())
        ] or None

    def dns_config(self) -> k8s.PodDnsConfig | None:
        return k8s.PodDnsConfig(searches=list(self.dns_search)) if self.dns_search else None
