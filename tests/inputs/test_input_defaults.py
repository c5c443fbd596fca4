"""What a key left out of platform.yaml or an environment file means. A minimal declaration is
loaded and compared with values written out in full, so every default is a literal here; the
docstrings in codex_platform/inputs/ say why each is what it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from codex_constructs import ObservabilitySettings
from codex_platform.inputs.config import (
    AlertSettings,
    EdgeSettings,
    EnvironmentConfig,
    GitOpsSettings,
    KafkaSettings,
    KafkaUiSettings,
    LagScalingSettings,
    NodePoolSettings,
    RedisSettings,
    SecretsSettings,
    ServiceImage,
    ServiceSettings,
)
from codex_platform.inputs.environment_checks import load_environment
from codex_platform.inputs.images import chosen_image
from codex_platform.inputs.model import (
    DockerDaemonSpec,
    EdgeSpec,
    KafkaClientSpec,
    KafkaSpec,
    NamespaceSpec,
    ObservabilitySpec,
    PlatformModel,
    PortSpec,
    RedisSpec,
    RequestMetricsSpec,
    RouteSpec,
    TopicSpec,
)
from codex_platform.inputs.model_checks import check_model, load_model
from minimal import ENVIRONMENT, MODEL, load_minimal, service, write_minimal


@pytest.fixture
def minimal(tmp_path: Path) -> tuple[PlatformModel, EnvironmentConfig]:
    return load_minimal(tmp_path)


def test_the_model_s_defaults(minimal):
    model, _ = minimal
    assert model.services["api"] == service(
        "grpc",
        ports=(
            PortSpec("grpc", 50051, env=None, bind_env=None, served=True),
            PortSpec("metrics", 9100, env=None, bind_env=None, served=True),
        ),
        request_metrics=RequestMetricsSpec(
            requests_total="rpc_total",
            duration_histogram="rpc_seconds",
            error_selector='code!="OK"',
            duration_unit="s",
            latency_bound_le=None,
        ),
    )
    assert model.services["worker"] == service(
        "kafka-worker",
        probe_command=("true",),
        kafka=KafkaClientSpec(group=None, produces=(), consumes={"JOBS": "workers"}),
        # The port the docker CLI completes a bare DOCKER_HOST with.
        docker_daemon=DockerDaemonSpec(port=2375, host_env="DOCKER_HOST", port_env="DOCKER_PORT"),
    )
    assert model.kafka == KafkaSpec(cluster="events", port=9092, topics={"JOBS": TopicSpec(partitions=1, config={}, dead_letter=False)})
    assert model.redis == RedisSpec(service="redis", port=6379, url_secret_key=None, password_secret_key=None)
    assert model.edge == EdgeSpec(routes=(RouteSpec(path="/", backend="api", port="grpc", websocket=False, admin=False),))
    assert model.namespaces == {"extra": NamespaceSpec(pod_security="restricted")}
    assert model.observability == ObservabilitySpec(namespace="observability")
    assert (model.grpc_timeout_ms, model.resting_memory) == (15000, "96Mi")


def test_an_environment_s_defaults(minimal):
    _, config = minimal
    bare = ServiceSettings(
        image=ServiceImage("example/api", "1.0.0"),
        replicas=None,
        autoscaling=None,
        lag_scaling=None,
        resources=None,
        docker_daemon_resources=None,
        env={},
        node_pool=None,
        runtime_class=None,
        outbound_cidrs={},
        docker_registry_mirror=None,
    )
    assert config.services["api"] == bare
    assert config.services["api"].max_replicas() == 1, "with neither replicas nor autoscaling a service runs one replica"
    assert config.edge == EdgeSettings(
        host="api.shop.example.com",
        api="gateway",
        standby="none",
        cluster_issuer="letsencrypt-prod",
        acme_server="production",
        acme_email=None,
        tls_secret="codex-api-tls",
        admin_tls_secret="codex-admin-tls",
        admin_access="basic-auth",
        admin_auth_secret="admin-basic-auth",
        admin_host=None,
        admin_source_ranges=(),
        ingress_class="nginx",
        controller_replicas=2,
        load_balancer_ip=None,
    )
    assert config.gitops == GitOpsSettings(
        repo_url="https://github.com/example/shop.git",
        revision="main",
        cluster="https://kubernetes.default.svc",
        image_updates="automatic",
    )
    assert config.paused is False
    assert config.secrets == SecretsSettings(store="gcp-secret-manager", gcp_project=None, remote_prefix="codex-")
    # The spec's broker settings: an hour of retention, 128 MiB per partition, 64 MiB segments.
    assert config.kafka == KafkaSettings(
        replicas=1,
        storage_size="10Gi",
        storage_class=None,
        resources=None,
        retention_hours=1,
        retention_bytes=134217728,
        segment_bytes=67108864,
    )
    assert config.redis == RedisSettings(resources=None, persistence_size=None, storage_class=None, wait_for_redis=False)
    assert config.kafka_ui == KafkaUiSettings(resources=None, read_only=True)
    assert config.images == {}
    # With no images section, each third-party image runs its declared tag, unpinned.
    assert [chosen_image(config.images, name).reference for name in ("docker-daemon", "redis", "kafka-ui", "otel-collector", "alloy")] == [
        "docker:29.9.0-dind",
        "redis:7.4.9-alpine",
        "provectuslabs/kafka-ui:v0.7.2",
        "otel/opentelemetry-collector-contrib:0.158.0",
        "docker.io/grafana/alloy:v1.18.1",
    ]
    assert config.observability == ObservabilitySettings()
    assert config.alerts == AlertSettings(
        receiver="none",
        slack_channel=None,
        unavailable_minutes=5,
        restarts_per_15m=3,
        pending_minutes=10,
        autoscaler_at_max_minutes=15,
        consumer_lag=100,
        lag_minutes=10,
        cert_expiry_days=14,
        edge_5xx_ratio=0.05,
        kafka_disk_free_ratio=0.15,
        slo_success=0.99,
        slo_latency=0.95,
    )


@pytest.mark.parametrize("level", ["restricted", "baseline", "privileged"])
def test_a_namespace_may_declare_each_pod_security_level(tmp_path, level):
    text = MODEL.replace("  extra: {}", f"  extra: {{pod_security: {level}}}").replace(
        "    docker_daemon: {}", "    docker_daemon: {}\n    namespace: extra"
    )
    (tmp_path / "platform.yaml").write_text(text)
    assert load_model(tmp_path / "platform.yaml").namespaces["extra"] == NamespaceSpec(pod_security=level)


def test_kafka_and_the_edge_may_be_declared_bare(tmp_path):
    text = MODEL.replace("kafka: {consumes: {JOBS: workers}}", "kafka: {}").replace("  topics:\n    JOBS: {}\n", "")
    (tmp_path / "platform.yaml").write_text(text.replace("  routes: [{path: /, backend: api, port: grpc}]\n", "  {}\n"))
    model = load_model(tmp_path / "platform.yaml")
    assert model.kafka == KafkaSpec(cluster="events", port=9092, topics={})
    assert model.edge == EdgeSpec(routes=())


def test_a_bare_model_has_no_optional_parts(tmp_path):
    (tmp_path / "platform.yaml").write_text(
        "name: shop\nnamespace: shop\nservices:\n  api: {kind: grpc, ports: [{name: grpc, port: 50051}]}\n"
    )
    model = load_model(tmp_path / "platform.yaml", "shown.yaml")
    assert (model.kafka, model.redis, model.observability, model.edge) == (None, None, None, EdgeSpec(routes=()))
    assert (model.namespaces, model.environments, model.source) == ({}, (), "shown.yaml")
    assert model.all_namespaces() == {"shop": NamespaceSpec("restricted")}
    assert model == load_model(tmp_path / "platform.yaml", "elsewhere.yaml"), "where it was read from is no part of the model"


def test_a_model_built_in_code_names_platform_yaml_in_its_problems():
    assert [str(problem) for problem in check_model(PlatformModel(name="shop", namespace="shop", services={}))] == [
        "platform.yaml: services: declare at least one service",
    ]


def test_a_node_pool_and_lag_scaling_declared_by_name_only(tmp_path):
    model_path, environment_path = write_minimal(
        tmp_path,
        lambda model: model["kafka"]["topics"]["JOBS"].update(partitions=6),
        lambda environment: environment["services"]["worker"].update(node_pool={"name": "pool"}, lag_scaling={}),
    )
    settings = load_environment(environment_path, load_model(model_path)).services["worker"]
    # GKE labels each node with its pool's name; the taint key is the one `make bootstrap-plan` prints.
    assert settings.node_pool == NodePoolSettings(name="pool", label="cloud.google.com/gke-nodepool", taint="dedicated")
    assert settings.lag_scaling == LagScalingSettings(min_replicas=1, max_replicas=6, lag_threshold=10)


def test_an_environment_is_its_settings_not_its_file(tmp_path):
    (tmp_path / "platform.yaml").write_text(MODEL)
    (tmp_path / "dev.yaml").write_text(ENVIRONMENT)
    (tmp_path / "staging.yaml").write_text(ENVIRONMENT)
    model = load_model(tmp_path / "platform.yaml")
    dev, staging = load_environment(tmp_path / "dev.yaml", model), load_environment(tmp_path / "staging.yaml", model, "shown.yaml")
    assert (dev.name, staging.name, staging.source) == ("dev", "staging", "shown.yaml")
    assert dev == staging
