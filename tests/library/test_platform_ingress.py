"""PlatformIngress: admin routes are never open."""

import pytest

from codex_constructs import PlatformIngress, Route
from library.support import chart


def test_ingress_construct_refuses_unprotected_admin_routes():
    with pytest.raises(ValueError, match=r"admin routes \['/kafka-ui'\] would be open to the internet"):
        PlatformIngress(
            chart(), "edge", name="main", namespace="apps", host="api.example.com", tls_secret="tls", cluster_issuer="le",
            routes=[Route("/kafka-ui", "kafka-ui", 8080, admin=True), Route("/", "web", 80)],
        )
