"""The policy gate: checkov over dist/ finds nothing but the waivers, each explained in place
and listed in docs/security.md."""

import copy
import functools
import json
import os
import re
import shutil
import subprocess

import pytest
import yaml

from helpers import ROOT, read_manifest
from platforms import CODEX, all_platforms
from pod_security import pod_spec

CHECKOV = os.environ.get("CHECKOV") or str(ROOT / ".venv-checkov" / "bin" / "checkov")
#: The Docker daemon's Deployment, and in the broken copy below a second one holding the same
#: waivers (a renamed copy, so its pods keep their network policies).
DAEMON = "Deployment.code-execution.code-execution-service"
SECOND = "Deployment.code-execution.code-execution-second"


def run_checkov(*directories) -> dict[str, dict]:
    """One checkov run over ``directories`` (its start-up is most of its time): each folder's
    findings, with the run's exit code."""
    if not os.path.exists(CHECKOV):
        pytest.fail("checkov is not installed: run `make test`, which installs it in .venv-checkov")
    folders = [os.path.realpath(d) for d in directories]
    result = subprocess.run(
        # --skip-download: offline, checkov would print a network traceback (as `make policy` does).
        [
            CHECKOV,
            *(arg for folder in folders for arg in ("--directory", folder)),
            "--framework",
            "kubernetes",
            "--output",
            "json",
            "--compact",
            "--skip-download",
        ],
        capture_output=True,
        text=True,
    )
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    # One JSON report per folder, one after the other; a later one may repeat an earlier one's results.
    reports, decoder, at = [], json.JSONDecoder(), 0
    while result.stdout[at:].strip():
        at += len(result.stdout[at:]) - len(result.stdout[at:].lstrip())
        report, at = decoder.raw_decode(result.stdout, at)
        reports += report if isinstance(report, list) else [report]
    found: dict[str, dict] = {folder: {"failed": [], "skipped": [], "exit": result.returncode} for folder in folders}
    seen = set()
    for report in reports:
        for outcome in ("failed", "skipped"):
            for check in report.get("results", {}).get(f"{outcome}_checks", []):
                key = (check["check_id"], check["resource"], check["file_abs_path"])
                owner = [folder for folder in folders if check["file_abs_path"].startswith(folder + os.sep)]
                assert len(owner) == 1, f"{check['file_abs_path']} is in none of {folders}"
                if key not in seen:
                    seen.add(key)
                    found[owner[0]][outcome].append(check)
    return found


@functools.cache
def gate_of_every_platform() -> dict[str, dict]:
    platforms = all_platforms()
    found = run_checkov(*(platform.dist for platform in platforms))
    return {platform.name: found[os.path.realpath(platform.dist)] for platform in platforms}


@pytest.fixture
def gate(platform):
    """checkov's findings on a platform; one run covers them all, and its exit code is theirs."""
    return gate_of_every_platform()[platform.name]


def test_checkov_finds_nothing_unwaived(gate):
    findings = sorted({(c["check_id"], c["resource"]) for c in gate["failed"]})
    assert findings == [], "\n".join(f"{check} {resource}" for check, resource in findings)
    assert gate["exit"] == 0


def test_every_waiver_has_a_reason_and_is_listed_on_the_security_page(gate):
    section = (ROOT / "docs" / "security.md").read_text()
    waived = {}
    for check in gate["skipped"]:
        reason = check["check_result"].get("suppress_comment", "")
        assert len(reason) > 20, f"{check['check_id']} on {check['resource']} is waived without a reason"
        waived.setdefault(check["check_id"], set()).add(check["resource"].split(".")[0])
    for check_id in waived:
        assert re.search(rf"\| *`?{check_id}`? *\|", section), f"{check_id} is waived in dist/ but not listed in docs/security.md"
    assert set(waived) >= {"CKV_K8S_16", "CKV_K8S_43"}


def test_waivers_are_only_where_needed(gate):
    """The Docker daemon's exemptions stay on the one workload that runs it."""
    privileged = {c["resource"] for c in gate["skipped"] if c["check_id"] == "CKV_K8S_16"}
    assert privileged == {DAEMON}


@pytest.fixture(scope="module")
def broken(tmp_path_factory):
    """One checkov run over a copy of prod with two changes: the daemon's privileged waiver
    removed, and a second waived Deployment whose first container is privileged too. The copy
    is whole (network policies included), so these two are all that can fail."""
    target = tmp_path_factory.mktemp("broken") / "prod"
    shutil.copytree(CODEX.dist / "prod", target)
    path = target / "services" / "Deployment.code-execution-service.k8s.yaml"
    deployment = read_manifest(path)
    second = copy.deepcopy(deployment)
    second["metadata"]["name"] = "code-execution-second"
    second["spec"]["template"]["spec"]["containers"][0]["securityContext"]["privileged"] = True
    (path.parent / "Deployment.code-execution-second.k8s.yaml").write_text(yaml.safe_dump(second))
    deployment["metadata"]["annotations"] = {k: v for k, v in deployment["metadata"]["annotations"].items() if "CKV_K8S_16" not in v}
    path.write_text(yaml.safe_dump(deployment))
    (found,) = run_checkov(target).values()
    return found


def test_the_gate_fails_on_an_unwaived_finding(broken):
    assert (DAEMON, "CKV_K8S_16") in {(c["resource"], c["check_id"]) for c in broken["failed"]}
    assert broken["exit"] != 0


# Waivers are per workload in checkov: every other container is checked here ---------------------

#: What each container-level check asks of a container (checkov's Kubernetes checks).
CONTAINER_CHECKS = {
    "CKV_K8S_16": lambda c: not c.get("securityContext", {}).get("privileged", False),
    "CKV_K8S_20": lambda c: c.get("securityContext", {}).get("allowPrivilegeEscalation") is False,
    "CKV_K8S_22": lambda c: c.get("securityContext", {}).get("readOnlyRootFilesystem") is True,
    "CKV_K8S_23": lambda c: c.get("securityContext", {}).get("runAsNonRoot") is True,
    "CKV_K8S_28": lambda c: {"ALL", "NET_RAW"} & set(c.get("securityContext", {}).get("capabilities", {}).get("drop", [])),
    "CKV_K8S_37": lambda c: "ALL" in c.get("securityContext", {}).get("capabilities", {}).get("drop", []),
    "CKV_K8S_40": lambda c: c.get("securityContext", {}).get("runAsUser", 10001) >= 10000,
}


def test_checkov_cannot_scope_a_waiver_to_a_container(broken):
    """Its finding is one per workload: with the daemon's waiver on the Deployment, a second
    privileged container goes unreported. So the waiver's reach is checked below instead.
    Nothing else fails in that run either, so its exit code above is the removed waiver's."""
    failed = {(c["resource"], c["check_id"]) for c in broken["failed"]}
    assert (SECOND, "CKV_K8S_16") not in failed, "checkov started reporting per container: scope the waivers"
    assert failed == {(DAEMON, "CKV_K8S_16")}


def test_a_waiver_that_names_a_container_excuses_no_other(platform):
    checked = 0
    for path in sorted(platform.dist.rglob("*.k8s.yaml")):
        obj = read_manifest(path)
        annotations = obj.get("metadata", {}).get("annotations") or {}
        spec = pod_spec(obj)
        if spec is None:
            continue
        for waiver in (v for k, v in annotations.items() if k.startswith("checkov.io/skip")):
            check, reason = waiver.split("=", 1)
            named = re.match(r"container (\S+) only", reason)
            if check not in CONTAINER_CHECKS or not named:
                continue
            for container in spec["containers"] + spec.get("initContainers", []):
                if container["name"] != named.group(1):
                    assert CONTAINER_CHECKS[check](container), f"{path.name}: {check} waived for {named.group(1)} hides {container['name']}"
                    checked += 1
    assert checked >= 7, "the Docker daemon's seven waivers are checked against the worker"
