"""`make diff BASE=<ref>`: what a change does to each environment, on real commits of this
repository and on scratch commits of a copy (a new topic, a removed route)."""

from __future__ import annotations

import subprocess

import pytest
import yaml

from codex_platform.operations import diff
from helpers import ROOT

#: Each runs two synths.
pytestmark = pytest.mark.slow


def commit_of(message_start: str) -> str:
    log = subprocess.run(["git", "log", "--format=%H %s"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    (found,) = [line.split(" ", 1)[0] for line in log.splitlines() if line.split(" ", 1)[1].startswith(message_start)]
    return found


def run(capsys, *argv: str, root=ROOT) -> str:
    assert diff.main(list(argv), root) == 0, capsys.readouterr().err
    return capsys.readouterr().out


def test_against_itself_nothing_changes(capsys):
    out = run(capsys, "HEAD", "--head=HEAD")
    assert out.endswith("dev: 0 added, 0 removed, 0 changed\nprod: 0 added, 0 removed, 0 changed\n")
    assert out.count("no changes") == 2


def test_a_changed_field_shows_its_path_and_both_values(capsys):
    """The commit that halved Redis' maxmemory in prod (persistence on), and nothing in dev."""
    commit = commit_of("Redis with an append-only file keeps maxmemory at half its memory limit")
    out = run(capsys, f"{commit}^", f"--head={commit}")
    assert (
        "  ~ data/Deployment app-services/redis\n      spec.template.spec.containers[name=redis].args[6]: '100663296' -> '67108864'\n"
        in out
    )
    assert out.endswith("dev: 0 added, 0 removed, 0 changed\nprod: 0 added, 0 removed, 1 changed\n")


def test_a_removed_field_and_markdown_for_a_pull_request(capsys):
    commit = commit_of("ingress-nginx: no websocket-services annotation")
    out = run(capsys, f"{commit}^", f"--head={commit}", "--format=markdown")
    assert out.startswith("# What this change does to each environment\n")
    assert (
        "- changed edge/Ingress app-services/main-ingress\n  ```\n  metadata.annotations.nginx.ingress.kubernetes.io/websocket-services: 'collab-service' -> None\n  ```"
        in out
    )


def test_a_new_topic_and_a_removed_route_on_a_copy(tmp_path, capsys):
    repo = tmp_path / "repo"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(repo)], check=True)

    def commit(change, message):
        path = repo / "platform.yaml"
        data = yaml.safe_load(path.read_text())
        change(data)
        path.write_text(yaml.safe_dump(data, sort_keys=False))
        subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qam", message], cwd=repo, check=True)

    commit(lambda d: d["kafka"]["topics"].update({"LEDGER_EVENTS": {"partitions": 3}}), "a topic")
    out = run(capsys, "HEAD~1", "--head=HEAD", root=repo)
    assert "  + data/KafkaTopic app-services/ledger-events\n" in out
    assert out.endswith("dev: 1 added, 0 removed, 0 changed\nprod: 1 added, 0 removed, 0 changed\n"), "the topic alone"
    commit(
        lambda d: d["edge"]["routes"].__delitem__(next(i for i, r in enumerate(d["edge"]["routes"]) if r["backend"] == "kafka-ui")),
        "no kafka-ui route",
    )
    out = run(capsys, "HEAD~1", "--head=HEAD", root=repo)
    assert "  - edge/HTTPRoute app-services/kafka-ui\n" in out


def test_a_base_that_is_no_revision_is_refused(capsys):
    assert diff.main(["no-such-ref"]) == 2
    assert "diff refused: BASE='no-such-ref'" in capsys.readouterr().err


def test_a_secret_s_values_are_never_shown():
    old = {"kind": "Secret", "data": {"PASSWORD": "b2xk"}}
    new = {"kind": "Secret", "data": {"PASSWORD": "bmV3"}}
    assert diff.describe(("secrets", "Secret", "ns", "s"), old, new) == ["data.PASSWORD: changed (a Secret's value is never shown)"]
