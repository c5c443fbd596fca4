"""Secrets delivered by External Secrets Operator from GCP Secret Manager, never stored here."""

from __future__ import annotations

import re
from typing import Mapping, Optional, Sequence

from cdk8s import ApiObjectMetadata
from constructs import Construct

from ._crds.externalsecrets.io import external_secrets as eso
from ._names import check_dns_label


class GcpSecretStore(Construct):
    """A ``ClusterSecretStore`` reading GCP Secret Manager with Workload Identity: the ESO
    controller's Kubernetes ServiceAccount is the identity, so no key file exists anywhere.

    Construct id: ``Resource``.

    :param name: the store's name, referenced by ExternalSecrets.
    :param service_account: the ESO controller's ServiceAccount ``(namespace, name)``, granted
        ``roles/secretmanager.secretAccessor`` in GCP.
    :param project: the GCP project holding the secrets. Default: the cluster's own project
        (read from the metadata server).
    :param namespaces: the only namespaces whose ExternalSecrets may use the store (ESO's
        ``conditions``). Default: every namespace, which lets anyone who can create an
        ExternalSecret anywhere read every secret the identity can.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        service_account: tuple[str, str],
        project: Optional[str] = None,
        namespaces: Optional[Sequence[str]] = None,
    ) -> None:
        super().__init__(scope, id)
        check_dns_label(name, "secret store name")
        for namespace in namespaces or ():
            check_dns_label(namespace, "namespace")
        if namespaces is not None and not namespaces:
            raise ValueError(f"secret store {name}: namespaces is empty, so no namespace could use it; omit it or list them")
        namespace, account = service_account
        self.name = name
        self.store = eso.ClusterSecretStore(
            self,
            "Resource",
            metadata=ApiObjectMetadata(name=name),
            spec=eso.ClusterSecretStoreSpec(
                conditions=[eso.ClusterSecretStoreSpecConditions(namespaces=sorted(set(namespaces)))] if namespaces else None,
                provider=eso.ClusterSecretStoreSpecProvider(
                    gcpsm=eso.ClusterSecretStoreSpecProviderGcpsm(
                        project_id=project,
                        auth=eso.ClusterSecretStoreSpecProviderGcpsmAuth(
                            workload_identity=eso.ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentity(
                                service_account_ref=eso.ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef(
                                    name=account, namespace=namespace
                                )
                            )
                        ),
                    )
                )
            ),
        )


class SecretFromStore(Construct):
    """An ``ExternalSecret`` that keeps the Secret ``name`` holding exactly ``keys``, each read
    from the store's remote secret named in ``keys``' value.

    Construct id: ``Resource``.

    :param name: the Secret (and ExternalSecret) name.
    :param namespace: where the Secret is needed.
    :param store: the ClusterSecretStore's name.
    :param keys: Secret key to remote secret name.
    :param refresh_interval: how often values are re-read, so rotation reaches the cluster.
        Default: ``1h``.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        store: str,
        keys: Mapping[str, str],
        refresh_interval: str = "1h",
    ) -> None:
        super().__init__(scope, id)
        check_dns_label(name, "secret name")
        if not keys:
            raise ValueError(f"secret {name}: list at least one key")
        for key in keys:
            if not re.match(r"^[-._a-zA-Z0-9]+$", key):
                raise ValueError(f"secret {name}: key {key!r} may hold only letters, digits, '-', '_' and '.'")
        self.keys = dict(keys)
        self.external_secret = eso.ExternalSecret(
            self,
            "Resource",
            metadata=ApiObjectMetadata(name=name, namespace=namespace),
            spec=eso.ExternalSecretSpec(
                refresh_interval=refresh_interval,
                secret_store_ref=eso.ExternalSecretSpecSecretStoreRef(
                    kind=eso.ExternalSecretSpecSecretStoreRefKind.CLUSTER_SECRET_STORE, name=store
                ),
                target=eso.ExternalSecretSpecTarget(name=name, creation_policy=eso.ExternalSecretSpecTargetCreationPolicy.OWNER),
                data=[
                    eso.ExternalSecretSpecData(secret_key=key, remote_ref=eso.ExternalSecretSpecDataRemoteRef(key=remote))
                    for key, remote in sorted(keys.items())
                ],
            ),
        )
