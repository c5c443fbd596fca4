"""Native sidecars: init containers with restartPolicy Always, added after rendering."""

import pytest
from cdk8s_plus_27 import k8s

from codex_constructs._sidecars import SidecarDeployment
from library.support import chart, manifests


def deployment(sidecars):
    scope = chart()
    SidecarDeployment(
        scope,
        "d",
        sidecars=sidecars,
        spec=k8s.DeploymentSpec(
            selector=k8s.LabelSelector(match_labels={"app": "w"}),
            template=k8s.PodTemplateSpec(
                metadata=k8s.ObjectMeta(labels={"app": "w"}),
                spec=k8s.PodSpec(
                    init_containers=[k8s.Container(name="migrate", image="m"), k8s.Container(name="daemon", image="d")],
                    containers=[k8s.Container(name="worker", image="w")],
                ),
            ),
        ),
    )
    return scope


def test_only_the_named_init_containers_keep_running():
    (obj,) = manifests(deployment(["daemon"]))
    init = {c["name"]: c.get("restartPolicy") for c in obj["spec"]["template"]["spec"]["initContainers"]}
    assert init == {"migrate": None, "daemon": "Always"}


def test_a_sidecar_that_is_no_init_container_is_refused():
    # Raised while cdk8s renders, which reports it through the jsii runtime as a RuntimeError.
    with pytest.raises(RuntimeError, match=r"sidecars \['proxy'\] are not init containers of the pod"):
        manifests(deployment(["proxy"]))
