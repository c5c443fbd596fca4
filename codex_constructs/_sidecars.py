"""Native sidecars (Kubernetes 1.29+, GA in 1.33), which the 1.27 bindings cannot express.

A native sidecar is an init container with ``restartPolicy: Always``: the kubelet starts it
before the main containers (waiting for its startup probe) and stops it only after they have
all exited. That is what a helper the main container depends on needs, e.g. a Docker daemon
that must outlive the jobs its worker is still running.

The L1 classes drop fields their Kubernetes version does not know when they render, JSON
patches included, so the field is added after rendering instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from cdk8s_plus_27 import k8s
from constructs import Construct


class SidecarDeployment(k8s.KubeDeployment):
    """A ``KubeDeployment`` whose init containers named in ``sidecars`` are native sidecars.

    :param sidecars: names of init containers to keep running beside the main containers.
        List them after the ordinary init containers, which must finish before they start.
    :param props: the ``KubeDeployment`` props.
    """

    def __init__(self, scope: Construct, id: str, *, sidecars: Sequence[str], **props: Any) -> None:
        super().__init__(scope, id, **props)
        self.sidecar_names = tuple(sidecars)

    def to_json(self) -> Any:
        rendered = super().to_json()
        init_containers = rendered["spec"]["template"]["spec"].get("initContainers", [])
        missing = set(self.sidecar_names) - {container["name"] for container in init_containers}
        if missing:
            raise ValueError(f"sidecars {sorted(missing)} are not init containers of the pod")
        for container in init_containers:
            if container["name"] in self.sidecar_names:
                container["restartPolicy"] = "Always"
        return rendered
