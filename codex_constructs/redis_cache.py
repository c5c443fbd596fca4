"""A standalone Redis for caches and pub/sub, optionally persistent."""

from __future__ import annotations

from typing import Optional, Unpack

from cdk8s_plus_27 import k8s
from constructs import Construct

from .image import ContainerImage
from .microservice import Microservice, WorkloadOptions
from .ports import ServicePort
from .probes import HealthProbe
from .quantities import parse_bytes, quantity
from .resources import ResourceFigures, Resources

#: Redis 7 (the Socket.IO adapter's supported major), pinned to a patch release.
DEFAULT_REDIS_IMAGE = ContainerImage("redis", "7.4.9-alpine")
DEFAULT_REDIS_RESOURCES = Resources(
    requests=ResourceFigures(cpu="20m", memory="48Mi"),
    limits=ResourceFigures(cpu="100m", memory="128Mi"),
)


class RedisCache(Microservice):
    """One Redis server (not Redis Cluster: pub/sub adapters need a single keyspace) behind a
    Service on ``port``.

    Without ``persistence_size`` Redis keeps data in memory only (``--save ""``, no AOF): a
    restart empties the cache, which its users must tolerate anyway. With it, Redis writes an
    append-only file to a PersistentVolumeClaim and the Deployment recreates rather than rolls,
    since the volume attaches to one pod at a time.

    Construct ids: those of :class:`Microservice`, plus ``Data`` for the claim.

    :param name: Service and Deployment name; clients dial ``<name>:<port>``. Default: ``redis``.
    :param image: the Redis image. Default: ``DEFAULT_REDIS_IMAGE``.
    :param port: the port, named ``redis``. Default: 6379.
    :param persistence_size: size of the data volume. Default: no persistence.
    :param storage_class: StorageClass of the data volume. Default: the cluster's default.
    :param max_memory: Redis ``maxmemory``, past which least-recently-used keys are evicted.
        Default: none (bounded only by the container limit).
    :param options: the common props of :class:`Microservice`; resources default to
        ``DEFAULT_REDIS_RESOURCES``.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str = "redis",
        image: ContainerImage = DEFAULT_REDIS_IMAGE,
        port: int = 6379,
        persistence_size: Optional[str] = None,
        storage_class: Optional[str] = None,
        max_memory: Optional[str] = None,
        **options: Unpack[WorkloadOptions],
    ) -> None:
        if options.get("autoscaling") is not None or (options.get("replicas") or 1) > 1:
            raise ValueError(
                f"{name}: a standalone Redis runs exactly one replica; two would be two unrelated "
                f"caches behind one Service"
            )
        options.setdefault("resources", DEFAULT_REDIS_RESOURCES)
        args = ["redis-server", "--port", str(port)]
        args += ["--appendonly", "yes"] if persistence_size else ["--save", "", "--appendonly", "no"]
        if max_memory:
            args += ["--maxmemory", str(int(parse_bytes(max_memory))), "--maxmemory-policy", "allkeys-lru"]
        if persistence_size:
            parse_bytes(persistence_size)
            data = k8s.Volume(
                name="data",
                persistent_volume_claim=k8s.PersistentVolumeClaimVolumeSource(claim_name=f"{name}-data"),
            )
        else:
            data = k8s.Volume(name="data", empty_dir=k8s.EmptyDirVolumeSource(size_limit=quantity("256Mi")))
        super().__init__(
            scope, id, name=name, image=image, component="cache",
            ports=[ServicePort("redis", port)],
            probe=HealthProbe.command(["redis-cli", "-p", str(port), "ping"]),
            args=args,
            volumes=[data],
            volume_mounts=[k8s.VolumeMount(name="data", mount_path="/data")],
            recreate_on_update=bool(persistence_size),
            **options,
        )
        self.claim: Optional[k8s.KubePersistentVolumeClaim] = None
        if persistence_size:
            self.claim = k8s.KubePersistentVolumeClaim(
                self,
                "Data",
                metadata=k8s.ObjectMeta(name=f"{name}-data", labels=self.labels),
                spec=k8s.PersistentVolumeClaimSpec(
                    access_modes=["ReadWriteOnce"],
                    storage_class_name=storage_class,
                    resources=k8s.ResourceRequirements(requests={"storage": quantity(persistence_size)}),
                ),
            )
