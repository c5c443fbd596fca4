"""Container image references."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .field_error import FieldError

_REPOSITORY = re.compile(r"^[a-z0-9]+([._/-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*$")
_TAG = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$")
_DIGEST = re.compile(r"^sha256:[a-f0-9]{64}$")

#: Tags that move between builds: the same reference can run different code tomorrow.
FLOATING_TAGS = frozenset({"", "latest"})


@dataclass(frozen=True)
class ContainerImage:
    """An image as repository plus tag, optionally pinned by digest. A whole reference in
    ``repository`` with no ``tag`` is split: ``ContainerImage("ghcr.io/a/b:1.0")`` is
    ``ContainerImage("ghcr.io/a/b", "1.0")``, and ``...:1.0@sha256:<digest>`` takes the digest too.

    :param repository: e.g. ``registry.example.com/team/api``.
    :param tag: e.g. a 7-character git SHA, or a ``sha256:...`` digest. Default: none, which runs
        whatever the registry calls ``latest`` (refused in production by the platform).
    :param digest: ``sha256:...``, the bytes the tag named when it was pinned: the runtime pulls
        by digest and the tag stays for people. Default: none (pulled by tag).
    """

    repository: str
    tag: str = ""
    digest: str = ""

    def __post_init__(self) -> None:
        if isinstance(self.repository, str) and self.tag == "" and self.digest == "":
            name, at, digest = self.repository.partition("@")
            last = name.rsplit("/", 1)[-1]
            if ":" in last:
                name, tag = name.rsplit(":", 1)
                object.__setattr__(self, "tag", tag)
            object.__setattr__(self, "repository", name)
            if at:
                object.__setattr__(self, "digest", digest)
        problems: list[tuple[str, str]] = []
        if not isinstance(self.repository, str) or not _REPOSITORY.match(self.repository):
            problems.append(("repository", f"repository {self.repository!r} is not an image repository like 'org/name'"))
        if not isinstance(self.tag, str):
            problems.append(("tag", f"tag {self.tag!r} must be a string (quote a numeric tag in YAML)"))
        elif self.tag and not (_TAG.match(self.tag) or _DIGEST.match(self.tag)):
            problems.append(("tag", f"tag {self.tag!r} is not a valid tag or sha256 digest"))
        if not isinstance(self.digest, str) or (self.digest and not _DIGEST.match(self.digest)):
            problems.append(("digest", f"digest {self.digest!r} is not 'sha256:' and 64 lower-case hex digits"))
        if problems:
            raise FieldError(*problems)

    @property
    def is_floating(self) -> bool:
        """True for an empty or ``latest`` tag without a digest: nothing pins what runs."""
        return self.tag in FLOATING_TAGS and not self.digest

    @property
    def is_pinned(self) -> bool:
        """True when a digest names the bytes (in ``digest``, or as the tag itself)."""
        return bool(self.digest) or bool(_DIGEST.match(self.tag))

    @property
    def reference(self) -> str:
        """What a pod's ``image`` says: ``repository:tag@digest`` when pinned (the runtime uses
        the digest), else ``repository:tag``."""
        if _DIGEST.match(self.tag):
            return f"{self.repository}@{self.tag}"
        named = f"{self.repository}:{self.tag}" if self.tag else self.repository
        return f"{named}@{self.digest}" if self.digest else named
