"""PlatformIngress: a bookshop's edge on ingress-nginx, read as the controller reads it."""

import pytest

from codex_constructs import BasicAuth, PlatformIngress, Route
from library.support import by_kind, chart, manifests

NGINX = "nginx.ingress.kubernetes.io"
ROUTES = [
    Route("/admin/queue", "queue-ui", 8080, namespace="tools", admin=True),
    Route("/live", "feed", 5001, websocket=True),
    Route("/", "shop", 80),
]


def shop_edge(**overrides):
    scope = chart()
    props = dict(
        name="shop",
        namespace="web",
        host="shop.example.com",
        routes=ROUTES,
        tls_secret="shop-tls",
        cluster_issuer="letsencrypt",
        admin_host="admin.shop.example.com",
        admin_auth=BasicAuth("admin-users", realm="Shop admin"),
    )
    edge = PlatformIngress(scope, "edge", **{**props, **overrides})
    return edge, {(o["kind"], o["metadata"]["name"]): o for o in manifests(scope)}


def test_public_routes_share_one_ingress_on_the_public_host_in_order():
    _, objects = shop_edge()
    ingress = objects[("Ingress", "shop")]
    assert ingress["spec"]["ingressClassName"] == "nginx"
    assert ingress["spec"]["tls"] == [{"hosts": ["shop.example.com"], "secretName": "shop-tls"}]
    (rule,) = ingress["spec"]["rules"]
    assert rule["host"] == "shop.example.com"
    # A prefix and everything below it, not /livex; "/" last, as a plain prefix.
    assert [
        (p["path"], p["pathType"], p["backend"]["service"]["name"], p["backend"]["service"]["port"]["number"])
        for p in rule["http"]["paths"]
    ] == [
        ("/live(/|$)(.*)", "ImplementationSpecific", "feed", 5001),
        ("/", "Prefix", "shop", 80),
    ]
    # ingress-nginx closes a connection idle for 60 s: a WebSocket needs longer.
    assert ingress["metadata"]["annotations"] == {
        f"{NGINX}/use-regex": "true",
        f"{NGINX}/proxy-read-timeout": "3600",
        f"{NGINX}/proxy-send-timeout": "3600",
    }


def test_admin_routes_are_on_their_own_host_behind_basic_auth_and_reach_other_namespaces_by_proxy():
    edge, objects = shop_edge()
    admin = objects[("Ingress", "shop-admin")]
    assert admin["metadata"]["annotations"] == {
        f"{NGINX}/use-regex": "true",
        f"{NGINX}/auth-type": "basic",
        f"{NGINX}/auth-secret": "admin-users",
        f"{NGINX}/auth-realm": "Shop admin",
    }
    assert admin["spec"]["tls"] == [{"hosts": ["admin.shop.example.com"], "secretName": "shop-tls-admin"}]
    (path,) = admin["spec"]["rules"][0]["http"]["paths"]
    # An Ingress reaches Services of its own namespace only: an ExternalName Service stands in.
    assert path["backend"]["service"] == {"name": "queue-ui-proxy", "port": {"number": 8080}}
    proxy = objects[("Service", "queue-ui-proxy")]
    assert proxy["spec"]["type"] == "ExternalName" and proxy["spec"]["externalName"] == "queue-ui.tools.svc.cluster.local"
    certificates = {o["spec"]["secretName"]: o["spec"]["dnsNames"] for k, o in objects.items() if k[0] == "Certificate"}
    assert certificates == {"shop-tls": ["shop.example.com"], "shop-tls-admin": ["admin.shop.example.com"]}
    assert edge.admin_ingress is not None and set(edge.proxies) == {"queue-ui"}


def test_without_an_issuer_no_certificate_is_made_and_without_websockets_no_timeouts():
    _, objects = shop_edge(cluster_issuer=None, routes=[Route("/", "shop", 80)], admin_host=None, admin_auth=None, class_name="public")
    assert [k for k in objects if k[0] == "Certificate"] == []
    assert objects[("Ingress", "shop")]["metadata"]["annotations"] == {f"{NGINX}/use-regex": "true"}
    assert objects[("Ingress", "shop")]["spec"]["ingressClassName"] == "public"


def test_the_websocket_timeout_is_a_prop():
    _, objects = shop_edge(websocket_timeout_seconds=600)
    assert objects[("Ingress", "shop")]["metadata"]["annotations"][f"{NGINX}/proxy-read-timeout"] == "600"


def test_ingress_construct_refuses_unprotected_admin_routes():
    with pytest.raises(ValueError, match=r"admin routes \['/kafka-ui'\] would be open to the internet"):
        PlatformIngress(
            chart(),
            "edge",
            name="main",
            namespace="apps",
            host="api.example.com",
            tls_secret="tls",
            cluster_issuer="le",
            routes=[Route("/kafka-ui", "kafka-ui", 8080, admin=True), Route("/", "web", 80)],
        )
    with pytest.raises(ValueError, match="admin_host 'shop.example.com' is the public host"):
        shop_edge(admin_host="shop.example.com")
    with pytest.raises(ValueError, match="need admin_host, a host other than 'shop.example.com'"):
        shop_edge(admin_host=None)


def test_only_admin_routes_make_no_public_ingress():
    edge, objects = shop_edge(routes=[ROUTES[0]])
    assert edge.ingress is None and ("Ingress", "shop") not in objects and by_kind(list(objects.values()), "Ingress")
