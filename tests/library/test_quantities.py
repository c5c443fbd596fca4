"""Quantities: the forms Kubernetes accepts for CPU and bytes, and its int32 counts."""

from decimal import Decimal

import pytest

from codex_constructs import parse_bytes, parse_cpu
from codex_constructs._quantities import INT32_MAX, check_count


def test_cpu_in_cores_or_millicores():
    assert parse_cpu("250m") == Decimal("0.25") and parse_cpu("2") == 2 and parse_cpu("0.5") == Decimal("0.5")
    for bad in ("250M", "1 core", "-1", "m"):
        with pytest.raises(ValueError, match="is not a CPU quantity"):
            parse_cpu(bad)


def test_bytes_with_binary_or_decimal_suffixes_and_no_guessing():
    assert (
        parse_bytes("64Mi") == 64 * 2**20 and parse_bytes("1G") == 10**9 and parse_bytes("512") == 512 and parse_bytes("2Ti") == 2 * 2**40
    )
    for bad in ("64mi", "64MB", "1.5 Gi", "Gi"):
        with pytest.raises(ValueError, match="is not a byte quantity"):
            parse_bytes(bad)


def test_counts_are_whole_numbers_within_int32():
    assert INT32_MAX == 2_147_483_647
    assert check_count(INT32_MAX, "replicas") == INT32_MAX and check_count(0, "replicas") == 0
    with pytest.raises(ValueError, match="replicas: 2147483648 must be from 1 to 2,147,483,647"):
        check_count(INT32_MAX + 1, "replicas", minimum=1)
    for bad in (True, 1.0, "3"):
        with pytest.raises(ValueError, match="must be a whole number"):
            check_count(bad, "replicas")
