"""PlatformGateway: admin routes are never open; address ranges are checked."""

import pytest

from codex_constructs import (
    BasicAuth,
    PlatformGateway,
    Route,
)
from library.support import chart


def test_the_library_refuses_unprotected_admin_routes_and_bad_ranges():
    with pytest.raises(ValueError, match="would be open to the internet"):
        PlatformGateway(
            chart(), "gw", name="gw", namespace="apps", gateway_class="eg", host="api.example.com", tls_secret="tls",
            admin_host="admin.example.com", routes=[Route("/admin", "admin", 80, admin=True)],
        )
    with pytest.raises(ValueError, match="admin_source_ranges: '10.0.0.1/8' is not an address range"):
        PlatformGateway(
            chart(), "gw", name="gw", namespace="apps", gateway_class="eg", host="api.example.com", tls_secret="tls",
            admin_host="admin.example.com", routes=[Route("/admin", "admin", 80, admin=True)],
            admin_auth=BasicAuth("admin-auth"), admin_source_ranges=["10.0.0.1/8"],
        )
