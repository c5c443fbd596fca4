"""The workload every service construct is built on: ServiceAccount, Deployment, Service, HPA.

``GrpcService``, ``HttpService``, ``WebsocketService`` and ``KafkaWorker`` differ only in their
ports, probes and extras; the shape of the objects, the labels and the security settings are
decided here once.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import TypedDict

from cdk8s_plus_27 import k8s
from constructs import Construct

from ._names import check_dns_label, check_env_name, check_label_value
from ._props import checked_props
from ._quantities import check_count, int_or_string, quantity
from ._sidecars import SidecarDeployment
from ._unique_names import claim_object_names
from .autoscaling import Autoscaling
from .defaults import (
    DEFAULT_RESOURCES,
    policy_waivers,
    restricted_container_security_context,
    restricted_pod_security_context,
    selector_labels,
    standard_labels,
    topology_spread,
    with_default_ephemeral_storage,
)
from .image import ContainerImage
from .placement import Placement
from .ports import ServicePort, check_unique_ports
from .probes import HealthProbe
from .resources import Resources
from .secret_env import SecretEnv

_TMP_VOLUME = "tmp"


class WorkloadOptions(TypedDict, total=False):
    """The optional props every service construct passes on to :class:`Microservice`."""

    env: Mapping[str, str]
    secret_env: SecretEnv | None
    replicas: int | None
    autoscaling: Autoscaling | None
    resources: Resources
    part_of: str | None
    writable_paths: Sequence[str]
    termination_grace_period_seconds: int
    pre_stop_seconds: int
    init_containers: Sequence[k8s.Container]
    namespace: str | None
    placement: Placement
    waivers: Mapping[str, str]


class Microservice(Construct):
    """A stateless service: a Deployment of one container, its Service and optional HPA.

    Resource names equal ``name``; construct ids are ``Resource`` (the Deployment, so
    ``ApiObject.of(service)`` and ``node.default_child`` find it), ``ServiceAccount``,
    ``Service``, ``Autoscaler`` and ``DisruptionBudget``. Pods run as a non-root high uid with a
    read-only root filesystem, all capabilities dropped and the runtime's seccomp profile;
    ``writable_paths`` get emptyDirs. Replicas spread over zones and nodes, and a workload that
    can run more than one replica gets a PodDisruptionBudget that keeps all but one up during
    node drains.

    :param name: the workload's name, a DNS label: Deployment, Service, ServiceAccount and
        container are all called this.
    :param image: the container image.
    :param component: value of ``app.kubernetes.io/component``.
    :param ports: ports the container listens on. Default: none (then no Service is made).
    :param probe: the health check. Default: TCP on the first port; required when there is none.
    :param env: plain environment variables. Default: none.
    :param secret_env: keys read from a Secret. Default: none.
    :param replicas: a fixed replica count, exclusive with ``autoscaling``. Default: 1.
    :param autoscaling: an HPA on CPU and/or memory; the Deployment then sets no ``replicas``
        so GitOps tools do not fight the autoscaler. Default: none.
    :param resources: requests and limits. Default: ``defaults.DEFAULT_RESOURCES``.
    :param part_of: value of ``app.kubernetes.io/part-of``. Default: label omitted.
    :param writable_paths: paths that get an emptyDir, since the root filesystem is read-only.
        Default: ``("/tmp",)``.
    :param termination_grace_period_seconds: how long a stopping pod may take. Default: 30.
    :param pre_stop_seconds: how long the container keeps running before it gets SIGTERM (a
        preStop ``sleep``; the image needs a ``sleep`` binary), so endpoints and load balancers
        drop the pod first and work in flight finishes. Part of the grace period. Default: 0.
    :param extra_env: environment variables that are not plain strings (e.g. the downward
        API). Default: none.
    :param scaled_externally: another autoscaler (e.g. KEDA) owns the replica count, so the
        Deployment sets none. Default: False.
    :param min_external_replicas: the external autoscaler's lower bound (for the disruption
        budget). Default: 1.
    :param init_containers: containers that must finish before the main one starts. Default: none.
    :param sidecars: containers the main one depends on, run as native sidecars: started (and
        startup-probed) before it, stopped only after it has exited. Needs Kubernetes 1.29+.
        Default: none.
    :param volumes: further pod volumes. Default: none.
    :param volume_mounts: mounts of those volumes into the main container. Default: none.
    :param args: arguments to the image's entrypoint. Default: the image's own.
    :param recreate_on_update: stop the old pod before starting the new one, for a workload
        whose ReadWriteOnce volume cannot be attached twice. Default: False (rolling update).
    :param namespace: the namespace of every object. Default: the chart's.
    :param placement: node pool, taints, runtime class, DNS search. Default: anywhere.
    :param waivers: policy checks this workload is exempt from, check id to reason, written
        next to the object as checkov skip annotations. Default: none.
    """

    @checked_props
    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        image: ContainerImage,
        component: str,
        ports: Sequence[ServicePort] = (),
        probe: HealthProbe | None = None,
        env: Mapping[str, str] | None = None,
        secret_env: SecretEnv | None = None,
        replicas: int | None = None,
        autoscaling: Autoscaling | None = None,
        resources: Resources = DEFAULT_RESOURCES,
        part_of: str | None = None,
        writable_paths: Sequence[str] = ("/tmp",),
        termination_grace_period_seconds: int = 30,
        pre_stop_seconds: int = 0,
        extra_env: Sequence[k8s.EnvVar] = (),
        scaled_externally: bool = False,
        min_external_replicas: int = 1,
        init_containers: Sequence[k8s.Container] = (),
        sidecars: Sequence[k8s.Container] = (),
        volumes: Sequence[k8s.Volume] = (),
        volume_mounts: Sequence[k8s.VolumeMount] = (),
        args: Sequence[str] = (),
        recreate_on_update: bool = False,
        namespace: str | None = None,
        placement: Placement = Placement(),
        waivers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(scope, id)
        check_dns_label(name, "name")
        if namespace is not None:
            check_dns_label(namespace, "namespace")
        if part_of is not None:
            check_label_value(part_of, "part_of (label app.kubernetes.io/part-of)")
        check_unique_ports(list(ports), name)
        if autoscaling is not None and scaled_externally:
            raise ValueError(f"{name}: an HPA and an external autoscaler cannot both own the replica count")
        if replicas is not None and (autoscaling is not None or scaled_externally):
            raise ValueError(f"{name}: set replicas or autoscaling, not both (the HPA owns the replica count)")
        if replicas is not None:
            check_count(replicas, f"{name}: replicas")
        if probe is None:
            if not ports:
                raise ValueError(f"{name}: a workload without ports needs an explicit probe, e.g. HealthProbe.command(...)")
            probe = HealthProbe.tcp(ports[0].name)
        env = dict(env or {})
        for key, value in env.items():
            check_env_name(key)
            if not isinstance(value, str):
                raise ValueError(f"{name}: env {key}={value!r} must be a string (quote it: {str(value)!r})")
        if secret_env is not None:
            clash = sorted(set(env) & set(secret_env.keys))
            if clash:
                raise ValueError(f"{name}: {clash} set both as plain env and as secret keys; keep one")
        if not isinstance(termination_grace_period_seconds, int) or termination_grace_period_seconds < 0:
            raise ValueError(
                f"{name}: termination_grace_period_seconds {termination_grace_period_seconds!r} must be a whole number of at least 0"
            )
        if pre_stop_seconds and not 0 < pre_stop_seconds < termination_grace_period_seconds:
            raise ValueError(
                f"{name}: pre_stop_seconds {pre_stop_seconds} must be at least 0 and below "
                f"termination_grace_period_seconds {termination_grace_period_seconds} (it is part of it)"
            )
        for path in writable_paths:
            if not path.startswith("/"):
                raise ValueError(f"{name}: writable path {path!r} must be absolute")

        self.name = name
        self.ports: tuple[ServicePort, ...] = tuple(ports)
        self.probe = probe
        self.labels = standard_labels(name, component, part_of)
        self.selector = selector_labels(name)
        self._env = env
        self._secret_env = secret_env
        self._writable_paths = tuple(writable_paths)
        self._grace = termination_grace_period_seconds
        self._pre_stop = pre_stop_seconds
        self._image = image
        self._resources = with_default_ephemeral_storage(resources)
        self._placement = placement
        self._extra_env = list(extra_env)
        self._sidecars = list(sidecars)
        self._init_containers = list(init_containers)
        self._volumes = list(volumes)
        self._volume_mounts = list(volume_mounts)
        self._args = list(args)

        self.service_account = k8s.KubeServiceAccount(
            self,
            "ServiceAccount",
            metadata=k8s.ObjectMeta(name=name, namespace=namespace, labels=self.labels),
            # No workload here talks to the Kubernetes API: no token is mounted.
            automount_service_account_token=False,
        )
        # Only a pod with native sidecars needs its rendering amended (a call back into Python
        # at every synth); the others stay plain L1 objects.
        deployment_class = (
            functools.partial(SidecarDeployment, sidecars=[s.name for s in self._sidecars]) if self._sidecars else k8s.KubeDeployment
        )
        self.deployment = deployment_class(
            self,
            "Resource",
            metadata=k8s.ObjectMeta(name=name, namespace=namespace, labels=self.labels, annotations=policy_waivers(waivers or {})),
            spec=k8s.DeploymentSpec(
                replicas=None if autoscaling or scaled_externally else (1 if replicas is None else replicas),
                selector=k8s.LabelSelector(match_labels=self.selector),
                strategy=k8s.DeploymentStrategy(type="Recreate")
                if recreate_on_update
                else k8s.DeploymentStrategy(
                    type="RollingUpdate",
                    rolling_update=k8s.RollingUpdateDeployment(
                        max_surge=int_or_string(1),
                        max_unavailable=int_or_string(0),
                    ),
                ),
                template=k8s.PodTemplateSpec(
                    metadata=k8s.ObjectMeta(labels=self.labels),
                    spec=self._pod_spec(),
                ),
            ),
        )
        exposed = [port for port in self.ports if port.expose]
        self.service: k8s.KubeService | None = None
        if exposed:
            self.service = k8s.KubeService(
                self,
                "Service",
                metadata=k8s.ObjectMeta(name=name, namespace=namespace, labels=self.labels),
                spec=k8s.ServiceSpec(
                    type="ClusterIP",
                    selector=self.selector,
                    ports=[
                        k8s.ServicePort(
                            name=port.name,
                            port=port.port,
                            target_port=int_or_string(port.name),
                            protocol="TCP",
                        )
                        for port in exposed
                    ],
                ),
            )
        self.autoscaling = autoscaling
        self.hpa: k8s.KubeHorizontalPodAutoscalerV2 | None = None
        if autoscaling is not None:
            self.hpa = _autoscaler(self, name, namespace, self.labels, autoscaling)
        self.min_replicas = autoscaling.min_replicas if autoscaling else (1 if replicas is None else replicas)
        self.disruption_budget: k8s.KubePodDisruptionBudget | None = None
        if self.min_replicas > 1 or (scaled_externally and min_external_replicas > 1):
            self.disruption_budget = k8s.KubePodDisruptionBudget(
                self,
                "DisruptionBudget",
                metadata=k8s.ObjectMeta(name=name, namespace=namespace, labels=self.labels),
                spec=k8s.PodDisruptionBudgetSpec(
                    max_unavailable=int_or_string(1),
                    selector=k8s.LabelSelector(match_labels=self.selector),
                ),
            )
        made = [("ServiceAccount", name), ("Deployment", name)]
        made += [
            (kind, name)
            for kind, obj in (
                ("Service", self.service),
                ("HorizontalPodAutoscaler", self.hpa),
                ("PodDisruptionBudget", self.disruption_budget),
            )
            if obj is not None
        ]
        claim_object_names(self, [(kind, namespace, object_name) for kind, object_name in made])

    # Rendering -----------------------------------------------------------------------------

    def _env_vars(self) -> list[k8s.EnvVar]:
        variables = [k8s.EnvVar(name=key, value=value) for key, value in self._env.items()]
        if self._secret_env is not None:
            variables += self._secret_env.env_vars()
        variables += self._extra_env
        names = [variable.name for variable in variables]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise ValueError(f"{self.name}: environment variables {duplicates} are set twice")
        return sorted(variables, key=lambda variable: variable.name)

    def _writable_volumes(self) -> tuple[list[k8s.Volume], list[k8s.VolumeMount]]:
        volumes, mounts = [], []
        for index, path in enumerate(self._writable_paths):
            volume = _TMP_VOLUME if index == 0 else f"writable-{index}"
            volumes.append(k8s.Volume(name=volume, empty_dir=k8s.EmptyDirVolumeSource(size_limit=quantity("256Mi"))))
            mounts.append(k8s.VolumeMount(name=volume, mount_path=path))
        return volumes, mounts

    def _pod_spec(self) -> k8s.PodSpec:
        volumes, mounts = self._writable_volumes()
        main = k8s.Container(
            name=self.name,
            image=self._image.reference,
            # Always: the kubelet re-checks the registry (and the pull credentials) at each
            # start; with pinned tags this costs a manifest check, not a download.
            image_pull_policy="Always",
            args=self._args or None,
            ports=[k8s.ContainerPort(name=p.name, container_port=p.port, protocol="TCP") for p in self.ports] or None,
            env=self._env_vars() or None,
            resources=self._resources.to_k8s(),
            security_context=restricted_container_security_context(),
            startup_probe=self.probe.startup(),
            readiness_probe=self.probe.readiness(),
            liveness_probe=self.probe.liveness(),
            volume_mounts=(mounts + self._volume_mounts) or None,
            lifecycle=k8s.Lifecycle(pre_stop=k8s.LifecycleHandler(exec=k8s.ExecAction(command=["sleep", str(self._pre_stop)])))
            if self._pre_stop
            else None,
        )
        placement = self._placement
        # Ordinary init containers finish before the sidecars start.
        init_containers = [*self._init_containers, *self._sidecars]
        return k8s.PodSpec(
            service_account_name=self.name,
            automount_service_account_token=False,
            enable_service_links=False,
            node_selector=dict(placement.node_selector) or None,
            tolerations=placement.tolerations(),
            runtime_class_name=placement.runtime_class,
            dns_config=placement.dns_config(),
            topology_spread_constraints=topology_spread(self.selector),
            security_context=restricted_pod_security_context(),
            termination_grace_period_seconds=self._grace,
            init_containers=init_containers or None,
            containers=[main],
            volumes=(volumes + self._volumes) or None,
        )


def _autoscaler(
    scope: Construct, name: str, namespace: str | None, labels: Mapping[str, str], autoscaling: Autoscaling
) -> k8s.KubeHorizontalPodAutoscalerV2:
    metrics = []
    for resource, target in (("cpu", autoscaling.cpu_utilization), ("memory", autoscaling.memory_utilization)):
        if target is not None:
            metrics.append(
                k8s.MetricSpecV2(
                    type="Resource",
                    resource=k8s.ResourceMetricSourceV2(
                        name=resource,
                        target=k8s.MetricTargetV2(type="Utilization", average_utilization=target),
                    ),
                )
            )
    return k8s.KubeHorizontalPodAutoscalerV2(
        scope,
        "Autoscaler",
        metadata=k8s.ObjectMeta(name=name, namespace=namespace, labels=dict(labels)),
        spec=k8s.HorizontalPodAutoscalerSpecV2(
            scale_target_ref=k8s.CrossVersionObjectReferenceV2(api_version="apps/v1", kind="Deployment", name=name),
            min_replicas=autoscaling.min_replicas,
            max_replicas=autoscaling.max_replicas,
            metrics=metrics,
        ),
    )
