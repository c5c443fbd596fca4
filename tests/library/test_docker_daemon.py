"""DockerDaemon: a loopback-only native sidecar."""

from codex_constructs import (
    DockerDaemon,
    HealthProbe,
    KafkaWorker,
)
from library.support import IMAGE, by_kind, chart, container, manifests


def test_docker_daemon_listens_on_loopback_only():
    scope = chart()
    KafkaWorker(scope, "w", name="w", image=IMAGE, probe=HealthProbe.command(["true"]), docker_daemon=DockerDaemon(port=2375))
    objects = manifests(scope)
    daemon = container(objects, "docker-daemon")
    hosts = [arg for arg in daemon["args"] if arg.startswith("--host")]
    assert hosts == ["--host=tcp://127.0.0.1:2375"]
    assert "ports" not in daemon, "the daemon must not declare a port on the pod network"
    assert daemon["securityContext"]["privileged"] is True
    volumes = by_kind(objects, "Deployment")[0]["spec"]["template"]["spec"]["volumes"]
    assert {"name": "docker-storage", "emptyDir": {"sizeLimit": "10Gi"}} in volumes
    # The worker itself stays unprivileged.
    assert container(objects, "w")["securityContext"]["privileged"] is False
