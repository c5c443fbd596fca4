"""Environment variables read from a Secret, one declared key at a time."""

from __future__ import annotations

from dataclasses import dataclass

from .names import check_dns_label, check_env_name


@dataclass(frozen=True)
class SecretEnv:
    """Keys of one Secret, each exposed as the environment variable of the same name.

    Only the listed keys reach the container (no ``envFrom``): a service sees exactly the
    credentials it declares, and a key missing from the Secret stops the pod from starting
    instead of surfacing later as an undefined value.

    :param secret_name: the Secret in the workload's namespace.
    :param keys: the keys to read.
    """

    secret_name: str
    keys: tuple[str, ...]

    def __post_init__(self) -> None:
        check_dns_label(self.secret_name, "secret_name")
        if not self.keys:
            raise ValueError(f"secret {self.secret_name!r}: list at least one key, or pass no SecretEnv")
        for key in self.keys:
            check_env_name(key)
        if len(set(self.keys)) != len(self.keys):
            raise ValueError(f"secret {self.secret_name!r}: a key is listed twice in {list(self.keys)}")
