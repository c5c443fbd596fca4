"""Compute Engine machine types a node pool may use, and what GKE leaves for pods on each.

Capacity is Compute Engine's (vCPUs; memory in GiB); allocatable follows GKE's published
reservation ("Plan GKE Standard node sizes": kube-reserved CPU of 6 % of the first core, 1 % of
the second, 0.5 % of the next two and 0.25 % above four; memory of 25 % of the first 4 GiB, 20 %
of the next 4, 10 % of the next 8, 6 % of the next 112 and 2 % above 128, plus a 100 MiB
eviction threshold).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

GIB = 2**30
MIB = 2**20

#: vCPUs and memory (GiB) per machine type, by family and size.
_FAMILIES = {
    "e2-standard": (4, (2, 4, 8, 16, 32)),
    "e2-highmem": (8, (2, 4, 8, 16)),
    "e2-highcpu": (1, (2, 4, 8, 16, 32)),
    "n2-standard": (4, (2, 4, 8, 16, 32, 48, 64)),
    "n2-highmem": (8, (2, 4, 8, 16, 32, 48, 64)),
    "n2d-standard": (4, (2, 4, 8, 16, 32, 48, 64)),
}
MACHINE_TYPES: dict[str, tuple[int, int]] = {
    f"{family}-{cpus}": (cpus, cpus * gib_per_cpu) for family, (gib_per_cpu, sizes) in _FAMILIES.items() for cpus in sizes
}


@dataclass(frozen=True)
class Allocatable:
    """What the kubelet offers pods on one node: CPU in cores, memory in bytes."""

    cpu: Decimal
    memory: int


def _tiers(total: Decimal, tiers: tuple[tuple[Decimal, Decimal], ...], rest: Decimal) -> Decimal:
    """``total`` reserved by tiers of (size, share), the remainder at ``rest``."""
    reserved, left = Decimal(0), total
    for size, share in tiers:
        step = min(left, size)
        reserved += step * share
        left -= step
    return reserved + left * rest


def allocatable(machine_type: str) -> Allocatable:
    """GKE's allocatable CPU and memory on one node of ``machine_type``."""
    cpus, gib = MACHINE_TYPES[machine_type]
    cpu_reserved = _tiers(
        Decimal(cpus), ((Decimal(1), Decimal("0.06")), (Decimal(1), Decimal("0.01")), (Decimal(2), Decimal("0.005"))), Decimal("0.0025")
    )
    memory = Decimal(gib)
    memory_reserved = _tiers(
        memory,
        ((Decimal(4), Decimal("0.25")), (Decimal(4), Decimal("0.20")), (Decimal(8), Decimal("0.10")), (Decimal(112), Decimal("0.06"))),
        Decimal("0.02"),
    )
    return Allocatable(cpu=Decimal(cpus) - cpu_reserved, memory=int((memory - memory_reserved) * GIB) - 100 * MIB)
