"""The policy gate's waivers that apply to the platform's own workloads, with their reasons.

Each is written next to the object it concerns (a checkov skip annotation) and listed in the
security page (docs/security.md); a test keeps the two in step. The Docker daemon's waivers live with
its construct (codex_constructs/docker_daemon.py).
"""

from __future__ import annotations

IMAGE_DIGEST = (
    "CKV_K8S_43",
    "images are pinned by tag (a git SHA written once by the service's CI, or an upstream "
    "release); digests cannot be resolved when synthesizing offline",
)
SECRETS_AS_ENV = (
    "CKV_K8S_35",
    "the services read their credentials from environment variables (process.env); files would need code changes in every service",
)


def waivers(*, has_secrets: bool) -> dict[str, str]:
    """The waivers of a Codex workload: pinned tags always, env secrets when it reads any."""
    result = dict([IMAGE_DIGEST])
    if has_secrets:
        result.update([SECRETS_AS_ENV])
    return result
