"""Alertmanager's configuration, judged by amtool (built from the Alertmanager module of the
version chart 29.27.0's alertmanager subchart deploys, v0.34.0): it loads, and every alert of the
environment is routed to the receiver the environment file names."""

from __future__ import annotations

import subprocess

import pytest
import yaml

from platforms import CODEX
from programs import run_program

pytestmark = pytest.mark.peers


def alertmanager_config(environment: str) -> dict:
    return CODEX.helm_values(environment, "prometheus")["alertmanager"]["config"]


def amtool(*args: str) -> subprocess.CompletedProcess:
    return run_program("amtool", "peer-tools", *args, timeout=120)


@pytest.mark.parametrize("environment", ["prod", "dev"])
def test_the_configuration_loads(tmp_path, environment):
    path = tmp_path / "alertmanager.yml"
    path.write_text(yaml.safe_dump(alertmanager_config(environment), sort_keys=False))
    result = amtool("check-config", str(path))
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("environment", ["prod", "dev"])
def test_every_alert_is_routed_to_the_environment_s_receiver(tmp_path, environment):
    """prod sends to Slack (the receiver with a slack_config), dev to a receiver with none."""
    config = alertmanager_config(environment)
    path = tmp_path / "alertmanager.yml"
    path.write_text(yaml.safe_dump(config, sort_keys=False))
    (receiver,) = config["receivers"]
    assert ("slack_configs" in receiver) == (CODEX.environments[environment].config.alerts.receiver == "slack")
    groups = CODEX.helm_values(environment, "prometheus")["serverFiles"]["alerting_rules.yml"]["groups"]
    rules = [r for g in groups for r in g["rules"]]
    for rule in rules:
        labels = [f"alertname={rule['alert']}", *(f"{key}={value}" for key, value in sorted(rule["labels"].items()))]
        result = amtool("config", "routes", "test", f"--config.file={path}", f"--verify.receivers={receiver['name']}", *labels)
        assert result.returncode == 0, f"{rule['alert']}: {result.stdout}{result.stderr}"


def test_amtool_refuses_a_route_to_no_receiver_and_a_wrong_expectation(tmp_path):
    config = alertmanager_config("prod")
    path = tmp_path / "alertmanager.yml"
    path.write_text(yaml.safe_dump({**config, "route": {**config["route"], "receiver": "nobody"}}, sort_keys=False))
    assert amtool("check-config", str(path)).returncode != 0
    path.write_text(yaml.safe_dump(config, sort_keys=False))
    assert (
        amtool("config", "routes", "test", f"--config.file={path}", "--verify.receivers=pagerduty", "alertname=KafkaBrokerDown").returncode
        != 0
    )
