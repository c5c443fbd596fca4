"""The values platform.yaml and the environment files load into: each is immutable, so a chart
or a derivation cannot change what the next one reads."""

from __future__ import annotations

import dataclasses
import inspect

import pytest

from codex_platform.inputs import config, errors, model


def value_types(module) -> list[type]:
    return [
        cls for _, cls in inspect.getmembers(module, inspect.isclass) if dataclasses.is_dataclass(cls) and cls.__module__ == module.__name__
    ]


def test_every_value_type_of_the_inputs_is_frozen():
    types = value_types(model) + value_types(config) + value_types(errors)
    assert len(types) >= 25, [cls.__name__ for cls in types]
    assert [cls.__name__ for cls in types if not cls.__dataclass_params__.frozen] == []


def test_a_loaded_model_and_environment_refuse_changes(model, environments):
    prod = environments["prod"].config
    for value, name in (
        (model, "services"),
        (model.services["gateway-service"], "ports"),
        (prod, "domain"),
        (prod.services["gateway-service"], "image"),
    ):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(value, name, None)
    with pytest.raises(TypeError):
        model.services["new"] = model.services["gateway-service"]  # type: ignore[index]
