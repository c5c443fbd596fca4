"""Kubernetes name rules, and address ranges, checked before anything reaches the API server."""

from __future__ import annotations

import ipaddress
import re

from .field_error import FieldError

_DNS_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_PORT_NAME = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")


def check_dns_label(value: str, what: str = "name") -> str:
    """Return ``value`` if it is an RFC 1123 label (Service and Deployment names must be)."""
    if not isinstance(value, str) or len(value) > 63 or not _DNS_LABEL.match(value):
        raise FieldError.of(
            what,
            f"{what} {value!r} is not a DNS label: use at most 63 lower-case letters, digits "
            f"and '-', starting and ending with a letter or digit",
        )
    return value


_DNS_SUBDOMAIN = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")
_LABEL_NAME = re.compile(r"^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$")


def check_dns_subdomain(value: str, what: str = "name") -> str:
    """Return ``value`` if it is an RFC 1123 subdomain (RuntimeClass, StorageClass names)."""
    if not isinstance(value, str) or len(value) > 253 or not _DNS_SUBDOMAIN.match(value):
        raise FieldError.of(
            what,
            f"{what} {value!r} is not a DNS subdomain: use lower-case letters, digits, '-' and '.', "
            f"starting and ending with a letter or digit",
        )
    return value


def check_label_key(value: str, what: str = "label key") -> str:
    """Return ``value`` if it is a label or taint key: ``[prefix/]name``, the prefix a DNS
    subdomain, the name at most 63 letters, digits, '-', '_' and '.'."""
    prefix, _, name = value.rpartition("/") if isinstance(value, str) else ("", "", "")
    if not name or len(name) > 63 or not _LABEL_NAME.match(name) or (prefix and not _DNS_SUBDOMAIN.match(prefix)):
        raise FieldError.of(what, f"{what} {value!r} is not a label key like 'example.com/role' or 'dedicated'")
    return value


def check_label_value(value: str, what: str = "label value") -> str:
    """Return ``value`` if it is a label value: empty, or at most 63 letters, digits, '-', '_'
    and '.', starting and ending with a letter or digit."""
    if not isinstance(value, str) or len(value) > 63 or (value and not _LABEL_NAME.match(value)):
        raise FieldError.of(what, f"{what} {value!r} is not a label value: at most 63 letters, digits, '-', '_' and '.'")
    return value


def check_port_name(value: str) -> str:
    """Return ``value`` if it is a valid IANA_SVC_NAME (what named ports must be)."""
    if not isinstance(value, str) or len(value) > 15 or not _PORT_NAME.match(value) or "--" in value or not re.search("[a-z]", value):
        raise ValueError(
            f"port name {value!r} is invalid: use at most 15 lower-case letters, digits and single '-', with at least one letter"
        )
    return value


def check_cidr(value: str) -> ipaddress.IPv4Network | ipaddress.IPv6Network:
    """The address range ``value`` (host bits zero), or ValueError saying what one looks like."""
    try:
        return ipaddress.ip_network(value)
    except (TypeError, ValueError):
        raise ValueError(f"{value!r} is not an address range like '203.0.113.0/24'") from None


def check_env_name(value: str) -> str:
    """Return ``value`` if it is a portable environment variable name."""
    if not isinstance(value, str) or not _ENV_NAME.match(value):
        raise ValueError(f"environment variable name {value!r} is invalid: use letters, digits and '_'")
    return value
