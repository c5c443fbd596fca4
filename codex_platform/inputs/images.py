"""The third-party images the platform runs, one record each: their default tags, and where an
environment file's ``images.<name>`` (a tag, and the digest ``make pin-images`` resolves) goes.

A tag can be pushed again with other bytes; a digest cannot. Images a chart chooses itself are
listed here when the chart's values accept a digest: their tag is the chart's, so a digest must
be of that tag, and it goes into the chart's values at ``values_path``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from codex_constructs import DEFAULT_REDIS_IMAGE, ContainerImage, DockerDaemon, ObservabilitySettings

#: cert-manager's chart version, which is also its images' tag.
CERT_MANAGER_VERSION = "v1.19.4"


@dataclass(frozen=True)
class ThirdPartyImage:
    """One image the platform runs that is not one of its services.

    :param name: its key under ``images:`` in an environment file.
    :param default: repository and tag when the environment file does not name it.
    :param release: the Helm release whose chart picks the image, or None when the platform
        sets the image itself (any tag may then be chosen).
    :param values_path: where the chart reads the image block (``repository``/``tag``/``digest``).
    :param digest_key: the block's key for the digest (``digest``, or ``sha`` in some charts);
        None where the chart takes no digest but renders its tag as given, so the digest is
        written as ``tag@digest``.
    :param hex_digest: the chart writes ``@sha256:`` itself and takes the hex digits alone.
    """

    name: str
    default: ContainerImage
    release: str | None = None
    values_path: tuple[str, ...] = ()
    digest_key: str | None = "digest"
    hex_digest: bool = False

    def pinned_values(self, digest: str) -> dict[str, str]:
        """What the image block gets to pull by ``digest``."""
        if not self.digest_key:
            return {"tag": f"{self.default.tag}@{digest}"}
        return {self.digest_key: digest.removeprefix("sha256:") if self.hex_digest else digest}

    def pinned_digest(self, block: Any) -> str | None:
        """The digest an image block of rendered values pins, if any."""
        if not isinstance(block, dict):
            return None
        if self.digest_key:
            value = block.get(self.digest_key)
            return (f"sha256:{value}" if self.hex_digest else value) if value else None
        tag = block.get("tag")
        return tag.split("@", 1)[1] if isinstance(tag, str) and "@" in tag else None


def _cert_manager(name: str, *path: str) -> ThirdPartyImage:
    return ThirdPartyImage(
        f"cert-manager-{name}", ContainerImage(f"quay.io/jetstack/cert-manager-{name}", CERT_MANAGER_VERSION), "cert-manager", path
    )


THIRD_PARTY_IMAGES: tuple[ThirdPartyImage, ...] = (
    ThirdPartyImage("docker-daemon", DockerDaemon.image),
    ThirdPartyImage("redis", DEFAULT_REDIS_IMAGE),
    ThirdPartyImage("kafka-ui", ContainerImage("provectuslabs/kafka-ui", "v0.7.2")),
    ThirdPartyImage("otel-collector", ObservabilitySettings.collector_image),
    _cert_manager("controller", "image"),
    _cert_manager("webhook", "webhook", "image"),
    _cert_manager("cainjector", "cainjector", "image"),
    _cert_manager("acmesolver", "acmesolver", "image"),
    _cert_manager("startupapicheck", "startupapicheck", "image"),
    # Prometheus chart 29.27.0: its appVersion, and its config reloader's tag from its values.
    ThirdPartyImage("prometheus", ContainerImage("quay.io/prometheus/prometheus", "v3.14.0"), "prometheus", ("server", "image")),
    ThirdPartyImage(
        "prometheus-config-reloader",
        ContainerImage("quay.io/prometheus-operator/prometheus-config-reloader", "v0.93.1"),
        "prometheus",
        ("configmapReload", "prometheus", "image"),
    ),
    # Its subcharts: kube-state-metrics 8.4.0 renders registry/repository:tag@sha; Alertmanager
    # 1.42.0 takes no digest and renders its tag as given.
    ThirdPartyImage(
        "kube-state-metrics",
        ContainerImage("registry.k8s.io/kube-state-metrics/kube-state-metrics", "v2.20.0"),
        "prometheus",
        ("kube-state-metrics", "image"),
        digest_key="sha",
    ),
    ThirdPartyImage(
        "alertmanager",
        ContainerImage("quay.io/prometheus/alertmanager", "v0.34.0"),
        "prometheus",
        ("alertmanager", "image"),
        digest_key=None,
    ),
    # Loki chart 18.11.0 (appVersion 3.7.6) and the rules sidecar it runs beside Loki: both
    # rendered by its loki.image helper, which takes a digest.
    ThirdPartyImage("loki", ContainerImage("docker.io/grafana/loki", "3.7.6"), "loki", ("loki", "image")),
    ThirdPartyImage("loki-sidecar", ContainerImage("docker.io/kiwigrid/k8s-sidecar", "2.10.1"), "loki", ("sidecar", "image")),
    # Grafana chart 12.11.1 (appVersion 13.2.0) and its dashboards sidecar: `sha`, hex digits,
    # rendered as repository:tag@sha256:<sha>.
    ThirdPartyImage(
        "grafana", ContainerImage("docker.io/grafana/grafana", "13.2.0"), "grafana", ("image",), digest_key="sha", hex_digest=True
    ),
    ThirdPartyImage(
        "grafana-sidecar",
        ContainerImage("quay.io/kiwigrid/k8s-sidecar", "2.10.1"),
        "grafana",
        ("sidecar", "image"),
        digest_key="sha",
        hex_digest=True,
    ),
    # Alloy chart 1.11.1's appVersion.
    ThirdPartyImage("alloy", ContainerImage("docker.io/grafana/alloy", "v1.18.1"), "alloy", ("image",)),
)

BY_NAME: Mapping[str, ThirdPartyImage] = {image.name: image for image in THIRD_PARTY_IMAGES}


def chosen_image(images: Mapping[str, ContainerImage], name: str) -> ContainerImage:
    """The image ``name`` runs as in an environment whose ``images:`` section is ``images``."""
    return images.get(name, BY_NAME[name].default)


def image_problems(images: Mapping[str, ContainerImage]) -> list[tuple[str, str]]:
    """(key, message) for each entry of an ``images:`` section the platform cannot honour."""
    problems = []
    for name, image in images.items():
        declared = BY_NAME.get(name)
        if declared is None:
            problems.append((f"images.{name}", f"is not an image the platform runs; one of: {', '.join(BY_NAME)}"))
        elif declared.release and (image.repository, image.tag) != (declared.default.repository, declared.default.tag):
            problems.append(
                (
                    f"images.{name}",
                    f"the {declared.release} chart runs {declared.default.repository}:{declared.default.tag}, so only its digest "
                    "may be set here; change the image by changing the chart's version",
                )
            )
    return problems
