"""Value types refuse what the API server would refuse, with a message that says the fix."""

import pytest

from codex_constructs import (
    Autoscaling,
    ContainerImage,
    HealthProbe,
    ResourceFigures,
    Resources,
    SecretEnv,
    ServicePort,
    check_dns_label,
    parse_bytes,
    parse_cpu,
)


def test_quantities_parse_the_forms_kubernetes_uses():
    assert parse_cpu("50m") == parse_cpu("0.05")
    assert parse_cpu("1") == 1
    assert parse_bytes("64Mi") == 64 * 2**20
    assert parse_bytes("1G") == 10**9


@pytest.mark.parametrize("bad", ["64mi", "1 Gi", "-1Mi", "Mi", ""])
def test_malformed_memory_is_refused(bad):
    with pytest.raises(ValueError, match="not a byte quantity"):
        parse_bytes(bad)


def test_request_above_limit_is_refused():
    with pytest.raises(ValueError, match=r"requests.memory 512Mi is above limits.memory 256Mi"):
        Resources(requests=ResourceFigures("50m", "512Mi"), limits=ResourceFigures("150m", "256Mi"))
    with pytest.raises(ValueError, match=r"requests.cpu 1 is above limits.cpu 500m"):
        Resources(requests=ResourceFigures("1", "64Mi"), limits=ResourceFigures("500m", "256Mi"))


def test_ephemeral_storage_needs_both_sides():
    with pytest.raises(ValueError, match="limits.ephemeral_storage must be set"):
        Resources(requests=ResourceFigures("50m", "64Mi", "1Gi"), limits=ResourceFigures("150m", "256Mi"))


def test_min_replicas_above_max_is_refused():
    with pytest.raises(ValueError, match="min_replicas 5 is above max_replicas 3; set min_replicas <= max_replicas"):
        Autoscaling(min_replicas=5, max_replicas=3, cpu_utilization=50)


@pytest.mark.parametrize("field", ["cpu_utilization", "memory_utilization"])
def test_utilization_is_a_percentage(field):
    with pytest.raises(ValueError, match=f"{field}: 0 must be a percentage"):
        Autoscaling(min_replicas=1, max_replicas=2, **{field: 0})


def test_autoscaling_needs_a_target():
    with pytest.raises(ValueError, match="an HPA needs a target"):
        Autoscaling(min_replicas=1, max_replicas=2)


@pytest.mark.parametrize("name", ["Gateway", "gateway_service", "-gateway", "a" * 64, ""])
def test_names_must_be_dns_labels(name):
    with pytest.raises(ValueError, match="is not a DNS label"):
        check_dns_label(name)


@pytest.mark.parametrize("name", ["grpc_port", "a-very-long-port-name", "50051", "Grpc"])
def test_port_names_follow_iana_rules(name):
    with pytest.raises(ValueError, match="port name"):
        ServicePort(name, 1000)


def test_port_numbers_are_checked():
    with pytest.raises(ValueError, match="must be a number from 1 to 65535"):
        ServicePort("http", 70000)


def test_image_reference_and_floating_tags():
    assert ContainerImage("akashcapro/codex-gateway-service", "736abd2").reference == "akashcapro/codex-gateway-service:736abd2"
    digest = "sha256:" + "a" * 64
    assert ContainerImage("org/app", digest).reference == f"org/app@{digest}"
    assert ContainerImage("org/app", "latest").is_floating
    assert ContainerImage("org/app", "").is_floating
    assert not ContainerImage("org/app", "7324097").is_floating
    with pytest.raises(ValueError, match="not a valid tag"):
        ContainerImage("org/app", "has space")


def test_probe_constructors_validate():
    with pytest.raises(ValueError, match="needs a command"):
        HealthProbe.command([])
    with pytest.raises(ValueError, match="must start with '/'"):
        HealthProbe.http_get("health", 4000)
    with pytest.raises(ValueError, match="needs the port number"):
        HealthProbe.grpc("grpc")  # type: ignore[arg-type]


def test_secret_env_needs_distinct_valid_keys():
    with pytest.raises(ValueError, match="listed twice"):
        SecretEnv("app-secrets", ("REDIS_URL", "REDIS_URL"))
    with pytest.raises(ValueError, match="is invalid"):
        SecretEnv("app-secrets", ("REDIS-URL",))
    with pytest.raises(ValueError, match="not a DNS label"):
        SecretEnv("App_Secrets", ("REDIS_URL",))
