"""The real programs the cluster and peer tiers run: where to find them.

`make cluster-tools` and `make peer-tools` (tools/build-programs.sh) build them from the pinned
modules in tools/<tier>/*/go.mod into the ignored .tools/bin; a program on PATH or in
``$KUBEBUILDER_ASSETS`` (a user's CI with setup-envtest) is used first.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOOLS_BIN = ROOT / ".tools" / "bin"
#: The services' client libraries (`make peer-tools` installs them from tools/peers/node).
NODE_CLIENTS = ROOT / "tools" / "peers" / "node" / "node_modules"
#: What this session ran, for the closing summary (conftest.py): name -> where it came from.
RAN: dict[str, str] = {}


def find_program(name: str) -> Path | None:
    """``$KUBEBUILDER_ASSETS/<name>``, then ``PATH``, then ``.tools/bin``."""
    assets = os.environ.get("KUBEBUILDER_ASSETS")
    if assets and (Path(assets) / name).is_file():
        return Path(assets) / name
    found = shutil.which(name)
    if found:
        return Path(found)
    built = TOOLS_BIN / name
    return built if built.is_file() else None


def require_program(name: str, target: str) -> Path:
    """The program, or a failure that says which make target builds it."""
    found = find_program(name)
    if found is None:
        raise RuntimeError(f"{name} not found: run `make {target}` (or put it on PATH)")
    RAN.setdefault(name, str(found))
    return found


def run_program(name: str, target: str, *args: str, timeout: float = 300, **options: object) -> subprocess.CompletedProcess:
    """Run the program (found as above) to its end, its output captured as text."""
    return subprocess.run([str(require_program(name, target)), *args], capture_output=True, text=True, timeout=timeout, **options)  # type: ignore[call-overload]


def free_port() -> int:
    """A port on 127.0.0.1 nobody listens on now: servers in tests listen on loopback only."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
