"""The local stack and the architecture view come from the model: validated, complete, fresh."""

import re

import pytest
import yaml
from compose_spec import PyCompose

from codex_platform.outputs import diagram, local
from codex_platform.synth import generated_files
from helpers import ROOT, declared


@pytest.fixture(scope="module")
def local_config(model):
    return local.load_local(ROOT, model)


@pytest.fixture(scope="module")
def rendered(model, local_config) -> dict[str, str]:
    """The local stack's files as the code under test renders them (one test keeps the
    committed copies fresh)."""
    return local.render(model, local_config)


@pytest.fixture(scope="module")
def compose_file(rendered):
    return yaml.safe_load(rendered[local.COMPOSE_FILE])


def test_compose_file_is_valid_per_the_compose_specification(rendered):
    parsed = PyCompose.from_yaml(rendered[local.COMPOSE_FILE])
    assert "gateway-service" in parsed.service_names()


def test_the_validator_rejects_an_invalid_file():
    with pytest.raises(ValueError, match="condition"):
        PyCompose.from_yaml("services:\n  a:\n    image: x\n    depends_on:\n      b: {condition: service_ready}\n")


def test_references_resolve(compose_file):
    services, volumes = compose_file["services"], compose_file["volumes"]
    for name, service in services.items():
        for dependency in service.get("depends_on", {}):
            assert dependency in services, f"{name} depends on unknown {dependency}"
        for mount in service.get("volumes", []):
            source = mount.split(":")[0]
            assert source.startswith("/") or source in volumes, f"{name} mounts undeclared volume {source}"


def test_every_model_service_and_store_is_there(model, compose_file):
    services = compose_file["services"]
    assert set(model.services) <= set(services)
    assert {"kafka", "kafka-topics", "kafka-ui", "redis", "postgresql", "mongodb"} <= set(services)
    assert compose_file["volumes"] == {"kafka-data": {}, "postgresql-data": {}, "mongodb-data": {}}, "named volumes keep data"
    assert services["kafka"]["environment"]["KAFKA_PROCESS_ROLES"] == "broker,controller"


def test_services_get_the_same_derived_env_as_the_clusters(model, environments, compose_file, local_config):
    """Only what differs by runtime differs: the brokers' address, telemetry, the Docker host."""
    runtime_specific = {"KAFKA_BROKERS", "OTEL_EXPORTER_OTLP_ENDPOINT", "METRICS_URL", "DOCKER_HOST", "NODE_ENV", "domain"}
    for name, spec in model.services.items():
        local_env = compose_file["services"][name]["environment"]
        cluster = environments["dev"].services[name].env
        for key, value in cluster.items():
            if key not in runtime_specific and not key.startswith("CLIENT_URL_"):
                assert local_env[key] == value, f"{name} {key}"
        assert {k for k, v in local_env.items() if str(v).startswith("${")} == set(spec.secret_keys), name
        if spec.kafka is not None:
            assert local_env["KAFKA_BROKERS"] == "kafka:9092"


def test_health_checks_and_start_order_follow_the_model(model, compose_file):
    services = compose_file["services"]
    for name, spec in model.services.items():
        service = services[name]
        assert service["healthcheck"]["test"][0] == "CMD", name
        depends = service.get("depends_on", {})
        if spec.kafka is not None:
            assert depends["kafka"] == {"condition": "service_healthy"}
            assert depends["kafka-topics"] == {"condition": "service_completed_successfully"}
        if spec.redis:
            assert depends["redis"] == {"condition": "service_healthy"}
        for database in spec.databases:
            assert depends[database] == {"condition": "service_healthy"}
    assert "fetch('http://127.0.0.1:4000/health')" in services["gateway-service"]["healthcheck"]["test"][-1]
    # A fresh database has no tables: auth-user's migrations run first, once its database is up.
    declared_migrations = declared()["services"]["auth-user-service"]["migrations"]
    migrate = services["auth-user-service-migrate"]
    assert migrate["command"] == declared_migrations["command"] == ["npx", "prisma", "migrate", "deploy"]
    assert migrate["image"] == services["auth-user-service"]["image"]
    assert migrate["environment"] == {key: f"${{{key}:?set it in local/.env}}" for key in declared_migrations["secret_keys"]}
    assert migrate["depends_on"] == {"postgresql": {"condition": "service_healthy"}} and migrate["restart"] == "no"
    assert services["auth-user-service"]["depends_on"]["auth-user-service-migrate"] == {"condition": "service_completed_successfully"}
    # The clusters give collab its pod's name; its one local container is its service.
    assert services["collab-service"]["environment"]["PODNAME"] == "collab-service"
    # A gRPC server is checked on its gRPC port, the WebSocket server on its socket (the spec's
    # ports), a worker by its probe command.
    assert "connect(50051," in services["auth-user-service"]["healthcheck"]["test"][-1]
    assert "connect(5001," in services["collab-service"]["healthcheck"]["test"][-1]
    worker = declared()["services"]["code-execution-service"]
    assert services["code-execution-service"]["healthcheck"]["test"] == ["CMD", *worker["probe_command"]]


def test_topics_are_created_with_their_partitions(model, compose_file):
    command = compose_file["services"]["kafka-topics"]["command"][-1]
    for topic, spec in model.kafka.topics.items():
        assert f"--topic {topic} --partitions {spec.partitions}" in command


def test_code_execution_uses_the_host_docker_through_its_socket(compose_file):
    service = compose_file["services"]["code-execution-service"]
    assert service["volumes"] == ["/var/run/docker.sock:/var/run/docker.sock"]
    assert service["environment"]["DOCKER_HOST"] == "unix:///var/run/docker.sock"
    assert "docker-daemon" not in compose_file["services"]


def test_env_example_lists_every_key_by_name_only(model, rendered):
    lines = [l for l in rendered[local.ENV_EXAMPLE].splitlines() if l and not l.startswith("#")]
    assert all(re.fullmatch(r"[A-Z_]+=", line) for line in lines), "names only, never values"
    keys = {line[:-1] for line in lines}
    assert keys == {k for s in model.services.values() for k in s.secret_keys} | {
        "POSTGRES_PASSWORD",
        "MONGO_INITDB_ROOT_USERNAME",
        "MONGO_INITDB_ROOT_PASSWORD",
    }
    assert "local/.env" in (ROOT / ".gitignore").read_text().splitlines()


def test_generated_files_are_fresh(model):
    for relative, content in generated_files(ROOT, model).items():
        assert (ROOT / relative).read_text() == content, f"{relative} is stale: run `make synth` and commit"


def test_the_diagram_shows_the_model(model):
    text = diagram.mermaid(model)
    for name, spec in model.services.items():
        assert f"{name}<br/>{spec.kind}" in text
        for callee in spec.calls:
            assert f'{name.replace("-", "_")} -- "gRPC" --> {callee.replace("-", "_")}' in text
    produces = declared()["services"]["code-manage-service"]["kafka"]["produces"]
    assert produces[:4] == ["SUBMISSION_JOBS", "RUN_JOBS", "CUSTOM_JOBS", "DLQ_QUEUE"]
    assert f'code_manage_service -- "produces {", ".join(produces)}" --> kafka' in text
    assert 'internet -- "/socket.io ws" --> collab_service' in text
    assert "redis[(" in text and "postgresql[(" in text
    readme = (ROOT / "README.md").read_text()
    assert f"```mermaid\n{text}```" in readme


def test_local_config_errors_name_the_file_and_key(project, model):
    import shutil

    from codex_platform.inputs.errors import ConfigError

    shutil.copytree(ROOT / "local", project.root / "local", ignore=shutil.ignore_patterns(".env"))
    project.edit(local.CONFIG_FILE, lambda d: d["services"].pop("problem-service"))
    with pytest.raises(ConfigError, match="local/environment.yaml: services.problem-service: is missing"):
        local.load_local(project.root, model)
