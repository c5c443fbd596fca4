"""Parse Kubernetes resource quantities so requests can be compared with limits.

Only the forms the platform uses are accepted: plain or milli CPU (``250m``, ``0.5``, ``2``) and
memory with a binary or decimal suffix (``64Mi``, ``1Gi``, ``512M``). Anything else is refused
rather than guessed at, because a typo like ``64mi`` would otherwise mean 64 milli-bytes.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import cache

from cdk8s_plus_27 import k8s

from .field_error import FieldError

_CPU = re.compile(r"^(?P<number>\d+(\.\d+)?)(?P<milli>m?)$")
_BYTES = re.compile(r"^(?P<number>\d+(\.\d+)?)(?P<suffix>Ki|Mi|Gi|Ti|k|M|G|T)?$")
_BYTE_FACTORS = {
    None: 1,
    "k": 10**3,
    "M": 10**6,
    "G": 10**9,
    "T": 10**12,
    "Ki": 2**10,
    "Mi": 2**20,
    "Gi": 2**30,
    "Ti": 2**40,
}


#: The largest value of the Kubernetes API's integer fields (int32: replicas, ports, counts).
INT32_MAX = 2**31 - 1


def check_count(value: object, what: str, minimum: int = 0) -> int:
    """``value`` if it is a whole number from ``minimum`` to INT32_MAX, or ValueError naming
    ``what``: the API server refuses a larger count, long after synth said nothing."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise FieldError.of(what, f"{what}: {value!r} must be a whole number")
    if not minimum <= value <= INT32_MAX:
        raise FieldError.of(what, f"{what}: {value} must be from {minimum} to {INT32_MAX:,} (the Kubernetes API's int32)")
    return value


def parse_cpu(value: str) -> Decimal:
    """Return CPU cores for ``value`` (``"50m"`` -> 0.05); raise ValueError if malformed."""
    match = _CPU.match(str(value))
    if not match:
        raise ValueError(f"{value!r} is not a CPU quantity; use millicores like '250m' or cores like '1'")
    try:
        number = Decimal(match["number"])
    except InvalidOperation as error:  # pragma: no cover - the regex admits only decimals
        raise ValueError(f"{value!r} is not a CPU quantity") from error
    return number / 1000 if match["milli"] else number


def parse_bytes(value: str) -> Decimal:
    """Return bytes for ``value`` (``"64Mi"`` -> 67108864); raise ValueError if malformed."""
    match = _BYTES.match(str(value))
    if not match:
        raise ValueError(f"{value!r} is not a byte quantity; use a number with Ki, Mi, Gi, Ti (or k, M, G, T), like '256Mi'")
    return Decimal(match["number"]) * _BYTE_FACTORS[match["suffix"]]


@cache
def quantity(value: str) -> k8s.Quantity:
    """``k8s.Quantity.from_string``, memoised: each call crosses the jsii bridge to Node, and a
    platform uses a handful of distinct values thousands of times. The objects are immutable."""
    return k8s.Quantity.from_string(value)


@cache
def int_or_string(value: int | str) -> k8s.IntOrString:
    """``k8s.IntOrString.from_number`` or ``from_string``, memoised like :func:`quantity`."""
    if isinstance(value, int):
        return k8s.IntOrString.from_number(value)
    return k8s.IntOrString.from_string(value)
