"""AcmeClusterIssuer: Let's Encrypt answering HTTP-01 through the edge in use."""

import pytest

from codex_constructs import AcmeClusterIssuer
from library.support import chart, manifests


def issuer(**props):
    scope = chart()
    AcmeClusterIssuer(scope, "issuer", name="letsencrypt", **props)
    (obj,) = manifests(scope)
    return obj


def test_by_default_production_let_s_encrypt_through_the_nginx_ingress_class():
    obj = issuer()
    assert obj["kind"] == "ClusterIssuer" and obj["metadata"] == {"name": "letsencrypt"}
    acme = obj["spec"]["acme"]
    assert acme["server"] == "https://acme-v02.api.letsencrypt.org/directory"
    assert acme["privateKeySecretRef"] == {"name": "letsencrypt-account-key"}
    assert acme["solvers"] == [{"http01": {"ingress": {"ingressClassName": "nginx"}}}]
    assert "email" not in acme


def test_a_gateway_solver_attaches_challenge_routes_to_the_gateway_s_http_listener():
    obj = issuer(
        solver="gateway",
        gateway_name="shop-gw",
        gateway_namespace="web",
        email="ops@example.com",
        server="https://acme-staging-v02.api.letsencrypt.org/directory",
    )
    acme = obj["spec"]["acme"]
    assert acme["email"] == "ops@example.com" and "staging" in acme["server"]
    assert acme["solvers"] == [
        {
            "http01": {
                "gatewayHTTPRoute": {
                    "parentRefs": [
                        {"name": "shop-gw", "namespace": "web", "sectionName": "http", "kind": "Gateway"},
                    ]
                }
            }
        }
    ]


def test_bad_issuers_are_refused():
    with pytest.raises(ValueError, match="needs gateway_name and gateway_namespace"):
        issuer(solver="gateway")
    with pytest.raises(ValueError, match="must be an https:// directory URL"):
        issuer(server="http://acme.example.com/directory")
