"""Which Secret each workload reads, and where each key's value lives in the secret manager.

The secrets chart and the bootstrap plan both read :func:`platform_secrets`, so the remote
secrets an operator creates are exactly the ones the ExternalSecrets ask for.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from codex_constructs import redis_url_template

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
    """A Kubernetes Secret delivered from the secret manager: its keys, each from a remote secret,
    and keys built by a template from remote secrets (``template_inputs``)."""

    name: str
    namespace: str
    keys: dict[str, str]
    templates: dict[str, str] = field(default_factory=dict)
    template_inputs: dict[str, str] = field(default_factory=dict)

    @property
    def remotes(self) -> set[str]:
        """The remote secrets it reads."""
        return set(self.keys.values()) | set(self.template_inputs.values())


def remote_key(config: EnvironmentConfig, key: str) -> str:
    """``JWT_ACCESS_TOKEN_SECRET`` -> ``codex-jwt-access-token-secret``. Keys shared by several
    services (the JWT signing secret) map to one remote secret, so their values cannot drift."""
    return f"{config.secrets.remote_prefix}{key.lower().replace('_', '-')}"


def service_secret(plan: EnvironmentPlan, name: str, namespace: str, keys: tuple[str, ...]) -> PlatformSecret:
    """A service's Secret. Where Redis requires a password, its URL key is built from the one
    remote secret the server reads too (URL-encoded in the template), so a rotation changes both
    and a password with ``@ : / # %`` still makes a valid URL."""
    config, redis = plan.config, plan.model.redis
    if redis is None or redis.password_secret_key is None or redis.url_secret_key not in keys:
        return PlatformSecret(name, namespace, {key: remote_key(config, key) for key in keys})
    password = redis.password_secret_key
    return PlatformSecret(
        name,
        namespace,
        {key: remote_key(config, key) for key in keys if key != redis.url_secret_key},
        # The short name: pods outside the platform namespace search it (plan.py, dns_search).
        templates={redis.url_secret_key: redis_url_template(password, redis.service, redis.port)},
        template_inputs={password: remote_key(config, password)},
    )


def platform_secrets(plan: EnvironmentPlan) -> dict[str, PlatformSecret]:
    """Every Secret the environment reads, by construct id: one per service with secret keys,
    Grafana's admin login, and the admin routes' htpasswd where basic auth protects them."""
    model, config = plan.model, plan.config
    secrets = {
        name: service_secret(plan, read.secret_name, service.namespace, read.keys)
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
