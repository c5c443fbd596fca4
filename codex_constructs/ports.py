"""Named ports a workload listens on."""

from __future__ import annotations

from dataclasses import dataclass

from ._names import check_port_name


@dataclass(frozen=True)
class ServicePort:
    """A TCP port served by a container and exposed with the same number and name by its Service.

    :param name: the port's name (IANA service name rules), referenced by probes and routes.
    :param port: the port number, 1-65535.
    :param expose: whether the Service exposes it. Default: True. A port that is declared but
        not served yet (a metrics port nothing listens on) can stay on the container only.
    """

    name: str
    port: int
    expose: bool = True

    def __post_init__(self) -> None:
        check_port_name(self.name)
        if not isinstance(self.port, int) or isinstance(self.port, bool) or not 1 <= self.port <= 65535:
            raise ValueError(f"port {self.name!r}: {self.port!r} must be a number from 1 to 65535")


def check_unique_ports(ports: tuple[ServicePort, ...] | list[ServicePort], owner: str) -> None:
    """Refuse two ports with one name or one number: the API server would reject the pod."""
    seen_names: dict[str, int] = {}
    seen_numbers: dict[int, str] = {}
    for port in ports:
        if port.name in seen_names:
            raise ValueError(f"{owner}: port name {port.name!r} is used twice; give each port its own name")
        if port.port in seen_numbers:
            raise ValueError(
                f"{owner}: port {port.port} is used twice ({seen_numbers[port.port]!r} and {port.name!r}); give each port its own number"
            )
        seen_names[port.name] = port.port
        seen_numbers[port.port] = port.name
