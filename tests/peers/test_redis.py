"""Redis for real: the server started with the rendered Deployment's arguments, the services' own
client libraries connecting with the REDIS_URL their ExternalSecret's template renders.

The server is Debian's Redis 7.0.15 (the image runs 7.4.9, which no registry here serves); its
arguments are prod's, with the password expanded as the kubelet expands ``$(REDIS_PASSWORD)``,
and two additions that keep the test on loopback: ``--bind 127.0.0.1`` and a free ``--port``.
It runs in a folder standing for the claim, mounted at ``/data``, the image's working directory.
The URL is rendered by Go's text/template with Sprig (ESO's template engine v2, see
tools/peers/esotemplate) and dialled at the test's port instead of ``redis:6379``.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import time
from pathlib import Path

import pytest

from platforms import CODEX
from programs import NODE_CLIENTS, RAN, free_port, require_program

pytestmark = pytest.mark.peers

CLIENTS = ["ioredis-5.6.1", "ioredis-5.7.0", "ioredis-5.8.2", "redis-5.9.0"]
#: Passwords with every character a URL gives a meaning to.
PASSWORDS = ["p@ss:w/rd#1", "a+b c", "100%", "%41", "?&=;$,~!*'()[]", "x::y@@z", 'quote"back\\slash', "é ünï"]


def deployment() -> dict:
    return CODEX.objects("prod")["data/Deployment.redis.k8s.yaml"]


def url_template() -> str:
    secret = CODEX.objects("prod")["secrets/ExternalSecret.gateway-service-secrets.k8s.yaml"]
    return secret["spec"]["target"]["template"]["data"]["REDIS_URL"]


def render(template: str, password: str) -> str:
    result = subprocess.run(
        [str(require_program("esotemplate", "peer-tools"))],
        input=json.dumps({"templates": {"URL": template}, "values": {"REDIS_PASSWORD": password}}),
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    return json.loads(result.stdout)["URL"]


def kubelet_expand(argument: str, env: dict[str, str]) -> str:
    """$(VAR) as the kubelet expands it in args: the variable's value, one argument, no splitting."""
    return re.sub(r"\$\(([A-Za-z_][A-Za-z0-9_]*)\)", lambda m: env.get(m.group(1), m.group(0)), argument)


class Server:
    def __init__(self, data: Path, password: str) -> None:
        (container,) = deployment()["spec"]["template"]["spec"]["containers"]
        self.args = [kubelet_expand(a, {"REDIS_PASSWORD": password}) for a in container["args"]]
        self.port = free_port()
        assert self.args[0] == "redis-server"
        self.process = subprocess.Popen(
            [str(require_program("redis-server", "peer-tools")), *self.args[1:], "--bind", "127.0.0.1", "--port", str(self.port)],
            cwd=data,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                assert self.process.poll() is None, self.process.stdout.read() if self.process.stdout else ""
                time.sleep(0.05)
        raise TimeoutError("redis-server did not listen")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


def client(name: str, url: str, *mode: str) -> dict:
    RAN.setdefault(f"{name} (node)", str(NODE_CLIENTS / name))
    result = subprocess.run(
        ["node", str(Path(__file__).with_name("redis_client.js")), name, url, *mode],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "NODE_PATH": str(NODE_CLIENTS)},
    )
    assert result.stdout, result.stderr[-2000:]
    return json.loads(result.stdout)


def at(url: str, port: int) -> str:
    """The rendered URL, dialled at the test's server: only the host and port change."""
    host = f"@{deployment()['metadata']['name']}:6379"
    assert url.endswith(host), url
    return url.removesuffix(host) + f"@127.0.0.1:{port}"


@pytest.fixture()
def data(tmp_path: Path) -> Path:
    """The claim, mounted at /data: the redis image's working directory, where it writes."""
    (container,) = deployment()["spec"]["template"]["spec"]["containers"]
    mounts = {m["name"]: m["mountPath"] for m in container["volumeMounts"]}
    volumes = {v["name"]: v for v in deployment()["spec"]["template"]["spec"]["volumes"]}
    assert mounts["data"] == "/data" and "persistentVolumeClaim" in volumes["data"]
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.mark.parametrize("password", PASSWORDS)
def test_every_client_connects_with_the_rendered_url_whatever_the_password(data, password):
    server = Server(data, password)
    try:
        url = at(render(url_template(), password), server.port)
        for name in CLIENTS:
            assert client(name, url) == {"ok": True, "read": name}, (name, url)
    finally:
        server.stop()
    assert (data / "appendonlydir").is_dir(), "the append-only file lands on the claim"


def test_a_client_without_the_password_is_refused(data):
    server = Server(data, "s3cret@x")
    try:
        for name in CLIENTS:
            outcome = client(name, f"redis://127.0.0.1:{server.port}")
            # node-redis reports the server's NOAUTH; ioredis closes the connection when its
            # ready check (INFO) gets NOAUTH.
            assert not outcome["ok"] and re.search("NOAUTH|Connection is closed", outcome["error"]), (name, outcome)
    finally:
        server.stop()


def test_the_password_unencoded_breaks_the_url(data):
    """Why the template encodes: the raw password in the URL does not reach Redis intact."""
    password = "p@ss:w/rd#1"
    server = Server(data, password)
    try:
        outcomes = [client(name, f"redis://:{password}@127.0.0.1:{server.port}") for name in CLIENTS]
        assert not any(outcome.get("ok") for outcome in outcomes), outcomes
    finally:
        server.stop()


def test_at_maxmemory_expiring_keys_go_and_writes_of_others_fail(data):
    """The README: volatile-lru evicts only keys with an expiry; once none is left, a write of a
    key without one is refused (OOM), and the keys without one are all kept."""
    server = Server(data, "fill")
    try:
        outcome = client("ioredis-5.8.2", at(render(url_template(), "fill"), server.port), "fill")
    finally:
        server.stop()
    assert outcome["ok"] and outcome["refusal"] and "OOM" in outcome["refusal"], outcome
    max_memory = int(server.args[server.args.index("--maxmemory") + 1])
    # Each kept key holds 64 KiB: they filled most of maxmemory once the expiring ones were gone.
    assert outcome["kept"] * 64 * 1024 > max_memory // 2 and outcome["firstKept"], outcome
