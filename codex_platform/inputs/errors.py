"""Errors that point at the line a user has to change: file, key, and what is allowed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Problem:
    file: str
    key: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.key}: {self.message}" if self.key else f"{self.file}: {self.message}"


class ConfigError(Exception):
    """One or more problems in the platform model or an environment file; nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))


class Problems:
    """The problems of one file, collected so that every one is reported in one run."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.found: list[Problem] = []

    def add(self, key: str, message: str) -> None:
        self.found.append(Problem(self.file, key, message))

    def refuse_invalid(self, check: Callable[[T], object], value: T, key: str) -> None:
        """Report at ``key`` the ValueError ``check`` raises for ``value``, if it raises one."""
        try:
            check(value)
        except ValueError as error:
            self.add(key, str(error))


def declared(value: T | None, what: str) -> T:
    """``value``, which the model's checks guarantee at this point; a plain error (not an
    ``assert``, which ``python -O`` drops) if a caller breaks that guarantee."""
    if value is None:
        raise ValueError(f"{what} is not declared in the model, and this needs it (a check that should have refused the model did not)")
    return value
