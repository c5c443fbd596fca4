"""NetworkPolicies from typed rules: default deny per namespace, then exactly the allowed edges."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from cdk8s_plus_27 import k8s
from constructs import Construct

from ._names import check_cidr, check_dns_label
from ._props import checked_props
from ._quantities import int_or_string

#: Ranges no workload reaches by "the internet" rule: RFC 1918, carrier-grade NAT, and
#: link-local, which holds the cloud metadata server (169.254.169.254).
PRIVATE_RANGES = ("10.0.0.0/8", "100.64.0.0/10", "169.254.0.0/16", "172.16.0.0/12", "192.168.0.0/16")


@dataclass(frozen=True)
class Peer:
    """The other end of an allowed connection. Build one with :meth:`pods` or :meth:`internet`."""

    namespace: str | None = None
    pod_labels: Mapping[str, str] = field(default_factory=dict)
    cidr: str | None = None
    except_cidrs: tuple[str, ...] = ()

    @classmethod
    def pods(cls, namespace: str, labels: Mapping[str, str] | None = None) -> Peer:
        """Pods matching ``labels`` (all pods if none) in ``namespace``."""
        check_dns_label(namespace, "peer namespace")
        return cls(namespace=namespace, pod_labels=dict(labels or {}))

    @classmethod
    def internet(cls) -> Peer:
        """Public addresses only: never the cluster, the VPC or the metadata server."""
        return cls(cidr="0.0.0.0/0", except_cidrs=PRIVATE_RANGES)

    @classmethod
    def cidr_block(cls, cidr: str) -> Peer:
        check_cidr(cidr)
        return cls(cidr=cidr)

    def render(self) -> k8s.NetworkPolicyPeer:
        if self.cidr is not None:
            return k8s.NetworkPolicyPeer(ip_block=k8s.IpBlock(cidr=self.cidr, except_=list(self.except_cidrs) or None))
        if self.namespace is None:
            raise ValueError("a Peer is pods of a namespace or an address block: make it with Peer.pods() or Peer.cidr_block()")
        return k8s.NetworkPolicyPeer(
            namespace_selector=k8s.LabelSelector(match_labels={"kubernetes.io/metadata.name": self.namespace}),
            pod_selector=k8s.LabelSelector(match_labels=dict(self.pod_labels)),
        )


@dataclass(frozen=True)
class Rule:
    """Traffic to or from ``peer`` on ``ports`` (TCP unless ``protocol`` says otherwise).

    :param ports: the ports; empty means all.
    :param reason: why the edge exists (the model declaration it comes from), kept in the
        construct for review; not rendered.
    """

    peer: Peer
    ports: tuple[int, ...]
    protocol: str = "TCP"
    reason: str = ""

    def _ports(self) -> list[k8s.NetworkPolicyPort] | None:
        """No ports means every port (the policy omits the list)."""
        return [k8s.NetworkPolicyPort(port=int_or_string(p), protocol=self.protocol) for p in sorted(set(self.ports))] or None


class WorkloadNetworkPolicy(Construct):
    """One NetworkPolicy selecting a workload's pods, allowing exactly ``ingress`` and ``egress``.

    Both policy types are always set, so a workload with no rules of one kind gets none of it.

    :param name: the policy's name.
    :param namespace: the workload's namespace.
    :param pod_labels: the workload's selector labels.
    :param ingress: allowed inbound connections. Default: none.
    :param egress: allowed outbound connections. Default: none.
    """

    @checked_props
    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        pod_labels: Mapping[str, str],
        ingress: Sequence[Rule] = (),
        egress: Sequence[Rule] = (),
    ) -> None:
        super().__init__(scope, id)
        check_dns_label(name, "network policy name")
        self.ingress_rules, self.egress_rules = tuple(ingress), tuple(egress)
        self.policy = k8s.KubeNetworkPolicy(
            self,
            "Resource",
            metadata=k8s.ObjectMeta(name=name, namespace=namespace),
            spec=k8s.NetworkPolicySpec(
                pod_selector=k8s.LabelSelector(match_labels=dict(pod_labels)),
                policy_types=["Ingress", "Egress"],
                ingress=[k8s.NetworkPolicyIngressRule(from_=[r.peer.render()], ports=r._ports()) for r in ingress] or None,
                egress=[k8s.NetworkPolicyEgressRule(to=[r.peer.render()], ports=r._ports()) for r in egress] or None,
            ),
        )


class NamespaceBaseline(Construct):
    """Default deny for every pod of ``namespace``, in and out, except DNS.

    DNS goes to kube-dns and, where GKE's NodeLocal DNSCache runs, to its link-local address.
    The policies are named ``default-deny-<namespace>`` and ``allow-dns-<namespace>``: unique
    across namespaces, so one folder can hold the baselines of several.

    Construct ids: ``DefaultDeny``, ``AllowDns``.
    """

    NODE_LOCAL_DNS = "169.254.20.10/32"

    @checked_props
    def __init__(self, scope: Construct, id: str, *, namespace: str) -> None:
        super().__init__(scope, id)
        self.default_deny = k8s.KubeNetworkPolicy(
            self,
            "DefaultDeny",
            metadata=k8s.ObjectMeta(name=f"default-deny-{namespace}", namespace=namespace),
            spec=k8s.NetworkPolicySpec(pod_selector=k8s.LabelSelector(), policy_types=["Ingress", "Egress"]),
        )
        dns_ports = [k8s.NetworkPolicyPort(port=int_or_string(53), protocol=protocol) for protocol in ("UDP", "TCP")]
        self.allow_dns = k8s.KubeNetworkPolicy(
            self,
            "AllowDns",
            metadata=k8s.ObjectMeta(name=f"allow-dns-{namespace}", namespace=namespace),
            spec=k8s.NetworkPolicySpec(
                pod_selector=k8s.LabelSelector(),
                policy_types=["Egress"],
                egress=[
                    k8s.NetworkPolicyEgressRule(to=[Peer.pods("kube-system", {"k8s-app": "kube-dns"}).render()], ports=dns_ports),
                    k8s.NetworkPolicyEgressRule(to=[Peer.cidr_block(self.NODE_LOCAL_DNS).render()], ports=dns_ports),
                ],
            ),
        )
