"""ContainerImage: references as a container runtime reads them."""

import pytest

from codex_constructs import ContainerImage


def test_an_image_reference_in_one_piece_is_split():
    assert ContainerImage("ghcr.io/a/b:1.0") == ContainerImage("ghcr.io/a/b", "1.0")
    digest = "sha256:" + "a" * 64
    assert ContainerImage(f"ghcr.io/a/b@{digest}") == ContainerImage("ghcr.io/a/b", digest="sha256:" + "a" * 64)
    assert ContainerImage(f"ghcr.io/a/b:1.0@{digest}") == ContainerImage("ghcr.io/a/b", "1.0", digest)
    assert ContainerImage("localhost:5000/app").tag == "", "a registry's port is not a tag"
    assert ContainerImage("localhost:5000/app:1.0").repository == "localhost:5000/app"


def test_a_pinned_image_keeps_its_tag_for_people_and_runs_by_digest():
    digest = "sha256:" + "b" * 64
    pinned = ContainerImage("redis", "7.4.9-alpine", digest)
    assert pinned.reference == "redis:7.4.9-alpine@sha256:" + "b" * 64
    assert pinned.is_pinned and not pinned.is_floating
    assert ContainerImage("redis", digest).reference == "redis@sha256:" + "b" * 64, "a digest given as the tag still pins"
    assert ContainerImage("redis", "latest", digest).is_floating is False, "a digest pins even a moving tag"
    assert not ContainerImage("redis", "7.4.9-alpine").is_pinned
    with pytest.raises(ValueError, match="digest 'sha256:abc' is not 'sha256:' and 64 lower-case hex digits"):
        ContainerImage("redis", "7.4.9-alpine", "sha256:abc")
    with pytest.raises(
        ValueError, match="repository 'Bad Repo' is not an image repository like 'org/name'; tag 'not a tag' is not a valid tag"
    ):
        ContainerImage("Bad Repo", "not a tag")


def test_an_image_without_a_tag_floats():
    assert ContainerImage("example/app").is_floating and ContainerImage("example/app", "latest").is_floating
    assert ContainerImage("example/app").reference == "example/app"
    with pytest.raises(ValueError, match="tag 7 must be a string"):
        ContainerImage("example/app", 7)  # type: ignore[arg-type]
