"""RedisCache: one replica, persistence on a claim, the password from one Secret key."""

import pytest

from codex_constructs import RedisCache, ResourceFigures, Resources, SecretEnv
from library.support import by_kind, chart, container, manifests


def test_redis_persistence_is_a_claim_and_recreate():
    scope = chart()
    RedisCache(scope, "redis", persistence_size="1Gi", storage_class="standard-rwo")
    objects = manifests(scope)
    (claim,) = by_kind(objects, "PersistentVolumeClaim")
    assert claim["spec"]["resources"]["requests"]["storage"] == "1Gi"
    deployment = by_kind(objects, "Deployment")[0]
    assert deployment["spec"]["strategy"] == {"type": "Recreate"}
    args = container(objects)["args"]
    assert args[args.index("--appendonly") + 1] == "yes"


def test_redis_refuses_more_than_one_replica():
    with pytest.raises(ValueError, match="a standalone Redis runs exactly one replica"):
        RedisCache(chart(), "redis", replicas=2)


def test_a_password_secret_must_hold_one_key():
    with pytest.raises(ValueError, match="password_secret names 2 keys"):
        RedisCache(chart(), "redis", password_secret=SecretEnv("redis-secrets", ("A", "B")))


def test_without_a_password_redis_runs_open_and_says_so_in_its_docs():
    scope = chart()
    RedisCache(scope, "redis")
    assert "--requirepass" not in container(manifests(scope))["args"]
    assert "anyone who reaches the port may read and write" in " ".join((RedisCache.__doc__ or "").split())


@pytest.mark.parametrize(
    ("persistence", "expected"),
    [("1Gi", 128 * 2**20), (None, 192 * 2**20)],
    ids=["append-only file: half the limit", "no persistence: three quarters"],
)
def test_maxmemory_leaves_room_for_what_redis_uses_besides_data(persistence, expected):
    """A rewrite of the append-only file forks, and may double what Redis uses while it runs;
    without one, the room is for buffers and fragmentation."""
    scope = chart()
    resources = Resources(requests=ResourceFigures("20m", "64Mi"), limits=ResourceFigures("100m", "256Mi"))
    RedisCache(scope, "redis", persistence_size=persistence, resources=resources)
    args = container(manifests(scope))["args"]
    assert int(args[args.index("--maxmemory") + 1]) == expected
