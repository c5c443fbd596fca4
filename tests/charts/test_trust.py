"""The remaining trust gaps: Redis' password and durability, kafka-ui read-only, secrets each
environment alone can read."""

from __future__ import annotations

import pytest

from codex_platform.inputs.errors import ConfigError
from helpers import synth_project
from netpol import Endpoint, allowed
from reachability import Cluster, policies


def env_of(container_: dict) -> dict:
    return {e["name"]: e.get("value", e.get("valueFrom")) for e in container_.get("env", [])}


# Redis --------------------------------------------------------------------------------------------


def test_redis_refuses_unauthenticated_clients(prod):
    (redis,) = prod["data/Deployment.redis.k8s.yaml"]["spec"]["template"]["spec"]["containers"]
    args, env = redis["args"], env_of(redis)
    assert args[args.index("--requirepass") + 1] == "$(REDIS_PASSWORD)", "the kubelet expands it from the env"
    source = {"secretKeyRef": {"key": "REDIS_PASSWORD", "name": "redis-secrets"}}
    assert env["REDIS_PASSWORD"] == source
    assert env["REDISCLI_AUTH"] == source, "redis-cli (the probes) authenticates from REDISCLI_AUTH"
    assert redis["readinessProbe"]["exec"]["command"][0] == "redis-cli"
    external = prod["secrets/ExternalSecret.redis-secrets.k8s.yaml"]["spec"]
    assert [(d["secretKey"], d["remoteRef"]["key"]) for d in external["data"]] == [("REDIS_PASSWORD", "codex-prod-redis-password")]


def test_redis_keeps_its_data_in_prod(prod, dev):
    (redis,) = prod["data/Deployment.redis.k8s.yaml"]["spec"]["template"]["spec"]["containers"]
    assert redis["args"][redis["args"].index("--appendonly") + 1] == "yes"
    claim = prod["data/PersistentVolumeClaim.redis-data.k8s.yaml"]["spec"]
    assert claim["resources"]["requests"]["storage"] == "2Gi" and claim["storageClassName"] == "standard-rwo"
    assert prod["data/Deployment.redis.k8s.yaml"]["spec"]["strategy"] == {"type": "Recreate"}, "a RWO volume attaches once"
    assert "data/PersistentVolumeClaim.redis-data.k8s.yaml" not in dev, "dev stays a cache"


# kafka-ui --------------------------------------------------------------------------------------


def test_kafka_ui_is_read_only_unless_an_environment_says_otherwise(prod, project, tmp_path):
    (ui,) = prod["data/Deployment.kafka-ui.k8s.yaml"]["spec"]["template"]["spec"]["containers"]
    assert env_of(ui)["KAFKA_CLUSTERS_0_READONLY"] == "true"
    project.edit("environments/dev.yaml", lambda d: d.update(kafka_ui={"read_only": False}))
    dev = synth_project(project, tmp_path / "out", "dev")["dev"]
    (ui,) = dev["data/Deployment.kafka-ui.k8s.yaml"]["spec"]["template"]["spec"]["containers"]
    assert env_of(ui)["KAFKA_CLUSTERS_0_READONLY"] == "false"


# Secrets ----------------------------------------------------------------------------------------


def test_the_secret_store_serves_only_the_namespaces_that_read_secrets(prod):
    spec = prod["secrets/ClusterSecretStore.gcp-secret-manager.k8s.yaml"]["spec"]
    assert spec["conditions"] == [{"namespaces": ["app-services", "code-execution", "observability"]}]
    users = {o["metadata"]["namespace"] for o in prod.values() if o["kind"] == "ExternalSecret"}
    assert users == set(spec["conditions"][0]["namespaces"])


def test_each_environment_has_its_own_identity_and_prefix(prod, dev):
    for objects, name in ((prod, "prod"), (dev, "dev")):
        store = objects["secrets/ClusterSecretStore.gcp-secret-manager.k8s.yaml"]["spec"]["provider"]["gcpsm"]
        account = store["auth"]["workloadIdentity"]["serviceAccountRef"]
        assert account == {"name": f"external-secrets-{name}", "namespace": "external-secrets"}
        eso = objects["gitops/Application.codex-external-secrets.k8s.yaml"]["spec"]["source"]["helm"]["valuesObject"]
        assert eso["serviceAccount"]["name"] == account["name"], "the chart creates the account the store names"
        remotes = {d["remoteRef"]["key"] for o in objects.values() if o["kind"] == "ExternalSecret" for d in o["spec"]["data"]}
        assert all(r.startswith(f"codex-{name}-") for r in remotes), name


@pytest.mark.parametrize("prefix", ["codex-", "codex-prod-", "codex-prod-x-"])
def test_overlapping_prefixes_in_one_project_are_refused(project, prefix):
    project.edit("environments/dev.yaml", lambda d: d["secrets"].update(remote_prefix=prefix))
    with pytest.raises(ConfigError, match=r"environments/(dev|prod).yaml: secrets.remote_prefix: .* overlaps"):
        project.load()


def test_a_separate_project_may_reuse_a_prefix(project):
    project.edit("environments/dev.yaml", lambda d: d["secrets"].update(remote_prefix="codex-prod-", gcp_project="codex-dev-project"))
    assert {e.config.name for e in project.load()} >= {"dev", "prod"}


# Untrusted code's egress ----------------------------------------------------------------------------


def test_the_sandbox_pod_s_https_egress_can_be_pinned_to_a_registry_mirror(project, tmp_path):
    def pin(data):
        worker = data["services"]["code-execution-service"]
        worker["outbound_cidrs"] = {"image-registry": ["203.0.113.0/24"]}
        worker["docker_registry_mirror"] = "https://mirror.example.com"

    project.edit("environments/prod.yaml", pin)
    prod = synth_project(project, tmp_path / "out", "prod")["prod"]
    cluster, rules = Cluster(prod), policies(prod)
    worker = cluster.pods["code-execution-service"]
    assert allowed(rules, worker, Endpoint("mirror", None, ip="203.0.113.10"), 443)
    assert not allowed(rules, worker, Endpoint("elsewhere", None, ip="198.51.100.7"), 443)
    (daemon,) = prod["services/Deployment.code-execution-service.k8s.yaml"]["spec"]["template"]["spec"]["initContainers"]
    assert "--registry-mirror=https://mirror.example.com" in daemon["args"]


@pytest.mark.parametrize(
    "settings, message",
    [
        ({"outbound_cidrs": {"image-registry": ["0.0.0.0/0"]}}, "outbound_cidrs: image-registry: '0.0.0.0/0' is every address"),
        ({"outbound_cidrs": {"image-registry": ["not-a-range"]}}, "is not an address range"),
        (
            {"outbound_cidrs": {"gemini": ["203.0.113.0/24"]}},
            "outbound_cidrs.gemini: is not an outbound destination of code-execution-service",
        ),
        ({"docker_registry_mirror": "http://mirror"}, "docker_registry_mirror: 'http://mirror' is not an https URL"),
    ],
)
def test_bad_egress_pins_are_refused(project, settings, message):
    project.edit("environments/prod.yaml", lambda d: d["services"]["code-execution-service"].update(settings))
    with pytest.raises(ConfigError, match=message):
        project.load()


def test_a_pinned_database_range_holds_for_the_migration_job_too(project, tmp_path):
    project.edit(
        "environments/prod.yaml",
        lambda d: d["services"]["auth-user-service"].update(outbound_cidrs={"postgresql": ["198.51.100.0/24"]}),
    )
    prod = synth_project(project, tmp_path / "out", "prod")["prod"]
    for policy in ("auth-user-service", "auth-user-service-migrate"):
        egress = prod[f"network/NetworkPolicy.{policy}.k8s.yaml"]["spec"]["egress"]
        database = [rule for rule in egress if rule["ports"] == [{"port": 5432, "protocol": "TCP"}]]
        assert [rule["to"] for rule in database] == [[{"ipBlock": {"cidr": "198.51.100.0/24"}}]], policy
