"""`make check-images`: prod runs no third-party image by tag unless deploy/image-pins.yaml says
why; an image pinned by digest needs no line, and a line for an image prod no longer runs goes."""

from __future__ import annotations

import yaml

from codex_platform.operations.images import PINS, problems
from platforms import CODEX, ROOT

OWN = {s.image.repository for s in CODEX.environments["prod"].config.services.values()}


def pins(tmp_path, entries):
    path = tmp_path / "image-pins.yaml"
    path.write_text(yaml.safe_dump({"pending": entries}))
    return path


def test_prod_runs_only_pinned_or_listed_third_party_images():
    assert problems(CODEX.dist / "prod", OWN, ROOT / PINS) == []


def test_an_unlisted_tag_and_a_stale_line_are_refused(tmp_path):
    listed = yaml.safe_load((ROOT / PINS).read_text())["pending"]
    without_redis = [e for e in listed if not e["image"].startswith("redis:")] + [{"image": "nginx:1.27", "reason": "once"}]
    assert problems(CODEX.dist / "prod", OWN, pins(tmp_path, without_redis)) == [
        f"redis:7.4.9-alpine (data/Deployment.redis.k8s.yaml) runs by tag: pin it by digest (repository:tag@sha256:...), or list it with its reason in {PINS}",
        f"{PINS}: nginx:1.27 is not run any more: remove its line",
    ]


def test_a_digest_needs_no_line_and_a_line_needs_a_reason(tmp_path):
    digest = "redis:7.4.9-alpine@sha256:" + "0" * 64
    folder = tmp_path / "prod" / "data"
    folder.mkdir(parents=True)
    deployment = {"kind": "Deployment", "spec": {"template": {"spec": {"containers": [{"name": "redis", "image": digest}]}}}}
    (folder / "Deployment.redis.k8s.yaml").write_text(yaml.safe_dump(deployment))
    assert problems(tmp_path / "prod", OWN, pins(tmp_path, [])) == []
    deployment["spec"]["template"]["spec"]["containers"][0]["image"] = "redis:7.4.9-alpine"
    (folder / "Deployment.redis.k8s.yaml").write_text(yaml.safe_dump(deployment))
    assert problems(tmp_path / "prod", OWN, pins(tmp_path, [{"image": "redis:7.4.9-alpine", "reason": " "}])) == [
        f"{PINS}: redis:7.4.9-alpine has no reason"
    ]


def test_an_image_a_chart_picks_counts_and_its_digest_in_the_values_pins_it(tmp_path):
    listed = yaml.safe_load((ROOT / PINS).read_text())["pending"]
    without_webhook = [e for e in listed if "cert-manager-webhook" not in e["image"]]
    assert problems(CODEX.dist / "prod", OWN, pins(tmp_path, without_webhook)) == [
        "quay.io/jetstack/cert-manager-webhook:v1.19.4 (gitops/Application.codex-cert-manager.k8s.yaml (webhook.image)) runs by tag: "
        f"pin it by digest (repository:tag@sha256:...), or list it with its reason in {PINS}"
    ]
    folder = tmp_path / "prod" / "gitops"
    folder.mkdir(parents=True)
    digest = "sha256:" + "2" * 64
    application = {
        "kind": "Application",
        "spec": {
            "source": {
                "helm": {
                    "releaseName": "cert-manager",
                    "valuesObject": {
                        "image": {"digest": digest},
                        "webhook": {"image": {"digest": digest}},
                        "cainjector": {"image": {"digest": digest}},
                        "acmesolver": {"image": {"digest": digest}},
                        "startupapicheck": {"image": {"digest": digest}},
                    },
                }
            }
        },
    }
    (folder / "Application.codex-cert-manager.k8s.yaml").write_text(yaml.safe_dump(application))
    assert problems(tmp_path / "prod", OWN, pins(tmp_path, [])) == []
