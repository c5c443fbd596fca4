"""The edge, translated by Envoy Gateway itself: `egctl experimental translate` (v1.9.0, the chart's
version, built from its module) turns every environment's GatewayClass, Gateway, routes and
policies into Envoy configuration, and every object must come out accepted, with its references
resolved.

What the translator needs from outside ``dist/``, made here: the TLS Secrets cert-manager would
issue (self-signed, for the same hosts), the htpasswd Secret Secret Manager delivers (a ``{SHA}``
entry, the only kind Envoy Gateway accepts), the Services of backends a chart creates (Grafana's,
with the port the route names), and the namespaces. egctl's file loader drops a Namespace's
labels, so the listeners' selectors (on the namespace's name) are evaluated by this test and given
to the translator as "All".
"""

from __future__ import annotations

import base64
import hashlib
import subprocess
from pathlib import Path

import pytest
import yaml

from platforms import CODEX
from programs import require_program

pytestmark = pytest.mark.peers

EDGE_KINDS = {"GatewayClass", "Gateway", "HTTPRoute", "SecurityPolicy", "BackendTrafficPolicy", "EnvoyProxy", "ReferenceGrant", "Service"}


def tls_secret(folder: Path, name: str, namespace: str, host: str) -> dict:
    key, cert = folder / f"{name}.key", folder / f"{name}.crt"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            f"/CN={host}",
            "-addext",
            f"subjectAltName=DNS:{host}",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    return {
        "apiVersion": "v1",
        "kind": "Secret",
        "type": "kubernetes.io/tls",
        "metadata": {"name": name, "namespace": namespace},
        "data": {"tls.crt": base64.b64encode(cert.read_bytes()).decode(), "tls.key": base64.b64encode(key.read_bytes()).decode()},
    }


def translator_input(environment: str, folder: Path) -> list[dict]:
    objects = [o for o in CODEX.objects(environment).values() if o["kind"] in EDGE_KINDS]
    present = {(o["metadata"]["name"], o["metadata"].get("namespace")) for o in objects if o["kind"] == "Service"}
    made: list[dict] = []
    for gateway in (o for o in objects if o["kind"] == "Gateway"):
        for listener in gateway["spec"]["listeners"]:
            for ref in (listener.get("tls") or {}).get("certificateRefs", []):
                made.append(tls_secret(folder, ref["name"], gateway["metadata"]["namespace"], listener.get("hostname", "example.com")))
    for policy in (o for o in objects if o["kind"] == "SecurityPolicy"):
        users = policy["spec"].get("basicAuth", {}).get("users")
        if users:
            digest = base64.b64encode(hashlib.sha1(b"correct horse").digest()).decode()
            made.append(
                {
                    "apiVersion": "v1",
                    "kind": "Secret",
                    "metadata": {"name": users["name"], "namespace": users.get("namespace", policy["metadata"]["namespace"])},
                    "data": {".htpasswd": base64.b64encode(f"admin:{{SHA}}{digest}\n".encode()).decode()},
                }
            )
    for route in (o for o in objects if o["kind"] == "HTTPRoute"):
        for rule in route["spec"]["rules"]:
            for backend in rule.get("backendRefs", []):
                key = (backend["name"], backend.get("namespace", route["metadata"]["namespace"]))
                if key not in present:
                    present.add(key)
                    made.append(
                        {
                            "apiVersion": "v1",
                            "kind": "Service",
                            "metadata": {"name": key[0], "namespace": key[1]},
                            "spec": {"selector": {"app.kubernetes.io/name": key[0]}, "ports": [{"name": "http", "port": backend["port"]}]},
                        }
                    )
    for namespace in sorted({o["metadata"]["namespace"] for o in objects + made if o["metadata"].get("namespace")}):
        made.append({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": namespace}})
    objects = [selector_evaluated(o) if o["kind"] == "Gateway" else o for o in objects]
    unique = {(o["kind"], o["metadata"].get("namespace"), o["metadata"]["name"]): o for o in objects + made}
    # The address the API server gives each Service, which the translator dials without
    # EndpointSlices (a file has none).
    services = sorted(key for key in unique if key[0] == "Service")
    for index, key in enumerate(services, start=10):
        service = unique[key]
        unique[key] = {**service, "spec": {**service["spec"], "clusterIP": f"10.96.0.{index}"}}
    return list(unique.values())


def allowed_namespaces(listener: dict) -> set[str] | None:
    """The namespaces a listener's ``allowedRoutes`` admits, for a selector on the label the API
    server gives every namespace (kubernetes.io/metadata.name); None for any other form."""
    namespaces = listener.get("allowedRoutes", {}).get("namespaces", {})
    expressions = namespaces.get("selector", {}).get("matchExpressions", [])
    if namespaces.get("from") != "Selector" or namespaces["selector"].get("matchLabels") or len(expressions) != 1:
        return None
    (expression,) = expressions
    if expression["key"] != "kubernetes.io/metadata.name" or expression["operator"] != "In":
        return None
    return set(expression["values"])


def selector_evaluated(gateway: dict) -> dict:
    """The file loader of egctl keeps a Namespace's name and drops its labels, so a selector
    never matches there: each listener's selector on the namespace name is checked here instead
    (test below) and handed to the translator as the namespaces it admits, one `Same` or `All`."""
    listeners = []
    for listener in gateway["spec"]["listeners"]:
        allowed = allowed_namespaces(listener)
        assert allowed is not None, f"{listener['name']}: a selector this test cannot evaluate: {listener.get('allowedRoutes')}"
        listeners.append({**listener, "allowedRoutes": {"namespaces": {"from": "All"}}})
    return {**gateway, "spec": {**gateway["spec"], "listeners": listeners}}


def translate(environment: str, folder: Path, documents: list[dict]) -> list[dict]:
    path = folder / "input.yaml"
    path.write_text(yaml.safe_dump_all(documents, sort_keys=False))
    result = subprocess.run(
        [
            str(require_program("egctl", "peer-tools")),
            "experimental",
            "translate",
            "--from",
            "gateway-api",
            "--to",
            "gateway-api,xds",
            "--type",
            "all",
            "--file",
            str(path),
            "--output",
            "yaml",
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return [d for d in yaml.safe_load_all(result.stdout) if d]


#: What the translation reports on, by the key it reports it under.
REPORTED = ("gatewayClass", "gateways", "httpRoutes", "securityPolicies", "backendTrafficPolicies")


def unhealthy(translation: dict) -> list[str]:
    """Every status condition Envoy Gateway reports as a failure, with its message."""
    problems = []

    def visit(node: object, where: str) -> None:
        if isinstance(node, dict):
            for condition in node.get("conditions") or []:
                failed = condition.get("type") in ("Accepted", "ResolvedRefs", "Programmed") and condition.get("status") == "False"
                conflict = condition.get("type") in ("Conflicted", "Overlapping") and condition.get("status") == "True"
                if failed or conflict:
                    problems.append(
                        f"{where}: {condition['type']}={condition['status']} {condition.get('reason')}: {condition.get('message')}"
                    )
            for value in node.values():
                visit(value, where)
        elif isinstance(node, list):
            for item in node:
                visit(item, where)

    for key in REPORTED:
        resources = translation.get(key) or []
        for resource in resources if isinstance(resources, list) else [resources]:
            visit(resource.get("status"), f"{key}/{resource['metadata'].get('namespace', '')}/{resource['metadata']['name']}")
    return problems


@pytest.mark.parametrize("environment", ["dev", "prod"])
def test_every_edge_object_is_accepted_by_envoy_gateway_s_translator(tmp_path, environment):
    documents = translator_input(environment, tmp_path)
    assert any(d["kind"] == "Gateway" for d in documents), f"{environment} renders the Gateway"
    (translation,) = translate(environment, tmp_path, documents)
    assert unhealthy(translation) == []
    # Every route is attached to the listener it names, and Envoy configuration came out.
    routes = {r["metadata"]["name"] for r in translation["httpRoutes"]}
    assert routes == {d["metadata"]["name"] for d in documents if d["kind"] == "HTTPRoute"}
    listeners = {l["name"]: l["attachedRoutes"] for g in translation["gateways"] for l in g["status"]["listeners"]}
    assert all(count > 0 for count in listeners.values()), listeners
    assert translation["xds"], "no Envoy configuration"


@pytest.mark.parametrize("environment", ["dev", "prod"])
def test_every_route_s_namespace_is_one_its_listener_admits(environment):
    """What the translator cannot see: each route's namespace against its listener's selector
    (a selector on kubernetes.io/metadata.name, the label the API server gives every namespace)."""
    objects = [o for o in CODEX.objects(environment).values() if o["kind"] in ("Gateway", "HTTPRoute")]
    listeners = {
        (g["metadata"]["namespace"], g["metadata"]["name"], l["name"]): allowed_namespaces(l)
        for g in objects
        if g["kind"] == "Gateway"
        for l in g["spec"]["listeners"]
    }
    for route in (o for o in objects if o["kind"] == "HTTPRoute"):
        for parent in route["spec"]["parentRefs"]:
            allowed = listeners[(parent.get("namespace", route["metadata"]["namespace"]), parent["name"], parent["sectionName"])]
            assert allowed is not None and route["metadata"]["namespace"] in allowed, (route["metadata"]["name"], parent, allowed)


def test_a_route_to_a_port_its_service_lacks_is_reported(tmp_path):
    """The check above can fail: Envoy Gateway refuses a backend port the Service does not serve."""
    documents = translator_input("dev", tmp_path)
    for document in documents:
        if document["kind"] == "HTTPRoute" and document["metadata"]["name"] == "gateway-service":
            document["spec"]["rules"][0]["backendRefs"][0]["port"] = 1
    (translation,) = translate("dev", tmp_path, documents)
    assert any("httpRoutes/app-services/gateway-service: ResolvedRefs=False" in line for line in unhealthy(translation))
