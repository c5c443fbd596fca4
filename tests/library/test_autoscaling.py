"""Autoscaling: HorizontalPodAutoscaler bounds and targets the API accepts."""

import pytest

from codex_constructs import Autoscaling


def test_bounds_and_targets():
    scaling = Autoscaling(1, 1, cpu_utilization=100)
    assert (scaling.min_replicas, scaling.max_replicas, scaling.cpu_utilization, scaling.memory_utilization) == (1, 1, 100, None)
    assert Autoscaling(2, 8, memory_utilization=1).memory_utilization == 1


@pytest.mark.parametrize(
    "args, kwargs, message",
    [
        ((3, 2), {"cpu_utilization": 50}, "min_replicas 3 is above max_replicas 2"),
        ((0, 2), {"cpu_utilization": 50}, "min_replicas: 0 must be from 1 to"),
        ((1, 2), {}, "set cpu_utilization, memory_utilization or both"),
        ((1, 2), {"cpu_utilization": 101}, "cpu_utilization: 101 must be a percentage from 1 to 100"),
        ((1, 2), {"memory_utilization": True}, "memory_utilization: True must be a percentage"),
    ],
)
def test_what_an_hpa_cannot_do_is_refused(args, kwargs, message):
    with pytest.raises(ValueError, match=message):
        Autoscaling(*args, **kwargs)
