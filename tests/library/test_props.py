"""Props are checked at the door: a misspelt prop is named with the nearest one, a wrongly typed
prop says which and what it takes."""

import pytest

from codex_constructs import Autoscaling, ContainerImage, HttpService, RedisCache, ResourceFigures, Resources
from library.support import IMAGE, chart


@pytest.mark.parametrize(
    ("props", "message"),
    [
        ({"replica": 2}, "HttpService: unknown prop 'replica'; did you mean 'replicas'?"),
        ({"helth_path": "/up"}, "HttpService: unknown prop 'helth_path'; did you mean 'health_path'?"),
        ({"resources": "big"}, "HttpService: prop 'resources' takes Resources, not str ('big')"),
        ({"replicas": "2"}, "HttpService: prop 'replicas' takes Optional[int], not str ('2')"),
        ({"autoscaling": {"min_replicas": 2}}, "HttpService: prop 'autoscaling' takes Optional[codex_constructs.autoscaling.Autoscaling], not dict"),
        ({"ports": "http"}, "HttpService: prop 'ports' takes Sequence[codex_constructs.ports.ServicePort], not str ('http')"),
    ],
)
def test_a_prop_the_construct_does_not_take_is_named(props, message):
    with pytest.raises(TypeError) as raised:
        HttpService(chart(), "web", name="web", image=IMAGE, **props)
    assert str(raised.value).startswith(message)


def test_well_typed_props_pass_and_a_prop_of_another_construct_is_refused():
    scope = chart()
    resources = Resources(requests=ResourceFigures("50m", "64Mi"), limits=ResourceFigures("100m", "128Mi"))
    HttpService(scope, "web", name="web", image=IMAGE, replicas=None, autoscaling=Autoscaling(1, 3, cpu_utilization=70), resources=resources)
    with pytest.raises(TypeError, match="RedisCache: unknown prop 'http_port'"):
        RedisCache(chart(), "redis", http_port=8080)


def test_an_image_reference_in_one_piece_is_split():
    assert ContainerImage("ghcr.io/a/b:1.0") == ContainerImage("ghcr.io/a/b", "1.0")
    digest = "sha256:" + "a" * 64
    assert ContainerImage(f"ghcr.io/a/b@{digest}") == ContainerImage("ghcr.io/a/b", digest="sha256:" + "a" * 64)
    assert ContainerImage(f"ghcr.io/a/b:1.0@{digest}") == ContainerImage("ghcr.io/a/b", "1.0", digest)
    assert ContainerImage("localhost:5000/app").tag == "", "a registry's port is not a tag"
    assert ContainerImage("localhost:5000/app:1.0").repository == "localhost:5000/app"


def test_a_pinned_image_keeps_its_tag_for_people_and_runs_by_digest():
    digest = "sha256:" + "b" * 64
    pinned = ContainerImage("redis", "7.4.9-alpine", digest)
    assert pinned.reference == "redis:7.4.9-alpine@sha256:" + "b" * 64
    assert pinned.is_pinned and not pinned.is_floating
    assert ContainerImage("redis", digest).reference == "redis@sha256:" + "b" * 64, "a digest given as the tag still pins"
    assert ContainerImage("redis", "latest", digest).is_floating is False, "a digest pins even a moving tag"
    assert not ContainerImage("redis", "7.4.9-alpine").is_pinned
    with pytest.raises(ValueError, match="digest 'sha256:abc' is not 'sha256:' and 64 lower-case hex digits"):
        ContainerImage("redis", "7.4.9-alpine", "sha256:abc")
    with pytest.raises(ValueError, match="repository 'Bad Repo' is not an image repository like 'org/name'; tag 'not a tag' is not a valid tag"):
        ContainerImage("Bad Repo", "not a tag")
