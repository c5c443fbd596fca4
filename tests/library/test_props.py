"""Props are checked at the door: a misspelt prop is named with the nearest one, a wrongly typed
prop says which and what it takes."""

import pytest

from codex_constructs import Autoscaling, HttpService, RedisCache, ResourceFigures, Resources
from library.support import IMAGE, chart


@pytest.mark.parametrize(
    ("props", "message"),
    [
        ({"replica": 2}, "HttpService: unknown prop 'replica'; did you mean 'replicas'?"),
        ({"helth_path": "/up"}, "HttpService: unknown prop 'helth_path'; did you mean 'health_path'?"),
        ({"resources": "big"}, "HttpService: prop 'resources' takes Resources, not str ('big')"),
        ({"replicas": "2"}, "HttpService: prop 'replicas' takes int | None, not str ('2')"),
        (
            {"autoscaling": {"min_replicas": 2}},
            "HttpService: prop 'autoscaling' takes Autoscaling | None, not dict",
        ),
        ({"ports": "http"}, "HttpService: prop 'ports' takes Sequence[ServicePort], not str ('http')"),
    ],
)
def test_a_prop_the_construct_does_not_take_is_named(props, message):
    with pytest.raises(TypeError) as raised:
        HttpService(chart(), "web", name="web", image=IMAGE, **props)
    assert str(raised.value).startswith(message)


def test_well_typed_props_pass_and_a_prop_of_another_construct_is_refused():
    scope = chart()
    resources = Resources(requests=ResourceFigures("50m", "64Mi"), limits=ResourceFigures("100m", "128Mi"))
    HttpService(
        scope, "web", name="web", image=IMAGE, replicas=None, autoscaling=Autoscaling(1, 3, cpu_utilization=70), resources=resources
    )
    with pytest.raises(TypeError, match="RedisCache: unknown prop 'http_port'"):
        RedisCache(chart(), "redis", http_port=8080)
