"""Load YAML into frozen dataclasses, strictly: unknown keys, wrong types and bad values are
reported with their full key path, all at once, before anything is built.

Value types check themselves in ``__post_init__`` (a request above its limit, min above max);
their ``ValueError`` is reported at the key of the object that raised it, so the rule lives in
one place and the user still learns which line to fix.
"""

from __future__ import annotations

import collections.abc
import dataclasses
import types
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeVar, Union

import yaml

from codex_constructs import FieldError

from .errors import ConfigError, Problem

T = TypeVar("T")


class _Invalid:
    """Marks a value that already produced a problem."""


INVALID = _Invalid()


#: PyYAML's safe loader, in C where it was built with libyaml (its wheels are).
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path, display: str) -> Any:
    """Parse one YAML document, reporting syntax errors, duplicate keys and an empty file as
    problems of ``display``."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ConfigError([Problem(display, "", f"cannot be read: {error.strerror}")]) from None
    try:
        # One parse (libyaml's, when PyYAML has it): the node tree for the duplicate check,
        # then the data built from that same tree.
        loader = LOADER(text)
        try:
            node = loader.get_single_node()
            duplicates = list(_duplicate_keys(node, display)) if node is not None else []
            if duplicates:
                raise ConfigError(duplicates)
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.reader.ReaderError as error:
        # A character YAML does not allow (a control character pasted in): no mark, a position.
        line = text.count("\n", 0, error.position) + 1
        # Both readers, libyaml's and PyYAML's own, give the character's number for text input.
        raise ConfigError(
            [Problem(display, f"line {line}", f"is not valid YAML: unacceptable character #x{error.character:04x} ({error.reason})")]
        ) from None
    except yaml.MarkedYAMLError as error:
        # Every error of the parser and the constructor carries the mark of its problem.
        where = f"line {error.problem_mark.line + 1}" if error.problem_mark else ""
        raise ConfigError([Problem(display, where, f"is not valid YAML: {error.problem}")]) from None
    if data is None:
        raise ConfigError([Problem(display, "", "is empty: it must be a mapping of settings (see the file in git for an example)")])
    return data


def _duplicate_keys(node: yaml.Node, file: str, path: str = "") -> Iterator[Problem]:
    """A key written twice in one mapping: YAML keeps the last silently, so the first block
    (a service's secrets, an environment's autoscaler) would vanish without a word."""
    if isinstance(node, yaml.MappingNode):
        seen: dict[Any, int] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            line = key_node.start_mark.line + 1
            if key is not None and key in seen:
                yield Problem(file, _join(path, key), f"is written twice (lines {seen[key]} and {line}); keep one")
            elif key is not None:
                seen[key] = line
            yield from _duplicate_keys(value_node, file, _join(path, key) if key is not None else path)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            yield from _duplicate_keys(item, file, _join(path, index))


def load(cls: type[T], data: Any, file: str) -> T:
    """Build ``cls`` from ``data`` or raise :class:`ConfigError` listing every problem."""
    problems: list[Problem] = []
    value = _convert(cls, data, "", file, problems)
    if problems:
        raise ConfigError(problems)
    return typing.cast(T, value)


#: A whole number for a 64-bit field (Kafka's longs, e.g. log.retention.bytes). A plain ``int`` in
#: a schema is bounded to int32: what the Kubernetes API's integer fields and Kafka's ints take.
Int64 = typing.NewType("Int64", int)
#: A TCP port number: checked as the file is read, so a bad one is reported beside every other
#: problem of the file, not only once the whole model has loaded.
Port = typing.NewType("Port", int)
_INT_RANGES = {int: (-(2**31), 2**31 - 1), Int64: (-(2**63), 2**63 - 1), Port: (1, 65535)}


def _join(path: str, key: object) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else str(key)


def _describe(tp: Any) -> str:
    origin = typing.get_origin(tp)
    if tp is str:
        return "a string"
    if tp is bool:
        return "true or false"
    if tp in _INT_RANGES:
        return "a whole number"
    if tp is float:
        return "a number"
    if origin is typing.Literal:
        return "one of " + ", ".join(repr(choice) for choice in typing.get_args(tp))
    if origin in (tuple, list):
        return "a list"
    if origin in (dict, collections.abc.Mapping) or dataclasses.is_dataclass(tp):
        return "a mapping"
    return str(tp)


def _convert(tp: Any, value: Any, path: str, file: str, problems: list[Problem]) -> Any:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)

    if origin in (Union, types.UnionType):
        options = [arg for arg in args if arg is not type(None)]
        if value is None:
            return None
        return _convert(options[0], value, path, file, problems)

    def wrong() -> _Invalid:
        problems.append(Problem(file, path, f"{value!r} is not {_describe(tp)}"))
        return INVALID

    if origin is typing.Literal:
        return value if value in args else wrong()
    if tp is bool:
        return value if isinstance(value, bool) else wrong()
    if tp in _INT_RANGES:
        if not isinstance(value, int) or isinstance(value, bool):
            return wrong()
        low, high = _INT_RANGES[tp]
        if tp is Port and not low <= value <= high:
            problems.append(Problem(file, path, f"{value} is not a port number (1-65535)"))
            return INVALID
        if not low <= value <= high:
            bits = "64" if tp is Int64 else "32"
            problems.append(
                Problem(file, path, f"{value} is out of range: its consumer takes a {bits}-bit whole number, {low:,} to {high:,}")
            )
            return INVALID
        return value
    if tp is float:
        return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else wrong()
    if tp is str:
        if isinstance(value, str):
            return value
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            problems.append(Problem(file, path, f'{value!r} must be a string: quote it, e.g. "{value}"'))
            return INVALID
        return wrong()
    if origin in (tuple, list):
        if not isinstance(value, list):
            return wrong()
        item_type = args[0]
        items = [_convert(item_type, item, _join(path, index), file, problems) for index, item in enumerate(value)]
        return tuple(items)
    if origin in (dict, collections.abc.Mapping):
        if value is None:
            value = {}
        if not isinstance(value, dict):
            return wrong()
        key_type, item_type = args
        result = {}
        for key, item in value.items():
            if not isinstance(key, str):
                problems.append(Problem(file, _join(path, key), "keys must be strings"))
                continue
            result[key] = _convert(item_type, item, _join(path, key), file, problems)
        return types.MappingProxyType(result)
    if dataclasses.is_dataclass(tp):
        return _convert_dataclass(tp, value, path, file, problems)
    raise TypeError(f"schema type {tp!r} is not supported")  # a programming error, not user input


def _convert_dataclass(cls: Any, value: Any, path: str, file: str, problems: list[Problem]) -> Any:
    if not isinstance(value, dict):
        problems.append(Problem(file, path, f"{value!r} is not a mapping of {cls.__name__} fields"))
        return INVALID
    hints = typing.get_type_hints(cls)
    fields = {field.name: field for field in dataclasses.fields(cls) if field.init}
    unknown = sorted(set(value) - set(fields), key=str)
    # Fields the loader fills in itself (the file's name) are not for users to write.
    allowed = ", ".join(name for name, f in fields.items() if not f.metadata.get("internal"))
    for key in unknown:
        problems.append(Problem(file, _join(path, key), f"is not a known key; allowed: {allowed}"))
    kwargs: dict[str, Any] = {}
    before = len(problems)
    for name, field in fields.items():
        if name not in value:
            if field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING:
                problems.append(Problem(file, _join(path, name), "is required"))
            continue
        kwargs[name] = _convert(hints[name], value[name], _join(path, name), file, problems)
    if len(problems) > before or unknown:
        return INVALID
    try:
        return cls(**kwargs)
    except FieldError as error:
        # Each problem names its field: reported at its key ("replicas: 0 must..." -> "kafka.replicas:
        # 0 must..."), or at the mapping's when the field is no key of it (a helper's own name).
        for field_name, message in error.problems:
            if field_name in fields:
                problems.append(Problem(file, _join(path, field_name), FieldError.detail(field_name, message)))
            else:
                problems.append(Problem(file, path, message))
        return INVALID
    except ValueError as error:
        problems.append(Problem(file, path, str(error)))
        return INVALID
