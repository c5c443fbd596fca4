"""ServicePort: named TCP ports the API server accepts, each once per workload."""

import pytest

from codex_constructs import ServicePort
from codex_constructs.ports import check_unique_ports


def test_a_port_is_exposed_by_default():
    assert ServicePort("http", 8080).expose is True and ServicePort("metrics", 9100, expose=False).expose is False


def test_bad_ports_and_ports_used_twice_are_refused():
    for number in (0, 65536, True, "80"):
        with pytest.raises(ValueError, match="must be a number from 1 to 65535"):
            ServicePort("http", number)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="port name 'HTTP' is invalid"):
        ServicePort("HTTP", 80)
    with pytest.raises(ValueError, match="shop: port name 'http' is used twice"):
        check_unique_ports([ServicePort("http", 80), ServicePort("http", 81)], "shop")
    with pytest.raises(ValueError, match=r"shop: port 80 is used twice \('http' and 'web'\)"):
        check_unique_ports([ServicePort("http", 80), ServicePort("web", 80)], "shop")
