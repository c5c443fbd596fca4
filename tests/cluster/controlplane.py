"""A real Kubernetes control plane on loopback, for the cluster tier (`make test-cluster`).

etcd, kube-apiserver, kube-controller-manager and kube-scheduler are the upstream programs,
built by `make cluster-tools` from k8s.io/kubernetes v1.33.13 (the oldest release at or above our
minimum, 1.33, whose dependencies the Go module proxy serves in full), with kwok v0.7.0 playing
the kubelets, or taken from ``$KUBEBUILDER_ASSETS`` or ``PATH`` where a user's CI has them. Every
process listens on 127.0.0.1 only, on ports the kernel picks, and dies with the test process
(``PR_SET_PDEATHSIG``) or when the session ends.

The client below speaks the API directly (server-side apply with strict field validation, the
way ``kubectl apply --server-side --field-validation=Strict`` does) and keeps the ``Warning``
headers the API server sends, which is where Pod Security admission reports what it would
refuse at a stricter level.
"""

from __future__ import annotations

import ctypes
import functools
import json
import os
import re
import shutil
import signal
import ssl
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from programs import find_program, free_port, require_program

PROGRAMS = ("etcd", "kube-apiserver", "kube-controller-manager", "kube-scheduler", "kwok", "helm")
#: kwok plays the kubelet of every node carrying this annotation (and of no other).
KWOK_NODE = ("kwok.x-k8s.io/node", "fake")
TOKEN = "codex-cluster-tier-admin"


#: The API server's own self-signed certificate, on loopback: not verified. One context for every
#: request (building one loads the system's CA bundle, 40 ms each).
_LOOPBACK_TLS = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
_LOOPBACK_TLS.check_hostname = False
_LOOPBACK_TLS.verify_mode = ssl.CERT_NONE


def missing_programs() -> list[str]:
    return [name for name in PROGRAMS if find_program(name) is None]


def _die_with_parent() -> None:
    """In the child, before exec: SIGKILL when the test process exits, however it exits."""
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    os.setsid()


@dataclass
class Response:
    status: int
    body: Any
    warnings: list[str]


@dataclass
class ControlPlane:
    """One cluster: started by :meth:`start`, stopped (and its files removed) by :meth:`stop`."""

    folder: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="controlplane-")))
    processes: dict[str, subprocess.Popen] = field(default_factory=dict)
    port: int = 0
    resources: dict[tuple[str, str], tuple[str, bool]] = field(default_factory=dict)

    # Processes ---------------------------------------------------------------------------------

    def run(self, name: str, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen:
        """Start a program of the cluster (it dies with the test process, or at :meth:`stop`)."""
        self._run(name, *args, env=env)
        return self.processes[name]

    def _run(self, name: str, *args: str, env: dict[str, str] | None = None) -> None:
        log = open(self.folder / f"{name}.log", "w")
        self.processes[name] = subprocess.Popen(
            [str(require_program(name, "cluster-tools")), *args],
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            preexec_fn=_die_with_parent,
            cwd=self.folder,
            # Everything they talk to is on loopback or simulated: no proxy of the machine's.
            env={k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy", "all_proxy")} | (env or {}),
        )

    def log(self, name: str, lines: int = 40) -> str:
        path = self.folder / f"{name}.log"
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:]) if path.exists() else ""

    def start(self, controllers: bool = True) -> ControlPlane:
        missing = missing_programs()
        if missing:
            raise RuntimeError(f"{', '.join(missing)} not found: run `make cluster-tools` (or put them on PATH / in $KUBEBUILDER_ASSETS)")
        keys = self.folder / "keys"
        keys.mkdir()
        subprocess.run(["openssl", "genrsa", "-out", str(keys / "sa.key"), "2048"], check=True, capture_output=True)
        subprocess.run(
            ["openssl", "rsa", "-in", str(keys / "sa.key"), "-pubout", "-out", str(keys / "sa.pub")], check=True, capture_output=True
        )
        (keys / "tokens.csv").write_text(f'{TOKEN},admin,admin,"system:masters"\n')
        etcd_port, peer_port = free_port(), free_port()
        self._run(
            "etcd",
            f"--data-dir={self.folder / 'etcd'}",
            f"--listen-client-urls=http://127.0.0.1:{etcd_port}",
            f"--advertise-client-urls=http://127.0.0.1:{etcd_port}",
            f"--listen-peer-urls=http://127.0.0.1:{peer_port}",
            f"--initial-advertise-peer-urls=http://127.0.0.1:{peer_port}",
            f"--initial-cluster=default=http://127.0.0.1:{peer_port}",
            "--log-level=warn",
            "--unsafe-no-fsync",
        )
        self.port = free_port()
        self._run(
            "kube-apiserver",
            f"--etcd-servers=http://127.0.0.1:{etcd_port}",
            "--bind-address=127.0.0.1",
            "--advertise-address=127.0.0.1",
            f"--secure-port={self.port}",
            f"--cert-dir={self.folder / 'certs'}",
            f"--token-auth-file={keys / 'tokens.csv'}",
            "--authorization-mode=RBAC",
            "--service-account-issuer=https://kubernetes.default.svc.cluster.local",
            f"--service-account-key-file={keys / 'sa.pub'}",
            f"--service-account-signing-key-file={keys / 'sa.key'}",
            "--service-cluster-ip-range=10.96.0.0/16",
            "--allow-privileged=true",
        )
        self._wait_ready()
        kubeconfig = self.folder / "kubeconfig"
        kubeconfig.write_text(
            json.dumps(
                {
                    "apiVersion": "v1",
                    "kind": "Config",
                    "current-context": "codex",
                    "clusters": [{"name": "codex", "cluster": {"server": self.server, "insecure-skip-tls-verify": True}}],
                    "users": [{"name": "admin", "user": {"token": TOKEN}}],
                    "contexts": [{"name": "codex", "context": {"cluster": "codex", "user": "admin"}}],
                }
            )
        )
        self.kubeconfig = kubeconfig
        if controllers:

            def component(name: str) -> list[str]:
                """What the controller manager and the scheduler are both told: the admin
                kubeconfig, loopback only, no leader election, certificates in the folder."""
                return [
                    f"--kubeconfig={kubeconfig}",
                    f"--authentication-kubeconfig={kubeconfig}",
                    f"--authorization-kubeconfig={kubeconfig}",
                    "--bind-address=127.0.0.1",
                    f"--secure-port={free_port()}",
                    "--leader-elect=false",
                    f"--cert-dir={self.folder / f'{name}-certs'}",
                ]

            self._run(
                "kube-controller-manager",
                *component("kcm"),
                "--use-service-account-credentials=false",
                f"--service-account-private-key-file={keys / 'sa.key'}",
                # The node lifecycle controller and taint eviction stay off: the test makes its
                # nodes Ready before kwok keeps their heartbeats, and takes a lost zone's nodes and
                # pods away itself (at once, where those controllers would wait minutes).
                "--controllers=*,-serviceaccount-token,-node-lifecycle-controller,-taint-eviction-controller",
            )
            self._run("kube-scheduler", *component("scheduler"))
            # kwok stands in for the kubelets: it keeps its nodes' heartbeats, marks the pods
            # placed on them Running and Ready (a Job's pods Succeeded) and finishes deletions.
            self._run(
                "kwok",
                f"--kubeconfig={kubeconfig}",
                "--manage-all-nodes=false",
                f"--manage-nodes-with-annotation-selector={KWOK_NODE[0]}={KWOK_NODE[1]}",
                f"--server-address=127.0.0.1:{free_port()}",
                "--cidr=10.0.0.0/16",
                "--node-ip=10.0.0.1",
            )
        return self

    def _wait_ready(self, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            for name, process in self.processes.items():
                if process.poll() is not None:
                    raise RuntimeError(f"{name} exited with {process.returncode}:\n{self.log(name)}")
            try:
                if self.request("GET", "/readyz").status == 200:
                    return
            except (urllib.error.URLError, ConnectionError, OSError):
                pass
            time.sleep(0.2)
        raise RuntimeError(f"kube-apiserver was not ready in {seconds} s:\n{self.log('kube-apiserver')}")

    def stop(self) -> None:
        """Kill every process at once: the cluster's state is thrown away with its folder, so
        nothing is gained by the API server's graceful shutdown (seconds of draining requests)."""
        for process in self.processes.values():
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
        for process in self.processes.values():
            process.wait()
        shutil.rmtree(self.folder, ignore_errors=True)

    # API ---------------------------------------------------------------------------------------

    @property
    def server(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def request(self, method: str, path: str, body: Any = None, content_type: str = "application/json") -> Response:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            self.server + path,
            data=data,
            method=method,
            headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": content_type, "Accept": "application/json"},
        )
        try:
            with urllib.request.urlopen(request, context=_LOOPBACK_TLS, timeout=30) as reply:
                status, raw, headers = reply.status, reply.read(), reply.headers
        except urllib.error.HTTPError as error:
            status, raw, headers = error.code, error.read(), error.headers
        # A Warning header is `299 - "text"`, the text a quoted string (RFC 9110) with \\ escapes.
        warnings = [re.sub(r"\\(.)", r"\1", value.split(" ", 2)[-1][1:-1]) for value in headers.get_all("Warning") or []]
        try:
            parsed = json.loads(raw) if raw else None
        except json.JSONDecodeError:
            parsed = raw.decode(errors="replace")
        return Response(status, parsed, warnings)

    def discover(self) -> None:
        """(apiVersion, kind) -> (resource path segment, namespaced), from the API's discovery."""
        self.resources = {}
        groups = [("", "v1")] + [
            (group["name"], version["version"]) for group in self.request("GET", "/apis").body["groups"] for version in group["versions"]
        ]
        for group, version in groups:
            api_version = f"{group}/{version}" if group else version
            listing = self.request("GET", f"/apis/{api_version}" if group else "/api/v1").body
            for resource in listing.get("resources", []):
                if "/" not in resource["name"]:
                    self.resources[(api_version, resource["kind"])] = (resource["name"], resource["namespaced"])

    def api_versions(self) -> list[str]:
        """What Argo CD passes Helm as ``--api-versions``: every group/version the API server
        serves, and every group/version/Kind."""
        if not self.resources:
            self.discover()
        return sorted({api_version for api_version, _ in self.resources} | {f"{v}/{k}" for v, k in self.resources})

    def in_namespace(self, obj: dict, namespace: str) -> dict:
        """The object in ``namespace`` if its kind is namespaced and it names none (what Argo CD
        does with a chart's objects); otherwise as it is."""
        key = (obj["apiVersion"], obj["kind"])
        if key not in self.resources:
            self.discover()
        if obj["metadata"].get("namespace") or not self.resources.get(key, ("", False))[1]:
            return obj
        return {**obj, "metadata": {**obj["metadata"], "namespace": namespace}}

    def path_of(self, obj: dict) -> str:
        key = (obj["apiVersion"], obj["kind"])
        if key not in self.resources:
            self.discover()
        if key not in self.resources:
            raise LookupError(f"the API server serves no {key[1]} in {key[0]} (is its CRD installed?)")
        plural, namespaced = self.resources[key]
        prefix = f"/apis/{obj['apiVersion']}" if "/" in obj["apiVersion"] else "/api/v1"
        namespace = obj["metadata"].get("namespace", "default") if namespaced else None
        scope = f"/namespaces/{namespace}" if namespace else ""
        return f"{prefix}{scope}/{plural}/{obj['metadata']['name']}"

    def apply(self, obj: dict, dry_run: bool = False) -> Response:
        """Server-side apply with strict field validation: an unknown or duplicate field is an
        error, not a warning."""
        query = "fieldManager=codex-cluster-tier&force=true&fieldValidation=Strict" + ("&dryRun=All" if dry_run else "")
        return self.request("PATCH", f"{self.path_of(obj)}?{query}", obj, "application/apply-patch+yaml")

    def get(self, path: str) -> Any:
        response = self.request("GET", path)
        if response.status != 200:
            raise LookupError(f"GET {path}: {response.status} {response.body}")
        return response.body

    def wait_for(self, what: str, check: Any, seconds: float = 60) -> Any:
        """Poll ``check()`` until it returns something true; its last value otherwise."""
        deadline, value = time.monotonic() + seconds, None
        while time.monotonic() < deadline:
            value = check()
            if value:
                return value
            time.sleep(0.2)
        raise TimeoutError(f"{what}: not within {seconds} s (last: {value!r})")


@functools.cache
def crd_documents(folder: Path) -> tuple[dict, ...]:
    """The CustomResourceDefinitions in ``folder``'s YAML files, parsed once (callers copy before
    changing one)."""
    import yaml

    return tuple(
        document
        for path in sorted(folder.glob("*.yaml"))
        for document in yaml.load_all(path.read_text(), Loader=yaml.CSafeLoader)
        if document and document.get("kind") == "CustomResourceDefinition"
    )


def install_crds(plane: ControlPlane, crds: list[dict]) -> None:
    """Apply CRDs and wait until the API server serves each (``Established``)."""
    for crd in crds:
        response = plane.apply(crd)
        assert response.status in (200, 201), f"CRD {crd['metadata']['name']}: {response.body}"
    for crd in crds:
        path = f"/apis/apiextensions.k8s.io/v1/customresourcedefinitions/{crd['metadata']['name']}"
        plane.wait_for(
            f"CRD {crd['metadata']['name']} established",
            lambda path=path: any(
                c["type"] == "Established" and c["status"] == "True" for c in (plane.get(path).get("status") or {}).get("conditions") or []
            ),
        )
    plane.discover()
