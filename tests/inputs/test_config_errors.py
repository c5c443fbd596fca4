"""A config that cannot work is refused before anything is written, naming file, key and fix."""

import pytest

from codex_platform.inputs.errors import ConfigError
from helpers import declared

PROD = "environments/prod.yaml"
DEV = "environments/dev.yaml"
MODEL = "platform.yaml"


def refused(project) -> str:
    with pytest.raises(ConfigError) as error:
        project.load()
    return str(error.value)


def test_the_real_configuration_loads(project):
    assert {environment.config.name for environment in project.load()} == set(declared()["environments"]) >= {"dev", "prod"}


def test_min_above_max_replicas(project):
    project.edit(PROD, lambda d: d["services"]["gateway-service"]["autoscaling"].update(min_replicas=12))
    assert (
        "environments/prod.yaml: services.gateway-service.autoscaling.min_replicas: "
        "12 is above max_replicas 10; set min_replicas <= max_replicas"
    ) in refused(project)


def test_request_above_limit(project):
    project.edit(DEV, lambda d: d["services"]["problem-service"]["resources"]["requests"].update(memory="1Gi"))
    assert (
        "environments/dev.yaml: services.problem-service.resources: "
        "requests.memory 1Gi is above limits.memory 256Mi; lower the request or raise the limit"
    ) in refused(project)


@pytest.mark.parametrize("tag, shown", [("latest", "'latest'"), ("", "an empty tag")])
def test_floating_tag_in_production(project, tag, shown):
    project.edit(PROD, lambda d: d["services"]["collab-service"]["image"].update(tag=tag))
    assert (
        f"environments/prod.yaml: services.collab-service.image.tag: {shown} is a floating tag, refused in a production environment"
    ) in refused(project)


def test_floating_tag_is_allowed_in_development(project):
    project.edit(DEV, lambda d: d["services"]["collab-service"]["image"].update(tag="latest"))
    project.load()


def test_unquoted_numeric_tag_asks_for_quotes(project):
    project.edit(PROD, lambda d: d["services"]["auth-user-service"]["image"].update(tag=7324097))
    assert 'services.auth-user-service.image.tag: 7324097 must be a string: quote it, e.g. "7324097"' in refused(project)


def test_port_used_twice(project):
    project.edit(MODEL, lambda d: d["services"]["gateway-service"]["ports"][1].update(port=4000))
    assert "platform.yaml: services.gateway-service.ports[1].port: port 4000 is used twice in this service" in refused(project)


def test_unknown_service_in_the_communication_model(project):
    project.edit(MODEL, lambda d: d["services"]["gateway-service"]["calls"].append("nope-service"))
    index = len(declared()["services"]["gateway-service"]["calls"])
    message = refused(project)
    assert f"platform.yaml: services.gateway-service.calls[{index}]: unknown service 'nope-service'; known services: " in message
    assert "known services: auth-user-service, " in message and "code-execution-service" in message


def test_call_to_a_service_without_grpc(project):
    project.edit(MODEL, lambda d: d["services"]["problem-service"]["calls"].append("code-execution-service"))
    assert "'code-execution-service' serves no 'grpc' port, so it cannot be called over gRPC" in refused(project)


def test_unknown_topic(project):
    project.edit(MODEL, lambda d: d["services"]["code-manage-service"]["kafka"]["produces"].append("SUBMISION_JOBS"))
    index = len(declared()["services"]["code-manage-service"]["kafka"]["produces"])
    assert (
        f"platform.yaml: services.code-manage-service.kafka.produces[{index}]: unknown topic 'SUBMISION_JOBS'; declared topics:"
        in refused(project)
    )


def test_name_that_is_not_a_dns_label(project):
    def rename(d):
        d["services"]["Gateway_Service"] = d["services"].pop("gateway-service")

    project.edit(MODEL, rename)
    assert "platform.yaml: services.Gateway_Service: service name 'Gateway_Service' is not a DNS label" in refused(project)


def test_secret_store_that_is_not_a_dns_label(project):
    project.edit(DEV, lambda d: d["secrets"].update(store="GCP_Store"))
    assert "environments/dev.yaml: secrets.store: secret store 'GCP_Store' is not a DNS label" in refused(project)


def test_internal_fields_are_not_offered_as_keys(project):
    project.edit(DEV, lambda d: d.update(secret_name="app-secrets"))
    message = refused(project)
    assert "environments/dev.yaml: secret_name: is not a known key; allowed: tier, node_env, domain, client_urls, services," in message
    assert "source" not in message.split("allowed:")[1]


def test_unknown_key_lists_the_allowed_ones(project):
    project.edit(PROD, lambda d: d["services"]["gateway-service"].update(replica=3))
    assert "environments/prod.yaml: services.gateway-service.replica: is not a known key; allowed: image, replicas, autoscaling" in refused(
        project
    )


def test_missing_and_unknown_services_in_an_environment(project):
    def change(d):
        d["services"]["nope-service"] = d["services"].pop("problem-service")

    project.edit(DEV, change)
    message = refused(project)
    assert "environments/dev.yaml: services.problem-service: is missing: configure every service of platform.yaml" in message
    assert "environments/dev.yaml: services.nope-service: is not a service of platform.yaml" in message


def test_replicas_and_autoscaling_together(project):
    project.edit(PROD, lambda d: d["services"]["gateway-service"].update(replicas=2))
    assert (
        "environments/prod.yaml: services.gateway-service: set only one of replicas, autoscaling, lag_scaling "
        "(found replicas and autoscaling): a replica count has one owner"
    ) in refused(project)


def test_override_of_an_undeclared_setting(project):
    project.edit(DEV, lambda d: d["services"]["gateway-service"].update(env={"JWT_ACCESS_TOKEN_EXPRY": "2h"}))
    assert (
        "environments/dev.yaml: services.gateway-service.env.JWT_ACCESS_TOKEN_EXPRY: is not a setting of "
        "gateway-service in platform.yaml; overridable settings: JWT_ACCESS_TOKEN_EXPIRY, JWT_REFRESH_TOKEN_EXPIRY"
    ) in refused(project)


def test_setting_that_shadows_a_derived_address(project):
    project.edit(MODEL, lambda d: d["services"]["gateway-service"]["env"].update(GRPC_PROBLEM_SERVICE_URL="problem:1"))
    assert (
        "platform.yaml: services.gateway-service: variable GRPC_PROBLEM_SERVICE_URL is set by the address of "
        "problem-service (derived) and by env.GRPC_PROBLEM_SERVICE_URL; give each its own variable"
    ) in refused(project)


def test_http_origins_refused_in_production(project):
    project.edit(PROD, lambda d: d.update(client_urls=["http://codexakash.space"]))
    assert "environments/prod.yaml: client_urls[0]: 'http://codexakash.space': production origins must use https" in refused(project)


def test_problems_of_every_file_are_reported_together(project):
    project.edit(PROD, lambda d: d["services"]["gateway-service"]["autoscaling"].update(min_replicas=12))
    project.edit(DEV, lambda d: d.update(domain="Not A Domain"))
    message = refused(project)
    assert "environments/prod.yaml:" in message and "environments/dev.yaml: domain:" in message


def test_yaml_syntax_error_names_the_line(project):
    (project.root / PROD).write_text("tier: production\nservices: [\n")
    assert "environments/prod.yaml: line 3: is not valid YAML" in refused(project)


def test_environment_name_must_be_a_dns_label(project):
    (project.root / DEV).rename(project.root / "environments" / "Dev_Env.yaml")
    project.edit(MODEL, lambda d: d.update(environments=["Dev_Env", "prod"]))
    assert "platform.yaml: environments[0]: environment name 'Dev_Env' is not a DNS label" in refused(project)
