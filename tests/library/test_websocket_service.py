"""WebsocketService: both ports, the pod name."""

from codex_constructs import WebsocketService
from library.support import IMAGE, by_kind, chart, container, env_of, manifests


def test_websocket_service_serves_both_ports_and_knows_its_pod_name():
    scope = chart()
    WebsocketService(scope, "collab", name="collab", image=IMAGE, socket_port=5001, grpc_port=50054)
    objects = manifests(scope)
    app = container(objects)
    assert {p["name"]: p["containerPort"] for p in app["ports"]} == {"grpc": 50054, "http": 5001}
    assert env_of(app)["PODNAME"] == {"fieldRef": {"fieldPath": "metadata.name"}}
    (service,) = by_kind(objects, "Service")
    assert {p["name"] for p in service["spec"]["ports"]} == {"grpc", "http"}
