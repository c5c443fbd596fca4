"""`make pin-images`' parts that need no registry: which registry an image lives in (Docker's
rule), and how the digests are written into an environment file. The registry itself is asked
in tests/peers/test_pin_images.py, against a real one."""

from __future__ import annotations

import hashlib
import http.server
import json
import threading

import pytest
import yaml

from codex_constructs import ContainerImage
from codex_platform.operations.pin_images import PinError, checked_edit, registry_and_path, resolve, with_images, without_pending

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


def test_docker_s_legacy_hub_name_is_the_hub():
    assert registry_and_path("index.docker.io/library/redis") == ("docker.io", "library/redis")


class TokenRegistry(http.server.BaseHTTPRequestHandler):
    """A registry that answers only with a pull token, as Docker Hub does (docs.docker.com,
    "Token authentication specification"): a 401 naming the realm, service and scope, then the
    manifest for ``Authorization: Bearer <token>``."""

    index = json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": []}).encode()
    token_answer = b'{"token": "t0k3n", "expires_in": 300}'
    seen: list[str] = []

    def do_GET(self):  # noqa: N802 (the http.server API)
        port = self.server.server_address[1]
        if self.path.startswith("/token"):
            self.seen.append(self.path)
            self._answer(200, self.token_answer, "application/json")
        elif self.headers.get("Authorization") != "Bearer t0k3n":
            self.send_response(401)
            self.send_header(
                "WWW-Authenticate",
                f'Bearer realm="http://127.0.0.1:{port}/token",service="registry.test",scope="repository:library/redis:pull"',
            )
            self.end_headers()
        else:
            self._answer(200, self.index, "application/vnd.oci.image.index.v1+json")

    def _answer(self, code, body, content_type):
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def token_registry():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), TokenRegistry)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    TokenRegistry.seen = []
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_an_anonymous_pull_token_is_asked_for_where_the_registry_says_and_used(token_registry):
    digest = resolve(ContainerImage("redis", "7.4.9-alpine"), {"docker.io": token_registry})
    assert digest == "sha256:" + hashlib.sha256(TokenRegistry.index).hexdigest()
    (asked,) = TokenRegistry.seen
    assert asked == "/token?service=registry.test&scope=repository%3Alibrary%2Fredis%3Apull"


def test_a_token_server_that_answers_no_token_is_reported(token_registry, monkeypatch):
    monkeypatch.setattr(TokenRegistry, "token_answer", b"<html>busy</html>")
    with pytest.raises(PinError, match=f"no pull token from {token_registry}/token"):
        resolve(ContainerImage("redis", "7.4.9-alpine"), {"docker.io": token_registry})


def test_the_pending_list_loses_pinned_entries_and_keeps_its_header_and_the_rest():
    text = "# why\n# these\npending:\n  - image: a:1\n    reason: one\n  - image: b:2\n    reason: 'two: quoted'\n"
    assert without_pending(text, set()) == text
    assert without_pending(text, {"a:1"}) == "# why\n# these\npending:\n  - image: b:2\n    reason: 'two: quoted'\n"
    assert without_pending(text, {"a:1", "b:2"}) == "# why\n# these\npending: []\n"


@pytest.mark.parametrize(
    "section",
    [
        "images: {}\n",
        'images:\n    redis: {repository: redis, tag: "7.4.9-alpine"}\n',
        'images:\n# a comment at the margin\n  redis: {repository: redis, tag: "7.4.9-alpine"}\n',
    ],
)
def test_an_edit_that_would_not_read_back_as_intended_is_refused(tmp_path, section):
    path = tmp_path / "prod.yaml"
    path.write_text("tier: production\n" + section)
    pinned = {"redis": ContainerImage("redis", "7.4.9-alpine", DIGEST)}
    with pytest.raises(PinError, match="prod.yaml: the (edit would not read back|digests could not be added)"):
        checked_edit(path, with_images(path.read_text(), "prod.yaml", pinned), pinned)


def test_a_well_formed_section_reads_back_with_only_the_digests_added(tmp_path):
    path = tmp_path / "prod.yaml"
    path.write_text('tier: production  # kept\nimages:\n  redis: {repository: redis, tag: "7.4.9-alpine"}\n\nservices: {}\n')
    pinned = {"redis": ContainerImage("redis", "7.4.9-alpine", DIGEST)}
    text = with_images(path.read_text(), "prod.yaml", pinned)
    assert checked_edit(path, text, pinned) == text
