"""ImageUpdates: Argo CD Image Updater writing new pinned tags into an overlay in git."""

import pytest

from codex_constructs import ImageUpdates, TrackedImage
from library.support import chart, manifests


def updates(**props):
    scope = chart()
    defaults = dict(name="shop", namespace="argocd", application="shop-apps", images=[TrackedImage("web", "example/web")], branch="main")
    ImageUpdates(scope, "updates", **{**defaults, **props})
    (obj,) = manifests(scope)
    return obj


def test_git_sha_tags_by_build_time_written_to_the_overlay_on_the_branch():
    obj = updates()
    assert obj["kind"] == "ImageUpdater"
    assert obj["metadata"]["annotations"] == {"argocd.argoproj.io/sync-options": "SkipDryRunOnMissingResource=true"}
    (ref,) = obj["spec"]["applicationRefs"]
    assert ref["namePattern"] == "shop-apps"
    assert ref["images"] == [
        {
            "alias": "web",
            "imageName": "example/web",
            "commonUpdateSettings": {"allowTags": "regexp:^[0-9a-f]{7}$", "updateStrategy": "newest-build"},
            "manifestTargets": {"kustomize": {"name": "example/web"}},
        }
    ]
    assert obj["spec"]["writeBackConfig"] == {"method": "git", "gitConfig": {"branch": "main", "writeBackTarget": "kustomization"}}


def test_a_wave_and_other_tags_are_props_but_floating_tags_are_refused():
    obj = updates(sync_wave=4, allow_tags="regexp:^v[0-9]+\\.[0-9]+\\.[0-9]+$", update_strategy="semver")
    assert obj["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"] == "4"
    assert obj["spec"]["applicationRefs"][0]["images"][0]["commonUpdateSettings"] == {
        "allowTags": "regexp:^v[0-9]+\\.[0-9]+\\.[0-9]+$",
        "updateStrategy": "semver",
    }
    with pytest.raises(ValueError, match="admits floating tags such as 'latest'"):
        updates(allow_tags="regexp:.*")
    with pytest.raises(ValueError, match="track at least one image"):
        updates(images=[])
