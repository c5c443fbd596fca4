"""Compute resources of a container: requests and limits, checked against each other."""

from __future__ import annotations

from dataclasses import dataclass

from cdk8s_plus_27 import k8s

from ._quantities import parse_bytes, parse_cpu, quantity
from .field_error import FieldError


@dataclass(frozen=True)
class ResourceFigures:
    """CPU, memory and (optionally) ephemeral storage, as Kubernetes quantities.

    :param cpu: CPU, e.g. ``"50m"`` or ``"1"``.
    :param memory: memory, e.g. ``"64Mi"``.
    :param ephemeral_storage: local disk (container writable layer, logs, emptyDirs).
        Default: not set.
    """

    cpu: str
    memory: str
    ephemeral_storage: str | None = None

    def __post_init__(self) -> None:
        for field in ("cpu", "memory", "ephemeral_storage"):
            value = getattr(self, field)
            if value is not None and not isinstance(value, str):
                raise FieldError.of(field, f"{field}: {value!r} must be a string quantity such as '50m' or '64Mi'")
        parse_cpu(self.cpu)
        parse_bytes(self.memory)
        if self.ephemeral_storage is not None:
            parse_bytes(self.ephemeral_storage)

    def figures(self) -> dict[str, str]:
        """The figures by Kubernetes resource name (``cpu``, ``memory``, ``ephemeral-storage``)."""
        figures = {"cpu": self.cpu, "memory": self.memory}
        if self.ephemeral_storage is not None:
            figures["ephemeral-storage"] = self.ephemeral_storage
        return figures

    def to_k8s(self) -> dict[str, k8s.Quantity]:
        return {name: quantity(value) for name, value in self.figures().items()}


@dataclass(frozen=True)
class Resources:
    """Requests and limits of one container.

    A request above its limit is refused here, because the API server would refuse the pod.
    """

    requests: ResourceFigures
    limits: ResourceFigures

    def __post_init__(self) -> None:
        pairs = (
            ("cpu", parse_cpu),
            ("memory", parse_bytes),
            ("ephemeral_storage", parse_bytes),
        )
        for name, parse in pairs:
            request, limit = getattr(self.requests, name), getattr(self.limits, name)
            if request is None or limit is None:
                if (request is None) != (limit is None):
                    missing = "limits" if limit is None else "requests"
                    raise ValueError(f"{missing}.{name} must be set when the other side sets {name}")
                continue
            if parse(request) > parse(limit):
                raise ValueError(f"requests.{name} {request} is above limits.{name} {limit}; lower the request or raise the limit")

    def to_k8s(self) -> k8s.ResourceRequirements:
        return k8s.ResourceRequirements(requests=self.requests.to_k8s(), limits=self.limits.to_k8s())
