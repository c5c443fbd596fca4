"""A real OCI registry on loopback (the CNCF distribution server, Debian's docker-registry) and
small images pushed to it through the distribution API, as a client like crane pushes them."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import subprocess
import tarfile
import time
import urllib.request
from email.message import Message
from pathlib import Path

from programs import free_port, require_program

OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json"
OCI_INDEX = "application/vnd.oci.image.index.v1+json"
#: The server stops by itself after this long, should a test never stop it.
LIFETIME_SECONDS = 600


def sha256(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


class Registry:
    def __init__(self, folder: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = folder / "config.yml"
        config.write_text(
            "version: 0.1\nlog: {level: error}\n"
            f"storage: {{filesystem: {{rootdirectory: {folder / 'data'}}}, delete: {{enabled: true}}}}\n"
            f"http: {{addr: '127.0.0.1:{self.port}'}}\n"
        )
        self.process = subprocess.Popen(
            ["timeout", str(LIFETIME_SECONDS), str(require_program("docker-registry", "peer-tools")), "serve", str(config)],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(f"{self.url}/v2/", timeout=1).close()
                return
            except OSError as error:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    output = self.process.stdout.read() if self.process.stdout else ""
                    raise RuntimeError(f"docker-registry did not serve: {output}") from error
                time.sleep(0.05)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)

    def _call(self, method: str, url: str, body: bytes = b"", content_type: str = "application/octet-stream") -> Message:
        request = urllib.request.Request(
            url, data=body if method in ("PUT", "POST") else None, method=method, headers={"Content-Type": content_type}
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.headers

    def push_blob(self, name: str, data: bytes) -> str:
        digest = sha256(data)
        location = self._call("POST", f"{self.url}/v2/{name}/blobs/uploads/")["Location"]
        location = location if location.startswith("http") else self.url + location
        self._call("PUT", f"{location}{'&' if '?' in location else '?'}digest={digest}", data)
        return digest

    def push_manifest(self, name: str, reference: str, data: bytes, media_type: str) -> str:
        self._call("PUT", f"{self.url}/v2/{name}/manifests/{reference}", data, media_type)
        return sha256(data)

    def delete_tag(self, name: str, tag: str) -> None:
        """Take a tag away (by deleting what it names), as a registry that never had it."""
        request = urllib.request.Request(
            f"{self.url}/v2/{name}/manifests/{tag}", method="HEAD", headers={"Accept": f"{OCI_INDEX}, {OCI_MANIFEST}"}
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            digest = response.headers["Docker-Content-Digest"]
        self._call("DELETE", f"{self.url}/v2/{name}/manifests/{digest}")

    def push_image(self, name: str, tag: str, architectures: tuple[str, ...] = ("amd64", "arm64")) -> str:
        """An image of one tiny layer per architecture, under ``tag``: a multi-arch index when
        there are several, else one manifest. Returns the digest of what the tag names."""
        manifests = []
        for architecture in architectures:
            layer = _layer(f"{name}:{tag} for {architecture}\n".encode())
            config = json.dumps(
                {
                    "architecture": architecture,
                    "os": "linux",
                    "config": {},
                    "rootfs": {"type": "layers", "diff_ids": [sha256(gzip.decompress(layer))]},
                }
            ).encode()
            manifest = json.dumps(
                {
                    "schemaVersion": 2,
                    "mediaType": OCI_MANIFEST,
                    "config": {
                        "mediaType": "application/vnd.oci.image.config.v1+json",
                        "digest": self.push_blob(name, config),
                        "size": len(config),
                    },
                    "layers": [
                        {
                            "mediaType": "application/vnd.oci.image.layer.v1.tar+gzip",
                            "digest": self.push_blob(name, layer),
                            "size": len(layer),
                        }
                    ],
                }
            ).encode()
            manifests.append((architecture, manifest))
        if len(manifests) == 1:
            return self.push_manifest(name, tag, manifests[0][1], OCI_MANIFEST)
        entries = []
        for architecture, manifest in manifests:
            entries.append(
                {
                    "mediaType": OCI_MANIFEST,
                    "digest": self.push_manifest(name, sha256(manifest), manifest, OCI_MANIFEST),
                    "size": len(manifest),
                    "platform": {"architecture": architecture, "os": "linux"},
                }
            )
        index = json.dumps({"schemaVersion": 2, "mediaType": OCI_INDEX, "manifests": entries}).encode()
        return self.push_manifest(name, tag, index, OCI_INDEX)


def _layer(content: bytes) -> bytes:
    """A gzipped tar of one file, byte-for-byte the same on every run."""
    tar_bytes = io.BytesIO()
    with tarfile.open(fileobj=tar_bytes, mode="w", format=tarfile.PAX_FORMAT) as archive:
        info = tarfile.TarInfo("hello.txt")
        info.size = len(content)
        archive.addfile(info, io.BytesIO(content))
    return gzip.compress(tar_bytes.getvalue(), mtime=0)


def unused_url() -> str:
    """An address where nothing listens: a registry that is down."""
    return f"http://127.0.0.1:{free_port()}"
