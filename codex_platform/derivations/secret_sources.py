"""Which Secret each workload reads, and where each key's value lives in the secret manager.

The secrets chart and the bootstrap plan both read :func:`platform_secrets`, so the remote
secrets an operator creates are exactly the ones the ExternalSecrets ask for.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..inputs.config import EnvironmentConfig
from .derive import secret_name
from .plan import EnvironmentPlan

#: The Secret with the Slack webhook Alertmanager posts to, and its key.
ALERTMANAGER_SECRET, SLACK_WEBHOOK_KEY = "alertmanager-slack", "webhook-url"
#: The Secret holding Grafana's admin user and password.
GRAFANA_ADMIN_SECRET = "grafana-admin"
#: Where each edge reads the htpasswd entry it checks for admin routes. One ``{SHA}`` entry
#: (``htpasswd -nbs``) serves both: Envoy Gateway accepts no other hash.
ADMIN_AUTH_KEYS = {"ingress": "auth", "gateway": ".htpasswd"}


@dataclass(frozen=True)
class PlatformSecret:
    """A Kubernetes Secret delivered from the secret manager: its keys, each from a remote secret."""

    name: str
    namespace: str
    keys: dict[str, str]


def remote_key(config: EnvironmentConfig, key: str) -> str:
    """``JWT_ACCESS_TOKEN_SECRET`` -> ``codex-jwt-access-token-secret``. Keys shared by several
    services (the JWT signing secret) map to one remote secret, so their values cannot drift."""
    return f"{config.secrets.remote_prefix}{key.lower().replace('_', '-')}"


def platform_secrets(plan: EnvironmentPlan) -> dict[str, PlatformSecret]:
    """Every Secret the environment reads, by construct id: one per service with secret keys,
    Grafana's admin login, and the admin routes' htpasswd where basic auth protects them."""
    model, config = plan.model, plan.config
    secrets = {
        name: PlatformSecret(read.secret_name, service.namespace, {key: remote_key(config, key) for key in read.keys})
        for name, service in plan.services.items()
        if (read := service.secret_env) is not None
    }
    prefix = config.secrets.remote_prefix
    if model.redis is not None and model.redis.password_secret_key:
        key = model.redis.password_secret_key
        secrets[model.redis.service] = PlatformSecret(secret_name(model.redis.service), model.namespace, {key: remote_key(config, key)})
    if model.observability is not None:
        secrets["grafana-admin"] = PlatformSecret(
            GRAFANA_ADMIN_SECRET,
            model.observability.namespace,
            {"admin-user": f"{prefix}grafana-admin-user", "admin-password": f"{prefix}grafana-admin-password"},
        )
    if model.observability is not None and config.alerts.receiver == "slack":
        secrets[ALERTMANAGER_SECRET] = PlatformSecret(
            ALERTMANAGER_SECRET, model.observability.namespace, {SLACK_WEBHOOK_KEY: f"{prefix}alertmanager-slack-webhook-url"}
        )
    if plan.admin_routes and config.edge.admin_access == "basic-auth":
        remote = f"{prefix}{config.edge.admin_auth_secret}"
        secrets["admin-auth"] = PlatformSecret(
            config.edge.admin_auth_secret, model.namespace, {ADMIN_AUTH_KEYS[edge]: remote for edge in sorted(plan.edges)}
        )
    return secrets
