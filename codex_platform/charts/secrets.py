"""Secrets: the secret store, and one ExternalSecret per service with exactly its keys."""

from __future__ import annotations

import cdk8s
from constructs import Construct

from codex_constructs.external_secrets import GcpSecretStore, SecretFromStore

from ..addons import ESO_NAMESPACE, ESO_SERVICE_ACCOUNT
from ..config import EnvironmentConfig
from ..model import PlatformModel
from ..secrets import platform_secrets


class SecretsChart(cdk8s.Chart):
    def __init__(self, scope: Construct, id: str, *, model: PlatformModel, config: EnvironmentConfig) -> None:
        super().__init__(scope, id, disable_resource_name_hashes=True)
        self.store = GcpSecretStore(
            self, "store", name=config.secrets.store, service_account=(ESO_NAMESPACE, ESO_SERVICE_ACCOUNT),
            project=config.secrets.gcp_project,
        )
        self.secrets: dict[str, SecretFromStore] = {
            id: SecretFromStore(self, id, name=secret.name, namespace=secret.namespace, store=config.secrets.store, keys=secret.keys)
            for id, secret in platform_secrets(model, config).items()
        }
