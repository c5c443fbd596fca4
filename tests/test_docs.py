"""The guides' worked examples, applied to a scratch copy of the repository and synthesized."""

import re
import shutil
from pathlib import Path

import pytest
import yaml

from codex_platform.outputs import local
from helpers import ROOT, synth_project
from platforms import apply_examples


@pytest.fixture
def repo(project):
    shutil.copytree(ROOT / "local", project.root / "local", ignore=shutil.ignore_patterns(".env"))
    return project


def test_adding_a_service(repo, tmp_path):
    assert apply_examples(ROOT / "docs/adding-a-service.md", repo.root) == [
        "platform.yaml",
        "platform.yaml",
        "environments/prod.yaml",
        "environments/dev.yaml",
        "local/environment.yaml",
    ]
    prod = synth_project(repo, tmp_path / "out", "prod")["prod"]
    gateway = {
        e["name"]: e.get("value")
        for e in prod["services/Deployment.gateway-service.k8s.yaml"]["spec"]["template"]["spec"]["containers"][0]["env"]
    }
    assert gateway["GRPC_BILLING_SERVICE_URL"] == "billing-service:50060"
    assert "services/HorizontalPodAutoscaler.billing-service.k8s.yaml" in prod
    assert "network/NetworkPolicy.billing-service.k8s.yaml" in prod
    assert "secrets/ExternalSecret.billing-service-secrets.k8s.yaml" in prod
    model = repo.load()[0].model
    compose = local.compose(model, local.load_local(repo.root, model))
    assert compose["services"]["billing-service"]["environment"]["STRIPE_API_KEY"].startswith("${STRIPE_API_KEY")


def test_adding_a_topic(repo, tmp_path):
    assert apply_examples(ROOT / "docs/adding-a-topic.md", repo.root) == ["platform.yaml"] * 3
    prod = synth_project(repo, tmp_path / "out", "prod")["prod"]
    topic = prod["data/KafkaTopic.billing-events.k8s.yaml"]["spec"]
    assert (topic["topicName"], topic["partitions"], topic["config"]) == ("BILLING_EVENTS", 6, {"retention.ms": "86400000"})


def test_adding_an_environment(repo, tmp_path):
    assert apply_examples(ROOT / "docs/adding-an-environment.md", repo.root) == ["platform.yaml", "environments/staging.yaml"]
    # As the guide says: services added since the example was written are configured too.
    staging_file = repo.root / "environments/staging.yaml"
    staging_data = yaml.safe_load(staging_file.read_text())
    prod_services = yaml.safe_load((repo.root / "environments/prod.yaml").read_text())["services"]
    for name in set(prod_services) - set(staging_data["services"]):
        staging_data["services"][name] = prod_services[name]
    staging_file.write_text(yaml.safe_dump(staging_data, sort_keys=False))
    staging = synth_project(repo, tmp_path / "out", "staging")["staging"]
    assert staging["gitops/Application.codex-root.k8s.yaml"]["spec"]["source"]["path"] == "dist/staging/gitops"
    assert staging["edge/Certificate.codex-api-tls.k8s.yaml"]["spec"]["dnsNames"] == ["api.staging.codexakash.space"]


#: A Markdown link's target: [text](target) or [text](target "title").
LINK = re.compile(r"\]\((?P<target>[^)\s]+)(?: \"[^\"]*\")?\)")


def slugs(markdown: str) -> set[str]:
    """The anchors GitHub gives a file's headings."""
    found = set()
    for heading in re.findall(r"(?m)^#+ +(.+?) *$", markdown):
        slug = re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")
        found.add(slug)
    return found


def broken_links(path: Path) -> list[str]:
    name = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name
    text = path.read_text()
    # Code blocks hold examples, not links.
    text = re.sub(r"(?ms)^```.*?^```", "", text)
    broken = []
    for match in LINK.finditer(text):
        target = match["target"]
        if re.match(r"[a-z]+:", target):
            continue  # a URL
        file, _, anchor = target.partition("#")
        resolved = (path.parent / file).resolve() if file else path
        if not resolved.exists():
            broken.append(f"{name}: {target} (no such file)")
        elif anchor and resolved.suffix == ".md" and anchor not in slugs(resolved.read_text()):
            broken.append(f"{name}: {target} (no such heading)")
    return broken


def test_every_link_in_the_documentation_resolves():
    pages = [ROOT / "README.md", ROOT / "CONTRIBUTING.md", ROOT / "codex_constructs" / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
    assert [problem for page in pages for problem in broken_links(page)] == []


def test_a_broken_link_and_a_missing_heading_are_found(tmp_path):
    page = tmp_path / "page.md"
    (tmp_path / "other.md").write_text("# Other page\n\n## The part\n")
    page.write_text("[a](other.md#the-part) [b](missing.md) [c](other.md#nowhere) [d](https://example.com/x)\n")
    assert [line.split(": ", 1)[1] for line in broken_links(page)] == ["missing.md (no such file)", "other.md#nowhere (no such heading)"]


def test_the_library_readme_s_defaults_and_install_command_are_the_package_s():
    from codex_constructs.defaults import DEFAULT_EPHEMERAL_STORAGE, DEFAULT_RESOURCES, DEFAULT_RUN_AS_USER

    readme = (ROOT / "codex_constructs" / "README.md").read_text()
    r = DEFAULT_RESOURCES
    assert (
        f"| resources | requests {r.requests.cpu} CPU, {r.requests.memory} memory; limits {r.limits.cpu} CPU, {r.limits.memory} memory |"
    ) in readme
    assert f"ephemeral storage {DEFAULT_EPHEMERAL_STORAGE[0]} requested, {DEFAULT_EPHEMERAL_STORAGE[1]} limit" in readme
    assert f"non-root uid and gid {DEFAULT_RUN_AS_USER}, fsGroup {DEFAULT_RUN_AS_USER}" in readme
    # The install command names the package pyproject builds, from the repository Argo CD reads.
    name = re.search(r'^name = "([^"]+)"', (ROOT / "pyproject.toml").read_text(), re.M).group(1)
    repository = yaml.safe_load((ROOT / "environments" / "prod.yaml").read_text())["gitops"]["repo_url"]
    assert f'pip install "{name} @ git+{repository}@main"' in readme


def test_the_readme_is_a_front_door():
    """Short, with the sections a newcomer looks for; reference lives in docs/."""
    readme = (ROOT / "README.md").read_text()
    assert readme.count("\n") <= 250
    sections = [line[3:] for line in readme.splitlines() if line.startswith("## ")]
    assert sections == [
        "Quick start",
        "Common tasks",
        "Make targets",
        "Layout",
        "Architecture",
        "When synth refuses",
        "Using the constructs in your own app",
        "Further reading",
        "License",
    ]
    pages = {path.name for path in (ROOT / "docs").glob("*.md")}
    assert {"model.md", "data-plane-and-edge.md", "observability.md", "delivery.md", "security.md", "performance.md"} <= pages
    for page in sorted(pages - {"README.md"}):
        assert f"docs/{page}" in readme or f"({page})" in (ROOT / "docs" / "README.md").read_text(), f"{page} is linked from nowhere"
