"""Secrets: the secret store, and one ExternalSecret per service with exactly its keys."""

from __future__ import annotations

import cdk8s
from constructs import Construct

from codex_constructs.external_secrets import GcpSecretStore, SecretFromStore

from ..addons import ESO_NAMESPACE, ESO_SERVICE_ACCOUNT
from ..config import EnvironmentConfig
from ..model import PlatformModel
from ..secrets import remote_key, secret_name
from .observability import GRAFANA_ADMIN_SECRET

#: The htpasswd entry (key ``auth``) ingress-nginx checks for admin routes.
ADMIN_AUTH_KEY = "auth"


class SecretsChart(cdk8s.Chart):
    def __init__(self, scope: Construct, id: str, *, model: PlatformModel, config: EnvironmentConfig) -> None:
        super().__init__(scope, id, disable_resource_name_hashes=True)
        self.store = GcpSecretStore(
            self, "store", name=config.secrets.store, service_account=(ESO_NAMESPACE, ESO_SERVICE_ACCOUNT),
            project=config.secrets.gcp_project,
        )
        self.secrets: dict[str, SecretFromStore] = {}
        for name, spec in model.services.items():
            if spec.secret_keys:
                self.secrets[name] = SecretFromStore(
                    self,
                    name,
                    name=secret_name(name),
                    namespace=model.namespace_of(name),
                    store=config.secrets.store,
                    keys={key: remote_key(config, key) for key in spec.secret_keys},
                )
        if model.observability is not None:
            prefix = config.secrets.remote_prefix
            self.secrets["grafana"] = SecretFromStore(
                self,
                "grafana-admin",
                name=GRAFANA_ADMIN_SECRET,
                namespace=model.observability.namespace,
                store=config.secrets.store,
                keys={"admin-user": f"{prefix}grafana-admin-user", "admin-password": f"{prefix}grafana-admin-password"},
            )
        admin_routes = any(route.admin for route in model.edge.routes)
        if admin_routes and config.edge.api == "ingress" and config.edge.admin_access == "basic-auth":
            self.secrets["admin"] = SecretFromStore(
                self,
                "admin-auth",
                name=config.edge.admin_auth_secret,
                namespace=model.namespace,
                store=config.secrets.store,
                keys={ADMIN_AUTH_KEY: f"{config.secrets.remote_prefix}{config.edge.admin_auth_secret}"},
            )
