"""`make pin-images` against a real registry: Debian's docker-registry (the CNCF distribution
server) on loopback, standing in for Docker Hub and quay.io, with small images the test pushes
through the distribution API. The expected digests are the sha256 of the bytes the test pushed."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest
import yaml

from codex_platform.operations import images as check
from codex_platform.operations import pin_images
from platforms import ROOT, copy_inputs, synthesize
from registry import Registry, unused_url

pytestmark = pytest.mark.peers

#: What prod runs from elsewhere, as the registry names it (Docker Hub's official images under
#: library/), and the architectures pushed: kafka-ui by one manifest, the rest by an index.
PUSHED = {
    "library/docker": ("29.9.0-dind", ("amd64", "arm64")),
    "library/redis": ("7.4.9-alpine", ("amd64", "arm64")),
    "provectuslabs/kafka-ui": ("v0.7.2", ("amd64",)),
    "otel/opentelemetry-collector-contrib": ("0.158.0", ("amd64", "arm64")),
    "grafana/alloy": ("v1.18.1", ("amd64", "arm64")),
    "jetstack/cert-manager-controller": ("v1.19.4", ("amd64", "arm64")),
    "jetstack/cert-manager-webhook": ("v1.19.4", ("amd64", "arm64")),
    "jetstack/cert-manager-cainjector": ("v1.19.4", ("amd64", "arm64")),
    "jetstack/cert-manager-acmesolver": ("v1.19.4", ("amd64", "arm64")),
    "jetstack/cert-manager-startupapicheck": ("v1.19.4", ("amd64", "arm64")),
    "prometheus/prometheus": ("v3.14.0", ("amd64", "arm64")),
    "prometheus-operator/prometheus-config-reloader": ("v0.93.1", ("amd64", "arm64")),
    "prometheus/alertmanager": ("v0.34.0", ("amd64", "arm64")),
    "kube-state-metrics/kube-state-metrics": ("v2.20.0", ("amd64", "arm64")),
    "grafana/loki": ("3.7.6", ("amd64", "arm64")),
    "grafana/grafana": ("13.2.0", ("amd64", "arm64")),
    # One path here, though prod pulls it from Docker Hub (Loki's sidecar) and quay.io (Grafana's).
    "kiwigrid/k8s-sidecar": ("2.10.1", ("amd64", "arm64")),
}
#: The registries prod's images come from, all served by the one test registry.
HOSTS = ("docker.io", "quay.io", "registry.k8s.io")


@pytest.fixture(scope="module")
def registry(tmp_path_factory):
    server = Registry(tmp_path_factory.mktemp("registry"))
    try:
        yield server, {name: server.push_image(name, tag, architectures) for name, (tag, architectures) in PUSHED.items()}
    finally:
        server.stop()


@pytest.fixture
def project(tmp_path) -> Path:
    copy_inputs(tmp_path)
    synthesize(tmp_path, tmp_path / "dist")
    return tmp_path


def run(root: Path, *registries: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = pin_images.main(["prod", *(f"--registry={r}" for r in registries)], root=root)
    return code, out.getvalue(), err.getvalue()


def inputs(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for folder in ("environments", "deploy")
        for p in sorted((root / folder).rglob("*"))
        if p.is_file()
    }


def test_every_third_party_image_prod_runs_is_pinned_to_the_digest_its_tag_names(registry, project):
    server, digests = registry
    before = (project / "environments" / "prod.yaml").read_text()
    code, out, err = run(project, *(f"{host}={server.url}" for host in HOSTS))
    assert code == 0, err

    after = (project / "environments" / "prod.yaml").read_text()
    images = yaml.safe_load(after)["images"]
    assert images["redis"] == {"repository": "redis", "tag": "7.4.9-alpine", "digest": digests["library/redis"]}
    assert images["kafka-ui"]["digest"] == digests["provectuslabs/kafka-ui"], "a single-architecture image: its manifest's digest"
    assert images["cert-manager-webhook"] == {
        "repository": "quay.io/jetstack/cert-manager-webhook",
        "tag": "v1.19.4",
        "digest": digests["jetstack/cert-manager-webhook"],
    }
    assert len(images) == len(PUSHED) + 1, "every image prod runs from elsewhere (the sidecar from two registries), nothing else"
    # Only the images section changed: every other line, comments included, is as it was.
    assert [line for line in after.splitlines() if not line.startswith("  ") or line.startswith("  images")] == [
        line for line in before.splitlines() if not line.startswith("  ") or line.startswith("  images")
    ]
    section = after.split("\nimages:\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert [line.split(":")[0].strip() for line in section] == [
        "docker-daemon",
        "redis",
        "kafka-ui",
        "otel-collector",
        *[name for name in images if name not in ("docker-daemon", "redis", "kafka-ui", "otel-collector")],
    ], "the new entries follow the file's own, in one block"
    assert {line for line in before.splitlines()} - {line for line in after.splitlines()} == {
        line for line in before.splitlines() if line.startswith(("  docker-daemon:", "  redis: {", "  kafka-ui:", "  otel-collector:"))
    }
    pins = (project / "deploy" / "image-pins.yaml").read_text()
    assert [entry["image"] for entry in yaml.safe_load(pins)["pending"]] == ["akashcapro/codex-sandbox"], (
        "pinned images leave the pending list"
    )
    original = (ROOT / "deploy" / "image-pins.yaml").read_text()
    sandbox = original.index("  - image: akashcapro/codex-sandbox")  # the last entry
    assert pins == original[: original.index("pending:\n")] + "pending:\n" + original[sandbox:], (
        "the header and the kept entry as they were"
    )
    assert "images.redis = redis:7.4.9-alpine@sha256:" in out

    dist = synthesize(project, project / "dist")
    redis = yaml.safe_load((dist / "prod" / "data" / "Deployment.redis.k8s.yaml").read_text())
    assert redis["spec"]["template"]["spec"]["containers"][0]["image"] == f"redis:7.4.9-alpine@{digests['library/redis']}"
    execution = yaml.safe_load((dist / "prod" / "services" / "Deployment.code-execution-service.k8s.yaml").read_text())
    pod = execution["spec"]["template"]["spec"]
    assert f"docker:29.9.0-dind@{digests['library/docker']}" in [c["image"] for c in pod.get("initContainers", []) + pod["containers"]]
    cert_manager = yaml.safe_load((dist / "prod" / "gitops" / "Application.codex-cert-manager.k8s.yaml").read_text())
    values = cert_manager["spec"]["source"]["helm"]["valuesObject"]
    assert values["webhook"]["image"] == {"digest": digests["jetstack/cert-manager-webhook"]}, "the chart keeps its tag, pulls by digest"
    prometheus = yaml.safe_load((dist / "prod" / "gitops" / "Application.codex-prometheus.k8s.yaml").read_text())["spec"]["source"]["helm"][
        "valuesObject"
    ]
    # kube-state-metrics renders registry/repository:tag@sha; Alertmanager's chart takes the digest in its tag.
    assert prometheus["kube-state-metrics"]["image"]["sha"] == digests["kube-state-metrics/kube-state-metrics"]
    assert prometheus["alertmanager"]["image"]["tag"] == f"v0.34.0@{digests['prometheus/alertmanager']}"
    grafana = yaml.safe_load((dist / "prod" / "gitops" / "Application.codex-grafana.k8s.yaml").read_text())["spec"]["source"]["helm"][
        "valuesObject"
    ]
    # Grafana's chart writes "@sha256:" itself and takes the hex digits; Loki's takes the digest whole.
    assert grafana["sidecar"]["image"]["sha"] == digests["kiwigrid/k8s-sidecar"].removeprefix("sha256:")
    loki = yaml.safe_load((dist / "prod" / "gitops" / "Application.codex-loki.k8s.yaml").read_text())["spec"]["source"]["helm"][
        "valuesObject"
    ]
    assert loki["loki"]["image"]["digest"] == digests["grafana/loki"]
    collector = yaml.safe_load((dist / "prod" / "gitops" / "Application.codex-otel-collector.k8s.yaml").read_text())
    assert collector["spec"]["source"]["helm"]["valuesObject"]["image"]["digest"] == digests["otel/opentelemetry-collector-contrib"]
    own = {s["image"]["repository"] for s in yaml.safe_load(after)["services"].values()}
    assert check.problems(dist / "prod", own, project / "deploy" / "image-pins.yaml") == []


def test_a_tag_the_registry_does_not_have_writes_nothing(registry, project, tmp_path_factory):
    server = Registry(tmp_path_factory.mktemp("registry-missing"))
    try:
        for name, (tag, architectures) in PUSHED.items():
            if name != "library/redis":
                server.push_image(name, tag, architectures)
        before = inputs(project)
        code, _, err = run(project, *(f"{host}={server.url}" for host in HOSTS))
    finally:
        server.stop()
    assert code == 1
    assert f"redis:7.4.9-alpine: {server.url} has no tag '7.4.9-alpine' of library/redis" in err
    assert "nothing was written" in err
    assert inputs(project) == before


def test_a_tag_taken_away_is_reported_like_one_never_pushed(registry, project, tmp_path_factory):
    server = Registry(tmp_path_factory.mktemp("registry-deleted"))
    try:
        for name, (tag, architectures) in PUSHED.items():
            server.push_image(name, tag, architectures)
        server.delete_tag("grafana/alloy", "v1.18.1")
        code, _, err = run(project, *(f"{host}={server.url}" for host in HOSTS))
    finally:
        server.stop()
    assert code == 1 and "docker.io/grafana/alloy:v1.18.1: " in err and "has no tag 'v1.18.1' of grafana/alloy" in err


def test_a_registry_that_is_down_writes_nothing(registry, project):
    server, _ = registry
    down = unused_url()
    before = inputs(project)
    code, _, err = run(project, f"docker.io={server.url}", f"quay.io={down}", f"registry.k8s.io={server.url}")
    assert code == 1
    assert f"quay.io/prometheus/prometheus:v3.14.0: cannot reach the registry at {down}" in err
    reported = err.splitlines()[1:]
    assert len(reported) == 9 and all(line.startswith("quay.io/") for line in reported), "each of quay.io's images, and only those"
    assert inputs(project) == before
