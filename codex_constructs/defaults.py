"""Platform-wide defaults, in one place: labels, security contexts and the resources profile.

Every workload construct takes its labels and security settings from here, so a change of
policy is one edit and one snapshot diff.
"""

from __future__ import annotations

from typing import Optional

from cdk8s_plus_27 import k8s

from .resources import ResourceFigures, Resources

#: The ``node`` user of the official Node.js images: every Codex image runs as it.
DEFAULT_RUN_AS_USER = 1000

#: What a small Node.js service gets unless its props say otherwise.
DEFAULT_RESOURCES = Resources(
    requests=ResourceFigures(cpu="50m", memory="64Mi"),
    limits=ResourceFigures(cpu="150m", memory="256Mi"),
)

#: Label value for ``app.kubernetes.io/managed-by``.
MANAGED_BY = "cdk8s"


def selector_labels(name: str) -> dict[str, str]:
    """The labels a Deployment selects its pods by and a Service routes to.

    They depend on the workload's name only, never on its place in the construct tree:
    a Deployment's selector is immutable, so moving a construct must not change it.
    """
    return {"app.kubernetes.io/name": name}


def standard_labels(name: str, component: str, part_of: Optional[str]) -> dict[str, str]:
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


def restricted_pod_security_context(run_as_user: int = DEFAULT_RUN_AS_USER) -> k8s.PodSecurityContext:
    """A pod security context that meets Pod Security ``restricted``."""
    return k8s.PodSecurityContext(
        run_as_non_root=True,
        run_as_user=run_as_user,
        run_as_group=run_as_user,
        fs_group=run_as_user,
        seccomp_profile=k8s.SeccompProfile(type="RuntimeDefault"),
    )


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
