"""Horizontal autoscaling bounds and targets."""

from __future__ import annotations

from dataclasses import dataclass

from ._quantities import check_count
from .field_error import FieldError


@dataclass(frozen=True)
class Autoscaling:
    """Replica bounds and utilisation targets for a HorizontalPodAutoscaler (autoscaling/v2).

    :param min_replicas: lower bound, at least 1.
    :param max_replicas: upper bound, at least ``min_replicas``.
    :param cpu_utilization: target average CPU, percent of the request. Default: no CPU target.
    :param memory_utilization: target average memory, percent of the request.
        Default: no memory target.
    """

    min_replicas: int
    max_replicas: int
    cpu_utilization: int | None = None
    memory_utilization: int | None = None

    def __post_init__(self) -> None:
        for field in ("min_replicas", "max_replicas"):
            check_count(getattr(self, field), field, minimum=1)
        if self.min_replicas > self.max_replicas:
            raise FieldError.of(
                "min_replicas",
                f"min_replicas {self.min_replicas} is above max_replicas {self.max_replicas}; set min_replicas <= max_replicas",
            )
        for field in ("cpu_utilization", "memory_utilization"):
            value = getattr(self, field)
            if value is not None and (not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 100):
                raise FieldError.of(field, f"{field}: {value!r} must be a percentage from 1 to 100")
        if self.cpu_utilization is None and self.memory_utilization is None:
            raise ValueError("set cpu_utilization, memory_utilization or both: an HPA needs a target")
