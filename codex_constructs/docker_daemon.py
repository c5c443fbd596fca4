"""A Docker daemon sidecar that only its own pod can reach."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from cdk8s_plus_27 import k8s

from ._quantities import parse_bytes, quantity
from .image import ContainerImage
from .resources import ResourceFigures, Resources

#: The only address the daemon listens on. Pods share one network namespace, so the workload
#: container reaches it here, and nothing outside the pod can: the API is unauthenticated and
#: anyone who reaches it can start privileged containers on the node.
LOOPBACK = "127.0.0.1"


#: The container name; each waiver below names it, because checkov reports these checks per
#: workload, not per container, so a waiver cannot be narrower than the Deployment.
CONTAINER = "docker-daemon"
_WHY = f"container {CONTAINER} only (a Docker daemon creates containers), which needs"
#: Policy checks a Docker-in-Docker sidecar cannot pass, and why. Contain it instead: its own
#: namespace, dedicated nodes, loopback-only API, narrow egress (see the README). Every other
#: container of the pod must still pass them: tests/charts/test_policy.py checks that itself.
DOCKER_DAEMON_WAIVERS = {
    "CKV_K8S_16": f"{_WHY} a privileged container",
    "CKV_K8S_20": f"{_WHY} privilege escalation (implied by privileged)",
    "CKV_K8S_22": f"{_WHY} a writable root filesystem for its state and mounts",
    "CKV_K8S_23": f"{_WHY} root (uid 0)",
    "CKV_K8S_28": f"{_WHY} NET_RAW, included in privileged",
    "CKV_K8S_37": f"{_WHY} all capabilities, included in privileged",
    "CKV_K8S_40": f"{_WHY} uid 0, not a high uid",
}


@dataclass(frozen=True)
class DockerDaemon:
    """Settings of a Docker-in-Docker sidecar (``docker:<version>-dind``).

    The daemon needs ``privileged``: it creates namespaces and cgroups for the containers it
    runs. Contain the pod accordingly (own namespace, dedicated nodes, egress rules).

    :param image: the dind image. Default: ``docker:29.9.0-dind``.
    :param port: the TCP port it serves its API on, bound to 127.0.0.1 only. Default: 2375.
    :param resources: requests and limits; they cap every container the daemon starts.
        Default: 300m/512Mi requested, 1 CPU/1Gi limit.
    :param storage_size_limit: size limit of the emptyDir at ``/var/lib/docker`` (images and
        container layers). Default: ``10Gi``.
    :param registry_mirror: a pull-through registry the daemon pulls Docker Hub images from
        (``https://...``), so the pod's egress can be pinned to it. Default: none.
    """

    # A tag known to be published (referenced by digest in public manifests); 29.9.2, pinned
    # before, had no trace of ever being released.
    image: ContainerImage = ContainerImage("docker", "29.9.0-dind")
    port: int = 2375
    resources: Resources = field(
        default_factory=lambda: Resources(
            requests=ResourceFigures(cpu="300m", memory="512Mi"),
            limits=ResourceFigures(cpu="1", memory="1Gi"),
        )
    )
    storage_size_limit: str = "10Gi"
    registry_mirror: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.port, int) or not 1 <= self.port <= 65535:
            raise ValueError(f"docker daemon port {self.port!r} must be a number from 1 to 65535")
        if self.registry_mirror is not None and not self.registry_mirror.startswith("https://"):
            raise ValueError(f"registry_mirror {self.registry_mirror!r} must be an https URL")

    @property
    def host(self) -> str:
        """The address clients in the pod dial: always the loopback interface."""
        return LOOPBACK

    def volume(self) -> k8s.Volume:
        return k8s.Volume(
            name="docker-storage",
            empty_dir=k8s.EmptyDirVolumeSource(size_limit=quantity(self.storage_size_limit)),
        )

    @property
    def endpoint(self) -> str:
        """The daemon's API address, as the docker CLI's ``--host`` takes it."""
        return f"tcp://{LOOPBACK}:{self.port}"

    def command(self) -> list[str]:
        """The daemon's full command line.

        It starts with ``dockerd`` on purpose: the image's entrypoint (``dockerd-entrypoint.sh``)
        prepends ``--host=unix://...`` and ``--host=tcp://0.0.0.0:2375`` when the first argument
        is a flag, which would open the API on the pod network (and then fail to bind our own
        port). A command that names ``dockerd`` is run as given. ``--tls=false`` says out loud
        that the loopback bind, not TLS, is what protects the API.
        """
        mirror = [f"--registry-mirror={self.registry_mirror}"] if self.registry_mirror else []
        return ["dockerd", f"--host={self.endpoint}", "--tls=false", "--storage-driver=overlay2", *mirror]

    def container(self) -> k8s.Container:
        """The daemon, to run as a native sidecar (an init container that keeps running):
        it is up before the worker starts and stops only after the worker has exited."""
        ready = k8s.ExecAction(command=["docker", f"--host={self.endpoint}", "version"])
        resources = self.resources
        if resources.requests.ephemeral_storage is None:
            # Images and layers live in the storage emptyDir, which counts against the pod's
            # local-disk limit: leave room for it plus the container's own logs.
            storage = int(parse_bytes(self.storage_size_limit) // 2**20)
            resources = Resources(
                requests=dataclasses.replace(resources.requests, ephemeral_storage="1Gi"),
                limits=dataclasses.replace(resources.limits, ephemeral_storage=f"{storage + 1024}Mi"),
            )
        return k8s.Container(
            name=CONTAINER,
            image=self.image.reference,
            image_pull_policy="Always",
            args=self.command(),
            # An empty cert dir turns TLS off; the loopback bind is what protects the API.
            env=[k8s.EnvVar(name="DOCKER_TLS_CERTDIR", value="")],
            resources=resources.to_k8s(),
            security_context=k8s.SecurityContext(
                privileged=True,
                run_as_non_root=False,
                run_as_user=0,
                run_as_group=0,
                # Privileged containers run unconfined anyway; say so rather than imply a profile.
                seccomp_profile=k8s.SeccompProfile(type="Unconfined"),
            ),
            # The worker container starts once this succeeds (native sidecar ordering).
            startup_probe=k8s.Probe(exec=ready, period_seconds=2, timeout_seconds=5, failure_threshold=30),
            readiness_probe=k8s.Probe(exec=ready, period_seconds=10, timeout_seconds=5, failure_threshold=3),
            liveness_probe=k8s.Probe(exec=ready, period_seconds=20, timeout_seconds=5, failure_threshold=3),
            volume_mounts=[k8s.VolumeMount(name="docker-storage", mount_path="/var/lib/docker")],
        )
