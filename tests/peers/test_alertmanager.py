"""Alertmanager for real (v0.34.0, the subchart's, built from its module without its web UI):
prod's rendered configuration receives firing alerts through its API; the test checks which are
inhibited (an outage of one service must not mute another's alerts) and that the rest reach Slack
(a stand-in webhook on loopback, its URL in the file the Secret mount provides).
"""

from __future__ import annotations

import json
import subprocess
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
import yaml

from platforms import CODEX
from programs import free_port, require_program

pytestmark = pytest.mark.peers


class Webhook(BaseHTTPRequestHandler):
    received: list[dict] = []

    def do_POST(self) -> None:  # noqa: N802 (http.server's name)
        Webhook.received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def alertmanager(tmp_path_factory):
    folder = tmp_path_factory.mktemp("alertmanager")
    slack = HTTPServer(("127.0.0.1", 0), Webhook)
    threading.Thread(target=slack.serve_forever, daemon=True).start()
    prometheus = CODEX.helm_values("prod", "prometheus")
    config = prometheus["alertmanager"]["config"]
    (receiver,) = config["receivers"]
    (slack_config,) = receiver["slack_configs"]
    # The Secret's file, mounted where the chart mounts it in the pod; here, a file of the test's.
    (mount,) = prometheus["alertmanager"]["extraSecretMounts"]
    assert slack_config["api_url_file"].startswith(mount["mountPath"] + "/")
    url_file = folder / "webhook-url"
    url_file.write_text(f"http://127.0.0.1:{slack.server_port}/services/T000/B000/XXXX")
    (folder / "alertmanager.yml").write_text(
        yaml.safe_dump({**config, "receivers": [{**receiver, "slack_configs": [{**slack_config, "api_url_file": str(url_file)}]}]})
    )
    port = free_port()
    process = subprocess.Popen(
        [
            str(require_program("alertmanager", "peer-tools")),
            f"--config.file={folder / 'alertmanager.yml'}",
            f"--storage.path={folder / 'data'}",
            f"--web.listen-address=127.0.0.1:{port}",
            "--cluster.listen-address=",
        ],
        stdout=subprocess.DEVNULL,
        stderr=open(folder / "alertmanager.log", "w"),
    )
    base = f"http://127.0.0.1:{port}/api/v2"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"{base}/status", timeout=1)
                break
            except OSError:
                assert process.poll() is None and time.monotonic() < deadline, (folder / "alertmanager.log").read_text()[-2000:]
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)
        slack.shutdown()


FIRING = {
    "ServiceUnavailable gateway": {
        "alertname": "ServiceUnavailable",
        "service": "gateway-service",
        "namespace": "app-services",
        "severity": "critical",
    },
    "ServiceCrashLooping gateway": {
        "alertname": "ServiceCrashLooping",
        "service": "gateway-service",
        "namespace": "app-services",
        "severity": "warning",
    },
    "ServiceCrashLooping problem": {
        "alertname": "ServiceCrashLooping",
        "service": "problem-service",
        "namespace": "app-services",
        "severity": "warning",
    },
    "ServiceErrorBudgetBurnFast gateway": {"alertname": "ServiceErrorBudgetBurnFast", "service": "gateway-service", "severity": "critical"},
    "KafkaBrokerDown": {"alertname": "KafkaBrokerDown", "cluster": "kafka", "severity": "critical"},
    "KafkaConsumerLagHigh": {
        "alertname": "KafkaConsumerLagHigh",
        "topic": "SUBMISSION_JOBS",
        "consumergroup": "CE_SUBMISSION_NORMAL_EXEC",
        "service": "code-execution-service",
        "severity": "warning",
    },
    "KafkaDiskFilling": {"alertname": "KafkaDiskFilling", "cluster": "kafka", "severity": "warning"},
}
#: What each alert's outage mutes, as the runbooks expect: the symptoms of the same cause only.
INHIBITED = {"ServiceCrashLooping gateway", "ServiceErrorBudgetBurnFast gateway", "KafkaConsumerLagHigh"}


def test_an_outage_mutes_its_own_symptoms_and_nothing_else_and_the_rest_reaches_slack(alertmanager):
    body = json.dumps([{"labels": labels, "annotations": {"summary": name}} for name, labels in FIRING.items()]).encode()
    request = urllib.request.Request(f"{alertmanager}/alerts", data=body, headers={"Content-Type": "application/json"}, method="POST")
    assert urllib.request.urlopen(request, timeout=5).status == 200
    time.sleep(1)
    alerts = json.loads(urllib.request.urlopen(f"{alertmanager}/alerts", timeout=5).read())
    state = {a["annotations"]["summary"]: a["status"] for a in alerts}
    assert set(state) == set(FIRING)
    inhibited = {name for name, status in state.items() if status["inhibitedBy"]}
    assert inhibited == INHIBITED, state
    # group_wait (30 s) then one post per group (alertname, service, topic, cluster).
    deadline = time.monotonic() + 60
    expected = {FIRING[name]["alertname"] for name in set(FIRING) - INHIBITED}
    while time.monotonic() < deadline:
        posted = {attachment.get("title", "") for message in Webhook.received for attachment in message.get("attachments", [])}
        if all(any(name in title for title in posted) for name in expected):
            break
        time.sleep(1)
    posted_text = json.dumps(Webhook.received)
    for name in expected:
        assert name in posted_text, f"{name} never reached Slack: {posted_text[:2000]}"
    assert all(message["channel"] == "#codex-alerts" for message in Webhook.received)
    assert "ServiceCrashLooping" in posted_text and "problem-service" in posted_text, "another service's crash loop is not muted"


def test_an_alert_the_inhibition_rules_do_not_name_is_never_muted(alertmanager):
    """The check above can fail: the same alert without the outage that inhibits it is active."""
    labels = {**FIRING["ServiceCrashLooping gateway"], "service": "collab-service"}
    body = json.dumps([{"labels": labels, "annotations": {"summary": "collab crash"}}]).encode()
    request = urllib.request.Request(f"{alertmanager}/alerts", data=body, headers={"Content-Type": "application/json"}, method="POST")
    urllib.request.urlopen(request, timeout=5)
    time.sleep(1)
    alerts = json.loads(urllib.request.urlopen(f"{alertmanager}/alerts?filter=service%3D%22collab-service%22", timeout=5).read())
    assert [a["status"]["inhibitedBy"] for a in alerts] == [[]]
