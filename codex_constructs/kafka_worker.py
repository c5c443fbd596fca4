"""A Kafka consumer with no inbound traffic, optionally with its own Docker daemon."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Unpack

from constructs import Construct

from ._props import checked_props
from .docker_daemon import DOCKER_DAEMON_WAIVERS, DockerDaemon
from .image import ContainerImage
from .lag_scaling import KafkaLagScaling
from .microservice import Microservice, WorkloadOptions
from .ports import ServicePort
from .probes import HealthProbe


class KafkaWorker(Microservice):
    """A background consumer: Deployment, ServiceAccount, optional HPA, and no Service.

    It takes no inbound traffic, so it has no probe port: give it a command probe. With
    ``docker_daemon`` the pod also runs a Docker daemon sidecar that listens on 127.0.0.1 only.

    :param name: the workload's name, a DNS label.
    :param image: the container image.
    :param probe: the health check, usually ``HealthProbe.command([...])``.
    :param ports: ports the process opens without serving them to others (e.g. a metrics port
        nobody scrapes yet); declared on the container, never exposed. Default: none.
    :param docker_daemon: run a Docker-in-Docker sidecar for the worker. Default: none.
    :param lag_scaling: scale on consumer lag with a KEDA ScaledObject instead of a fixed
        replica count or a CPU/memory HPA (``autoscaling``); the two are exclusive, since two
        autoscalers on one Deployment fight each other. Default: none.
    :param options: the common props of :class:`Microservice`.
    """

    @checked_props
    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        image: ContainerImage,
        probe: HealthProbe,
        ports: Sequence[ServicePort] = (),
        docker_daemon: DockerDaemon | None = None,
        lag_scaling: KafkaLagScaling | None = None,
        **options: Unpack[WorkloadOptions],
    ) -> None:
        exposed = [port.name for port in ports if port.expose]
        if exposed:
            raise ValueError(
                f"{name}: a KafkaWorker takes no inbound traffic, but ports {exposed} are exposed; "
                f"declare them with expose=False or use another construct"
            )
        if lag_scaling is not None and (options.get("autoscaling") or options.get("replicas") is not None):
            raise ValueError(
                f"{name}: lag_scaling replaces replicas and autoscaling; set only one of the three "
                f"(KEDA and an HPA on one Deployment would fight over the replica count)"
            )
        if docker_daemon is not None:
            # The daemon's exemptions travel with it, next to the Deployment that runs it.
            options["waivers"] = {**DOCKER_DAEMON_WAIVERS, **options.get("waivers", {})}
        super().__init__(
            scope,
            id,
            name=name,
            image=image,
            component="kafka-worker",
            ports=ports,
            probe=probe,
            scaled_externally=lag_scaling is not None,
            min_external_replicas=lag_scaling.min_replicas if lag_scaling else 1,
            sidecars=[docker_daemon.container()] if docker_daemon else (),
            volumes=[docker_daemon.volume()] if docker_daemon else (),
            **options,
        )
        self.docker_daemon = docker_daemon
        self.scaled_object = (
            lag_scaling.scaled_object(self, "ScaledObject", name=name, labels=self.labels, namespace=options.get("namespace"))
            if lag_scaling
            else None
        )
