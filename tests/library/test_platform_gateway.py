"""PlatformGateway: admin routes are never open; address ranges are checked."""

import pytest

from codex_constructs import (
    BasicAuth,
    PlatformGateway,
    Route,
)
from library.support import chart, manifests


def test_the_library_refuses_unprotected_admin_routes_and_bad_ranges():
    with pytest.raises(ValueError, match="would be open to the internet"):
        PlatformGateway(
            chart(),
            "gw",
            name="gw",
            namespace="apps",
            gateway_class="eg",
            host="api.example.com",
            tls_secret="tls",
            admin_host="admin.example.com",
            routes=[Route("/admin", "admin", 80, admin=True)],
        )
    with pytest.raises(ValueError, match="admin_source_ranges: '10.0.0.1/8' is not an address range"):
        PlatformGateway(
            chart(),
            "gw",
            name="gw",
            namespace="apps",
            gateway_class="eg",
            host="api.example.com",
            tls_secret="tls",
            admin_host="admin.example.com",
            routes=[Route("/admin", "admin", 80, admin=True)],
            admin_auth=BasicAuth("admin-auth"),
            admin_source_ranges=["10.0.0.1/8"],
        )


ROUTES = [
    Route("/admin/queue", "queue-ui", 8080, namespace="tools", admin=True),
    Route("/live", "feed", 5001, websocket=True),
    Route("/", "shop", 80),
]


def shop_gateway(**overrides):
    scope = chart()
    props = dict(
        name="shop-gw",
        namespace="web",
        gateway_class="envoy",
        host="shop.example.com",
        routes=ROUTES,
        tls_secret="shop-tls",
        cluster_issuer="letsencrypt",
        admin_host="admin.shop.example.com",
        admin_auth=BasicAuth("admin-users"),
    )
    edge = PlatformGateway(scope, "edge", **{**props, **overrides})
    return edge, {(o["kind"], o["metadata"].get("namespace"), o["metadata"]["name"]): o for o in manifests(scope)}


def test_the_gateway_listens_for_the_redirect_and_each_host_and_admits_the_routes_namespaces():
    _, objects = shop_gateway()
    gateway = objects[("Gateway", "web", "shop-gw")]
    assert gateway["spec"]["gatewayClassName"] == "envoy"
    listeners = {l["name"]: l for l in gateway["spec"]["listeners"]}
    assert {n: (l["port"], l["protocol"], l.get("hostname")) for n, l in listeners.items()} == {
        "http": (80, "HTTP", None),
        "https": (443, "HTTPS", "shop.example.com"),
        "https-admin": (443, "HTTPS", "admin.shop.example.com"),
    }
    assert listeners["https-admin"]["tls"]["certificateRefs"] == [{"group": "", "kind": "Secret", "name": "shop-tls-admin"}]
    selector = listeners["https"]["allowedRoutes"]["namespaces"]
    assert selector["from"] == "Selector"
    assert selector["selector"]["matchExpressions"] == [
        {"key": "kubernetes.io/metadata.name", "operator": "In", "values": ["tools", "web"]}
    ]
    redirect = objects[("HTTPRoute", "web", "shop-gw-https-redirect")]
    assert redirect["spec"]["parentRefs"] == [{"name": "shop-gw", "namespace": "web", "sectionName": "http"}]
    assert redirect["spec"]["hostnames"] == ["shop.example.com", "admin.shop.example.com"]
    assert redirect["spec"]["rules"][0]["filters"] == [
        {"type": "RequestRedirect", "requestRedirect": {"scheme": "https", "statusCode": 301}}
    ]


def test_each_route_lives_beside_its_backend_with_its_limits():
    _, objects = shop_gateway()
    feed = objects[("HTTPRoute", "web", "feed")]
    (rule,) = feed["spec"]["rules"]
    assert feed["spec"]["hostnames"] == ["shop.example.com"] and feed["spec"]["parentRefs"][0]["sectionName"] == "https"
    assert rule["matches"] == [{"path": {"type": "PathPrefix", "value": "/live"}}]
    assert rule["backendRefs"] == [{"name": "feed", "port": 5001}] and rule["timeouts"] == {"request": "0s"}
    # A WebSocket stays open an hour idle and is never buffered (buffering turns the upgrade off).
    limits = objects[("BackendTrafficPolicy", "web", "feed")]["spec"]
    assert limits["timeout"] == {"tcp": {"connectTimeout": "5s"}, "http": {"streamIdleTimeout": "3600s"}}
    assert "requestBuffer" not in limits
    shop = objects[("BackendTrafficPolicy", "web", "shop")]["spec"]
    assert shop["timeout"]["http"] == {"streamIdleTimeout": "60s"} and shop["requestBuffer"] == {"limit": "1Mi"}
    assert shop["targetRefs"] == [{"group": "gateway.networking.k8s.io", "kind": "HTTPRoute", "name": "shop"}]


def test_admin_routes_authenticate_strip_the_credentials_and_read_the_secret_through_a_grant():
    _, objects = shop_gateway(admin_source_ranges=["203.0.113.0/24"])
    route = objects[("HTTPRoute", "tools", "queue-ui")]
    assert route["spec"]["hostnames"] == ["admin.shop.example.com"] and route["spec"]["parentRefs"][0]["sectionName"] == "https-admin"
    assert route["spec"]["rules"][0]["filters"] == [
        {"type": "RequestHeaderModifier", "requestHeaderModifier": {"remove": ["Authorization"]}}
    ]
    policy = objects[("SecurityPolicy", "tools", "queue-ui")]["spec"]
    assert policy["basicAuth"] == {"users": {"group": "", "kind": "Secret", "name": "admin-users", "namespace": "web"}}
    assert policy["authorization"] == {
        "defaultAction": "Deny",
        "rules": [{"name": "admin-source-ranges", "action": "Allow", "principal": {"clientCIDRs": ["203.0.113.0/24"]}}],
    }
    grant = objects[("ReferenceGrant", "web", "admin-users-readers")]["spec"]
    assert grant == {
        "from": [{"group": "gateway.envoyproxy.io", "kind": "SecurityPolicy", "namespace": "tools"}],
        "to": [{"group": "", "kind": "Secret", "name": "admin-users"}],
    }


def test_timeouts_and_body_size_are_props_and_are_checked():
    _, objects = shop_gateway(idle_timeout_seconds=30, connect_timeout_seconds=2, max_request_body="8Mi", websocket_timeout_seconds=900)
    assert objects[("BackendTrafficPolicy", "web", "shop")]["spec"]["timeout"] == {
        "tcp": {"connectTimeout": "2s"},
        "http": {"streamIdleTimeout": "30s"},
    }
    assert objects[("BackendTrafficPolicy", "web", "shop")]["spec"]["requestBuffer"] == {"limit": "8Mi"}
    assert objects[("BackendTrafficPolicy", "web", "feed")]["spec"]["timeout"]["http"] == {"streamIdleTimeout": "900s"}
    with pytest.raises(ValueError, match="idle_timeout_seconds 0 must be at least 1"):
        shop_gateway(idle_timeout_seconds=0)
    with pytest.raises(ValueError, match="not a byte quantity"):
        shop_gateway(max_request_body="8MB")


def test_without_admin_routes_there_is_one_https_listener_and_no_grant():
    edge, objects = shop_gateway(routes=ROUTES[1:], admin_host=None, admin_auth=None, cluster_issuer=None)
    assert [l["name"] for l in objects[("Gateway", "web", "shop-gw")]["spec"]["listeners"]] == ["http", "https"]
    assert not [k for k in objects if k[0] in ("ReferenceGrant", "SecurityPolicy", "Certificate")]
    assert edge.secret_grant is None
