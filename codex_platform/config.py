"""Environment files (``environments/<name>.yaml``): what differs between dev and prod.

Images, replica counts or autoscaling, resources, the public domain, client URLs. Each file is
checked against the model: it must configure exactly the model's services, a production
environment must pin every image, and overrides may only touch settings the model declares.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Mapping, Optional

from codex_constructs import Autoscaling, ContainerImage, Resources
from codex_constructs.names import check_dns_label

from .errors import ConfigError, Problem
from .model import PlatformModel
from .schema import load, read_yaml

_DOMAIN = re.compile(r"^(?=.{1,253}$)([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")
_CLIENT_URL = re.compile(r"^https?://[a-z0-9.-]+(:[0-9]+)?$")


@dataclass(frozen=True)
class ServiceSettings:
    """One service in one environment.

    ``replicas`` and ``autoscaling`` are exclusive; with neither the service runs one replica.
    ``env`` overrides a value of the service's ``env`` in platform.yaml for this environment.
    """

    image: ContainerImage
    replicas: Optional[int] = None
    autoscaling: Optional[Autoscaling] = None
    resources: Optional[Resources] = None
    docker_daemon_resources: Optional[Resources] = None
    env: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class EnvironmentConfig:
    tier: Literal["production", "development"]
    node_env: str
    domain: str
    client_urls: tuple[str, ...]
    secret_name: str
    services: Mapping[str, ServiceSettings]
    #: The environment's name, from the file name. Not a YAML key.
    name: str = field(default="", compare=False)
    #: The file it was read from, for error messages. Not a YAML key.
    source: str = field(default="", compare=False)


def load_environment(path: Path, model: PlatformModel, display: Optional[str] = None) -> EnvironmentConfig:
    """Read and check one environment file against ``model``; raise ConfigError on any problem."""
    display = display or str(path)
    data = read_yaml(path, display)
    for reserved in ("name", "source"):
        if isinstance(data, dict) and reserved in data:
            raise ConfigError([Problem(display, reserved, "is set from the file name; remove it")])
    if isinstance(data, dict):
        data = {**data, "name": path.stem, "source": display}
    config = load(EnvironmentConfig, data, display)
    problems = check_environment(config, model)
    if problems:
        raise ConfigError(problems)
    return config


def check_environment(config: EnvironmentConfig, model: PlatformModel) -> list[Problem]:
    problems: list[Problem] = []

    def problem(key: str, message: str) -> None:
        problems.append(Problem(config.source, key, message))

    try:
        check_dns_label(config.name, "environment name (the file name)")
    except ValueError as error:
        problem("", str(error))
    try:
        check_dns_label(config.secret_name, "secret_name")
    except ValueError as error:
        problem("secret_name", str(error))
    if not _DOMAIN.match(config.domain):
        problem("domain", f"{config.domain!r} is not a lower-case DNS domain like 'codexakash.space'")
    for index, url in enumerate(config.client_urls):
        if not _CLIENT_URL.match(url):
            problem(f"client_urls[{index}]", f"{url!r} is not an origin like 'https://codexakash.space' (no path, no trailing '/')")
        elif config.tier == "production" and not url.startswith("https://"):
            problem(f"client_urls[{index}]", f"{url!r}: production origins must use https")
    if any(model.services[name].client_urls for name in model.services) and not config.client_urls:
        problem("client_urls", "list at least one origin: services that serve browsers need CLIENT_URL_1")

    for name in sorted(set(model.services) - set(config.services)):
        problem(f"services.{name}", f"is missing: configure every service of {model.source} ({', '.join(sorted(model.services))})")
    for name in sorted(set(config.services) - set(model.services)):
        problem(f"services.{name}", f"is not a service of {model.source}; known services: {', '.join(sorted(model.services))}")

    for name, settings in config.services.items():
        if name not in model.services:
            continue
        spec = model.services[name]
        key = f"services.{name}"
        if config.tier == "production" and settings.image.is_floating:
            shown = repr(settings.image.tag) if settings.image.tag else "an empty tag"
            problem(
                f"{key}.image.tag",
                f"{shown} is a floating tag, refused in a production environment; "
                f"pin the image's 7-character git SHA (or a sha256 digest)",
            )
        if settings.replicas is not None and settings.autoscaling is not None:
            problem(key, "set replicas or autoscaling, not both: the autoscaler owns the replica count")
        if settings.replicas is not None and settings.replicas < 0:
            problem(f"{key}.replicas", f"{settings.replicas} must be 0 or more")
        if settings.docker_daemon_resources is not None and spec.docker_daemon is None:
            problem(f"{key}.docker_daemon_resources", f"{name} runs no Docker daemon in {model.source}")
        for variable in settings.env:
            if variable not in spec.env:
                allowed = ", ".join(sorted(spec.env)) or "none"
                problem(
                    f"{key}.env.{variable}",
                    f"is not a setting of {name} in {model.source}; overridable settings: {allowed}",
                )
    return problems
