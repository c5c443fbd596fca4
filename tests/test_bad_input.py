"""Every wrong configuration is refused before anything is written: a message naming the file
and key path (and lines, for YAML structure), exit code 2, no traceback, dist/ and the generated
files untouched, on every entry point (main.py, `make cdk8s-synth`, `cdk8s synth`)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
import yaml

from codex_constructs import ContainerImage, HttpService
from codex_platform import synth as synth_module
from codex_platform.inputs.errors import ConfigError
from helpers import ROOT, chart, declared, fresh_dist, tree

IMAGE = ContainerImage("org/app", "1.0.0")


def refused(project, capsys) -> str:
    """Run the synth entry point on the scratch project; return its message."""
    (project.root / "dist").mkdir(exist_ok=True)
    (project.root / "dist" / "previous.yaml").write_text("kept")
    before = tree(project.root)
    assert synth_module.main(project.root) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.startswith("synth refused, nothing was written:")
    assert tree(project.root) == before, "nothing written: dist/ and the generated files as they were"
    return err


def edit(project, file, change):
    project.edit(file, change)


def services(data):
    return data["services"]


def declared_env(data, service):
    return services(data)[service].setdefault("env", {})


# 1. Duplicate keys ------------------------------------------------------------------------------


def test_a_service_written_twice_in_the_model_is_refused_with_both_lines(project, capsys):
    text = (project.root / "platform.yaml").read_text()
    block = text[text.index("  problem-service:") : text.index("  code-manage-service:")]
    (project.root / "platform.yaml").write_text(text + "\n" + block.replace("problem-service:", "problem-service:", 1))
    message = refused(project, capsys)
    first = text[: text.index("  problem-service:")].count("\n") + 1
    assert f"platform.yaml: services.problem-service: is written twice (lines {first} and" in message


def test_a_nested_duplicate_in_an_environment_is_refused(project, capsys):
    path = project.root / "environments/prod.yaml"
    text = path.read_text().replace("  collab-service:\n", "  collab-service:\n    replicas: 2\n    replicas: 3\n", 1)
    path.write_text(text)
    assert "environments/prod.yaml: services.collab-service.replicas: is written twice (lines" in refused(project, capsys)


# 2. One source per variable -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "change, expected",
    [
        (
            lambda d: services(d)["problem-service"]["ports"][1].update(env="NODE_ENV"),
            "services.problem-service: variable NODE_ENV is set by node_env (derived) and by ports[1].env",
        ),
        (
            lambda d: services(d)["gateway-service"].update(metrics_query_env="NODE_ENV"),
            "services.gateway-service: variable NODE_ENV is set by node_env (derived) and by metrics_query_env",
        ),
        (
            lambda d: services(d)["gateway-service"]["ports"][1].update(env="GATEWAY_SERVICE_PORT"),
            "services.gateway-service: variable GATEWAY_SERVICE_PORT is set by ports[0].env and by ports[1].env",
        ),
        (
            lambda d: services(d)["code-execution-service"]["docker_daemon"].update(port_env="DOCKER_HOST"),
            "services.code-execution-service: variable DOCKER_HOST is set by docker_daemon.port_env and by docker_daemon.host_env",
        ),
        (
            lambda d: services(d)["gateway-service"]["secret_keys"].append("CLIENT_URL_1"),
            "services.gateway-service: variable CLIENT_URL_1 is set by client_urls (derived) and by "
            f"secret_keys[{len(declared()['services']['gateway-service']['secret_keys'])}]",
        ),
        (
            lambda d: services(d)["collab-service"]["env"].update(PODNAME="x"),
            "services.collab-service: variable PODNAME is set by the pod's name (downward API) and by env.PODNAME",
        ),
        (
            lambda d: services(d)["problem-service"]["ports"][0].update(bind_env="NODE_ENV"),
            "services.problem-service: variable NODE_ENV is set by node_env (derived) and by ports[0].bind_env",
        ),
        (
            lambda d: declared_env(d, "gateway-service").update(OTEL_SERVICE_NAME="x"),
            "services.gateway-service: variable OTEL_SERVICE_NAME is set by the service name (derived) and by env.OTEL_SERVICE_NAME",
        ),
        (
            lambda d: declared_env(d, "gateway-service").update(DEFAULT_GRPC_TIMEOUT="1"),
            "services.gateway-service: variable DEFAULT_GRPC_TIMEOUT is set by grpc_timeout_ms (derived) and by env.DEFAULT_GRPC_TIMEOUT",
        ),
        (
            lambda d: declared_env(d, "gateway-service").update(domain="x"),
            "services.gateway-service: variable domain is set by cookie_domain (derived) and by env.domain",
        ),
        (
            lambda d: declared_env(d, "code-manage-service").update(KAFKA_CODE_MANAGE_SERVICE_CLIENT_ID="x"),
            "services.code-manage-service: variable KAFKA_CODE_MANAGE_SERVICE_CLIENT_ID is set by kafka (derived client id) "
            "and by env.KAFKA_CODE_MANAGE_SERVICE_CLIENT_ID",
        ),
        (
            lambda d: declared_env(d, "code-manage-service").update(KAFKA_CODE_MANAGE_SERVICE_GROUP_ID="x"),
            "services.code-manage-service: variable KAFKA_CODE_MANAGE_SERVICE_GROUP_ID is set by kafka.group "
            "and by env.KAFKA_CODE_MANAGE_SERVICE_GROUP_ID",
        ),
    ],
)
def test_a_variable_with_two_sources_is_refused(project, capsys, change, expected):
    edit(project, "platform.yaml", change)
    # The whole message: the sources are named exactly as the keys that set them.
    assert f"platform.yaml: {expected}; give each its own variable" in refused(project, capsys)


# 3 and 4. Values their consumer would reject, reported as messages -----------------------------


@pytest.mark.parametrize(
    "file, change, expected",
    [
        (
            "platform.yaml",
            lambda d: services(d)["gateway-service"]["ports"][1].update(name="metrics-port-long"),
            "services.gateway-service.ports[1].name: port name 'metrics-port-long' is invalid",
        ),
        (
            "platform.yaml",
            lambda d: services(d)["gateway-service"].update(health_path="health"),
            "services.gateway-service.health_path: 'health' must start with '/'",
        ),
        ("platform.yaml", lambda d: d["kafka"].update(port=0), "kafka.port: 0 is not a port number (1-65535)"),
        ("platform.yaml", lambda d: d["redis"].update(port=70000), "redis.port: 70000 is not a port number (1-65535)"),
        (
            "platform.yaml",
            lambda d: d["kafka"]["topics"]["RUN_JOBS"].update(config={"retention.msx": "1"}),
            "kafka.topics.RUN_JOBS.config.retention.msx: is not a topic configuration Kafka knows",
        ),
        (
            "environments/prod.yaml",
            lambda d: services(d)["code-execution-service"].update(runtime_class="Bad_Class"),
            "services.code-execution-service.runtime_class: 'Bad_Class' is not a DNS subdomain",
        ),
        (
            "environments/prod.yaml",
            lambda d: services(d)["code-execution-service"]["node_pool"].update(name="Code Pool"),
            "services.code-execution-service.node_pool.name: 'Code Pool' is not a DNS label",
        ),
        (
            "environments/prod.yaml",
            lambda d: services(d)["code-execution-service"]["node_pool"].update(taint="bad key!"),
            "services.code-execution-service.node_pool.taint: 'bad key!' is not a label key",
        ),
        ("environments/prod.yaml", lambda d: d["kafka"].update(replicas=0), "kafka.replicas: 0 must be at least 1"),
        ("environments/prod.yaml", lambda d: d["kafka"].update(retention_hours=-1), "kafka.retention_hours: -1 must be at least 1"),
        ("environments/prod.yaml", lambda d: d["kafka"].update(storage_size="lots"), "kafka.storage_size: 'lots' is not a byte quantity"),
        (
            "environments/prod.yaml",
            lambda d: d["redis"].update(persistence_size="big"),
            "redis.persistence_size: 'big' is not a byte quantity",
        ),
        (
            "environments/prod.yaml",
            lambda d: (
                services(d)["code-execution-service"].pop("autoscaling"),
                services(d)["code-execution-service"].update(lag_scaling={"min_replicas": 5, "max_replicas": 2}),
            ),
            "services.code-execution-service.lag_scaling.min_replicas: 5 and max_replicas 2: need 0 <= min_replicas <= max_replicas",
        ),
        # The API server takes int32 replica counts: 10**12 reached dist/ before.
        (
            "environments/prod.yaml",
            lambda d: services(d)["gateway-service"]["autoscaling"].update(max_replicas=10**12),
            "services.gateway-service.autoscaling.max_replicas: 1000000000000 is out of range: its consumer takes a 32-bit whole number, "
            "-2,147,483,648 to 2,147,483,647",
        ),
        (
            "environments/dev.yaml",
            lambda d: services(d)["gateway-service"].update(replicas=2**31),
            "services.gateway-service.replicas: 2147483648 is out of range: its consumer takes a 32-bit whole number",
        ),
        (
            "environments/prod.yaml",
            lambda d: d["kafka"].update(segment_bytes=2**31),
            "kafka.segment_bytes: 2147483648 is out of range: its consumer takes a 32-bit whole number",
        ),
        (
            "environments/prod.yaml",
            lambda d: d["kafka"].update(retention_bytes=2**63),
            "kafka.retention_bytes: 9223372036854775808 is out of range: its consumer takes a 64-bit whole number",
        ),
    ],
)
def test_a_value_its_consumer_would_reject_is_refused_at_its_key(project, capsys, file, change, expected):
    edit(project, file, change)
    assert f"{file}: {expected}" in refused(project, capsys)


def test_an_image_with_a_bad_repository_and_a_bad_tag_reports_both_and_a_missing_tag_is_required(project, capsys):
    edit(
        project,
        "environments/dev.yaml",
        lambda d: (
            services(d)["auth-user-service"].update(image={"repository": "Bad Repo", "tag": "not a tag"}),
            services(d)["gateway-service"]["image"].pop("tag"),
        ),
    )
    output = refused(project, capsys)
    assert (
        "environments/dev.yaml: services.auth-user-service.image.repository: 'Bad Repo' is not an image repository like 'org/name'\n"
        in output
    )
    assert "environments/dev.yaml: services.auth-user-service.image.tag: 'not a tag' is not a valid tag or sha256 digest" in output
    assert "environments/dev.yaml: services.gateway-service.image.tag: is required" in output


def test_a_type_error_in_the_model_hides_neither_its_other_problems_nor_the_environments(project, capsys):
    """Every problem of every file in one run: a wrong type in platform.yaml, a bad port in the
    same file, and a bad value in an environment file, which is read without the model."""
    edit(project, "platform.yaml", lambda d: (services(d)["gateway-service"].update(redis="yes"), d["kafka"].update(port=0)))
    edit(project, "environments/dev.yaml", lambda d: d["kafka"].update(replicas=0))
    lines = refused(project, capsys).splitlines()
    assert "platform.yaml: services.gateway-service.redis: 'yes' is not true or false" in lines
    assert "platform.yaml: kafka.port: 0 is not a port number (1-65535)" in lines
    assert "environments/dev.yaml: kafka.replicas: 0 must be at least 1" in lines


def test_a_retention_of_more_than_two_gibibytes_is_accepted(project):
    """log.retention.bytes is a long in Kafka: the int32 bound is not its."""
    edit(project, "environments/prod.yaml", lambda d: d["kafka"].update(retention_bytes=10 * 2**30))
    (prod,) = [e for e in project.load() if e.config.name == "prod"]
    assert prod.config.kafka.retention_bytes == 10 * 2**30


@pytest.mark.parametrize("file", ["platform.yaml", "environments/dev.yaml"])
def test_an_empty_file_says_so(project, capsys, file):
    (project.root / file).write_text("# nothing yet\n")
    assert f"{file}: is empty" in refused(project, capsys)


def test_a_value_no_check_knows_is_still_a_message(project, capsys, monkeypatch):
    """The safety net: a construct's own refusal during the build is reported, not raised."""

    def refuse(*args, **kwargs):
        raise ValueError("gateway-service: something only the construct knows")

    monkeypatch.setattr(synth_module, "build_app", refuse)
    assert "gateway-service: something only the construct knows" in refused(project, capsys)


# 6. The set of environments ---------------------------------------------------------------------


def test_a_stray_environment_file_is_refused(project, capsys):
    shutil.copy(project.root / "environments/prod.yaml", project.root / "environments/backup.yaml")
    (project.root / "environments/staging.yml").write_text("tier: development\n")
    message = refused(project, capsys)
    listed = ", ".join(yaml.safe_load((project.root / "platform.yaml").read_text())["environments"])
    assert f"environments/backup.yaml: is not an environment listed in platform.yaml ({listed}): add 'backup'" in message
    assert "environments/staging.yml: environment files end in .yaml" in message


def test_a_listed_environment_without_its_file_is_refused(project, capsys):
    edit(project, "platform.yaml", lambda d: d["environments"].append("qa"))
    assert "platform.yaml: environments: 'qa' has no file environments/qa.yaml" in refused(project, capsys)


# 5. The cdk8s CLI ------------------------------------------------------------------------------


@pytest.mark.slow
def test_cdk8s_synth_refusing_leaves_dist_intact(tmp_path):
    for name in ("main.py", "cdk8s.yaml", "platform.yaml"):
        shutil.copy(ROOT / name, tmp_path / name)
    shutil.copytree(ROOT / "environments", tmp_path / "environments")
    shutil.copytree(fresh_dist() / "dev" / "namespaces", tmp_path / "dist" / "dev" / "namespaces")
    data = yaml.safe_load((tmp_path / "platform.yaml").read_text())
    data["kafka"]["port"] = 0
    (tmp_path / "platform.yaml").write_text(yaml.safe_dump(data))
    before = tree(tmp_path / "dist")
    env = {
        **os.environ,
        "PATH": f"{os.path.dirname(sys.executable)}:{os.environ['PATH']}",
        "PYTHONPATH": str(ROOT),
        "CDK8S_CHECK_UPGRADE": "false",
        "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20",
    }
    result = subprocess.run([str(ROOT / "node_modules/.bin/cdk8s"), "synth"], cwd=tmp_path, capture_output=True, text=True, env=env)
    assert result.returncode != 0
    assert "kafka.port: 0 is not a port number" in result.stdout + result.stderr
    assert tree(tmp_path / "dist") == before


def test_make_cdk8s_synth_refuses_with_the_message_alone(tmp_path):
    """The inputs are checked before the CLI starts: the refusal, no Node stack trace."""
    for name in ("Makefile", "main.py", "cdk8s.yaml", "requirements.txt", "package.json", "package-lock.json"):
        shutil.copy2(ROOT / name, tmp_path / name)  # times kept: make sees the installs as up to date
    for name in ("codex_platform", "codex_constructs", "imports", ".venv", "node_modules"):
        (tmp_path / name).symlink_to(ROOT / name)
    shutil.copytree(ROOT / "environments", tmp_path / "environments")
    data = yaml.safe_load((ROOT / "platform.yaml").read_text())
    data["kafka"]["port"] = 0
    (tmp_path / "platform.yaml").write_text(yaml.safe_dump(data))
    env = {**os.environ, "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"}
    result = subprocess.run(["make", "--no-print-directory", "cdk8s-synth"], cwd=tmp_path, capture_output=True, text=True, env=env)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "synth refused, nothing was written:\nplatform.yaml: kafka.port: 0 is not a port number" in output
    assert "    at " not in output and "node_modules" not in output, output[-2000:]
    assert not (tmp_path / "dist").exists()


# 7. Interrupted synth -----------------------------------------------------------------------------


def test_leftovers_of_a_killed_synth_are_cleared(tmp_path):
    out = tmp_path / "dist"
    out.mkdir()
    (out / "current.yaml").write_text("current")
    (tmp_path / ".dist.staging-123").mkdir()
    (tmp_path / ".dist.old-456").mkdir()
    synth_module.recover_interrupted(out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dist"]


def test_a_swap_cut_between_its_renames_gets_dist_back(tmp_path):
    old = tmp_path / ".dist.old-456"
    old.mkdir()
    (old / "previous.yaml").write_text("previous")
    (tmp_path / ".dist.staging-456").mkdir()
    synth_module.recover_interrupted(tmp_path / "dist")
    assert tree(tmp_path / "dist") == {"previous.yaml": b"previous"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dist"]


def test_generated_files_are_written_before_dist_is_swapped(tmp_path):
    order = []
    environments = synth_module.load_environments(ROOT)
    synth_module.synth(environments[:1], tmp_path / "dist", before_swap=lambda: order.append((tmp_path / "dist").exists()))
    assert order == [False], "the other files are written while dist/ is still the old one"


# 10. Programs using the library -----------------------------------------------------------------


@pytest.mark.parametrize(
    "props, message",
    [
        ({"namespace": "Bad_NS"}, "namespace 'Bad_NS' is not a DNS label"),
        ({"part_of": "not a label value!"}, "part_of .* is not a label value"),
        ({"termination_grace_period_seconds": -5}, "termination_grace_period_seconds -5 must be a whole number of at least 0"),
        ({"replicas": 2**31}, r"web: replicas: 2147483648 must be from 0 to 2,147,483,647 \(the Kubernetes API's int32\)"),
        ({"env": {"PORT": 80}}, r"web: env PORT=80 must be a string \(quote it: '80'\)"),
    ],
)
def test_library_props_the_api_server_would_refuse_are_refused(props, message):
    with pytest.raises(ValueError, match=message):
        HttpService(chart(), "a", name="web", image=IMAGE, **props)


def test_refusals_are_config_errors_at_load_too(project):
    edit(project, "platform.yaml", lambda d: d["kafka"].update(port=0))
    with pytest.raises(ConfigError, match="platform.yaml: kafka.port"):
        project.load()
