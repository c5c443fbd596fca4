"""Secrets: the secret store, and one ExternalSecret per service with exactly its keys."""

from __future__ import annotations

import cdk8s
from constructs import Construct

from codex_constructs import GcpSecretStore, SecretFromStore

from ..derivations.components import ESO_NAMESPACE, eso_service_account
from ..derivations.plan import EnvironmentPlan
from ..derivations.secret_sources import platform_secrets


class SecretsChart(cdk8s.Chart):
    def __init__(self, scope: Construct, id: str, *, plan: EnvironmentPlan) -> None:
        super().__init__(scope, id, disable_resource_name_hashes=True)
        config, secrets = plan.config, platform_secrets(plan)
        self.store = GcpSecretStore(
            self,
            "store",
            name=config.secrets.store,
            service_account=(ESO_NAMESPACE, eso_service_account(config)),
            project=config.secrets.gcp_project,
            # Only the namespaces that read a secret may use the store.
            namespaces=[secret.namespace for secret in secrets.values()],
        )
        self.secrets: dict[str, SecretFromStore] = {
            id: SecretFromStore(
                self,
                id,
                name=secret.name,
                namespace=secret.namespace,
                store=config.secrets.store,
                keys=secret.keys,
                templates=secret.templates,
                template_inputs=secret.template_inputs,
            )
            for id, secret in secrets.items()
        }
