"""Platform-wide defaults, in one place: labels, security contexts and the resources profile.

Every workload construct takes its labels and security settings from here, so a change of
policy is one edit and one snapshot diff.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import Any

from cdk8s_plus_27 import k8s

from .resources import ResourceFigures, Resources

#: A high uid, outside the range host users and image users (``node`` is 1000) occupy, so a
#: container escape does not land on an existing host account.
DEFAULT_RUN_AS_USER = 10001

#: What a small Node.js service gets unless its props say otherwise.
DEFAULT_RESOURCES = Resources(
    requests=ResourceFigures(cpu="50m", memory="64Mi"),
    limits=ResourceFigures(cpu="150m", memory="256Mi"),
)

#: Local disk every container may use (writable layer, logs, emptyDirs) unless its resources
#: say otherwise: a runaway log or temp file evicts the pod instead of filling the node.
DEFAULT_EPHEMERAL_STORAGE = ("128Mi", "1Gi")

#: The oldest Kubernetes the output runs on: native sidecars (GA in 1.33) are the reason.
OLDEST_KUBERNETES_VERSION = "1.33"

#: The Pod Security Standards version the labels pin: the oldest Kubernetes we support, so the
#: checks do not tighten under a running workload when the cluster is upgraded.
POD_SECURITY_VERSION = f"v{OLDEST_KUBERNETES_VERSION}"


def pod_security_labels(level: str) -> dict[str, str]:
    """Enforce ``level``; audit and warn always at ``restricted``, so an exemption stays visible."""
    labels = {"pod-security.kubernetes.io/enforce": level, "pod-security.kubernetes.io/enforce-version": POD_SECURITY_VERSION}
    for mode in ("audit", "warn"):
        labels[f"pod-security.kubernetes.io/{mode}"] = "restricted"
        labels[f"pod-security.kubernetes.io/{mode}-version"] = POD_SECURITY_VERSION
    return labels


#: Label value for ``app.kubernetes.io/managed-by``.
MANAGED_BY = "cdk8s"


def selector_labels(name: str) -> dict[str, str]:
    """The labels a Deployment selects its pods by and a Service routes to.

    They depend on the workload's name only, never on its place in the construct tree:
    a Deployment's selector is immutable, so moving a construct must not change it.
    """
    return {"app.kubernetes.io/name": name}


def standard_labels(name: str, component: str, part_of: str | None) -> dict[str, str]:
    """Kubernetes' recommended labels, plus ``app`` which the log pipeline keys on."""
    labels = {
        "app": name,
        "app.kubernetes.io/name": name,
        "app.kubernetes.io/component": component,
        "app.kubernetes.io/managed-by": MANAGED_BY,
    }
    if part_of:
        labels["app.kubernetes.io/part-of"] = part_of
    return labels


def restricted_pod_security(run_as_user: int = DEFAULT_RUN_AS_USER) -> dict[str, Any]:
    """A pod security context that meets Pod Security ``restricted``, in the API's own form (what
    a chart's values take as is)."""
    return {
        "runAsNonRoot": True,
        "runAsUser": run_as_user,
        "runAsGroup": run_as_user,
        "fsGroup": run_as_user,
        "seccompProfile": {"type": "RuntimeDefault"},
    }


def restricted_pod_security_context(run_as_user: int = DEFAULT_RUN_AS_USER) -> k8s.PodSecurityContext:
    """:func:`restricted_pod_security` as the typed object a pod spec takes."""
    context = restricted_pod_security(run_as_user)
    return k8s.PodSecurityContext(
        run_as_non_root=context["runAsNonRoot"],
        run_as_user=context["runAsUser"],
        run_as_group=context["runAsGroup"],
        fs_group=context["fsGroup"],
        seccomp_profile=k8s.SeccompProfile(type=context["seccompProfile"]["type"]),
    )


def restricted_container_values() -> dict[str, Any]:
    """What Pod Security ``restricted`` asks of a container, in the API's own form, for a chart's
    values; the root filesystem is left as the chart's image needs it (not every one runs
    read-only), unlike :func:`restricted_container_security_context`."""
    return {
        "allowPrivilegeEscalation": False,
        "capabilities": {"drop": ["ALL"]},
        "runAsNonRoot": True,
        "seccompProfile": {"type": "RuntimeDefault"},
    }


def restricted_container_security_context() -> k8s.SecurityContext:
    """A container security context that meets Pod Security ``restricted``, read-only root."""
    return k8s.SecurityContext(
        allow_privilege_escalation=False,
        capabilities=k8s.Capabilities(drop=["ALL"]),
        privileged=False,
        read_only_root_filesystem=True,
        run_as_non_root=True,
        seccomp_profile=k8s.SeccompProfile(type="RuntimeDefault"),
    )


def with_default_ephemeral_storage(resources: Resources) -> Resources:
    """``resources`` with ``DEFAULT_EPHEMERAL_STORAGE`` where it sets no ephemeral storage."""
    if resources.requests.ephemeral_storage is not None:
        return resources
    request, limit = DEFAULT_EPHEMERAL_STORAGE
    return Resources(
        requests=dataclasses.replace(resources.requests, ephemeral_storage=request),
        limits=dataclasses.replace(resources.limits, ephemeral_storage=limit),
    )


#: How replicas spread: over zones as far as the region allows (best effort: it may have fewer
#: zones than replicas), over nodes strictly (no node carries two more than another).
SPREAD = (("topology.kubernetes.io/zone", "ScheduleAnyway"), ("kubernetes.io/hostname", "DoNotSchedule"))


def topology_spread_values(selector: Mapping[str, str], match_label_keys: Sequence[str] = ()) -> list[dict[str, Any]]:
    """:data:`SPREAD` for the pods ``selector`` matches, in the API's own form (what a chart's
    values or a custom resource take as is).

    Only nodes the pod tolerates count as domains (``nodeTaintsPolicy: Honor``): otherwise a
    tainted, dedicated pool counts as empty nodes, the skew to them can never shrink, and no
    node may take a second replica. ``match_label_keys`` narrows the count to pods sharing
    those labels' values with the pod being placed."""
    return [
        {
            "maxSkew": 1,
            "topologyKey": key,
            "whenUnsatisfiable": when,
            "nodeTaintsPolicy": "Honor",
            "labelSelector": {"matchLabels": dict(selector)},
            **({"matchLabelKeys": list(match_label_keys)} if match_label_keys else {}),
        }
        for key, when in SPREAD
    ]


def topology_spread(selector: Mapping[str, str]) -> list[k8s.TopologySpreadConstraint]:
    """:func:`topology_spread_values` as the typed objects a pod spec takes, counting only the
    current ReplicaSet's pods (``pod-template-hash``), so a rollout is not skewed by the old one."""
    return [
        k8s.TopologySpreadConstraint(
            topology_key=value["topologyKey"],
            max_skew=value["maxSkew"],
            when_unsatisfiable=value["whenUnsatisfiable"],
            label_selector=k8s.LabelSelector(match_labels=value["labelSelector"]["matchLabels"]),
            match_label_keys=value["matchLabelKeys"],
            node_taints_policy=value["nodeTaintsPolicy"],
        )
        for value in topology_spread_values(selector, ["pod-template-hash"])
    ]


def policy_waivers(waivers: Mapping[str, str]) -> dict[str, str] | None:
    """Checkov skip annotations: each waived check next to the object, with its reason."""
    for check, reason in waivers.items():
        if not reason.strip():
            raise ValueError(f"waiver of {check} needs a reason")
    return {
        f"checkov.io/skip{index}": f"{check}={reason}" for index, (check, reason) in enumerate(sorted(waivers.items()), start=1)
    } or None
