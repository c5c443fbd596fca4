"""A Docker daemon sidecar that only its own pod can reach."""

from __future__ import annotations

from dataclasses import dataclass, field

from cdk8s_plus_27 import k8s

from .image import ContainerImage
from .resources import ResourceFigures, Resources

#: The only address the daemon listens on. Pods share one network namespace, so the workload
#: container reaches it here, and nothing outside the pod can: the API is unauthenticated and
#: anyone who reaches it can start privileged containers on the node.
LOOPBACK = "127.0.0.1"


@dataclass(frozen=True)
class DockerDaemon:
    """Settings of a Docker-in-Docker sidecar (``docker:<version>-dind``).

    The daemon needs ``privileged``: it creates namespaces and cgroups for the containers it
    runs. Contain the pod accordingly (own namespace, dedicated nodes, egress rules).

    :param image: the dind image. Default: ``docker:29.9.2-dind``.
    :param port: the TCP port it serves its API on, bound to 127.0.0.1 only. Default: 2375.
    :param resources: requests and limits; they cap every container the daemon starts.
        Default: 300m/512Mi requested, 1 CPU/1Gi limit.
    :param storage_size_limit: size limit of the emptyDir at ``/var/lib/docker`` (images and
        container layers). Default: ``10Gi``.
    """

    image: ContainerImage = ContainerImage("docker", "29.9.2-dind")
    port: int = 2375
    resources: Resources = field(
        default_factory=lambda: Resources(
            requests=ResourceFigures(cpu="300m", memory="512Mi"),
            limits=ResourceFigures(cpu="1", memory="1Gi"),
        )
    )
    storage_size_limit: str = "10Gi"

    def __post_init__(self) -> None:
        if not isinstance(self.port, int) or not 1 <= self.port <= 65535:
            raise ValueError(f"docker daemon port {self.port!r} must be a number from 1 to 65535")

    @property
    def host(self) -> str:
        """The address clients in the pod dial: always the loopback interface."""
        return LOOPBACK

    def volume(self) -> k8s.Volume:
        return k8s.Volume(
            name="docker-storage",
            empty_dir=k8s.EmptyDirVolumeSource(size_limit=k8s.Quantity.from_string(self.storage_size_limit)),
        )

    def container(self) -> k8s.Container:
        endpoint = f"tcp://{LOOPBACK}:{self.port}"
        ready = k8s.ExecAction(command=["docker", f"--host={endpoint}", "version"])
        return k8s.Container(
            name="docker-daemon",
            image=self.image.reference,
            image_pull_policy="IfNotPresent",
            args=[f"--host={endpoint}", "--storage-driver=overlay2"],
            # An empty cert dir turns TLS off; the loopback bind is what protects the API.
            env=[k8s.EnvVar(name="DOCKER_TLS_CERTDIR", value="")],
            resources=self.resources.to_k8s(),
            security_context=k8s.SecurityContext(
                privileged=True,
                run_as_non_root=False,
                run_as_user=0,
                run_as_group=0,
                # Privileged containers run unconfined anyway; say so rather than imply a profile.
                seccomp_profile=k8s.SeccompProfile(type="Unconfined"),
            ),
            startup_probe=k8s.Probe(exec=ready, period_seconds=2, timeout_seconds=5, failure_threshold=30),
            readiness_probe=k8s.Probe(exec=ready, period_seconds=10, timeout_seconds=5, failure_threshold=3),
            liveness_probe=k8s.Probe(exec=ready, period_seconds=20, timeout_seconds=5, failure_threshold=3),
            volume_mounts=[k8s.VolumeMount(name="docker-storage", mount_path="/var/lib/docker")],
        )
