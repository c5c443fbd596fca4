"""Following every guide literally keeps the platform's output checks green.

The guides (docs/adding-*.md) are followed on a copy of the inputs (tests/platforms.py), and
every output check (schemas, policy, flows and reachability, hardening, gitops, alerts, Helm
values, bootstrap) runs on that copy as well as on the repository's own platform: a test that
takes ``platform`` runs on both. This module checks the premise: the guides still apply, and
they change YAML inputs only, which is all the guided platform can show.
"""

from __future__ import annotations

from platforms import GUIDES, ROOT, all_platforms, copy_inputs, follow_the_guides


def test_every_guide_is_followed_and_changes_yaml_inputs_only(tmp_path):
    copy_inputs(tmp_path)
    before = {path: path.read_bytes() for path in tmp_path.rglob("*") if path.is_file()}
    changed = follow_the_guides(tmp_path)
    after = {path for path in tmp_path.rglob("*") if path.is_file()}
    written = sorted(str(p.relative_to(tmp_path)) for p in after if p not in before or before[p] != p.read_bytes())
    assert written == changed and all(name.endswith(".yaml") for name in written), written
    assert {"platform.yaml", "environments/staging.yaml"} <= set(written)
    assert all((ROOT / guide).is_file() for guide in GUIDES)


def test_the_guided_platform_has_what_the_guides_add():
    guided = all_platforms()[1]
    assert "billing-service" in guided.declared["services"], "docs/adding-a-service.md"
    assert "BILLING_EVENTS" in guided.declared["kafka"]["topics"], "docs/adding-a-topic.md"
    assert "staging" in guided.environment_names, "docs/adding-an-environment.md"
    assert "services/Deployment.billing-service.k8s.yaml" in guided.objects("staging")
