"""HttpService: its health path."""

from codex_constructs import HttpService
from library.support import IMAGE, chart, container, manifests


def test_http_service_probes_its_health_path():
    scope = chart()
    HttpService(scope, "gw", name="gateway", image=IMAGE, http_port=4000)
    app = container(manifests(scope))
    assert app["readinessProbe"]["httpGet"] == {"path": "/health", "port": "http"}
    assert app["ports"][0] == {"containerPort": 4000, "name": "http", "protocol": "TCP"}
