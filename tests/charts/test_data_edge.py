"""The data plane and the legacy Ingress edge: Kafka and topics, lag scaling, Redis, kafka-ui, Ingress
(the Gateway API edge: test_gateway_edge.py)."""

import pytest
import yaml

import schemas
from codex_constructs import (
    ConsumedTopic,
    ContainerImage,
    HealthProbe,
    HelmRelease,
    KafkaLagScaling,
    KafkaWorker,
)
from codex_platform.inputs.errors import ConfigError
from helpers import ROOT, by_kind, chart, declared, fresh_dist, load_dist, manifests, synth_project

PROD = load_dist(fresh_dist() / "prod")
DEV = load_dist(fresh_dist() / "dev")
SPEC_ROUTES = ["/kafka-ui", "/grafana-ui", "/socket.io", "/"]
IMAGE = ContainerImage("example/worker", "0a1b2c3")


def refused(project) -> str:
    with pytest.raises(ConfigError) as error:
        project.load()
    return str(error.value)


# Kafka ----------------------------------------------------------------------------------------


def test_prod_kafka_is_three_kraft_nodes_with_matching_replication():
    kafka = PROD["data/Kafka.kafka.k8s.yaml"]["spec"]["kafka"]
    pool = PROD["data/KafkaNodePool.kafka-pool.k8s.yaml"]["spec"]
    assert pool["replicas"] == 3 and pool["roles"] == ["controller", "broker"]
    assert pool["storage"]["volumes"][0] == {
        "id": 0,
        "type": "persistent-claim",
        "size": "20Gi",
        "class": "standard-rwo",
        "deleteClaim": False,
        "kraftMetadata": "shared",
    }
    assert (kafka["config"]["default.replication.factor"], kafka["config"]["min.insync.replicas"]) == (3, 2)
    assert kafka["config"]["auto.create.topics.enable"] is False


def test_dev_kafka_is_one_node_with_replication_one():
    config = DEV["data/Kafka.kafka.k8s.yaml"]["spec"]["kafka"]["config"]
    assert DEV["data/KafkaNodePool.kafka-pool.k8s.yaml"]["spec"]["replicas"] == 1
    assert (config["default.replication.factor"], config["min.insync.replicas"], config["offsets.topic.replication.factor"]) == (1, 1, 1)


def test_retention_is_the_spec_s_unless_configured(project, tmp_path):
    config = PROD["data/Kafka.kafka.k8s.yaml"]["spec"]["kafka"]["config"]
    assert (config["log.retention.hours"], config["log.retention.bytes"], config["log.segment.bytes"]) == (1, 134217728, 67108864)
    project.edit("environments/dev.yaml", lambda d: d["kafka"].update(retention_hours=24))
    dev = synth_project(project, tmp_path / "out", "dev")["dev"]
    assert dev["data/Kafka.kafka.k8s.yaml"]["spec"]["kafka"]["config"]["log.retention.hours"] == 24


def test_every_declared_topic_is_a_kafkatopic_with_its_partitions():
    topics = {o["spec"]["topicName"]: o for p, o in PROD.items() if o["kind"] == "KafkaTopic"}
    spec = {"SUBMISSION_JOBS", "RUN_JOBS", "CUSTOM_JOBS", "SUBMISSION_RESULTS", "RUN_RESULTS", "CUSTOM_RESULTS", "DLQ_QUEUE"}
    assert set(topics) == set(declared()["kafka"]["topics"]) >= spec
    assert topics["SUBMISSION_JOBS"]["metadata"]["name"] == "submission-jobs"
    assert topics["SUBMISSION_JOBS"]["metadata"]["labels"] == {"strimzi.io/cluster": "kafka"}
    assert topics["RUN_RESULTS"]["spec"]["partitions"] == 6 and topics["RUN_RESULTS"]["spec"]["replicas"] == 3


def test_partitions_below_a_consumer_s_max_replicas_are_refused(project):
    project.edit("platform.yaml", lambda d: d["kafka"]["topics"]["RUN_JOBS"].update(partitions=4))
    assert (
        "environments/prod.yaml: services.code-execution-service.autoscaling.max_replicas: up to 6 replicas of "
        "code-execution-service read RUN_JOBS (group CE_RUN_NORMAL_EXEC), which has 4 partitions in platform.yaml: "
        "the extra replicas would idle. Raise kafka.topics.RUN_JOBS.partitions to at least 6, or lower the replicas"
    ) in refused(project)


def test_partition_check_counts_a_lag_scaled_worker_s_most_replicas(project):
    """12 lag-scaled replicas on RUN_JOBS' 6 partitions: refused whatever the minimum is."""
    project.edit(
        "environments/prod.yaml",
        lambda d: (
            d["services"]["code-execution-service"].pop("autoscaling")
            and d["services"]["code-execution-service"].update(lag_scaling={"min_replicas": 1, "max_replicas": 12})
        ),
    )
    message = refused(project)
    assert "environments/prod.yaml: services.code-execution-service.lag_scaling.max_replicas: up to 12 replicas" in message
    assert "Raise kafka.topics.RUN_JOBS.partitions to at least 12" in message


def test_partition_check_follows_each_environment_s_replicas(project):
    project.edit("environments/dev.yaml", lambda d: d["services"]["code-manage-service"].update(replicas=7))
    message = refused(project)
    assert "environments/dev.yaml: services.code-manage-service.replicas: up to 7 replicas of code-manage-service read" in message


def test_services_find_the_brokers_through_the_bootstrap_service():
    deployment = PROD["services/Deployment.code-manage-service.k8s.yaml"]
    env = {e["name"]: e.get("value") for e in deployment["spec"]["template"]["spec"]["containers"][0]["env"]}
    assert env["KAFKA_BROKERS"] == "kafka-kafka-bootstrap:9092"


# Lag scaling (KEDA) versus HPA -------------------------------------------------------------------


def lag(**overrides):
    return KafkaLagScaling(
        bootstrap_servers="kafka-kafka-bootstrap:9092",
        topics=(ConsumedTopic("RUN_JOBS", "CE_RUN_NORMAL_EXEC"), ConsumedTopic("CUSTOM_JOBS", "CE_CUSTOM_NORMAL_EXEC")),
        **overrides,
    )


def test_lag_scaling_renders_a_scaled_object_and_no_hpa():
    scope = chart()
    KafkaWorker(scope, "w", name="worker", image=IMAGE, probe=HealthProbe.command(["true"]), lag_scaling=lag(max_replicas=6))
    objects = manifests(scope)
    assert by_kind(objects, "HorizontalPodAutoscaler") == []
    assert "replicas" not in by_kind(objects, "Deployment")[0]["spec"]
    (scaled,) = by_kind(objects, "ScaledObject")
    assert scaled["spec"]["scaleTargetRef"] == {"apiVersion": "apps/v1", "kind": "Deployment", "name": "worker"}
    assert scaled["spec"]["maxReplicaCount"] == 6
    assert [t["metadata"]["topic"] for t in scaled["spec"]["triggers"]] == ["RUN_JOBS", "CUSTOM_JOBS"]
    assert scaled["spec"]["triggers"][0]["metadata"] == {
        "bootstrapServers": "kafka-kafka-bootstrap:9092",
        "consumerGroup": "CE_RUN_NORMAL_EXEC",
        "topic": "RUN_JOBS",
        "lagThreshold": "10",
    }
    schemas.validate(scaled, "1.33.0")


def test_config_refuses_lag_scaling_with_autoscaling(project):
    project.edit("environments/prod.yaml", lambda d: d["services"]["code-execution-service"].update(lag_scaling={"max_replicas": 6}))
    assert (
        "environments/prod.yaml: services.code-execution-service: set only one of replicas, autoscaling, lag_scaling "
        "(found autoscaling and lag_scaling)"
    ) in refused(project)


def test_config_lag_scaling_brings_keda(project, tmp_path):
    def switch(d):
        service = d["services"]["code-execution-service"]
        service.pop("autoscaling")
        service["lag_scaling"] = {"min_replicas": 1, "max_replicas": 6, "lag_threshold": 5}

    project.edit("environments/prod.yaml", switch)
    prod = synth_project(project, tmp_path / "out", "prod")["prod"]
    scaled = prod["services/ScaledObject.code-execution-service.k8s.yaml"]
    groups = {t["metadata"]["consumerGroup"] for t in scaled["spec"]["triggers"]}
    assert groups == set(declared()["services"]["code-execution-service"]["kafka"]["consumes"].values())
    assert groups >= {"CE_SUBMISSION_NORMAL_EXEC", "CE_RUN_NORMAL_EXEC", "CE_CUSTOM_NORMAL_EXEC"}
    assert "services/HorizontalPodAutoscaler.code-execution-service.k8s.yaml" not in prod
    assert prod["gitops/Application.codex-keda.k8s.yaml"]["spec"]["source"]["targetRevision"] == "2.21.1"
    assert "gitops/Application.codex-keda.k8s.yaml" not in PROD, "KEDA is installed only when used"


def test_lag_scaling_is_for_workers_only(project):
    project.edit("environments/dev.yaml", lambda d: d["services"]["gateway-service"].update(replicas=None, lag_scaling={}))
    assert "services.gateway-service.lag_scaling: only a kafka-worker scales on consumer lag" in refused(project)


# Redis ----------------------------------------------------------------------------------------


def test_redis_is_pinned_7_behind_redis_6379():
    deployment = PROD["data/Deployment.redis.k8s.yaml"]
    redis = deployment["spec"]["template"]["spec"]["containers"][0]
    assert redis["image"].startswith("redis:7.") and redis["image"] != "redis:7"
    assert redis["resources"] == {
        "requests": {"cpu": "20m", "memory": "48Mi", "ephemeral-storage": "128Mi"},
        "limits": {"cpu": "100m", "memory": "128Mi", "ephemeral-storage": "1Gi"},
    }
    service = PROD["data/Service.redis.k8s.yaml"]["spec"]
    assert service["ports"] == [{"name": "redis", "port": 6379, "protocol": "TCP", "targetPort": "redis"}]


def test_services_do_not_poll_for_redis_unless_asked(project, tmp_path):
    for path, obj in PROD.items():
        if obj["kind"] == "Deployment":
            init = obj["spec"]["template"]["spec"].get("initContainers", [])
            assert all(c.get("restartPolicy") == "Always" for c in init), f"{path}: only native sidecars"
    project.edit("environments/dev.yaml", lambda d: d["redis"].update(wait_for_redis=True))
    dev = synth_project(project, tmp_path / "out", "dev")["dev"]
    init = dev["services/Deployment.gateway-service.k8s.yaml"]["spec"]["template"]["spec"]["initContainers"]
    assert init[0]["command"][-1].startswith("until nc -z redis 6379")


# kafka-ui -------------------------------------------------------------------------------------


def test_kafka_ui_serves_under_its_route_and_points_at_the_cluster():
    ui = PROD["data/Deployment.kafka-ui.k8s.yaml"]["spec"]["template"]["spec"]["containers"][0]
    env = {e["name"]: e["value"] for e in ui["env"]}
    assert env == {
        "KAFKA_CLUSTERS_0_BOOTSTRAPSERVERS": "kafka-kafka-bootstrap:9092",
        "KAFKA_CLUSTERS_0_NAME": "kafka",
        "SERVER_SERVLET_CONTEXT_PATH": "/kafka-ui",
        "KAFKA_CLUSTERS_0_READONLY": "true",
    }
    assert ui["readinessProbe"]["httpGet"]["path"] == "/kafka-ui/actuator/health"


# Ingress edge ---------------------------------------------------------------------------------


def ingress_paths(objects):
    paths = []
    for name in ("edge/Ingress.main-ingress-admin.k8s.yaml", "edge/Ingress.main-ingress.k8s.yaml"):
        if name in objects:
            for rule in objects[name]["spec"]["rules"]:
                paths += [
                    (p["path"], p["backend"]["service"]["name"], p["backend"]["service"]["port"]["number"]) for p in rule["http"]["paths"]
                ]
    return paths


def test_ingress_routes_are_the_spec_s_four_in_order():
    assert ingress_paths(PROD) == [
        ("/kafka-ui(/|$)(.*)", "kafka-ui", 8080),
        ("/grafana-ui(/|$)(.*)", "grafana-proxy", 80),
        ("/socket.io(/|$)(.*)", "collab-service", 5001),
        ("/", "gateway-service", 4000),
    ]


def test_ingress_tls_from_cert_manager():
    ingress = PROD["edge/Ingress.main-ingress.k8s.yaml"]
    assert ingress["spec"]["ingressClassName"] == "nginx"
    assert ingress["spec"]["tls"] == [{"hosts": ["api.codexakash.space"], "secretName": "codex-api-tls"}]
    certificate = PROD["edge/Certificate.codex-api-tls.k8s.yaml"]["spec"]
    assert certificate["dnsNames"] == ["api.codexakash.space"]
    assert certificate["issuerRef"] == {"name": "letsencrypt-prod", "kind": "ClusterIssuer", "group": "cert-manager.io"}
    issuer = PROD["edge/ClusterIssuer.letsencrypt-prod.k8s.yaml"]["spec"]["acme"]
    assert issuer["server"] == "https://acme-v02.api.letsencrypt.org/directory"
    # prod's api is still ingress-nginx (DNS points at it): it answers the challenges; dev's
    # Gateway answers its own (tests/charts/test_gateway_edge.py).
    assert issuer["solvers"] == [{"http01": {"ingress": {"ingressClassName": "nginx"}}}]
    assert DEV["edge/ClusterIssuer.letsencrypt-staging.k8s.yaml"]["spec"]["acme"]["server"].startswith("https://acme-staging")


def test_collab_s_websockets_get_long_timeouts():
    annotations = PROD["edge/Ingress.main-ingress.k8s.yaml"]["metadata"]["annotations"]
    assert annotations == {
        "nginx.ingress.kubernetes.io/use-regex": "true",
        "nginx.ingress.kubernetes.io/proxy-read-timeout": "3600",
        "nginx.ingress.kubernetes.io/proxy-send-timeout": "3600",
    }


#: The ingress-nginx annotations we write, each one the controller (v1.14, chart 4.14.3) parses:
#: internal/ingress/annotations/{rewrite (use-regex), proxy (proxy-read-timeout,
#: proxy-send-timeout), auth (auth-type, auth-secret, auth-realm)}. An annotation it does not
#: parse is ignored without a word, as `websocket-services` (NGINX Inc.'s controller's) was.
INGRESS_NGINX_ANNOTATIONS = {"use-regex", "proxy-read-timeout", "proxy-send-timeout", "auth-type", "auth-secret", "auth-realm"}


def test_every_ingress_annotation_is_one_ingress_nginx_reads():
    """prod renders ingress-nginx (public and admin Ingresses); dev renders none."""
    written = {
        key.split("/", 1)[1]
        for obj in PROD.values()
        if obj["kind"] == "Ingress"
        for key in obj["metadata"].get("annotations", {})
        if key.startswith("nginx.ingress.kubernetes.io/")
    }
    assert written and written <= INGRESS_NGINX_ANNOTATIONS, written - INGRESS_NGINX_ANNOTATIONS


def test_admin_routes_require_authentication_in_prod():
    admin = PROD["edge/Ingress.main-ingress-admin.k8s.yaml"]
    annotations = admin["metadata"]["annotations"]
    assert annotations["nginx.ingress.kubernetes.io/auth-type"] == "basic"
    assert annotations["nginx.ingress.kubernetes.io/auth-secret"] == "admin-basic-auth"
    public_paths = [p["path"] for p in PROD["edge/Ingress.main-ingress.k8s.yaml"]["spec"]["rules"][0]["http"]["paths"]]
    assert not any(path.startswith(("/kafka-ui", "/grafana-ui")) for path in public_paths)


def test_admin_access_off_leaves_admin_routes_off_the_host(project, tmp_path):
    project.edit("environments/prod.yaml", lambda d: d["edge"].update(admin_access="off"))
    prod = synth_project(project, tmp_path / "out", "prod")["prod"]
    assert "edge/Ingress.main-ingress-admin.k8s.yaml" not in prod
    assert [p[0] for p in ingress_paths(prod)] == ["/socket.io(/|$)(.*)", "/"]
    # Nor is the admin host served at all: no listener, certificate, route or credentials for it.
    admin_host = yaml.safe_load((ROOT / "environments/prod.yaml").read_text())["edge"]["admin_host"]
    assert [path for path, o in prod.items() if admin_host in yaml.safe_dump(o)] == []
    assert not [path for path in prod if path.startswith("secrets/ExternalSecret.admin-")]


def test_admin_protection_is_the_default(project):
    project.edit("environments/prod.yaml", lambda d: d["edge"].pop("admin_access"))
    prod = next(e for e in project.load() if e.config.name == "prod")
    assert prod.config.edge.admin_access == "basic-auth"


def test_catch_all_route_must_be_last(project):
    project.edit("platform.yaml", lambda d: d["edge"]["routes"].reverse())
    assert "platform.yaml: edge.routes: the catch-all route '/' must be last" in refused(project)


def test_route_to_an_unknown_backend(project):
    project.edit("platform.yaml", lambda d: d["edge"]["routes"][2].update(backend="chat-service"))
    assert "platform.yaml: edge.routes[2].backend: unknown backend 'chat-service'" in refused(project)


def test_helm_release_versions_must_be_exact():
    for version in ("^1.0.0", "1.x", "latest", "*", ">=2.0.0"):
        with pytest.raises(ValueError, match="is not pinned"):
            HelmRelease(name="x", repo_url="https://example.com/charts", chart="x", version=version, namespace="x")


@pytest.mark.parametrize("environment", ["prod", "dev"])
def test_replication_settings_fit_the_broker_count(environment):
    """What the peers tier reduces to one broker is checked here against the real count: every
    replication factor is at most the brokers, and with more than one broker a write survives
    one broker's loss (min.insync below the factor) and refuses to land on one copy alone."""
    objects = PROD if environment == "prod" else DEV
    brokers = objects["data/KafkaNodePool.kafka-pool.k8s.yaml"]["spec"]["replicas"]
    config = objects["data/Kafka.kafka.k8s.yaml"]["spec"]["kafka"]["config"]
    factors = [
        config["default.replication.factor"],
        config["offsets.topic.replication.factor"],
        config["transaction.state.log.replication.factor"],
    ]
    factors += [o["spec"]["replicas"] for o in objects.values() if o["kind"] == "KafkaTopic"]
    assert all(1 <= factor <= brokers for factor in factors), (brokers, factors)
    for isr, factor in (
        (config["min.insync.replicas"], config["default.replication.factor"]),
        (config["transaction.state.log.min.isr"], config["transaction.state.log.replication.factor"]),
    ):
        assert (isr, factor) == (1, 1) if brokers == 1 else 2 <= isr < factor, (brokers, isr, factor)
    if brokers > 1:
        assert objects["data/Kafka.kafka.k8s.yaml"]["spec"]["kafka"]["rack"] == {"topologyKey": "topology.kubernetes.io/zone"}, (
            "copies in different zones"
        )
