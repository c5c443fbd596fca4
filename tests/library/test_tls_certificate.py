"""Certificates: one per host, issued by cert-manager into the Secret the edge serves."""

from codex_constructs.tls_certificate import edge_certificates, tls_certificate
from library.support import chart, manifests


def test_a_certificate_names_its_secret_hosts_and_cluster_issuer():
    scope = chart()
    tls_certificate(scope, "cert", secret_name="shop-tls", hosts=["shop.example.com"], issuer="letsencrypt", namespace="web")
    (obj,) = manifests(scope)
    assert obj["metadata"] == {"name": "shop-tls", "namespace": "web"}
    assert obj["spec"] == {
        "secretName": "shop-tls",
        "dnsNames": ["shop.example.com"],
        "issuerRef": {"name": "letsencrypt", "kind": "ClusterIssuer", "group": "cert-manager.io"},
    }


def test_the_edge_gets_one_certificate_per_host_and_none_without_an_issuer():
    scope = chart()
    public, admin = edge_certificates(
        scope,
        namespace="web",
        issuer="le",
        host="shop.example.com",
        tls_secret="shop-tls",
        admin_host="admin.shop.example.com",
        admin_tls_secret="admin-tls",
    )
    assert public is not None and admin is not None
    assert sorted((o["spec"]["secretName"], o["spec"]["dnsNames"][0]) for o in manifests(scope)) == [
        ("admin-tls", "admin.shop.example.com"),
        ("shop-tls", "shop.example.com"),
    ]
    assert edge_certificates(
        chart(), namespace="web", issuer=None, host="h.example.com", tls_secret="t", admin_host=None, admin_tls_secret="a"
    ) == (None, None)
    scope = chart()
    _, none = edge_certificates(
        scope, namespace="web", issuer="le", host="h.example.com", tls_secret="t", admin_host=None, admin_tls_secret="a"
    )
    assert none is None and len(manifests(scope)) == 1
