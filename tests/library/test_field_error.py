"""FieldError: a refused value names its field as data, and reads as before."""

import pytest

from codex_constructs import Autoscaling, ContainerImage, FieldError, ResourceFigures


def test_each_problem_keeps_its_field_and_the_text_joins_them():
    error = FieldError(("tag", "tag 'a b' is not a valid tag"), ("digest", "digest 'x' is not 'sha256:'"))
    assert str(error) == "tag 'a b' is not a valid tag; digest 'x' is not 'sha256:'"
    assert isinstance(error, ValueError)
    assert FieldError.detail("replicas", "replicas: 0 must be at least 1") == "0 must be at least 1"
    assert FieldError.detail("replicas", "replicas 0 must be at least 1") == "0 must be at least 1"
    with pytest.raises(TypeError):
        FieldError()


def test_value_types_say_which_field_they_refuse():
    with pytest.raises(FieldError) as raised:
        ContainerImage("Bad Repo", "not a tag")
    assert [field for field, _ in raised.value.problems] == ["repository", "tag"]
    with pytest.raises(FieldError) as raised:
        Autoscaling(3, 2, cpu_utilization=50)
    assert raised.value.problems[0][0] == "min_replicas"
    with pytest.raises(FieldError) as raised:
        ResourceFigures(cpu=1, memory="1Mi")  # type: ignore[arg-type]
    assert raised.value.problems == (("cpu", "cpu: 1 must be a string quantity such as '50m' or '64Mi'"),)
