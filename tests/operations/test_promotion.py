"""Images roll out to dev by themselves; prod moves by a reviewed promotion, only to tags dev ran."""

from __future__ import annotations

import subprocess

import pytest
import yaml

from codex_platform.inputs.errors import ConfigError
from codex_platform.operations import promote
from codex_platform.outputs.overlays import ensure_overlay
from helpers import ROOT, load_dist

GATEWAY = "akashcapro/codex-gateway-service"


def test_prod_runs_only_tags_dev_ran():
    """The CI check: this repository as committed."""
    environments = {e.config.name: e.config for e in promote.load_environments(ROOT)}
    assert promote.unvetted_tags(ROOT, environments["prod"], environments["dev"]) == []


def test_only_dev_has_an_image_updater(fresh_dist):
    prod, dev = load_dist(fresh_dist / "prod"), load_dist(fresh_dist / "dev")
    assert not any(o["kind"] == "ImageUpdater" for o in prod.values())
    assert "gitops/Application.codex-argocd-image-updater.k8s.yaml" not in prod
    assert "gitops/ImageUpdater.codex-services.k8s.yaml" in dev


def test_automatic_rollout_is_refused_in_production(project):
    project.edit("environments/prod.yaml", lambda d: d["gitops"].update(image_updates="automatic"))
    with pytest.raises(ConfigError, match="environments/prod.yaml: gitops.image_updates: production moves by reviewed promotion"):
        project.load()


@pytest.fixture
def repo(project):
    """The scratch project as a git repository with its overlays committed."""
    environments = {e.config.name: e.config for e in project.load()}
    for config in environments.values():
        ensure_overlay(project.root, config)

    def git(*args):
        subprocess.run(["git", *args], cwd=project.root, check=True, capture_output=True)

    git("init", "-q")
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "add", "-A")
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "start")
    project.git = git
    project.environments = environments
    return project


def set_overlay_tag(project, environment, tag):
    config = project.environments[environment]
    promote.write_overlay_images(project.root, config, {**promote.running_tags(project.root, config), GATEWAY: tag})


def test_a_tag_dev_never_ran_is_caught(repo):
    set_overlay_tag(repo, "prod", "abcdef1")
    problems = promote.unvetted_tags(repo.root, repo.environments["prod"], repo.environments["dev"])
    assert problems == [
        f"{GATEWAY}:abcdef1 runs in prod but never ran in dev; promote what dev ran (make promote), or record a hotfix with its reason (make hotfix)"
    ]


def test_a_tag_dev_ran_earlier_passes(repo):
    set_overlay_tag(repo, "dev", "abcdef1")
    repo.git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qam", "dev runs abcdef1")
    set_overlay_tag(repo, "dev", "1234567")
    repo.git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qam", "dev moves on")
    set_overlay_tag(repo, "prod", "abcdef1")
    assert promote.unvetted_tags(repo.root, repo.environments["prod"], repo.environments["dev"]) == []


def test_a_shallow_clone_is_refused_not_misread(repo, tmp_path, capsys):
    """CI's checkout fetches one commit unless told otherwise: every tag dev ran before would
    look unvetted. The check refuses and says how to fetch the history."""
    set_overlay_tag(repo, "dev", "abcdef1")
    repo.git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qam", "dev runs abcdef1")
    set_overlay_tag(repo, "dev", "1234567")
    set_overlay_tag(repo, "prod", "abcdef1")
    repo.git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qam", "prod runs what dev ran")
    shallow = tmp_path / "shallow"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{repo.root}", str(shallow)], check=True, capture_output=True)
    assert promote.main(["check", "dev", "prod"], root=repo.root) == 0
    assert promote.main(["check", "dev", "prod"], root=shallow) == 2
    assert "refused: this clone is shallow: the promotion check reads the whole history of environments/dev.yaml" in capsys.readouterr().err


def test_promote_writes_what_dev_runs_into_prod_s_overlay(repo):
    set_overlay_tag(repo, "dev", "abcdef1")
    changed = promote.promote(repo.root, repo.environments["dev"], repo.environments["prod"])
    assert changed == {GATEWAY: "abcdef1"}
    overlay = (repo.root / "deploy/prod/services/kustomization.yaml").read_text()
    assert yaml.safe_load(overlay)["images"] == [{"name": GATEWAY, "newTag": "abcdef1"}]
    assert overlay.startswith("# Image tags"), "the file's comment is kept"
    assert promote.unvetted_tags(repo.root, repo.environments["prod"], repo.environments["dev"]) == []


def test_a_hotfix_goes_straight_to_prod_with_its_reason(repo, capsys):
    assert promote.main(["hotfix", "prod", "gateway-service", "f00d123", "CVE fix, dev rollout pending"], repo.root) == 0
    records = yaml.safe_load((repo.root / "deploy/prod/hotfixes.yaml").read_text())
    assert records == [{"service": "gateway-service", "repository": GATEWAY, "tag": "f00d123", "reason": "CVE fix, dev rollout pending"}]
    assert promote.running_tags(repo.root, repo.environments["prod"])[GATEWAY] == "f00d123"
    assert promote.main(["check", "dev", "prod"], repo.root) == 0
    assert promote.main(["hotfix", "prod", "gateway-service", "f00d124", " "], repo.root) == 2, "a hotfix says why"


def test_bad_promotion_commands_print_the_usage(capsys):
    assert promote.main(["promote", "dev"]) == 2
    assert promote.main(["check", "dev", "nowhere"]) == 2
    assert "make promote [FROM=dev] [TO=prod]" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("tag", "message"),
    [
        ("latest", "TAG: 'latest' is a floating tag, refused in a production environment; pin the image's 7-character git SHA"),
        ("not a tag", "TAG: tag 'not a tag' is not a valid tag or sha256 digest"),
        ("", "TAG: an empty tag is a floating tag, refused in a production environment"),
    ],
)
def test_a_hotfix_tag_gets_the_environment_file_s_checks_and_nothing_is_written(repo, capsys, tag, message):
    before = {path: path.read_bytes() for path in (repo.root / "deploy").rglob("*") if path.is_file()}
    assert promote.main(["hotfix", "prod", "gateway-service", tag, "CVE fix"], repo.root) == 2
    assert f"refused, nothing was written: {message}" in capsys.readouterr().err
    assert {path: path.read_bytes() for path in (repo.root / "deploy").rglob("*") if path.is_file()} == before


def test_a_hotfix_says_what_it_wrote(repo, capsys):
    assert promote.main(["hotfix", "prod", "gateway-service", "f00d123", "CVE fix"], repo.root) == 0
    assert capsys.readouterr().out == (
        f"deploy/prod/services/kustomization.yaml: {GATEWAY} runs f00d123\n"
        "deploy/prod/hotfixes.yaml: recorded with its reason; review both and commit\n"
    )


@pytest.mark.parametrize("command", [["promote", "prod", "dev"], ["hotfix", "dev", "gateway-service", "f00d123", "CVE fix"]])
def test_nothing_is_written_by_hand_where_image_updater_owns_the_overlay(repo, capsys, command):
    overlay = repo.root / "deploy/dev/services/kustomization.yaml"
    before = overlay.read_bytes()
    assert promote.main(command, repo.root) == 2
    assert (
        "refused, nothing was written: dev's images roll out by themselves (environments/dev.yaml: gitops.image_updates: automatic)"
        in capsys.readouterr().err
    )
    assert overlay.read_bytes() == before
    assert not (repo.root / "deploy/dev/hotfixes.yaml").exists()
