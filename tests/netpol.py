"""A NetworkPolicy evaluator, written from the Kubernetes API reference, not from our code.

Semantics (networking.k8s.io/v1): policies are additive. A pod is isolated for ingress (egress)
if any policy in its namespace selects it and lists that policy type (``Ingress`` is implied
when ``policyTypes`` is absent; ``Egress`` when the policy has egress rules). A connection from
A to B on a port is allowed iff A's side allows it (A not isolated for egress, or some egress
rule of a policy selecting A matches B and the port) and B's side allows it (likewise for
ingress). A rule with no peers matches every peer, with no ports every port. A peer with a
namespaceSelector and a podSelector matches pods that satisfy both; a podSelector alone means
the policy's own namespace; an ipBlock matches addresses in ``cidr`` and in no ``except``.

Whether an ipBlock also matches pods' own addresses is left to the network plugin. GKE Dataplane
V2 (Cilium) does not: "CIDR rules do not apply to traffic where both sides are managed by
Cilium". ``ip_blocks_match_pods=False`` evaluates that way.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Endpoint:
    """A pod (namespace set) or an address outside the cluster (namespace None)."""

    name: str
    namespace: str | None
    labels: dict = field(default_factory=dict, hash=False, compare=False)
    ip: str = "10.8.0.1"
    ports: tuple[int, ...] = ()


def selects(selector: dict | None, labels: dict) -> bool:
    if selector is None:
        return True
    for key, value in (selector.get("matchLabels") or {}).items():
        if labels.get(key) != value:
            return False
    for expression in selector.get("matchExpressions") or []:
        key, operator, values = expression["key"], expression["operator"], expression.get("values", [])
        if operator == "In" and labels.get(key) not in values:
            return False
        if operator == "NotIn" and labels.get(key) in values:
            return False
        if operator == "Exists" and key not in labels:
            return False
        if operator == "DoesNotExist" and key in labels:
            return False
    return True


def namespace_labels(namespace: str) -> dict:
    return {"kubernetes.io/metadata.name": namespace}


def peer_matches(peer: dict, policy_namespace: str, other: Endpoint, ip_blocks_match_pods: bool = True) -> bool:
    if "ipBlock" in peer:
        if other.namespace is not None and not ip_blocks_match_pods:
            return False
        address = ipaddress.ip_address(other.ip)
        block = peer["ipBlock"]
        return address in ipaddress.ip_network(block["cidr"]) and not any(
            address in ipaddress.ip_network(excluded) for excluded in block.get("except", [])
        )
    if other.namespace is None:
        return False  # pod selectors never match addresses outside the cluster
    if "namespaceSelector" in peer:
        if not selects(peer["namespaceSelector"], namespace_labels(other.namespace)):
            return False
    elif other.namespace != policy_namespace:
        return False
    return selects(peer.get("podSelector"), other.labels)


def port_matches(rule: dict, port: int, protocol: str) -> bool:
    ports = rule.get("ports")
    if not ports:
        return True
    for entry in ports:
        if entry.get("protocol", "TCP") != protocol:
            continue
        if "port" not in entry:
            return True
        number = entry["port"]
        if isinstance(number, int) and number <= port <= entry.get("endPort", number):
            return True
    return False


def policy_types(policy: dict) -> list[str]:
    spec = policy["spec"]
    if "policyTypes" in spec:
        return spec["policyTypes"]
    return ["Ingress", "Egress"] if "egress" in spec else ["Ingress"]


def _side_allows(
    policies: list[dict], subject: Endpoint, other: Endpoint, port: int, protocol: str, direction: str, ip_blocks_match_pods: bool
) -> bool:
    if subject.namespace is None:
        return True  # nothing outside the cluster is governed by NetworkPolicy
    key, peers_key = ("egress", "to") if direction == "Egress" else ("ingress", "from")
    selecting = [
        p
        for p in policies
        if p["metadata"]["namespace"] == subject.namespace
        and direction in policy_types(p)
        and selects(p["spec"].get("podSelector") or {}, subject.labels)
    ]
    if not selecting:
        return True
    for policy in selecting:
        for rule in policy["spec"].get(key) or []:
            peers = rule.get(peers_key)
            matched = any(peer_matches(peer, policy["metadata"]["namespace"], other, ip_blocks_match_pods) for peer in peers or [])
            if (not peers or matched) and port_matches(rule, port, protocol):
                return True
    return False


def side_allows(policies: list[dict], subject: Endpoint, other: Endpoint, port: int, direction: str, protocol: str = "TCP") -> bool:
    """One side alone: does ``subject``'s ``direction`` ("Ingress" or "Egress") admit ``other``?"""
    return _side_allows(policies, subject, other, port, protocol, direction, True)


def allowed(
    policies: list[dict], source: Endpoint, target: Endpoint, port: int, protocol: str = "TCP", ip_blocks_match_pods: bool = True
) -> bool:
    return _side_allows(policies, source, target, port, protocol, "Egress", ip_blocks_match_pods) and _side_allows(
        policies, target, source, port, protocol, "Ingress", ip_blocks_match_pods
    )
