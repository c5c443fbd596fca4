"""The name checks, at the bounds Kubernetes itself sets (RFC 1123 labels and subdomains,
IANA service names for ports, label keys and values)."""

import pytest

from codex_constructs import (
    check_cidr,
    check_dns_label,
    check_dns_subdomain,
    check_env_name,
    check_label_key,
    check_label_value,
    check_port_name,
)


@pytest.mark.parametrize("value", ["a", "web-1", "x" * 63])
def test_dns_labels_accepted(value):
    assert check_dns_label(value) == value


@pytest.mark.parametrize("value", ["", "Web", "-web", "web-", "web.shop", "x" * 64])
def test_dns_labels_refused(value):
    with pytest.raises(ValueError, match="is not a DNS label"):
        check_dns_label(value, "service name")


def test_dns_subdomains_allow_dots_up_to_253_characters():
    assert check_dns_subdomain("standard-rwo.example.com") == "standard-rwo.example.com"
    assert check_dns_subdomain(".".join(["a" * 63] * 3) + "." + "b" * 61) is not None  # 253
    for bad in ("Standard", "a..b", "a" * 254, "-a", 7):
        with pytest.raises(ValueError, match="is not a DNS subdomain"):
            check_dns_subdomain(bad, "storage_class")  # type: ignore[arg-type]


def test_label_keys_have_an_optional_subdomain_prefix_and_a_63_character_name():
    for good in ("dedicated", "cloud.google.com/gke-nodepool", "a_b.c", "x" * 63):
        assert check_label_key(good) == good
    for bad in ("", "Example.com/role", "role/", "x" * 64, "-role", "a/b/c"):
        with pytest.raises(ValueError, match="is not a label key like"):
            check_label_key(bad)


def test_label_values_may_be_empty_and_at_most_63_characters():
    assert check_label_value("") == "" and check_label_value("v1.2_3-x") == "v1.2_3-x"
    for bad in ("-x", "x" * 64, "a b", "x/"):
        with pytest.raises(ValueError, match="is not a label value"):
            check_label_value(bad)


def test_port_names_are_iana_service_names():
    for good in ("http", "grpc", "metrics-2", "a" * 15):
        assert check_port_name(good) == good
    for bad in ("a" * 16, "HTTP", "1234", "web--ui", "-web", "web-"):
        with pytest.raises(ValueError, match="port name .* is invalid"):
            check_port_name(bad)


def test_environment_names_and_address_ranges():
    assert check_env_name("KAFKA_BROKERS") == "KAFKA_BROKERS" and check_env_name("_x1") == "_x1"
    for bad in ("1ST", "A-B", "A B", ""):
        with pytest.raises(ValueError, match="environment variable name"):
            check_env_name(bad)
    assert str(check_cidr("10.0.0.0/8")) == "10.0.0.0/8" and str(check_cidr("2001:db8::/32")) == "2001:db8::/32"
    with pytest.raises(ValueError, match="'10.0.0.1/8' is not an address range like '203.0.113.0/24'"):
        check_cidr("10.0.0.1/8")
