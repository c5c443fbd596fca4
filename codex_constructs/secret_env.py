"""Environment variables read from a Secret, one declared key at a time."""

from __future__ import annotations

from dataclasses import dataclass

from cdk8s_plus_27 import k8s

from ._names import check_dns_label, check_env_name


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

    def env_vars(self) -> list[k8s.EnvVar]:
        """One variable per key, each read from the Secret by ``secretKeyRef``."""
        return [
            k8s.EnvVar(
                name=key,
                value_from=k8s.EnvVarSource(secret_key_ref=k8s.SecretKeySelector(name=self.secret_name, key=key)),
            )
            for key in self.keys
        ]
