"""`make pin-images`: resolve each third-party image's tag to its digest through the registry's
HTTP API (the OCI distribution spec) and write ``tag`` and ``digest`` into the environment file's
``images:`` section, where the tag stays for people and the runtime pulls by digest.

The digest is that of what the tag names, asked for as a multi-arch index first: the one
``crane digest`` reports, the same on every node's architecture. Every image is resolved before
anything is written; one failure (a missing tag, a registry that does not answer) writes nothing.
Pinned images leave ``deploy/image-pins.yaml``'s pending list.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from codex_constructs import ContainerImage

from ..inputs.errors import ConfigError
from ..inputs.images import BY_NAME, chosen_image
from ..inputs.schema import read_yaml
from ..synth import ROOT, load_environments
from .images import PINS, third_party_images

#: Media types asked for, in order of preference: an index (multi-arch) before one manifest.
MANIFEST_TYPES = (
    "application/vnd.oci.image.index.v1+json",
    "application/vnd.docker.distribution.manifest.list.v2+json",
    "application/vnd.oci.image.manifest.v1+json",
    "application/vnd.docker.distribution.manifest.v2+json",
)
DOCKER_HUB = "docker.io"
#: Where each registry host's API answers, unless ``--registry HOST=URL`` says otherwise.
ENDPOINTS = {DOCKER_HUB: "https://registry-1.docker.io"}
TIMEOUT_SECONDS = 20


class PinError(Exception):
    """An image whose digest could not be read."""


def registry_and_path(repository: str) -> tuple[str, str]:
    """``redis`` -> (docker.io, library/redis); ``quay.io/a/b`` -> (quay.io, a/b): the first part
    names a registry when it has a dot or a port, or is ``localhost`` (Docker's rule)."""
    first, _, rest = repository.partition("/")
    host, path = (first, rest) if rest and ("." in first or ":" in first or first == "localhost") else (DOCKER_HUB, repository)
    host = DOCKER_HUB if host == "index.docker.io" else host  # Docker's legacy name for the Hub
    return host, f"library/{path}" if host == DOCKER_HUB and "/" not in path else path


def _bearer_token(challenge: str, fallback_scope: str) -> str | None:
    """An anonymous pull token from the realm a ``WWW-Authenticate: Bearer`` challenge names."""
    fields = dict(re.findall(r'(\w+)="([^"]*)"', challenge))
    if not challenge.lower().startswith("bearer") or "realm" not in fields:
        return None
    query = {"service": fields.get("service", ""), "scope": fields.get("scope", fallback_scope)}
    try:
        with urllib.request.urlopen(f"{fields['realm']}?{urllib.parse.urlencode(query)}", timeout=TIMEOUT_SECONDS) as response:
            answer = json.load(response)
    except (OSError, ValueError) as error:
        raise PinError(f"no pull token from {fields['realm']}: {getattr(error, 'reason', error)}") from None
    token = answer.get("token") or answer.get("access_token") if isinstance(answer, dict) else None
    if not isinstance(token, str):
        raise PinError(f"no pull token from {fields['realm']}: its answer has no token")
    return token


def resolve(image: ContainerImage, registries: Mapping[str, str]) -> str:
    """The ``sha256:`` digest ``image``'s tag names in its registry."""
    host, path = registry_and_path(image.repository)
    base = registries.get(host) or ENDPOINTS.get(host) or f"https://{host}"
    url = f"{base.rstrip('/')}/v2/{path}/manifests/{image.tag}"
    headers = {"Accept": ", ".join(MANIFEST_TYPES)}
    shown = f"{image.repository}:{image.tag}"
    try:
        try:
            response = urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=TIMEOUT_SECONDS)
        except urllib.error.HTTPError as error:
            token = _bearer_token(error.headers.get("WWW-Authenticate", ""), f"repository:{path}:pull") if error.code == 401 else None
            if token is None:
                raise
            response = urllib.request.urlopen(
                urllib.request.Request(url, headers={**headers, "Authorization": f"Bearer {token}"}), timeout=TIMEOUT_SECONDS
            )
        with response:
            body, media_type = response.read(), response.headers.get_content_type()
            announced = response.headers.get("Docker-Content-Digest")
    except urllib.error.HTTPError as error:
        if error.code == 404:
            raise PinError(f"{shown}: {base} has no tag {image.tag!r} of {path}") from None
        raise PinError(f"{shown}: {base} answered {error.code} {error.reason} for {url}") from None
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise PinError(f"{shown}: cannot reach the registry at {base} ({reason}); pass --registry {host}=<url> for a mirror") from None
    if media_type not in MANIFEST_TYPES:
        raise PinError(f"{shown}: {base} answered {media_type!r}, not an image manifest or index")
    digest = "sha256:" + hashlib.sha256(body).hexdigest()
    if announced and announced != digest:
        raise PinError(f"{shown}: {base} announced {announced} for a manifest whose bytes hash to {digest}")
    return digest


# Writing -------------------------------------------------------------------------------------

_ENTRY = re.compile(r"^  (?P<name>[a-z0-9-]+):(?P<value>.*?)(?P<comment>\s+#.*)?$")


def _entry(name: str, image: ContainerImage) -> str:
    fields = [
        f"repository: {json.dumps(image.repository) if ':' in image.repository else image.repository}",
        f"tag: {json.dumps(image.tag)}",
    ]
    if image.digest:
        fields.append(f"digest: {json.dumps(image.digest)}")
    return f"  {name}: {{{', '.join(fields)}}}"


def with_images(text: str, source: str, pinned: Mapping[str, ContainerImage]) -> str:
    """``text`` (an environment file) with each of ``pinned`` on its own line under ``images:``,
    every other line kept as it was (comments included)."""
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if re.match(r"^images:\s*(#.*)?$", line)), None)
    if start is None:
        lines += ["", "# Third-party images (codex_platform/inputs/images.py): `make pin-images` writes their digests.", "images:"]
        start = len(lines) - 1
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or lines[end].startswith(" ")):
        end += 1
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    written: set[str] = set()
    for index in range(start + 1, end):
        match = _ENTRY.match(lines[index])
        if not match or match["name"] not in pinned:
            continue
        if not match["value"].strip().startswith("{"):
            raise PinError(
                f"{source}: images.{match['name']}: write it on one line, as {{repository: ..., tag: ...}}, for make pin-images to update"
            )
        lines[index] = _entry(match["name"], pinned[match["name"]]) + (match["comment"] or "")
        written.add(match["name"])
    lines[end:end] = [_entry(name, image) for name, image in pinned.items() if name not in written]
    return "\n".join(lines) + "\n"


def checked_edit(path: Path, text: str, pinned: Mapping[str, ContainerImage]) -> str:
    """``text``, the edited ``path``, if it reads (with the project's strict reader: no key
    twice) as the file did with only the pinned images changed; else PinError, nothing written."""
    with tempfile.TemporaryDirectory() as scratch:
        candidate = Path(scratch) / path.name
        candidate.write_text(text)
        try:
            before, after = read_yaml(path, path.name), read_yaml(candidate, path.name)
        except ConfigError as error:
            raise PinError(f"environments/{path.name}: the edit would not read back ({error}); pin by hand") from None
    images = {**(before.get("images") or {}), **{name: _entry_data(image) for name, image in pinned.items()}}
    if {**before, "images": images} != after:
        raise PinError(
            f"environments/{path.name}: the digests could not be added without changing other settings; "
            "write images: with one line per image, {repository: ..., tag: ...}"
        )
    return text


def _entry_data(image: ContainerImage) -> dict[str, str]:
    return {"repository": image.repository, "tag": image.tag, **({"digest": image.digest} if image.digest else {})}


def _scalar(value: Any) -> str:
    """``value`` as one YAML scalar (quoted only where YAML needs it)."""
    return yaml.safe_dump(value, width=10**6).strip().removesuffix("...").strip()


def without_pending(text: str, references: set[str]) -> str:
    """``deploy/image-pins.yaml`` without the pending entries of ``references``: its comment
    header kept, the remaining entries rewritten from the parsed file."""
    data = yaml.safe_load(text) or {}
    kept = [entry for entry in data.get("pending") or [] if entry.get("image") not in references]
    header = "".join(itertools.takewhile(lambda line: line.startswith("#"), text.splitlines(keepends=True)))
    if not kept:
        return header + "pending: []\n"
    lines = ["pending:"]
    for entry in kept:
        fields = [f"{key}: {_scalar(value)}" for key, value in entry.items()]
        lines += [f"  - {fields[0]}", *(f"    {field}" for field in fields[1:])]
    return header + "\n".join(lines) + "\n"


def pin(root: Path, environment: str, registries: Mapping[str, str]) -> dict[str, ContainerImage]:
    """Resolve every third-party image ``environment`` runs and write the digests; return what
    was written. Raises PinError (nothing written) if any image cannot be resolved."""
    plans = {plan.config.name: plan for plan in load_environments(root)}
    config = plans[environment].config
    own = {settings.image.repository for settings in config.services.values()}
    running = {reference.split("@")[0] for reference in third_party_images(root / "dist" / environment, own)}
    names = [name for name in BY_NAME if chosen_image(config.images, name).reference.split("@")[0] in running]
    pinned: dict[str, ContainerImage] = {}
    problems: list[str] = []
    for name in names:
        image = chosen_image(config.images, name)
        try:
            pinned[name] = ContainerImage(image.repository, image.tag, resolve(image, registries))
        except PinError as error:
            problems.append(f"{image.repository}:{image.tag}: {error}" if not str(error).startswith(image.repository) else str(error))
    if problems:
        raise PinError("\n".join(problems))
    path = root / "environments" / f"{environment}.yaml"
    new_environment = checked_edit(path, with_images(path.read_text(), f"environments/{environment}.yaml", pinned), pinned)
    pins = root / PINS
    new_pins = without_pending(pins.read_text(), {f"{i.repository}:{i.tag}" for i in pinned.values()}) if pins.exists() else None
    path.write_text(new_environment)
    if new_pins is not None:
        pins.write_text(new_pins)
    return pinned


USAGE = "usage: make pin-images [ENV=prod] [REGISTRIES='docker.io=https://mirror.example quay.io=...']"


def main(argv: list[str], root: Path = ROOT) -> int:
    registries: dict[str, str] = {}
    arguments = []
    for argument in argv:
        if argument.startswith("--registry="):
            host, equals, url = argument.removeprefix("--registry=").partition("=")
            if not equals or not re.match(r"^https?://", url):
                print(f"{USAGE}\n--registry takes HOST=URL, like docker.io=http://127.0.0.1:5000", file=sys.stderr)
                return 2
            registries[host] = url
        else:
            arguments.append(argument)
    try:
        environments = [plan.config.name for plan in load_environments(root)]
    except ConfigError as error:
        print(f"refused:\n{error}", file=sys.stderr)
        return 2
    environment = arguments[0] if arguments else "prod"
    if len(arguments) > 1 or environment not in environments:
        print(f"{USAGE}\nenvironments: {', '.join(environments)}", file=sys.stderr)
        return 2
    try:
        pinned = pin(root, environment, registries)
    except PinError as error:
        print(f"refused, nothing was written:\n{error}", file=sys.stderr)
        return 1
    for name, image in pinned.items():
        print(f"environments/{environment}.yaml: images.{name} = {image.reference}")
    print("run make synth, review the diff (make diff) and commit")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
