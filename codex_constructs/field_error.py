"""Errors that say which field a refused value belongs to, as data, besides in their text."""

from __future__ import annotations


class FieldError(ValueError):
    """One or more refused values. Each problem is ``(field, message)``: the message is what a
    person reads (it starts with the field's name), the field is what a program reads, e.g. to
    report the problem at its key in a configuration file. A ``ValueError``, so existing
    handlers keep working.
    """

    def __init__(self, *problems: tuple[str, str]) -> None:
        if not problems:
            raise TypeError("FieldError needs at least one (field, message)")
        self.problems: tuple[tuple[str, str], ...] = problems
        super().__init__("; ".join(message for _, message in problems))

    @classmethod
    def of(cls, field: str, message: str) -> FieldError:
        """``message`` about ``field``, written ``<field> <what is wrong>`` or ``<field>: ...``."""
        return cls((field, message))

    @staticmethod
    def detail(field: str, message: str) -> str:
        """The message without its leading field name: what to show at the field's own key."""
        return message[len(field) + 1 :].strip() if message.startswith(field) else message
