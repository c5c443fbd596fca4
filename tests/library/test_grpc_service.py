"""GrpcService: ports, probes."""

from codex_constructs import GrpcService, ServicePort
from library.support import IMAGE, by_kind, chart, container, manifests


def test_grpc_service_defaults_to_a_tcp_probe_on_its_named_port():
    scope = chart()
    GrpcService(scope, "auth", name="auth", image=IMAGE, grpc_port=50051, ports=[ServicePort("metrics", 9101)])
    objects = manifests(scope)
    app = container(objects)
    assert [(p["name"], p["containerPort"]) for p in app["ports"]] == [("grpc", 50051), ("metrics", 9101)]
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        assert app[probe]["tcpSocket"] == {"port": "grpc"}
    (service,) = by_kind(objects, "Service")
    assert [(p["name"], p["port"], p["targetPort"]) for p in service["spec"]["ports"]] == [
        ("grpc", 50051, "grpc"),
        ("metrics", 9101, "metrics"),
    ]


def test_grpc_health_probe_is_one_option_away():
    scope = chart()
    GrpcService(scope, "auth", name="auth", image=IMAGE, grpc_port=50051, grpc_health_probe=True)
    app = container(manifests(scope))
    assert app["readinessProbe"]["grpc"] == {"port": 50051}
    assert "tcpSocket" not in app["livenessProbe"]
