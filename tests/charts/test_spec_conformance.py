"""dist/prod carries the figures of the platform spec: ports, resources, autoscaling, env."""

from pathlib import Path

import pytest
import yaml

from helpers import declared, fresh_dist

PROD = fresh_dist() / "prod" / "services"


def cpu_memory(figures: dict) -> tuple[str, str]:
    return figures["cpu"], figures["memory"]


# service: (ports, (min, max, cpu %, mem %), requests, limits), from the spec's table. The
# spec's memory targets of the 64Mi services (70-75 %, ~46Mi) are below a Node.js service's
# resting memory, so their HPA could never scale down: None, they scale on CPU only.
SPEC = {
    "gateway-service": ({"http": 4000, "metrics": 9100}, (2, 10, 55, None), ("50m", "64Mi"), ("150m", "256Mi")),
    "auth-user-service": ({"grpc": 50051, "metrics": 9101}, (2, 8, 60, None), ("50m", "64Mi"), ("150m", "256Mi")),
    "problem-service": ({"grpc": 50052, "metrics": 9102}, (2, 8, 55, None), ("50m", "64Mi"), ("150m", "256Mi")),
    "code-manage-service": ({"grpc": 50053, "metrics": 9103}, (2, 6, 60, None), ("50m", "64Mi"), ("150m", "256Mi")),
    "code-execution-service": ({"metrics": 9104}, (1, 6, 50, 65), ("200m", "512Mi"), ("500m", "512Mi")),
    "collab-service": ({"grpc": 50054, "http": 5001}, (2, 10, 60, None), ("50m", "64Mi"), ("150m", "256Mi")),
}

# The spec's `kafka:9092` was a hand-made Service; the brokers are now Strimzi's, found through
# the bootstrap Service it creates for the cluster `kafka`.
BOOTSTRAP = "kafka-kafka-bootstrap:9092"

OTLP = "http://otel-collector.observability.svc.cluster.local:4317"

# Every plain variable of the spec with its value in prod (secrets are checked separately).
SPEC_ENV = {
    "gateway-service": {
        "GATEWAY_SERVICE_PORT": "4000",
        "GATEWAY_SERVICE_METRICS_PORT": "9100",
        "CLIENT_URL_1": "https://codexakash.space",
        "CLIENT_URL_2": "https://www.codexakash.space",
        "domain": "codexakash.space",
        "JWT_ACCESS_TOKEN_EXPIRY": "1h",
        "JWT_REFRESH_TOKEN_EXPIRY": "1d",
        "GRPC_AUTH_USER_SERVICE_URL": "auth-user-service:50051",
        "GRPC_PROBLEM_SERVICE_URL": "problem-service:50052",
        "GRPC_CODE_MANAGE_SERVICE_URL": "code-manage-service:50053",
        "GRPC_COLLAB_SERVICE_URL": "collab-service:50054",
        "DEFAULT_GRPC_TIMEOUT": "15000",
        "NODE_ENV": "production",
        "OTEL_SERVICE_NAME": "gateway-service",
        "OTEL_EXPORTER_OTLP_ENDPOINT": OTLP,
        "METRICS_URL": "http://prometheus-server.observability.svc.cluster.local/api/v1/query",
    },
    "auth-user-service": {
        "GRPC_AUTH_USER_SERVICE_SERVER_URL": "0.0.0.0:50051",
        "GRPC_PROBLEM_SERVICE_URL": "problem-service:50052",
        "AUTH_USER_SERVICE_METRICS_PORT": "9101",
        "JWT_ACCESS_TOKEN_EXPIRY": "1h",
        "JWT_REFRESH_TOKEN_EXPIRY": "1d",
        "NODEMAILER_SERVICE": "gmail",
        "OTP_EXPIRY_SECONDS": "120",
        "PROFILE_CACHE_EXPIRY": "86400",
        "BLOCKED_USER_CACHE_EXPIRY": "3600",
        "DEFAULT_GRPC_TIMEOUT": "15000",
        "NODE_ENV": "production",
        "OTEL_SERVICE_NAME": "auth-user-service",
        "OTEL_EXPORTER_OTLP_ENDPOINT": OTLP,
    },
    "problem-service": {
        "GRPC_PROBLEM_SERVICE_SERVER_URL": "0.0.0.0:50052",
        "GRPC_AUTH_USER_SERVICE_URL": "auth-user-service:50051",
        "PROBLEM_SERVICE_METRICS_PORT": "9102",
        "PROBLEM_DETAILS_CACHE_EXPIRY": "86400",
        "DEFAULT_GRPC_TIMEOUT": "15000",
        "NODE_ENV": "production",
        "OTEL_SERVICE_NAME": "problem-service",
        "OTEL_EXPORTER_OTLP_ENDPOINT": OTLP,
    },
    "code-manage-service": {
        "GRPC_CODE_MANAGE_SERVICE_SERVER_URL": "0.0.0.0:50053",
        "GRPC_PROBLEM_SERVICE_URL": "problem-service:50052",
        "CODE_MANAGE_SERVICE_METRICS_PORT": "9103",
        "SUBMISSION_DETAILS_CACHE_EXPIRY": "600",
        "RUN_CODE_DETAILS_CACHE_EXPIRY": "600",
        "PROBLEM_DETAILS_CACHE_EXPIRY": "86400",
        "KAFKA_BROKERS": BOOTSTRAP,
        "KAFKA_CODE_MANAGE_SERVICE_CLIENT_ID": "code-manage-service",
        "KAFKA_CODE_MANAGE_SERVICE_GROUP_ID": "code-manage-group",
        "KAFKA_IDEMPOTENCY_KEY_EXPIRY": "600",
        "KAFKA_MAX_RETRIES": "3",
        "KAFKA_RETRY_QUEUE_CAP": "10000",
        "DEFAULT_GRPC_TIMEOUT": "15000",
        "NODE_ENV": "production",
        "OTEL_SERVICE_NAME": "code-manage-service",
        "OTEL_EXPORTER_OTLP_ENDPOINT": OTLP,
    },
    "code-execution-service": {
        # Code execution runs in its own namespace, so it dials the brokers by their full name.
        "CODE_EXECUTION_SERVICE_METRICS_PORT": "9104",
        "KAFKA_BROKERS": "kafka-kafka-bootstrap.app-services.svc.cluster.local:9092",
        "KAFKA_CODE_EXECUTION_SERVICE_CLIENT_ID": "code-execution-service",
        "KAFKA_CODE_EXECUTION_SERVICE_GROUP_ID": "code-execution-group",
        "KAFKA_IDEMPOTENCY_KEY_EXPIRY": "600",
        "KAFKA_MAX_RETRIES": "3",
        "KAFKA_RETRY_QUEUE_CAP": "100000",
        "WORKER_IMAGE_NAME": "akashcapro/codex-sandbox",
        "EXECUTION_TIMEOUT": "10000",
        "MAX_OUTPUT_LENGTH": "5000",
        "CONTAINER_POOL_SIZE": "4",
        # The spec's `localhost`, pinned to the one address the daemon listens on (see README).
        "DOCKER_HOST": "127.0.0.1",
        "DOCKER_PORT": "2375",
        "DOCKER_LOCAL": "/var/run/docker.sock",
        # Not in the spec: the docker CLI's config dir, on the writable /tmp (see platform.yaml).
        "DOCKER_CONFIG": "/tmp/.docker",
        "NODE_ENV": "production",
        "OTEL_SERVICE_NAME": "code-execution-service",
        "OTEL_EXPORTER_OTLP_ENDPOINT": OTLP,
    },
    "collab-service": {
        "GRPC_COLLAB_SERVICE_URL": "0.0.0.0:50054",
        "SOCKET_PORT": "5001",
        "CLIENT_URL_1": "https://codexakash.space",
        "CLIENT_URL_2": "https://www.codexakash.space",
        "JWT_INVITE_TOKEN_EXPIRY": "24h",
        "SNAPSHOT_TTL_SECONDS": "172800",
        "KAFKA_BROKERS": BOOTSTRAP,
        "KAFKA_COLLAB_SERVICE_CLIENT_ID": "collab-service",
        "KAFKA_MAX_RETRIES": "3",
        "KAFKA_RETRY_QUEUE_CAP": "100000",
        "NODE_ENV": "production",
        "OTEL_SERVICE_NAME": "collab-service",
    },
}

#: Plain variables the spec names without giving their values: they come from Secret Manager,
#: since no value of theirs is in this repository to write down.
SPEC_UNVALUED = {"gateway-service": {"GOOGLE_CLIENT_ID", "CLOUDINARY_CLOUD_NAME"}}

SPEC_SECRETS = {
    "gateway-service": {"JWT_ACCESS_TOKEN_SECRET", "JWT_REFRESH_TOKEN_SECRET", "CLOUDINARY_API_KEY", "CLOUDINARY_API_SECRET", "REDIS_URL"},
    "auth-user-service": {
        "AUTH_USER_SERVICE_DATABASE_URL",
        "AUTH_USER_SERVICE_DIRECT_URL",
        "JWT_ACCESS_TOKEN_SECRET",
        "JWT_REFRESH_TOKEN_SECRET",
        "NODEMAILER_EMAIL",
        "NODEMAILER_PASS",
        "REDIS_URL",
    },
    "problem-service": {"PROBLEM_SERVICE_DATABASE_URL", "GOOGLE_API_KEY", "GEMINI_API_KEY", "REDIS_URL"},
    "code-manage-service": {"REDIS_URL"},
    "code-execution-service": {"REDIS_URL"},
    "collab-service": {"JWT_ACCESS_TOKEN_SECRET", "JWT_INVITE_TOKEN_SECRET", "COLLAB_SERVICE_DATABASE_URL", "REDIS_URL"},
}


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text())


def app_container(name: str) -> dict:
    deployment = load(PROD / f"Deployment.{name}.k8s.yaml")
    return next(c for c in deployment["spec"]["template"]["spec"]["containers"] if c["name"] == name)


@pytest.mark.parametrize("name", SPEC)
def test_ports_resources_and_autoscaling(name):
    ports, (low, high, cpu, memory), requests, limits = SPEC[name]
    app = app_container(name)
    assert {p["name"]: p["containerPort"] for p in app["ports"]} == ports
    assert cpu_memory(app["resources"]["requests"]) == requests
    assert cpu_memory(app["resources"]["limits"]) == limits
    hpa = load(PROD / f"HorizontalPodAutoscaler.{name}.k8s.yaml")["spec"]
    targets = {m["resource"]["name"]: m["resource"]["target"]["averageUtilization"] for m in hpa["metrics"]}
    assert (hpa["minReplicas"], hpa["maxReplicas"], targets["cpu"], targets.get("memory")) == (low, high, cpu, memory)
    assert "replicas" not in load(PROD / f"Deployment.{name}.k8s.yaml")["spec"]


@pytest.mark.parametrize("name", SPEC)
def test_services_expose_the_container_ports_by_name(name):
    ports = SPEC[name][0]
    path = PROD / f"Service.{name}.k8s.yaml"
    if name == "code-execution-service":
        assert not path.exists(), "code execution takes no inbound traffic"
        return
    service = load(path)["spec"]
    assert {p["name"]: (p["port"], p["targetPort"]) for p in service["ports"]} == {n: (p, n) for n, p in ports.items()}


@pytest.mark.parametrize("name", SPEC)
def test_plain_env_and_secret_keys(name):
    env = app_container(name)["env"]
    plain = {e["name"]: e["value"] for e in env if "value" in e}
    secret = {e["name"] for e in env if "secretKeyRef" in e.get("valueFrom", {})}
    # A service added to the platform (not the spec's) shows up only as its callers' gRPC URL.
    added = {c for c in declared()["services"][name].get("calls", []) if c not in SPEC}
    assert {k: v for k, v in plain.items() if k not in {f"GRPC_{c.upper().replace('-', '_')}_URL" for c in added}} == SPEC_ENV[name]
    assert secret == SPEC_SECRETS[name] | SPEC_UNVALUED.get(name, set())


def test_dind_sidecar_matches_the_spec_but_binds_loopback():
    deployment = load(PROD / "Deployment.code-execution-service.k8s.yaml")
    daemon = next(c for c in deployment["spec"]["template"]["spec"]["initContainers"] if c["name"] == "docker-daemon")
    # `dockerd` first, or the image's entrypoint adds a listener on 0.0.0.0 (test_runtime.py).
    assert daemon["args"] == ["dockerd", "--host=tcp://127.0.0.1:2375", "--tls=false", "--storage-driver=overlay2"]
    assert daemon["env"] == [{"name": "DOCKER_TLS_CERTDIR", "value": ""}]
    assert cpu_memory(daemon["resources"]["requests"]) == ("300m", "512Mi")
    assert cpu_memory(daemon["resources"]["limits"]) == ("1", "1Gi")
    assert {"mountPath": "/var/lib/docker", "name": "docker-storage"} in daemon["volumeMounts"]


def test_collab_gets_its_pod_name_from_the_downward_api():
    env = {e["name"]: e for e in app_container("collab-service")["env"]}
    assert env["PODNAME"]["valueFrom"] == {"fieldRef": {"fieldPath": "metadata.name"}}


def test_gateway_probes_health_over_http():
    assert app_container("gateway-service")["readinessProbe"]["httpGet"] == {"path": "/health", "port": "http"}


@pytest.mark.parametrize("name", ["auth-user-service", "problem-service", "code-manage-service"])
def test_grpc_services_are_tcp_probed_until_they_implement_grpc_health(name):
    assert app_container(name)["readinessProbe"]["tcpSocket"] == {"port": "grpc"}


def test_dev_runs_one_replica_of_each_without_autoscaling():
    dev = fresh_dist() / "dev" / "services"
    assert not list(dev.glob("HorizontalPodAutoscaler.*"))
    for name in SPEC:
        assert load(dev / f"Deployment.{name}.k8s.yaml")["spec"]["replicas"] == 1
