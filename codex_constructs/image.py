"""Container image references."""

from __future__ import annotations

import re
from dataclasses import dataclass

_REPOSITORY = re.compile(r"^[a-z0-9]+([._/-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*$")
_TAG = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$")
_DIGEST = re.compile(r"^sha256:[a-f0-9]{64}$")

#: Tags that move between builds: the same reference can run different code tomorrow.
FLOATING_TAGS = frozenset({"", "latest"})


@dataclass(frozen=True)
class ContainerImage:
    """An image as repository plus tag (or ``sha256:`` digest). A whole reference in
    ``repository`` with no ``tag`` is split: ``ContainerImage("ghcr.io/a/b:1.0")`` is
    ``ContainerImage("ghcr.io/a/b", "1.0")``, and ``...@sha256:<digest>`` takes the digest.

    :param repository: e.g. ``registry.example.com/team/api``.
    :param tag: e.g. a 7-character git SHA, or a ``sha256:...`` digest. Default: none, which runs
        whatever the registry calls ``latest`` (refused in production by the platform).
    """

    repository: str
    tag: str = ""

    def __post_init__(self) -> None:
        if isinstance(self.repository, str) and self.tag == "":
            name, at, digest = self.repository.partition("@")
            last = name.rsplit("/", 1)[-1]
            if at:
                object.__setattr__(self, "repository", name)
                object.__setattr__(self, "tag", digest)
            elif ":" in last:
                repository, tag = name.rsplit(":", 1)
                object.__setattr__(self, "repository", repository)
                object.__setattr__(self, "tag", tag)
        problems = []
        if not isinstance(self.repository, str) or not _REPOSITORY.match(self.repository):
            problems.append(f"repository {self.repository!r} is not an image repository like 'org/name'")
        if not isinstance(self.tag, str):
            problems.append(f"tag {self.tag!r} must be a string (quote a numeric tag in YAML)")
        elif self.tag and not (_TAG.match(self.tag) or _DIGEST.match(self.tag)):
            problems.append(f"tag {self.tag!r} is not a valid tag or sha256 digest")
        if problems:
            raise ValueError("; ".join(problems))

    @property
    def is_floating(self) -> bool:
        """True for an empty or ``latest`` tag, which do not pin what runs."""
        return self.tag in FLOATING_TAGS

    @property
    def reference(self) -> str:
        if _DIGEST.match(self.tag):
            return f"{self.repository}@{self.tag}"
        return f"{self.repository}:{self.tag}" if self.tag else self.repository
