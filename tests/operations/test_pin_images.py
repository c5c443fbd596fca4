"""`make pin-images`' parts that need no registry: which registry an image lives in (Docker's
rule), and how the digests are written into an environment file. The registry itself is asked
in tests/peers/test_pin_images.py, against a real one."""

from __future__ import annotations

import pytest
import yaml

from codex_constructs import ContainerImage
from codex_platform.operations.pin_images import PinError, registry_and_path, with_images

DIGEST = "sha256:" + "3" * 64


@pytest.mark.parametrize(
    "repository, expected",
    [
        ("redis", ("docker.io", "library/redis")),
        ("grafana/alloy", ("docker.io", "grafana/alloy")),
        ("docker.io/grafana/alloy", ("docker.io", "grafana/alloy")),
        ("docker.io/redis", ("docker.io", "library/redis")),
        ("quay.io/jetstack/cert-manager-controller", ("quay.io", "jetstack/cert-manager-controller")),
        ("localhost:5000/team/app", ("localhost:5000", "team/app")),
        ("localhost/app", ("localhost", "app")),
    ],
)
def test_an_image_lives_where_docker_would_pull_it(repository, expected):
    assert registry_and_path(repository) == expected


def test_a_file_without_an_images_section_gets_one_at_its_end():
    text = "tier: development  # kept\nservices: {}\n"
    written = with_images(text, "dev.yaml", {"redis": ContainerImage("redis", "7.4.9-alpine", DIGEST)})
    assert written.startswith(text)
    assert yaml.safe_load(written)["images"] == {"redis": {"repository": "redis", "tag": "7.4.9-alpine", "digest": DIGEST}}


def test_an_entry_keeps_its_comment_and_the_next_section_is_untouched():
    text = 'images:\n  redis: {repository: redis, tag: "7.4.9-alpine"}  # the cache\n\n# services next\nservices: {}\n'
    written = with_images(
        text,
        "dev.yaml",
        {"redis": ContainerImage("redis", "7.4.9-alpine", DIGEST), "kafka-ui": ContainerImage("provectuslabs/kafka-ui", "v0.7.2", DIGEST)},
    )
    assert written == (
        f'images:\n  redis: {{repository: redis, tag: "7.4.9-alpine", digest: "{DIGEST}"}}  # the cache\n'
        f'  kafka-ui: {{repository: provectuslabs/kafka-ui, tag: "v0.7.2", digest: "{DIGEST}"}}\n\n# services next\nservices: {{}}\n'
    )


def test_an_entry_over_several_lines_is_refused_not_rewritten():
    text = "images:\n  redis:\n    repository: redis\n    tag: 7.4.9-alpine\n"
    with pytest.raises(PinError, match=r"dev.yaml: images.redis: write it on one line, as \{repository: ..., tag: ...\}"):
        with_images(text, "dev.yaml", {"redis": ContainerImage("redis", "7.4.9-alpine", DIGEST)})
