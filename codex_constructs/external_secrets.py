"""Secrets delivered by External Secrets Operator from GCP Secret Manager, never stored here."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from cdk8s import ApiObjectMetadata
from constructs import Construct

from ._crds.externalsecrets.io import external_secrets as eso
from ._names import check_dns_label
from ._props import checked_props


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

    @checked_props
    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        service_account: tuple[str, str],
        project: str | None = None,
        namespaces: Sequence[str] | None = None,
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
                ),
            ),
        )


class SecretFromStore(Construct):
    """An ``ExternalSecret`` that keeps the Secret ``name`` holding exactly ``keys``, each read
    from the store's remote secret named in ``keys``' value, and ``templates``, each built from
    remote values: one remote secret can then feed several keys that cannot drift apart (a
    password, and the URL that carries it).

    Construct id: ``Resource``.

    :param name: the Secret (and ExternalSecret) name.
    :param namespace: where the Secret is needed.
    :param store: the ClusterSecretStore's name.
    :param keys: Secret key to remote secret name.
    :param templates: Secret key to an ESO template (engine v2: Go text/template with Sprig),
        over the values of ``keys`` and ``template_inputs`` by name (``{{ .REDIS_PASSWORD }}``).
        With templates, every key of the Secret is rendered (the plain keys as themselves), so
        the Secret still holds exactly ``keys`` and ``templates``. Default: none.
    :param template_inputs: name to remote secret name: values the templates read that are not
        keys of the Secret. Default: none.
    :param refresh_interval: how often values are re-read, so rotation reaches the cluster.
        Default: ``1h``.
    """

    @checked_props
    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        store: str,
        keys: Mapping[str, str],
        templates: Mapping[str, str] | None = None,
        template_inputs: Mapping[str, str] | None = None,
        refresh_interval: str = "1h",
    ) -> None:
        super().__init__(scope, id)
        check_dns_label(name, "secret name")
        templates, template_inputs = dict(templates or {}), dict(template_inputs or {})
        if not keys and not templates:
            raise ValueError(f"secret {name}: list at least one key")
        for key in [*keys, *templates]:
            if not re.match(r"^[-._a-zA-Z0-9]+$", key):
                raise ValueError(f"secret {name}: key {key!r} may hold only letters, digits, '-', '_' and '.'")
        for variable in [*keys, *template_inputs] if templates else ():
            if not re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", variable):
                raise ValueError(f"secret {name}: {variable!r} cannot be a template variable: use letters, digits and '_'")
        if set(templates) & set(keys) or set(template_inputs) & set(keys):
            raise ValueError(
                f"secret {name}: a name is both a key and a template or input: "
                f"{sorted((set(templates) | set(template_inputs)) & set(keys))}"
            )
        if template_inputs and not templates:
            raise ValueError(f"secret {name}: template_inputs are read by templates only; give templates, or drop them")
        self.keys = dict(keys)
        self.templates = templates
        remotes = {**keys, **template_inputs}
        template = None
        if templates:
            # The plain keys too: a template replaces the Secret's data whole (mergePolicy Replace).
            rendered = {key: "{{ ." + key + " }}" for key in keys} | templates
            template = eso.ExternalSecretSpecTargetTemplate(
                engine_version=eso.ExternalSecretSpecTargetTemplateEngineVersion.V2,
                merge_policy=eso.ExternalSecretSpecTargetTemplateMergePolicy.REPLACE,
                data=dict(sorted(rendered.items())),
            )
        self.external_secret = eso.ExternalSecret(
            self,
            "Resource",
            metadata=ApiObjectMetadata(name=name, namespace=namespace),
            spec=eso.ExternalSecretSpec(
                refresh_interval=refresh_interval,
                secret_store_ref=eso.ExternalSecretSpecSecretStoreRef(
                    kind=eso.ExternalSecretSpecSecretStoreRefKind.CLUSTER_SECRET_STORE, name=store
                ),
                target=eso.ExternalSecretSpecTarget(
                    name=name, creation_policy=eso.ExternalSecretSpecTargetCreationPolicy.OWNER, template=template
                ),
                data=[
                    eso.ExternalSecretSpecData(secret_key=key, remote_ref=eso.ExternalSecretSpecDataRemoteRef(key=remote))
                    for key, remote in sorted(remotes.items())
                ],
            ),
        )
