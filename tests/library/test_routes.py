"""Routes: paths on the public host, checked as an edge would serve them."""

import pytest

from codex_constructs import BasicAuth, Route
from codex_constructs.routes import check_admin_routes, check_routes


def test_route_defaults():
    route = Route("/", "shop", 80)
    assert (route.namespace, route.websocket, route.admin) == (None, False, False)


@pytest.mark.parametrize("path", ["shop", "/shop/", ""])
def test_a_path_must_start_with_a_slash_and_not_end_with_one(path):
    with pytest.raises(ValueError, match="must start with '/' and not end with one"):
        Route(path, "shop", 80)


def test_bad_ports_names_duplicates_and_a_catch_all_before_others_are_refused():
    with pytest.raises(ValueError, match="port 0 is not a port number"):
        Route("/", "shop", 0)
    with pytest.raises(ValueError, match="route namespace 'Tools' is not a DNS label"):
        Route("/", "shop", 80, namespace="Tools")
    with pytest.raises(ValueError, match=r"route paths \['/api'\] are declared twice"):
        check_routes([Route("/api", "a", 80), Route("/api", "b", 80)])
    with pytest.raises(ValueError, match="the catch-all route '/' must come last"):
        check_routes([Route("/", "a", 80), Route("/api", "b", 80)])
    check_routes([Route("/api", "b", 80), Route("/", "a", 80)])


def test_admin_routes_need_authentication_and_a_host_of_their_own():
    admin = [Route("/queue", "queue-ui", 8080, admin=True)]
    check_admin_routes(admin, "shop.example.com", "admin.shop.example.com", BasicAuth("users"))
    check_admin_routes([], "shop.example.com", None, None)
    with pytest.raises(ValueError, match="would be open to the internet"):
        check_admin_routes(admin, "shop.example.com", "admin.shop.example.com", None)
    with pytest.raises(ValueError, match="is the public host"):
        check_admin_routes(admin, "shop.example.com", "shop.example.com", BasicAuth("users"))
    assert BasicAuth("users").realm
