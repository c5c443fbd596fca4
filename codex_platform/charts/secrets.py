"""Secrets: the secret store, and one ExternalSecret per service with exactly its keys."""

from __future__ import annotations

import cdk8s
from constructs import Construct

from codex_constructs import GcpSecretStore, SecretFromStore

from ..derivations.addons import ESO_NAMESPACE, eso_service_account
from ..derivations.secret_sources import platform_secrets
from ..inputs.config import EnvironmentConfig
from ..inputs.model import PlatformModel


class SecretsChart(cdk8s.Chart):
    def __init__(self, scope: Construct, id: str, *, model: PlatformModel, config: EnvironmentConfig) -> None:
        super().__init__(scope, id, disable_resource_name_hashes=True)
        secrets = platform_secrets(model, config)
        self.store = GcpSecretStore(
            self, "store", name=config.secrets.store, service_account=(ESO_NAMESPACE, eso_service_account(config)),
            project=config.secrets.gcp_project,
            # Only the namespaces that read a secret may use the store.
            namespaces=[secret.namespace for secret in secrets.values()],
        )
        self.secrets: dict[str, SecretFromStore] = {
            id: SecretFromStore(self, id, name=secret.name, namespace=secret.namespace, store=config.secrets.store, keys=secret.keys)
            for id, secret in secrets.items()
        }
