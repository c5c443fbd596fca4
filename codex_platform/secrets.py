"""Which Secret each service reads, and where each key's value lives in the secret manager."""

from __future__ import annotations

from .config import EnvironmentConfig


def secret_name(service: str) -> str:
    """Each service has a Secret of its own: it holds exactly the keys the service declares."""
    return f"{service}-secrets"


def remote_key(config: EnvironmentConfig, key: str) -> str:
    """``JWT_ACCESS_TOKEN_SECRET`` -> ``codex-jwt-access-token-secret``. Keys shared by several
    services (the JWT signing secret) map to one remote secret, so their values cannot drift."""
    return f"{config.secrets.remote_prefix}{key.lower().replace('_', '-')}"
