"""The guides' worked examples, applied to a scratch copy of the repository and synthesized."""

import shutil

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
    assert apply_examples(ROOT / "docs/adding-a-service.md", repo.root) == ["platform.yaml", "platform.yaml", "environments/prod.yaml", "environments/dev.yaml", "local/environment.yaml"]
    prod = synth_project(repo, tmp_path / "out", "prod")["prod"]
    gateway = {e["name"]: e.get("value") for e in prod["services/Deployment.gateway-service.k8s.yaml"]["spec"]["template"]["spec"]["containers"][0]["env"]}
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
