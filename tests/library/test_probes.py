"""HealthProbe: one check, three probes with the timing the kubelet applies."""

import cdk8s
import pytest
from cdk8s_plus_27 import k8s

from codex_constructs import HealthProbe


def rendered(probe) -> dict:
    """A k8s.Probe as it reaches the API (camelCase, as in the manifests)."""
    app = cdk8s.Testing.app()
    chart = cdk8s.Chart(app, "c")
    k8s.KubePod(chart, "p", spec=k8s.PodSpec(containers=[k8s.Container(name="c", image="i", liveness_probe=probe)]))
    return cdk8s.Testing.synth(chart)[0]["spec"]["containers"][0]["livenessProbe"]


def test_each_kind_renders_its_action():
    assert rendered(HealthProbe.tcp("grpc").readiness())["tcpSocket"] == {"port": "grpc"}
    assert rendered(HealthProbe.grpc(50051, service="shop").readiness())["grpc"] == {"port": 50051, "service": "shop"}
    assert rendered(HealthProbe.http_get("/health", 8080).readiness())["httpGet"] == {"path": "/health", "port": 8080}
    assert rendered(HealthProbe.command(["sh", "-c", "true"]).readiness())["exec"] == {"command": ["sh", "-c", "true"]}


def test_startup_allows_startup_seconds_then_readiness_and_liveness_at_twice_its_period():
    probe = HealthProbe.tcp(80)
    # Checked every 5 s for 120 s: 24 tries before the container is restarted.
    assert {k: v for k, v in rendered(probe.startup()).items() if k != "tcpSocket"} == {
        "periodSeconds": 5,
        "timeoutSeconds": 2,
        "failureThreshold": 24,
    }
    assert {k: v for k, v in rendered(probe.readiness()).items() if k != "tcpSocket"} == {
        "periodSeconds": 10,
        "timeoutSeconds": 2,
        "failureThreshold": 3,
    }
    assert {k: v for k, v in rendered(probe.liveness()).items() if k != "tcpSocket"} == {
        "periodSeconds": 20,
        "timeoutSeconds": 2,
        "failureThreshold": 3,
    }
    slow = HealthProbe.tcp(80, period_seconds=15, timeout_seconds=5, failure_threshold=4, startup_seconds=61)
    assert rendered(slow.startup())["failureThreshold"] == 13, "61 s at 5 s a try, rounded up"
    assert (rendered(slow.liveness())["periodSeconds"], rendered(slow.readiness())["failureThreshold"]) == (30, 4)


def test_bad_probes_are_refused():
    with pytest.raises(ValueError, match="a gRPC probe needs the port number"):
        HealthProbe.grpc("grpc")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="an HTTP probe path must start with '/'"):
        HealthProbe.http_get("health", 80)
    with pytest.raises(ValueError, match="a command probe needs a command"):
        HealthProbe.command([])
    with pytest.raises(ValueError, match="period_seconds: 0 must be a whole number of at least 1"):
        HealthProbe.tcp(80, period_seconds=0)
    with pytest.raises(ValueError, match="probe kind 'udp' is not one of"):
        HealthProbe(kind="udp", port=53)
    with pytest.raises(ValueError, match="a tcp probe needs a port"):
        HealthProbe(kind="tcp")
