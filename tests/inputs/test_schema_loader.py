"""The strict loader behind both YAML files (codex_platform/inputs/schema.py), on a schema of its
own: every kind of value it accepts, and the exact message, key path and line of every refusal.
The expected messages are literals: they are what a user reads."""

from __future__ import annotations

import types
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

import pytest

from codex_constructs import FieldError
from codex_platform.inputs.errors import ConfigError, Problem
from codex_platform.inputs.schema import load, read_yaml


@dataclass(frozen=True)
class Inner:
    count: int
    ratio: float = 1.0

    def __post_init__(self) -> None:
        if self.count < 0:
            raise FieldError.of("count", f"count: {self.count} must be at least 0")
        if self.count > 100:
            raise ValueError(f"{self.count} is more than this schema allows")
        if self.ratio == 0:
            raise ValueError("ratio: 0 is refused, reported at the mapping: only a FieldError names its field")


@dataclass(frozen=True)
class Outer:
    name: str
    inner: Inner
    enabled: bool = False
    mode: Literal["fast", "safe"] = "safe"
    items: tuple[Inner, ...] = ()
    labels: Mapping[str, str] = field(default_factory=dict)
    note: str | None = None
    source: str = field(default="", metadata={"internal": True})


VALID = {"name": "x", "inner": {"count": 1}}


def problems(data, cls=Outer) -> list[str]:
    with pytest.raises(ConfigError) as error:
        load(cls, data, "f.yaml")
    return [str(problem) for problem in error.value.problems]


def test_a_valid_document_becomes_frozen_values_with_their_defaults():
    value = load(
        Outer, {**VALID, "enabled": True, "mode": "fast", "items": [{"count": 2, "ratio": 3}], "labels": {"a": "b"}, "note": "n"}, "f.yaml"
    )
    assert value == Outer("x", Inner(1), True, "fast", (Inner(2, 3.0),), {"a": "b"}, "n")
    assert isinstance(value.items[0].ratio, float) and isinstance(value.items, tuple)
    assert isinstance(value.labels, types.MappingProxyType), "a loaded mapping cannot be changed afterwards"
    assert load(Outer, {**VALID, "labels": None, "note": None}, "f.yaml").labels == {}
    defaults = load(Outer, VALID, "f.yaml")
    assert (defaults.enabled, defaults.mode, defaults.items, defaults.note, defaults.inner.ratio) == (False, "safe", (), None, 1.0)


@pytest.mark.parametrize(
    "data, expected",
    [
        ({**VALID, "name": 5}, 'f.yaml: name: 5 must be a string: quote it, e.g. "5"'),
        ({**VALID, "name": 1.5}, 'f.yaml: name: 1.5 must be a string: quote it, e.g. "1.5"'),
        ({**VALID, "name": ["x"]}, "f.yaml: name: ['x'] is not a string"),
        ({**VALID, "name": True}, "f.yaml: name: True is not a string"),
        ({**VALID, "enabled": "yes"}, "f.yaml: enabled: 'yes' is not true or false"),
        ({**VALID, "enabled": 1}, "f.yaml: enabled: 1 is not true or false"),
        ({**VALID, "inner": {"count": True}}, "f.yaml: inner.count: True is not a whole number"),
        ({**VALID, "inner": {"count": 1.0}}, "f.yaml: inner.count: 1.0 is not a whole number"),
        ({**VALID, "inner": {"count": 1, "ratio": False}}, "f.yaml: inner.ratio: False is not a number"),
        ({**VALID, "inner": {"count": 1, "ratio": "1"}}, "f.yaml: inner.ratio: '1' is not a number"),
        ({**VALID, "mode": "slow"}, "f.yaml: mode: 'slow' is not one of 'fast', 'safe'"),
        ({**VALID, "items": {"count": 1}}, "f.yaml: items: {'count': 1} is not a list"),
        ({**VALID, "items": [{"count": 1}, {"count": "2"}]}, "f.yaml: items[1].count: '2' is not a whole number"),
        ({**VALID, "labels": ["a"]}, "f.yaml: labels: ['a'] is not a mapping"),
        ({**VALID, "labels": {1: "a"}}, "f.yaml: labels[1]: keys must be strings"),
        ({**VALID, "labels": {"a": 1}}, 'f.yaml: labels.a: 1 must be a string: quote it, e.g. "1"'),
        ({**VALID, "note": 3}, 'f.yaml: note: 3 must be a string: quote it, e.g. "3"'),
        ({**VALID, "inner": 3}, "f.yaml: inner: 3 is not a mapping of Inner fields"),
        ({"inner": {"count": 1}}, "f.yaml: name: is required"),
        ({**VALID, "colour": "red"}, "f.yaml: colour: is not a known key; allowed: name, inner, enabled, mode, items, labels, note"),
        ({**VALID, "inner": {"count": -1}}, "f.yaml: inner.count: -1 must be at least 0"),
        (
            {**VALID, "inner": {"count": 1, "ratio": 0}},
            "f.yaml: inner: ratio: 0 is refused, reported at the mapping: only a FieldError names its field",
        ),
        ({**VALID, "inner": {"count": 101}}, "f.yaml: inner: 101 is more than this schema allows"),
    ],
)
def test_each_refusal_names_the_key_and_what_is_allowed(data, expected):
    assert problems(data) == [expected]


def test_every_problem_is_reported_at_once():
    assert problems({"name": 1, "inner": {"ratio": "x"}, "extra": 1, "mode": "slow"}) == [
        "f.yaml: extra: is not a known key; allowed: name, inner, enabled, mode, items, labels, note",
        'f.yaml: name: 1 must be a string: quote it, e.g. "1"',
        "f.yaml: inner.count: is required",
        "f.yaml: inner.ratio: 'x' is not a number",
        "f.yaml: mode: 'slow' is not one of 'fast', 'safe'",
    ]


def test_every_entry_of_a_mapping_is_checked_past_a_bad_key():
    assert problems({**VALID, "labels": {1: "a", "b": 2, "c": "ok"}}) == [
        "f.yaml: labels[1]: keys must be strings",
        'f.yaml: labels.b: 2 must be a string: quote it, e.g. "2"',
    ]


def test_a_schema_type_the_loader_does_not_know_is_a_programming_error():
    @dataclass(frozen=True)
    class Unsupported:
        tags: set[str]

    with pytest.raises(TypeError) as error:
        load(Unsupported, {"tags": ["a"]}, "f.yaml")
    assert str(error.value) == "schema type set[str] is not supported"


def test_an_unknown_key_alone_refuses_the_value():
    """A typo'd key is not dropped silently, even when everything else is valid."""
    assert problems({**VALID, "inner": {"count": 1, "ratoi": 2}}) == [
        "f.yaml: inner.ratoi: is not a known key; allowed: count, ratio",
    ]


def test_a_problem_without_a_key_names_the_file_only():
    assert str(Problem("f.yaml", "", "is empty")) == "f.yaml: is empty"
    assert str(Problem("f.yaml", "a.b", "is required")) == "f.yaml: a.b: is required"
    error = ConfigError([Problem("f.yaml", "a", "one"), Problem("g.yaml", "", "two")])
    assert str(error) == "f.yaml: a: one\ng.yaml: two"


def test_read_yaml_returns_the_document(tmp_path):
    path = tmp_path / "f.yaml"
    path.write_text("a: 1\nb: [x, {c: true}]\n")
    assert read_yaml(path, "shown.yaml") == {"a": 1, "b": ["x", {"c": True}]}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("# nothing\n", ["shown.yaml: is empty: it must be a mapping of settings (see the file in git for an example)"]),
        ("a: 1\nb:\n  c: 1\n  c: 2\n", ["shown.yaml: b.c: is written twice (lines 3 and 4); keep one"]),
        (
            "list:\n  - {n: 1}\n  - {n: 1, n: 2}\na: 1\na: 2\n",
            [
                "shown.yaml: list[1].n: is written twice (lines 3 and 3); keep one",
                "shown.yaml: a: is written twice (lines 4 and 5); keep one",
            ],
        ),
        ("a: 1\n b: 2\n", ["shown.yaml: line 2: is not valid YAML: mapping values are not allowed in this context"]),
        ("a: 1\nb: [1,\n", ["shown.yaml: line 3: is not valid YAML: did not find expected node content"]),
        ("a: 1\nb: \x07\n", ["shown.yaml: line 2: is not valid YAML: unacceptable character #x0007 (control characters are not allowed)"]),
        (
            "\n# a comment\nb: \x07\n",
            ["shown.yaml: line 3: is not valid YAML: unacceptable character #x0007 (control characters are not allowed)"],
        ),
    ],
)
def test_read_yaml_refuses_with_the_line(tmp_path, text, expected):
    path = tmp_path / "f.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError) as error:
        read_yaml(path, "shown.yaml")
    assert [str(problem) for problem in error.value.problems] == expected


def test_read_yaml_refuses_a_missing_file(tmp_path):
    with pytest.raises(ConfigError) as error:
        read_yaml(tmp_path / "absent.yaml", "shown.yaml")
    assert str(error.value) == "shown.yaml: cannot be read: No such file or directory"
