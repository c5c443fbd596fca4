"""`make mutation`: break one documented behaviour at a time and check that a behaviour test
fails. Each mutant is one small edit of the source, applied to a scratch copy of the repository;
the suite then runs there without the byte guards (snapshots, the committed-dist comparison, the
cdk8s CLI equivalence), which would catch any change and prove nothing about behaviour.

Prints KILLED or SURVIVED per mutant with the first failing test, and exits 1 if one survives.
`make mutation ONLY="name"` runs the mutants whose name contains that text.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # a script in tools/: the project's own package, for its worktree copy

from codex_platform.operations.worktree import copy_worktree  # noqa: E402

#: (what breaks, file, the text, what it becomes).
MUTANTS = [
    (
        "gRPC ingress opened to every port",
        "codex_platform/derivations/flows.py",
        "ingress.setdefault(flow.dial.target, []).append(Rule(flow.source_peer, flow.dial.ports, reason=reason))",
        "ingress.setdefault(flow.dial.target, []).append(Rule(flow.source_peer, (), reason=reason))",
    ),
    ("a private range dropped from the internet rule", "codex_constructs/network_policy.py", '"172.16.0.0/12", ', ""),
    (
        "observability's Pod Security level",
        "codex_platform/inputs/model.py",
        'result.setdefault(self.observability.namespace, NamespaceSpec("baseline"))',
        'result.setdefault(self.observability.namespace, NamespaceSpec("privileged"))',
    ),
    (
        "audit and warn versions",
        "codex_constructs/defaults.py",
        'labels[f"pod-security.kubernetes.io/{mode}-version"] = POD_SECURITY_VERSION',
        'labels[f"pod-security.kubernetes.io/{mode}-version"] = "latest"',
    ),
    (
        "disruption budgets allow two pods down",
        "codex_constructs/microservice.py",
        "max_unavailable=int_or_string(1),",
        "max_unavailable=int_or_string(2),",
    ),
    (
        "gRPC URL not namespace-qualified",
        "codex_platform/derivations/derive.py",
        'return name if namespace == from_namespace else f"{name}.{namespace}.svc.cluster.local"',
        "return name",
    ),
    (
        "partition check reads the minimum",
        "codex_platform/inputs/environment_checks.py",
        "            most = settings.max_replicas()\n",
        "            most = settings.lag_scaling.min_replicas if settings.lag_scaling else settings.max_replicas()\n",
    ),
    ("the replaced dist/ left behind", "codex_platform/synth.py", "        shutil.rmtree(retired, ignore_errors=True)\n", "        pass\n"),
    (
        "the HTTP redirect goes to HTTP",
        "codex_constructs/platform_gateway.py",
        "scheme=gw.HttpRouteSpecRulesFiltersRequestRedirectScheme.HTTPS,",
        "scheme=gw.HttpRouteSpecRulesFiltersRequestRedirectScheme.HTTP,",
    ),
    (
        "rollouts remove a pod first",
        "codex_constructs/microservice.py",
        "max_unavailable=int_or_string(0),",
        "max_unavailable=int_or_string(1),",
    ),
    ("probe period", "codex_constructs/probes.py", "    period_seconds: int = 10\n", "    period_seconds: int = 30\n"),
    (
        "namespaces pruned",
        "codex_platform/charts/namespaces.py",
        '"argocd.argoproj.io/sync-options": "Prune=false"',
        '"argocd.argoproj.io/sync-options": "Prune=true"',
    ),
    ("Argo CD retries once", "codex_constructs/gitops.py", "limit=10,", "limit=1,"),
    ("DNS on the wrong port", "codex_constructs/network_policy.py", "port=int_or_string(53)", "port=int_or_string(5353)"),
    ("fsGroup root", "codex_constructs/defaults.py", '"fsGroup": run_as_user,', '"fsGroup": 0,'),
    ("runAsGroup root", "codex_constructs/defaults.py", '"runAsGroup": run_as_user,', '"runAsGroup": 0,'),
    (
        "cert-manager's self-check blocked",
        "codex_platform/derivations/flows.py",
        'Rule(CERT_MANAGER_CONTROLLER, (ENVOY_LISTENER_PORTS[80],), reason="cert-manager\'s challenge self-check"),',
        "",
    ),
    ("admin credentials reach the tools", "codex_constructs/platform_gateway.py", 'remove=["Authorization"]', 'remove=["X-Nothing"]'),
]

BYTE_GUARDS = [
    "--ignore=tests/outputs/test_snapshots.py",
    "--deselect=tests/outputs/test_dist.py::test_committed_dist_is_exactly_a_fresh_synth",
    "--deselect=tests/test_cdk8s_cli.py::test_cdk8s_cli_synth_matches_dist",
    "--deselect=tests/outputs/test_local.py::test_generated_files_are_fresh",
    # The check that each mutant's text is still in the source: a mutant removes it.
    "--ignore=tests/test_mutation_tools.py",
    # Not about behaviour of the output, and slow: the guides, bindings and wheel checks.
    "--ignore=tests/test_guides.py",
    "--ignore=tests/test_imports.py",
    "--ignore=tests/test_reuse.py",
]


def copy_repository(target: Path) -> None:
    """The working tree, with the installed tools linked rather than copied."""
    copy_worktree(ROOT, target)
    for installed in (".venv", ".venv-checkov", "node_modules"):
        (target / installed).symlink_to(ROOT / installed)


def main(only: str = "") -> int:
    env = {**os.environ, "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"}
    survivors = 0
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch)
        copy_repository(copy)
        for name, path, old, new in MUTANTS:
            if only and only not in name:
                continue
            file = copy / path
            text = file.read_text()
            if old not in text:
                print(f"STALE    {name}: the text to mutate is no longer in {path}; update tools/mutation_probe.py")
                survivors += 1
                continue
            file.write_text(text.replace(old, new, 1))
            result = subprocess.run(
                [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", "-n", "auto", *BYTE_GUARDS],
                cwd=copy,
                capture_output=True,
                text=True,
                env=env,
            )
            file.write_text(text)
            failed = next((line.split(" - ")[0] for line in result.stdout.splitlines() if line.startswith("FAILED")), "")
            if result.returncode == 0:
                survivors += 1
            print(f"{'KILLED  ' if result.returncode else 'SURVIVED'} {name}{': ' + failed if failed else ''}", flush=True)
    return 1 if survivors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else ""))
