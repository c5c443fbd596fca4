"""Least privilege, derived network rules, secrets from the secret manager, availability."""

import copy

import pytest
import yaml

from codex_platform.inputs.errors import ConfigError
from helpers import declared, secret_keys, synth_project
from netpol import allowed
from platforms import CODEX
from pod_security import pod_spec, restricted_violations


def objects(environment, platform=CODEX):
    return platform.objects(environment)


def namespaces(environment, platform=CODEX):
    return {o["metadata"]["name"]: o for o in objects(environment, platform).values() if o["kind"] == "Namespace"}


# Pod Security ---------------------------------------------------------------------------------


def test_namespaces_pin_their_pod_security_level(platform, environment):
    labels = {name: ns["metadata"]["labels"] for name, ns in namespaces(environment, platform).items()}
    assert labels["app-services"]["pod-security.kubernetes.io/enforce"] == "restricted"
    assert labels["code-execution"]["pod-security.kubernetes.io/enforce"] == "privileged"
    # Upstream charts' pods, not rendered here: baseline, never privileged.
    assert labels["observability"]["pod-security.kubernetes.io/enforce"] == "baseline"
    for name, namespace_labels in labels.items():
        for mode in ("enforce", "audit", "warn"):
            assert namespace_labels[f"pod-security.kubernetes.io/{mode}-version"] == "v1.33", (name, mode)
        assert namespace_labels["pod-security.kubernetes.io/audit"] == "restricted", name
        assert namespace_labels["pod-security.kubernetes.io/warn"] == "restricted", name


def test_every_pod_in_a_restricted_namespace_meets_restricted(platform, environment):
    levels = {
        name: ns["metadata"]["labels"]["pod-security.kubernetes.io/enforce"] for name, ns in namespaces(environment, platform).items()
    }
    checked = 0
    for path, obj in objects(environment, platform).items():
        spec = pod_spec(obj)
        if spec is None or levels.get(obj["metadata"].get("namespace")) != "restricted":
            continue
        checked += 1
        assert restricted_violations(spec) == [], path
    services = platform.declared["services"].values()
    expected = sum(1 for s in services if "namespace" not in s) + 2 + sum(1 for s in services if s.get("migrations"))
    assert checked == expected, "services of the platform namespace, redis, kafka-ui and the migration jobs"


def test_the_checker_fails_a_pod_missing_seccomp():
    deployment = copy.deepcopy(objects("prod")["services/Deployment.gateway-service.k8s.yaml"])
    spec = deployment["spec"]["template"]["spec"]
    del spec["securityContext"]["seccompProfile"]
    for container in spec["containers"]:
        container["securityContext"].pop("seccompProfile")
    assert restricted_violations(spec) == ["gateway-service: seccompProfile is None, not RuntimeDefault or Localhost"]


def test_pods_run_as_a_high_uid_with_a_read_only_root_and_no_token(platform):
    for path, obj in objects("prod", platform).items():
        spec = pod_spec(obj)
        if spec is None or obj["metadata"]["namespace"] != "app-services":
            continue
        assert spec["securityContext"]["runAsUser"] >= 10000, path
        assert spec["automountServiceAccountToken"] is False, path
        for container in spec["containers"]:
            assert container["securityContext"]["readOnlyRootFilesystem"] is True, path


def test_every_workload_has_its_own_service_account(platform):
    for environment in platform.environment_names:
        accounts = {
            (o["metadata"]["namespace"], o["metadata"]["name"])
            for o in objects(environment, platform).values()
            if o["kind"] == "ServiceAccount"
        }
        for path, obj in objects(environment, platform).items():
            if obj["kind"] in ("Deployment", "Job"):
                spec = pod_spec(obj)
                assert (obj["metadata"]["namespace"], spec["serviceAccountName"]) in accounts, path
                assert spec["serviceAccountName"] == obj["metadata"]["name"], path


# Code execution containment ----------------------------------------------------------------


def test_code_execution_is_alone_in_its_privileged_namespace():
    residents = {
        o["metadata"]["name"] for o in objects("prod").values() if pod_spec(o) and o["metadata"].get("namespace") == "code-execution"
    }
    assert residents == {"code-execution-service"}


def test_code_execution_runs_only_on_its_dedicated_tainted_pool():
    spec = pod_spec(objects("prod")["services/Deployment.code-execution-service.k8s.yaml"])
    assert spec["nodeSelector"] == {"cloud.google.com/gke-nodepool": "code-execution"}
    assert spec["tolerations"] == [{"key": "dedicated", "operator": "Equal", "value": "code-execution", "effect": "NoSchedule"}]
    assert "runtimeClassName" not in spec


def test_a_sandboxed_runtime_is_one_switch(project, tmp_path):
    project.edit("environments/prod.yaml", lambda d: d["services"]["code-execution-service"].update(runtime_class="gvisor"))
    prod = synth_project(project, tmp_path / "out", "prod")["prod"]
    assert pod_spec(prod["services/Deployment.code-execution-service.k8s.yaml"])["runtimeClassName"] == "gvisor"


def test_privileged_service_without_a_node_pool_is_refused(project):
    project.edit("environments/prod.yaml", lambda d: d["services"]["code-execution-service"].pop("node_pool"))
    with pytest.raises(ConfigError, match="services.code-execution-service.node_pool: code-execution-service runs privileged"):
        project.load()


def test_a_privileged_namespace_holds_one_service(project):
    project.edit("platform.yaml", lambda d: d["services"]["problem-service"].update(namespace="code-execution"))
    with pytest.raises(ConfigError, match="namespaces.code-execution: a privileged namespace must hold exactly one service"):
        project.load()


def test_code_execution_takes_no_inbound_traffic_and_reaches_only_kafka_redis_dns_https_and_the_collector():
    policy = objects("prod")["network/NetworkPolicy.code-execution-service.k8s.yaml"]["spec"]
    assert "ingress" not in policy and "Ingress" in policy["policyTypes"]
    ports = sorted(p["port"] for rule in policy["egress"] for p in rule["ports"])
    assert ports == [443, 4317, 6379, 9092], "Kafka, Redis, the image registry and the trace collector"
    internet = next(rule["to"][0]["ipBlock"] for rule in policy["egress"] if "ipBlock" in rule["to"][0])
    assert "169.254.0.0/16" in internet["except"] and "10.0.0.0/8" in internet["except"], "never the metadata server or private ranges"


def test_docker_daemon_never_listens_on_the_pod_network():
    spec = pod_spec(objects("prod")["services/Deployment.code-execution-service.k8s.yaml"])
    daemon = next(c for c in spec["initContainers"] if c["name"] == "docker-daemon")
    assert [a for a in daemon["args"] if a.startswith("--host")] == ["--host=tcp://127.0.0.1:2375"]
    assert "0.0.0.0" not in yaml.safe_dump(daemon)


def test_the_docker_daemon_is_sized_by_its_environment(project, tmp_path):
    """The sidecar runs every submission's containers: it gets the environment's own sizing,
    not the worker's, and not the construct's default."""
    sizing = {"requests": {"cpu": "700m", "memory": "768Mi"}, "limits": {"cpu": "2", "memory": "2Gi"}}
    project.edit("environments/prod.yaml", lambda d: d["services"]["code-execution-service"].update(docker_daemon_resources=sizing))
    prod = synth_project(project, tmp_path / "out", "prod")["prod"]
    spec = pod_spec(prod["services/Deployment.code-execution-service.k8s.yaml"])
    daemon = next(c for c in spec["initContainers"] if c["name"] == "docker-daemon")
    for kind, figures in sizing.items():
        assert {key: daemon["resources"][kind][key] for key in figures} == figures, kind


# Network policies -------------------------------------------------------------------------------


def test_every_namespace_denies_by_default_and_allows_dns(platform, environment):
    policies = [o for o in objects(environment, platform).values() if o["kind"] == "NetworkPolicy"]
    for namespace in namespaces(environment, platform):
        deny = [p for p in policies if p["metadata"]["namespace"] == namespace and p["metadata"]["name"] == f"default-deny-{namespace}"]
        assert deny and deny[0]["spec"] == {"podSelector": {}, "policyTypes": ["Ingress", "Egress"]}, namespace
        assert any(p["metadata"]["name"] == f"allow-dns-{namespace}" and p["metadata"]["namespace"] == namespace for p in policies)


def test_every_workload_has_a_network_policy(platform, environment):
    policies = [o for o in objects(environment, platform).values() if o["kind"] == "NetworkPolicy"]
    for path, obj in objects(environment, platform).items():
        if obj["kind"] not in ("Deployment", "Job"):
            continue
        labels = obj["spec"]["template"]["metadata"]["labels"]
        selecting = [
            p
            for p in policies
            if p["metadata"]["namespace"] == obj["metadata"]["namespace"]
            and p["spec"]["podSelector"].get("matchLabels")
            and all(labels.get(k) == v for k, v in p["spec"]["podSelector"]["matchLabels"].items())
        ]
        assert len(selecting) == 1, path


#: The platform spec's communication model, gRPC: gateway -> auth-user, problem, code-manage,
#: collab; problem <-> auth-user; code-manage -> problem. Redis: every service.
SPEC_GRPC = {
    ("gateway-service", "auth-user-service"),
    ("gateway-service", "problem-service"),
    ("gateway-service", "code-manage-service"),
    ("gateway-service", "collab-service"),
    ("problem-service", "auth-user-service"),
    ("auth-user-service", "problem-service"),
    ("code-manage-service", "problem-service"),
}
SPEC_GRPC_PORTS = {"auth-user-service": 50051, "problem-service": 50052, "code-manage-service": 50053, "collab-service": 50054}
SERVICES = ["gateway-service", "auth-user-service", "problem-service", "code-manage-service", "code-execution-service", "collab-service"]


def test_grpc_edges_are_exactly_the_spec_s():
    from reachability import Cluster, policies

    rendered = objects("prod")
    cluster, rules = Cluster(rendered), policies(rendered)
    for caller in SERVICES:
        for callee, port in SPEC_GRPC_PORTS.items():
            if caller != callee:
                open_ = allowed(rules, cluster.pods[caller], cluster.pods[callee], port)
                assert open_ == ((caller, callee) in SPEC_GRPC), f"{caller} -> {callee}:{port}"
    # Any other port of a gRPC service stays closed to its callers.
    assert not allowed(rules, cluster.pods["gateway-service"], cluster.pods["auth-user-service"], 9101)


def test_only_the_services_reach_redis(platform):
    from reachability import Cluster, policies

    rendered = objects("prod", platform)
    cluster, rules = Cluster(rendered), policies(rendered)
    reaching = {name for name, pod in cluster.pods.items() if name != "redis" and allowed(rules, pod, cluster.pods["redis"], 6379)}
    assert reaching >= set(SERVICES), "the spec: every service uses Redis"
    assert reaching == {name for name, s in platform.declared["services"].items() if s.get("redis")}


def test_kafka_listener_admits_only_declared_clients():
    listener = objects("prod")["data/Kafka.kafka.k8s.yaml"]["spec"]["kafka"]["listeners"][0]
    peers = {
        (p["namespaceSelector"]["matchLabels"]["kubernetes.io/metadata.name"], p["podSelector"]["matchLabels"]["app.kubernetes.io/name"])
        for p in listener["networkPolicyPeers"]
    }
    assert peers == {
        ("app-services", "code-manage-service"),
        ("code-execution", "code-execution-service"),
        ("app-services", "collab-service"),
        ("app-services", "kafka-ui"),
    }


def test_a_new_service_gets_its_rules_with_no_other_change(project, tmp_path):
    def add(d):
        d["services"]["ledger-service"] = {
            "kind": "grpc",
            "ports": [{"name": "grpc", "port": 50070}],
            "calls": ["auth-user-service"],
            "redis": True,
            "secret_keys": ["REDIS_URL", "STRIPE_KEY"],
            "outbound": [{"name": "stripe", "ports": [443]}],
        }
        d["services"]["gateway-service"]["calls"].append("ledger-service")

    project.edit("platform.yaml", add)
    for env in declared()["environments"]:
        project.edit(
            f"environments/{env}.yaml",
            lambda d: d["services"].update({"ledger-service": {"image": {"repository": "example/ledger", "tag": "0a1b2c3"}}}),
        )
    prod = synth_project(project, tmp_path / "out", "prod")["prod"]
    ledger = prod["network/NetworkPolicy.ledger-service.k8s.yaml"]["spec"]
    assert ledger["ingress"][0]["from"][0]["podSelector"]["matchLabels"] == {"app.kubernetes.io/name": "gateway-service"}
    auth = prod["network/NetworkPolicy.auth-user-service.k8s.yaml"]["spec"]
    assert any(r["from"][0]["podSelector"]["matchLabels"] == {"app.kubernetes.io/name": "ledger-service"} for r in auth["ingress"])
    secret = prod["secrets/ExternalSecret.ledger-service-secrets.k8s.yaml"]["spec"]
    assert secret_keys({"spec": secret}) == ["REDIS_URL", "STRIPE_KEY"]


# Secrets ----------------------------------------------------------------------------------------


def test_each_service_s_external_secret_holds_exactly_its_declared_keys(platform, environment):
    secrets = {o["metadata"]["name"]: o for o in objects(environment, platform).values() if o["kind"] == "ExternalSecret"}
    model = platform.environments[environment].model
    for name, spec in model.services.items():
        external = secrets[f"{name}-secrets"]
        assert external["metadata"]["namespace"] == model.namespace_of(name)
        assert secret_keys(external) == sorted(spec.secret_keys), name
        assert external["spec"]["secretStoreRef"] == {"kind": "ClusterSecretStore", "name": "gcp-secret-manager"}
    remote = {d["secretKey"]: d["remoteRef"]["key"] for s in secrets.values() for d in s["spec"]["data"]}
    prefix = yaml.safe_load((platform.root / "environments" / f"{environment}.yaml").read_text())["secrets"]["remote_prefix"]
    assert remote["JWT_ACCESS_TOKEN_SECRET"] == f"{prefix}jwt-access-token-secret", "one remote secret shared by its users"


def test_secret_store_uses_workload_identity():
    store = objects("prod")["secrets/ClusterSecretStore.gcp-secret-manager.k8s.yaml"]["spec"]["provider"]["gcpsm"]
    assert store["auth"] == {"workloadIdentity": {"serviceAccountRef": {"name": "external-secrets-prod", "namespace": "external-secrets"}}}


def test_no_secret_with_data_anywhere_in_dist(platform):
    for environment in platform.environment_names:
        for path, obj in objects(environment, platform).items():
            assert obj["kind"] != "Secret", path


def test_a_redis_user_missing_the_redis_url_key_is_refused(project):
    project.edit("platform.yaml", lambda d: d["services"]["problem-service"]["secret_keys"].remove("REDIS_URL"))
    with pytest.raises(ConfigError, match="services.problem-service.secret_keys: is missing REDIS_URL"):
        project.load()


def test_services_read_their_own_secret_only(platform):
    for path, obj in objects("prod", platform).items():
        spec = pod_spec(obj)
        if spec is None:
            continue
        for container in spec["containers"]:
            for env in container.get("env", []):
                ref = env.get("valueFrom", {}).get("secretKeyRef")
                if ref:
                    owner = obj["metadata"]["name"].removesuffix("-migrate")
                    assert ref["name"] == f"{owner}-secrets", path
            assert "envFrom" not in container, path


# Availability and resources ------------------------------------------------------------------


def test_every_workload_with_more_than_one_replica_has_a_disruption_budget(platform):
    prod = objects("prod", platform)
    budgets = {o["metadata"]["name"] for o in prod.values() if o["kind"] == "PodDisruptionBudget"}
    hpas = {o["metadata"]["name"]: o["spec"]["minReplicas"] for o in prod.values() if o["kind"] == "HorizontalPodAutoscaler"}
    for name, low in hpas.items():
        assert (name in budgets) == (low > 1), name
    assert not any(o["kind"] == "PodDisruptionBudget" for o in objects("dev", platform).values()), "dev runs one replica of each"


def test_replicas_spread_over_zones_and_nodes():
    spec = pod_spec(objects("prod")["services/Deployment.gateway-service.k8s.yaml"])
    keys = {(c["topologyKey"], c["whenUnsatisfiable"]) for c in spec["topologySpreadConstraints"]}
    assert keys == {("topology.kubernetes.io/zone", "ScheduleAnyway"), ("kubernetes.io/hostname", "DoNotSchedule")}


def test_every_container_has_requests_and_limits_with_ephemeral_storage(platform, environment):
    for path, obj in objects(environment, platform).items():
        spec = pod_spec(obj)
        if spec is None:
            continue
        for container in spec.get("initContainers", []) + spec["containers"]:
            for side in ("requests", "limits"):
                assert {"cpu", "memory", "ephemeral-storage"} <= set(container["resources"][side]), f"{path} {container['name']} {side}"


def test_the_migration_job_reaches_only_its_database():
    policy = objects("prod")["network/NetworkPolicy.auth-user-service-migrate.k8s.yaml"]["spec"]
    assert "ingress" not in policy
    assert [p["port"] for rule in policy["egress"] for p in rule["ports"]] == [5432]


def test_operator_namespaces_enforce_baseline_and_warn_at_restricted(platform):
    for path, obj in objects("prod", platform).items():
        if obj["kind"] != "Application" or "chart" not in obj["spec"]["source"]:
            continue
        if obj["spec"]["destination"]["namespace"] in ("argocd", "observability"):
            continue
        labels = obj["spec"]["syncPolicy"]["managedNamespaceMetadata"]["labels"]
        # The internet-facing proxies' namespace holds only restricted-compliant containers.
        expected = "restricted" if obj["spec"]["destination"]["namespace"] == "envoy-gateway-system" else "baseline"
        assert labels["pod-security.kubernetes.io/enforce"] == expected, path
        assert labels["pod-security.kubernetes.io/warn"] == "restricted", path


def test_every_redis_url_is_built_from_the_password_redis_itself_reads(platform):
    """One remote secret: a rotation changes the server's password and every client's URL at
    once (issue: the URL lived in a remote secret of its own and drifted)."""
    for environment in platform.environment_names:
        secrets = {o["metadata"]["name"]: o for o in objects(environment, platform).values() if o["kind"] == "ExternalSecret"}
        server = {d["secretKey"]: d["remoteRef"]["key"] for d in secrets["redis-secrets"]["spec"]["data"]}
        users = [name for name, spec in platform.declared["services"].items() if spec.get("redis")]
        assert users
        for user in users:
            spec = secrets[f"{user}-secrets"]["spec"]
            remotes = {d["secretKey"]: d["remoteRef"]["key"] for d in spec["data"]}
            assert remotes["REDIS_PASSWORD"] == server["REDIS_PASSWORD"], user
            assert "REDIS_URL" not in remotes and not any(r.endswith("redis-url") for r in remotes.values()), user
            assert spec["target"]["template"]["data"]["REDIS_URL"].startswith("redis://:{{ .REDIS_PASSWORD | urlquery"), user
