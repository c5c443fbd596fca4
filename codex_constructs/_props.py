"""Props checked at the door: an unknown keyword names the construct and the nearest prop, and a
prop of the wrong type says which prop and what it takes, instead of a TypeError or an
AttributeError from deep inside."""

from __future__ import annotations

import collections.abc
import difflib
import functools
import inspect
import re
import types
import typing
from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., None])


def _accepts(annotation: Any, value: Any) -> bool:
    """Whether ``value`` fits ``annotation``, as far as a run-time look can tell (containers by
    their kind, not their items; anything this cannot judge passes)."""
    origin = typing.get_origin(annotation)
    if annotation is Any or isinstance(annotation, TypeVar):
        return True
    if origin in (typing.Union, types.UnionType):
        return any(_accepts(arg, value) for arg in typing.get_args(annotation))
    if annotation is type(None):
        return value is None
    if origin is typing.Literal:
        return value in typing.get_args(annotation)
    if annotation is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if annotation is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if origin in (collections.abc.Sequence, list, tuple):
        return isinstance(value, (list, tuple))
    if origin in (collections.abc.Mapping, dict):
        return isinstance(value, collections.abc.Mapping)
    if origin is not None:
        return isinstance(value, origin) if isinstance(origin, type) else True
    return isinstance(value, annotation) if isinstance(annotation, type) else True


def _describe(annotation: Any) -> str:
    """A prop's type as its docstring would name it: ``Sequence[ServicePort]``, ``Autoscaling | None``."""
    if typing.get_origin(annotation) is None:
        return str(getattr(annotation, "__name__", annotation))
    return re.sub(r"\b(?:typing|collections\.abc|codex_constructs(?:\.\w+)*)\.(?=\w)", "", str(annotation))


def checked_props(init: F) -> F:
    """Decorate a construct's ``__init__`` (``(self, scope, id, *, ...)``) to check its keyword
    props, those of an ``**options: Unpack[...]`` included, before it runs."""
    signature = inspect.signature(init)
    resolved: dict[str, Any] | None = None

    def hints() -> dict[str, Any]:
        nonlocal resolved
        if resolved is None:
            found = typing.get_type_hints(init, include_extras=True)
            resolved = {}
            for name, parameter in signature.parameters.items():
                if parameter.kind is inspect.Parameter.KEYWORD_ONLY:
                    resolved[name] = found.get(name, Any)
                elif parameter.kind is inspect.Parameter.VAR_KEYWORD and typing.get_origin(found.get(name)) is typing.Unpack:
                    (options,) = typing.get_args(found[name])
                    resolved.update(typing.get_type_hints(options))
        return resolved

    @functools.wraps(init)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> None:
        known = hints()
        construct = type(self).__name__
        for name, value in kwargs.items():
            if name not in known:
                nearest = difflib.get_close_matches(name, known, n=1)
                hint = f"; did you mean {nearest[0]!r}?" if nearest else f"; its props are {', '.join(sorted(known))}"
                raise TypeError(f"{construct}: unknown prop {name!r}{hint}")
            if not _accepts(known[name], value):
                raise TypeError(f"{construct}: prop {name!r} takes {_describe(known[name])}, not {type(value).__name__} ({value!r})")
        init(self, *args, **kwargs)

    return typing.cast(F, wrapper)
