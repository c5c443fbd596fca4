"""A standalone Redis for caches and pub/sub, optionally persistent."""

from __future__ import annotations

import re
from typing import Unpack

from cdk8s_plus_27 import k8s
from constructs import Construct

from ._props import checked_props
from ._quantities import parse_bytes, quantity
from .image import ContainerImage
from .microservice import Microservice, WorkloadOptions
from .ports import ServicePort
from .probes import HealthProbe
from .resources import ResourceFigures, Resources
from .secret_env import SecretEnv

#: Redis 7 (the Socket.IO adapter's supported major), pinned to a patch release.
DEFAULT_REDIS_IMAGE = ContainerImage("redis", "7.4.9-alpine")
DEFAULT_REDIS_RESOURCES = Resources(
    requests=ResourceFigures(cpu="20m", memory="48Mi"),
    limits=ResourceFigures(cpu="100m", memory="128Mi"),
)


def redis_url_template(password_variable: str, host: str, port: int = 6379) -> str:
    """An ESO template (engine v2) of the URL clients dial, built from the password alone, so a
    rotated password reaches the server and every client from one remote secret.

    The password is percent-encoded for the URL's userinfo: ioredis (Node's ``url.parse``) and
    node-redis (``new URL``) both decode it with ``decodeURIComponent``. ESO has no userinfo
    escaper; Go's ``urlquery`` escapes everything but letters, digits and ``-_.~``, writing a
    space as ``+`` (and a ``+`` as ``%2B``), which ``decodeURIComponent`` would keep as ``+``: so
    every ``+`` it leaves becomes ``%20``.
    """
    if not re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", password_variable):
        raise ValueError(f"{password_variable!r} cannot be a template variable: use letters, digits and '_'")
    return f'redis://:{{{{ .{password_variable} | urlquery | replace "+" "%20" }}}}@{host}:{port}'


#: Redis' ``maxmemory-policy`` values.
EVICTION_POLICIES = (
    "noeviction",
    "allkeys-lru",
    "allkeys-lfu",
    "allkeys-random",
    "volatile-lru",
    "volatile-lfu",
    "volatile-random",
    "volatile-ttl",
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
    :param max_memory: Redis ``maxmemory``, past which keys are evicted by ``eviction_policy``.
        Default, so that Redis evicts before the kernel kills it: with persistence, 50 % of the
        container's memory limit, since an append-only-file rewrite forks and "Redis can use up
        to 2 times the memory normally used" while it runs (Redis' administration guide); without,
        75 %, the room left for buffers and fragmentation (as managed Redis reserves 25 % by
        default: ElastiCache's reserved-memory-percent). None if the container has no limit.
    :param eviction_policy: Redis ``maxmemory-policy``. Default: ``volatile-lru``: only keys
        with an expiry (caches, idempotency keys) are evicted; keys without one (leaderboards)
        are kept, and writes fail rather than drop them when nothing else can go.
    :param password_secret: the Secret key holding the password (a :class:`SecretEnv` of one
        key): Redis then refuses clients that do not authenticate (``--requirepass``, read from
        the environment, so the value is in no manifest), and the probe authenticates through
        ``REDISCLI_AUTH``. Default: no password (anyone who reaches the port may read and write).
    :param options: the common props of :class:`Microservice`; resources default to
        ``DEFAULT_REDIS_RESOURCES``.
    """

    @checked_props
    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str = "redis",
        image: ContainerImage = DEFAULT_REDIS_IMAGE,
        port: int = 6379,
        persistence_size: str | None = None,
        storage_class: str | None = None,
        max_memory: str | None = None,
        eviction_policy: str = "volatile-lru",
        password_secret: SecretEnv | None = None,
        **options: Unpack[WorkloadOptions],
    ) -> None:
        if options.get("autoscaling") is not None or (options.get("replicas") or 1) > 1:
            raise ValueError(f"{name}: a standalone Redis runs exactly one replica; two would be two unrelated caches behind one Service")
        if eviction_policy not in EVICTION_POLICIES:
            raise ValueError(f"{name}: eviction_policy {eviction_policy!r} is not one of {', '.join(EVICTION_POLICIES)}")
        resources = options.setdefault("resources", DEFAULT_REDIS_RESOURCES)
        limit = resources.limits.memory
        share = (1, 2) if persistence_size else (3, 4)
        max_bytes = int(parse_bytes(max_memory)) if max_memory else (int(parse_bytes(limit)) * share[0] // share[1] if limit else None)
        if max_bytes is not None and limit and max_bytes >= parse_bytes(limit):
            raise ValueError(f"{name}: max_memory {max_memory} must be below the memory limit {limit}, or Redis is killed before it evicts")
        args = ["redis-server", "--port", str(port)]
        args += ["--appendonly", "yes"] if persistence_size else ["--save", "", "--appendonly", "no"]
        if max_bytes is not None:
            args += ["--maxmemory", str(max_bytes), "--maxmemory-policy", eviction_policy]
        extra_env: list[k8s.EnvVar] = []
        if password_secret is not None:
            if len(password_secret.keys) != 1:
                raise ValueError(f"{name}: password_secret names {len(password_secret.keys)} keys; give the one that holds the password")
            (key,) = password_secret.keys
            # $(VAR) in args is expanded by the kubelet from the container's environment.
            args += ["--requirepass", f"$({key})"]
            options["secret_env"] = password_secret
            extra_env.append(
                k8s.EnvVar(
                    name="REDISCLI_AUTH",
                    value_from=k8s.EnvVarSource(secret_key_ref=k8s.SecretKeySelector(name=password_secret.secret_name, key=key)),
                )
            )
        self.max_memory_bytes = max_bytes
        if persistence_size:
            parse_bytes(persistence_size)
            data = k8s.Volume(
                name="data",
                persistent_volume_claim=k8s.PersistentVolumeClaimVolumeSource(claim_name=f"{name}-data"),
            )
        else:
            data = k8s.Volume(name="data", empty_dir=k8s.EmptyDirVolumeSource(size_limit=quantity("256Mi")))
        super().__init__(
            scope,
            id,
            name=name,
            image=image,
            component="cache",
            ports=[ServicePort("redis", port)],
            probe=HealthProbe.command(["redis-cli", "-p", str(port), "ping"]),
            args=args,
            volumes=[data],
            volume_mounts=[k8s.VolumeMount(name="data", mount_path="/data")],
            recreate_on_update=bool(persistence_size),
            extra_env=extra_env,
            **options,
        )
        self.claim: k8s.KubePersistentVolumeClaim | None = None
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
