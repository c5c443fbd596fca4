"""Addresses are derived from the model: declared once, never typed by hand."""

from helpers import declared


def test_grpc_urls_follow_the_declared_calls(environments, model):
    prod = environments["prod"]
    gateway = prod.services["gateway-service"].env
    spec = {
        "GRPC_AUTH_USER_SERVICE_URL": "auth-user-service:50051",
        "GRPC_PROBLEM_SERVICE_URL": "problem-service:50052",
        "GRPC_CODE_MANAGE_SERVICE_URL": "code-manage-service:50053",
        "GRPC_COLLAB_SERVICE_URL": "collab-service:50054",
    }
    urls = {k: v for k, v in gateway.items() if k.startswith("GRPC_")}
    assert spec.items() <= urls.items()
    calls = declared()["services"]["gateway-service"]["calls"]
    assert sorted(urls) == sorted(f"GRPC_{c.upper().replace('-', '_')}_URL" for c in calls), "one URL per declared call"
    assert gateway["DEFAULT_GRPC_TIMEOUT"] == "15000"
    assert prod.services["code-manage-service"].env["GRPC_PROBLEM_SERVICE_URL"] == "problem-service:50052"


def test_services_that_call_nobody_get_no_grpc_timeout(environments, model):
    env = environments["prod"].services["code-execution-service"].env
    assert "DEFAULT_GRPC_TIMEOUT" not in env


def test_bind_addresses_and_port_variables_come_from_the_ports(environments, model):
    prod = environments["prod"]
    assert prod.services["auth-user-service"].env["GRPC_AUTH_USER_SERVICE_SERVER_URL"] == "0.0.0.0:50051"
    collab = prod.services["collab-service"].env
    assert collab["GRPC_COLLAB_SERVICE_URL"] == "0.0.0.0:50054"
    assert collab["SOCKET_PORT"] == "5001"


def test_kafka_clients_get_brokers_client_id_and_group(environments, model):
    prod = environments["prod"]
    manage = prod.services["code-manage-service"].env
    assert manage["KAFKA_BROKERS"] == "kafka-kafka-bootstrap:9092"
    assert manage["KAFKA_CODE_MANAGE_SERVICE_CLIENT_ID"] == "code-manage-service"
    assert manage["KAFKA_CODE_MANAGE_SERVICE_GROUP_ID"] == "code-manage-group"
    # The worker runs in its own namespace: the bootstrap Service's short name would not resolve there.
    worker = prod.services["code-execution-service"].env
    assert worker["KAFKA_BROKERS"] == "kafka-kafka-bootstrap.app-services.svc.cluster.local:9092"
    collab = prod.services["collab-service"].env
    assert collab["KAFKA_BROKERS"], "collab splits KAFKA_BROKERS at start-up: it must never be empty"
    assert "KAFKA_COLLAB_SERVICE_GROUP_ID" not in collab


def test_a_moved_port_moves_every_caller(project):
    project.edit("platform.yaml", lambda d: d["services"]["problem-service"]["ports"][0].update(port=60052))
    environment = project.load()[0]
    for caller in ("gateway-service", "auth-user-service", "code-manage-service"):
        assert environment.services[caller].env["GRPC_PROBLEM_SERVICE_URL"] == "problem-service:60052"


def test_a_new_service_and_edge_need_one_declaration_each(project):
    def add_service(d):
        d["services"]["ledger-service"] = {
            "kind": "grpc",
            "ports": [{"name": "grpc", "port": 50070, "bind_env": "GRPC_LEDGER_SERVICE_SERVER_URL"}],
        }
        d["services"]["gateway-service"]["calls"].append("ledger-service")

    def configure(d):
        d["services"]["ledger-service"] = {"image": {"repository": "example/ledger", "tag": "0a1b2c3"}}

    project.edit("platform.yaml", add_service)
    for environment in declared()["environments"]:
        project.edit(f"environments/{environment}.yaml", configure)
    environment = next(e for e in project.load() if e.config.name == "prod")
    assert environment.services["gateway-service"].env["GRPC_LEDGER_SERVICE_URL"] == "ledger-service:50070"


def test_browser_facing_services_get_the_client_urls_and_cookie_domain(environments, model):
    prod = environments["prod"]
    gateway = prod.services["gateway-service"].env
    assert (gateway["CLIENT_URL_1"], gateway["CLIENT_URL_2"]) == ("https://codexakash.space", "https://www.codexakash.space")
    assert gateway["domain"] == "codexakash.space"
    assert "domain" not in prod.services["collab-service"].env
    assert "CLIENT_URL_1" not in prod.services["problem-service"].env


def test_docker_daemon_address_is_the_loopback_it_binds(environments, model):
    env = environments["prod"].services["code-execution-service"].env
    assert (env["DOCKER_HOST"], env["DOCKER_PORT"]) == ("127.0.0.1", "2375")


def test_environment_override_replaces_a_declared_setting(project):
    project.edit("environments/dev.yaml", lambda d: d["services"]["gateway-service"].update(env={"JWT_ACCESS_TOKEN_EXPIRY": "8h"}))
    dev = next(e for e in project.load() if e.config.name == "dev")
    assert dev.services["gateway-service"].env["JWT_ACCESS_TOKEN_EXPIRY"] == "8h"


def test_a_callee_in_another_namespace_is_dialled_by_its_full_name(project, tmp_path, monkeypatch):
    """A short name resolves in the caller's own namespace only: a callee elsewhere needs
    <service>.<namespace>.svc.cluster.local, and the network rules must follow it there."""
    import reachability
    from helpers import synth_project

    def move(data):
        data.setdefault("namespaces", {})["catalog"] = {}
        data["services"]["problem-service"]["namespace"] = "catalog"

    project.edit("platform.yaml", move)
    environment = next(e for e in project.load() if e.config.name == "prod")
    for caller in ("gateway-service", "auth-user-service", "code-manage-service"):
        url = environment.services[caller].env["GRPC_PROBLEM_SERVICE_URL"]
        assert url == "problem-service.catalog.svc.cluster.local:50052", caller
    prod = synth_project(project, tmp_path / "out", "prod")["prod"]
    monkeypatch.setattr(reachability, "PLATFORM_NAMESPACES", reachability.PLATFORM_NAMESPACES | {"catalog"})
    assert reachability.check(prod) == [], "every caller reaches it there, and nothing else does"
