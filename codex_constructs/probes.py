"""Health checks, as one value type rendered to startup, readiness and liveness probes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypedDict, Unpack

from cdk8s_plus_27 import k8s

from ._quantities import int_or_string


class ProbeTiming(TypedDict, total=False):
    """The timing props every :class:`HealthProbe` constructor takes."""

    period_seconds: int
    timeout_seconds: int
    failure_threshold: int
    startup_seconds: int


@dataclass(frozen=True)
class HealthProbe:
    """How the kubelet checks a container. Build one with a named constructor:
    :meth:`tcp`, :meth:`grpc`, :meth:`http_get` or :meth:`command`.

    The same check drives three probes: a startup probe (generous, so slow starts are not
    killed), a readiness probe (takes the pod out of its Service) and a liveness probe
    (restarts it after ``failure_threshold`` misses).

    :param period_seconds: seconds between readiness checks; liveness checks come at twice
        that, so a pod leaves its Service before it is restarted. Default: 10.
    :param timeout_seconds: seconds before one check counts as failed. Default: 2.
    :param failure_threshold: consecutive misses before unready or restart. Default: 3.
    :param startup_seconds: how long the startup probe allows for the first success.
        Default: 120.
    """

    kind: str
    port: int | str | None = None
    path: str | None = None
    grpc_service: str | None = None
    exec_command: tuple[str, ...] = ()
    period_seconds: int = 10
    timeout_seconds: int = 2
    failure_threshold: int = 3
    startup_seconds: int = 120

    def __post_init__(self) -> None:
        if self.kind not in ("tcp", "grpc", "http", "command"):
            raise ValueError(f"probe kind {self.kind!r} is not one of tcp, grpc, http, command")
        if self.kind == "command" and not self.exec_command:
            raise ValueError("a command probe needs a command, e.g. HealthProbe.command(['sh', '-c', '...'])")
        if self.kind == "grpc" and not isinstance(self.port, int):
            raise ValueError("a gRPC probe needs the port number (Kubernetes does not accept a port name there)")
        if self.kind in ("tcp", "http") and self.port is None:
            raise ValueError(f"a {self.kind} probe needs a port")
        if self.kind == "http" and not (self.path or "").startswith("/"):
            raise ValueError(f"an HTTP probe path must start with '/', got {self.path!r}")
        for field in ("period_seconds", "timeout_seconds", "failure_threshold", "startup_seconds"):
            value = getattr(self, field)
            if not isinstance(value, int) or value < 1:
                raise ValueError(f"{field}: {value!r} must be a whole number of at least 1")

    @classmethod
    def tcp(cls, port: int | str, **timing: Unpack[ProbeTiming]) -> HealthProbe:
        """Open a TCP connection to ``port`` (a number or a port name)."""
        return cls(kind="tcp", port=port, **timing)

    @classmethod
    def grpc(cls, port: int, service: str | None = None, **timing: Unpack[ProbeTiming]) -> HealthProbe:
        """Call ``grpc.health.v1.Health/Check`` on ``port``; only for servers that implement it."""
        return cls(kind="grpc", port=port, grpc_service=service, **timing)

    @classmethod
    def http_get(cls, path: str, port: int | str, **timing: Unpack[ProbeTiming]) -> HealthProbe:
        """``GET path`` on ``port``; any 2xx or 3xx answer is healthy."""
        return cls(kind="http", port=port, path=path, **timing)

    @classmethod
    def command(cls, command: list[str] | tuple[str, ...], **timing: Unpack[ProbeTiming]) -> HealthProbe:
        """Run ``command`` in the container; exit code 0 is healthy."""
        return cls(kind="command", exec_command=tuple(command), **timing)

    def _action(self) -> dict[str, Any]:
        if self.kind == "tcp":
            return {"tcp_socket": k8s.TcpSocketAction(port=int_or_string(self.port))}
        if self.kind == "grpc":
            if not isinstance(self.port, int):
                raise ValueError(f"a gRPC probe needs a port number, not {self.port!r}")
            return {"grpc": k8s.GrpcAction(port=self.port, service=self.grpc_service)}
        if self.kind == "http":
            return {"http_get": k8s.HttpGetAction(path=self.path, port=int_or_string(self.port))}
        return {"exec": k8s.ExecAction(command=list(self.exec_command))}

    def startup(self) -> k8s.Probe:
        period = 5
        return k8s.Probe(
            **self._action(),
            period_seconds=period,
            timeout_seconds=self.timeout_seconds,
            failure_threshold=max(1, -(-self.startup_seconds // period)),
        )

    def readiness(self) -> k8s.Probe:
        return k8s.Probe(
            **self._action(),
            period_seconds=self.period_seconds,
            timeout_seconds=self.timeout_seconds,
            failure_threshold=self.failure_threshold,
        )

    def liveness(self) -> k8s.Probe:
        # Twice the readiness period: a pod should drop out of its Service before it is restarted.
        return k8s.Probe(
            **self._action(),
            period_seconds=self.period_seconds * 2,
            timeout_seconds=self.timeout_seconds,
            failure_threshold=self.failure_threshold,
        )
