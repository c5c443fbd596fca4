"""External Secrets Operator reconciles every ExternalSecret on the control plane, its fake
provider standing in for Google Secret Manager: each Secret a pod reads is created, with every key
the pod reads, by the operator's own code (store selection, the store's namespace conditions,
templates), not by a model of it.

ESO v0.16.2 is the newest release whose module the Go proxy serves whole here (the chart pins
2.10.0); the ExternalSecret and ClusterSecretStore schemas are the chart's (``crds/``), the kinds
the chart brings that ``crds/`` does not hold come from v0.16.2's module.
"""

from __future__ import annotations

import json
import secrets
import subprocess
from pathlib import Path

import pytest

from argocd_sync import install_crds
from controlplane import ControlPlane, crd_documents
from platforms import CODEX
from pod_security import pod_spec
from programs import free_port
from simulated_nodes import removed_after

pytestmark = pytest.mark.cluster

STORE = "gcp-secret-manager"


def external_secrets() -> list[dict]:
    return [o for o in CODEX.objects("prod").values() if o["kind"] == "ExternalSecret"]


def module_crds() -> list[dict]:
    """The CRDs of ESO's module at the built version (its `config/crds/bases`)."""
    listed = subprocess.run(
        ["go", "list", "-m", "-f", "{{.Dir}}", "github.com/external-secrets/external-secrets"],
        cwd=Path(__file__).resolve().parents[2] / "tools" / "cluster" / "external-secrets",
        capture_output=True,
        text=True,
        check=True,
    )
    return list(crd_documents(Path(listed.stdout.strip()) / "config" / "crds" / "bases"))


@pytest.fixture(scope="module")
def operator(cluster: ControlPlane, prod_synced):
    """The fake store filled with a random value for every remote key prod's ExternalSecrets
    read (never printed), then the operator running against the cluster."""
    served = {crd["metadata"]["name"] for crd in cluster.get("/apis/apiextensions.k8s.io/v1/customresourcedefinitions")["items"]}
    install_crds(cluster, [crd for crd in module_crds() if crd["metadata"]["name"] not in served])
    keys = sorted({ref["remoteRef"]["key"] for es in external_secrets() for ref in es["spec"].get("data", [])})
    store = cluster.get(f"/apis/external-secrets.io/v1/clustersecretstores/{STORE}")
    store["spec"]["provider"] = {"fake": {"data": [{"key": key, "value": secrets.token_hex(16)} for key in keys]}}
    response = cluster.request("PUT", f"/apis/external-secrets.io/v1/clustersecretstores/{STORE}", store)
    assert response.status == 200, response.body
    process = cluster.run(
        "external-secrets",
        f"--metrics-addr=127.0.0.1:{free_port()}",
        "--enable-leader-election=false",
        "--enable-cluster-external-secret-reconciler=false",
        "--enable-push-secret-reconciler=false",
        "--enable-cluster-push-secret-reconciler=false",
        "--loglevel=error",
        env={"KUBECONFIG": str(cluster.kubeconfig)},
    )
    try:
        yield
    finally:
        process.kill()
        process.wait()


def secret_keys(cluster: ControlPlane, namespace: str, name: str) -> set[str] | None:
    response = cluster.request("GET", f"/api/v1/namespaces/{namespace}/secrets/{name}")
    return set(response.body.get("data") or {}) if response.status == 200 else None


def secrets_read(objects: list[dict]) -> dict[tuple[str, str], set[str]]:
    """(namespace, Secret) -> the keys pods read from it: env secretKeyRef (not optional), whole
    Secrets in envFrom and volumes (the empty set: any keys)."""
    read: dict[tuple[str, str], set[str]] = {}
    for obj in objects:
        pod = pod_spec(obj)
        if pod is None:
            continue
        namespace = obj["metadata"]["namespace"]
        for container in (pod.get("initContainers") or []) + pod["containers"]:
            for env in container.get("env") or []:
                ref = (env.get("valueFrom") or {}).get("secretKeyRef")
                if ref and not ref.get("optional"):
                    read.setdefault((namespace, ref["name"]), set()).add(ref["key"])
            for source in container.get("envFrom") or []:
                if "secretRef" in source and not source["secretRef"].get("optional"):
                    read.setdefault((namespace, source["secretRef"]["name"]), set())
        for volume in pod.get("volumes") or []:
            if "secret" in volume and not volume["secret"].get("optional"):
                read.setdefault((namespace, volume["secret"]["secretName"]), set()).update(
                    i["key"] for i in volume["secret"].get("items") or []
                )
    return read


def test_every_secret_a_pod_reads_is_made_with_the_keys_it_reads(cluster, prod_synced, operator):
    """Pods of ours and of the rendered charts: every Secret an ExternalSecret makes is created
    by the operator with every key a pod reads from it."""
    rendered = [obj for objects in prod_synced.rendered.values() for obj in objects]
    read = secrets_read(list(CODEX.objects("prod").values()) + rendered)
    made = {(es["metadata"]["namespace"], es["spec"]["target"]["name"]) for es in external_secrets()}
    wanted = {secret: keys for secret, keys in read.items() if secret in made}
    assert ("app-services", "redis-secrets") in wanted and ("observability", "grafana-admin") in wanted
    assert len(wanted) >= 8, wanted

    def missing() -> list[str]:
        problems = []
        for (namespace, name), keys in sorted(wanted.items()):
            found = secret_keys(cluster, namespace, name)
            if found is None:
                problems.append(f"{namespace}/{name}: not created")
            elif keys - found:
                problems.append(f"{namespace}/{name}: lacks {sorted(keys - found)}")
        return problems

    try:
        cluster.wait_for("every Secret the pods read", lambda: not missing(), seconds=60)
    except TimeoutError:
        assert missing() == [], cluster.log("external-secrets")
    for namespace, name in sorted(made):
        owners = cluster.get(f"/api/v1/namespaces/{namespace}/secrets/{name}")["metadata"].get("ownerReferences", [])
        assert [o["kind"] for o in owners] == ["ExternalSecret"], f"{namespace}/{name} was not made by the operator"


def test_an_external_secret_whose_remote_key_is_missing_never_makes_its_secret(cluster, prod_synced, operator):
    """The check above can fail: a remote key Secret Manager does not hold leaves the
    ExternalSecret not Ready, with the operator's reason, and no Secret."""
    planted = json.loads(json.dumps(next(es for es in external_secrets() if es["metadata"]["name"] == "redis-secrets")))
    planted["metadata"]["name"] = planted["spec"]["target"]["name"] = "planted-missing"
    planted["spec"]["data"][0]["remoteRef"]["key"] = "codex-prod-not-in-secret-manager"
    namespace = planted["metadata"]["namespace"]
    with removed_after(cluster, planted):
        path = f"/apis/external-secrets.io/v1/namespaces/{namespace}/externalsecrets/planted-missing"
        condition = cluster.wait_for(
            "the operator's verdict",
            lambda: next(
                (c for c in cluster.get(path).get("status", {}).get("conditions", []) if c["type"] == "Ready" and c["status"] == "False"),
                None,
            ),
        )
        assert secret_keys(cluster, namespace, "planted-missing") is None
    assert condition["reason"] == "SecretSyncedError", condition
