"""Schema migrations that run before a deploy and stop it when they fail."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from cdk8s_plus_27 import k8s
from constructs import Construct

from ._names import check_dns_label
from ._props import checked_props
from ._quantities import quantity
from .defaults import (
    DEFAULT_RESOURCES,
    policy_waivers,
    restricted_container_security_context,
    restricted_pod_security_context,
    standard_labels,
    with_default_ephemeral_storage,
)
from .image import ContainerImage
from .resources import Resources
from .secret_env import SecretEnv


class MigrationJob(Construct):
    """A Job run as an Argo CD ``PreSync`` hook: before the Application's other objects are
    applied, it runs ``command`` in ``image``; if it fails, the sync fails and nothing rolls
    out against a schema it does not expect.

    The Job is replaced at the next sync (``BeforeHookCreation``), so a failed run stays
    inspectable until then. It uses the same image as the service, so an image update that
    retags the service retags its migrations too.

    Hooks run before the Application's other objects exist, so the Job runs as a ServiceAccount
    of its own, made by a ``PreSync`` hook one wave earlier: on a first sync, a ServiceAccount
    from the Sync phase (the service's own) would not exist yet, and the Job's pods would be
    refused until its deadline failed the sync.

    Construct ids: ``Resource`` (the Job), ``ServiceAccount`` (unless ``service_account_name``).

    :param name: the Job's name.
    :param image: the image holding the migration tool.
    :param command: the command, e.g. ``["npx", "prisma", "migrate", "deploy"]``.
    :param secret_env: the secret keys it reads (the database URLs). Default: none.
    :param env: plain variables. Default: none.
    :param service_account_name: an existing ServiceAccount to run as instead; it must exist
        before the sync starts (made by an earlier Application). Default: its own, named after
        the Job.
    :param resources: requests and limits. Default: ``defaults.DEFAULT_RESOURCES``.
    :param deadline_seconds: how long the migration may run before it counts as failed.
        Default: 600.
    :param part_of: value of ``app.kubernetes.io/part-of``. Default: label omitted.
    :param namespace: the Job's namespace. Default: the chart's.
    :param waivers: policy checks it is exempt from, check id to reason. Default: none.
    """

    @checked_props
    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        image: ContainerImage,
        command: Sequence[str],
        secret_env: SecretEnv | None = None,
        env: Mapping[str, str] | None = None,
        service_account_name: str | None = None,
        resources: Resources = DEFAULT_RESOURCES,
        deadline_seconds: int = 600,
        part_of: str | None = None,
        namespace: str | None = None,
        waivers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(scope, id)
        check_dns_label(name, "job name")
        if not command:
            raise ValueError(f"{name}: give the migration command")
        variables = [k8s.EnvVar(name=key, value=value) for key, value in sorted((env or {}).items())]
        if secret_env is not None:
            variables += secret_env.env_vars()
        variables.sort(key=lambda variable: variable.name)
        labels = standard_labels(name, "migration", part_of)
        hook = {"argocd.argoproj.io/hook": "PreSync", "argocd.argoproj.io/hook-delete-policy": "BeforeHookCreation"}
        self.service_account: k8s.KubeServiceAccount | None = None
        if service_account_name is None:
            self.service_account = k8s.KubeServiceAccount(
                self,
                "ServiceAccount",
                metadata=k8s.ObjectMeta(
                    name=name, namespace=namespace, labels=labels, annotations={**hook, "argocd.argoproj.io/sync-wave": "-1"}
                ),
                automount_service_account_token=False,
            )
            service_account_name = name
        self.job = k8s.KubeJob(
            self,
            "Resource",
            metadata=k8s.ObjectMeta(
                name=name,
                namespace=namespace,
                labels=labels,
                annotations={**hook, **(policy_waivers(waivers or {}) or {})},
            ),
            spec=k8s.JobSpec(
                # One retry for a transient connection error; a real failure fails fast.
                backoff_limit=1,
                active_deadline_seconds=deadline_seconds,
                template=k8s.PodTemplateSpec(
                    metadata=k8s.ObjectMeta(labels=labels),
                    spec=k8s.PodSpec(
                        restart_policy="Never",
                        service_account_name=service_account_name,
                        automount_service_account_token=False,
                        security_context=restricted_pod_security_context(),
                        containers=[
                            k8s.Container(
                                name="migrate",
                                image=image.reference,
                                image_pull_policy="Always",
                                command=list(command),
                                env=variables or None,
                                resources=with_default_ephemeral_storage(resources).to_k8s(),
                                security_context=restricted_container_security_context(),
                                volume_mounts=[k8s.VolumeMount(name="tmp", mount_path="/tmp")],
                            )
                        ],
                        volumes=[k8s.Volume(name="tmp", empty_dir=k8s.EmptyDirVolumeSource(size_limit=quantity("256Mi")))],
                    ),
                ),
            ),
        )
