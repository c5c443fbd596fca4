"""Every object of every environment, applied to a real kube-apiserver 1.33 as Argo CD syncs it:
the operators' CRDs first, then each Application's folder in wave order, server-side apply
with strict field validation. The API server's own schemas, defaulting, validation and admission
(Pod Security included) judge each object, not a model of them.
"""

from __future__ import annotations

import json

import pytest

from argocd_sync import WAVE, bootstrap, replay, sync_steps, unexplained
from controlplane import ControlPlane
from platforms import CODEX

pytestmark = pytest.mark.cluster


def test_the_sync_starts_with_the_root_then_the_first_wave_and_ends_with_the_edge():
    """Applications of one wave sync side by side; gitops-engine lists them by name. The CRDs
    come with the charts that install them: the Gateway API's with Envoy Gateway, first, from
    its rendering."""
    steps = sync_steps(CODEX.objects("prod"))
    children = [step.application for step in steps if step.application != "codex-root"]
    assert steps[0].application == "codex-root"
    assert children[:2] == ["codex-envoy-gateway", "codex-namespaces"] and children[-1] == "codex-edge", children
    envoy_gateway = next(step for step in steps if step.application == "codex-envoy-gateway")
    assert envoy_gateway.chart is not None and envoy_gateway.crds == []  # its CRDs come from Helm's rendering


def test_a_custom_resource_synced_before_its_operator_s_chart_is_refused():
    """The CRDs arrive with their charts' Applications, so the wave order is what makes a custom
    resource's kind exist: with the data Application moved to wave 0, before Strimzi's chart
    (wave 1), a fresh API server serves no Kafka kind when the data folder is applied. (Its other
    objects are refused too: wave 0's Applications sync by name, so data now precedes namespaces.)"""
    objects = dict(CODEX.objects("prod"))
    path = "gitops/Application.codex-data.k8s.yaml"
    application = json.loads(json.dumps(objects[path]))
    application["metadata"]["annotations"][WAVE] = "0"
    objects[path] = application
    plane = ControlPlane().start(controllers=False)
    try:
        bootstrap(plane)
        refused = replay(plane, objects, dry_run=True).refused
    finally:
        plane.stop()
    unserved = [line for line in refused if "serves no" in line and "is its CRD installed?" in line]
    assert {line.split(": ")[1].split(" ")[0] for line in unserved} == {"Kafka", "KafkaNodePool", "KafkaTopic"}, refused


@pytest.mark.parametrize("environment", ["prod", "dev"])
def test_every_object_is_admitted_with_strict_validation_and_no_warning(cluster, prod_synced, environment):
    """The environments share namespace names, so they cannot both live in one cluster: prod is
    synced for real, then dev is validated and admitted by a dry run over it."""
    synced = prod_synced if environment == "prod" else replay(cluster, CODEX.objects(environment), dry_run=True)
    assert synced.refused == []
    assert synced.warnings == []
    if environment == "prod":
        # Admitted, then taken down: their servers are operators' pods, which do not run here.
        assert synced.webhooks_removed == [
            "codex-cert-manager: MutatingWebhookConfiguration cert-manager-webhook",
            "codex-cert-manager: ValidatingWebhookConfiguration cert-manager-webhook",
            "codex-ingress-nginx: ValidatingWebhookConfiguration ingress-nginx-admission",
        ]


def test_a_warning_about_a_container_no_waiver_names_is_a_failure():
    deployment = CODEX.objects("prod")["services/Deployment.code-execution-service.k8s.yaml"]
    expected = (
        'would violate PodSecurity "restricted:v1.33": privileged (container "docker-daemon" must not set securityContext.privileged=true)'
    )
    assert not unexplained(deployment, expected)
    assert unexplained(deployment, expected.replace("docker-daemon", "code-execution-service"))
    assert unexplained(CODEX.objects("prod")["services/Deployment.gateway-service.k8s.yaml"], expected)


def test_a_field_the_schema_does_not_know_is_refused(cluster):
    """Server-side apply cannot build a typed patch with an unknown field: the API server
    answers 500 with the field's path (what `kubectl apply --server-side` prints too)."""
    deployment = dict(CODEX.objects("prod")["services/Deployment.gateway-service.k8s.yaml"])
    deployment["spec"] = {**deployment["spec"], "replicaz": 2}
    response = cluster.apply(deployment, dry_run=True)
    assert response.status == 500 and ".spec.replicaz: field not declared in schema" in response.body["message"], response.body


def test_a_pod_restricted_pod_security_forbids_is_refused(cluster):
    """The namespaces enforce restricted: a privileged container is refused by admission."""
    deployment = CODEX.objects("prod")["services/Deployment.gateway-service.k8s.yaml"]
    template = deployment["spec"]["template"]
    container = {**template["spec"]["containers"][0], "securityContext": {"privileged": True}}
    pod = {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {"name": "planted", "namespace": deployment["metadata"]["namespace"]},
        "spec": {**template["spec"], "containers": [container]},
    }
    response = cluster.apply(pod, dry_run=True)
    assert response.status == 403 and 'violates PodSecurity "restricted:v1.33"' in str(response.body), response.body


def failed_creates(cluster: ControlPlane, namespace: str) -> list[str]:
    """Why the controllers could not create pods in ``namespace``: ReplicaFailure conditions and
    FailedCreate events."""
    failures = []
    for item in cluster.get(f"/apis/apps/v1/namespaces/{namespace}/replicasets")["items"]:
        failures += [
            f"{item['metadata']['name']}: {c['message']}"
            for c in item.get("status", {}).get("conditions", [])
            if c["type"] == "ReplicaFailure"
        ]
    for event in cluster.get(f"/api/v1/namespaces/{namespace}/events")["items"]:
        if event.get("reason") == "FailedCreate":
            failures.append(f"{event['involvedObject']['name']}: {event['message']}")
    return failures


def test_every_pod_the_controllers_create_is_admitted(cluster, prod_synced):
    """After prod's sync, the controllers make each workload's pods: Pod Security
    enforcement, the ServiceAccount admission (the account must exist) and the rest judge each
    pod. A refused pod shows as the ReplicaSet's or Job's ReplicaFailure / failed condition."""
    workloads = [o for o in CODEX.objects("prod").values() if o["kind"] in ("Deployment", "Job")]

    def pods_made() -> list[str] | None:
        waiting = []
        for obj in workloads:
            namespace, name = obj["metadata"]["namespace"], obj["metadata"]["name"]
            pods = cluster.get(f"/api/v1/namespaces/{namespace}/pods?labelSelector=app.kubernetes.io/name={name}")["items"]
            if obj["kind"] == "Job" and not pods:
                pods = cluster.get(f"/api/v1/namespaces/{namespace}/pods?labelSelector=job-name={name}")["items"]
            if not pods:
                waiting.append(f"{obj['kind']} {namespace}/{name}")
        return None if waiting else []

    try:
        cluster.wait_for("a pod of every workload", lambda: pods_made() == [], seconds=60)
    except TimeoutError:
        failures = [
            line for namespace in sorted({o["metadata"]["namespace"] for o in workloads}) for line in failed_creates(cluster, namespace)
        ]
        pytest.fail("pods not created:\n" + "\n".join(failures or ["(no FailedCreate: are the controllers running?)"]))


def test_a_workload_whose_pods_restricted_refuses_gets_none(cluster, prod_synced):
    """The check above can fail: a Deployment admitted (a warning only) whose pods the
    namespace's restricted enforcement refuses, so its ReplicaSet reports the refusal."""
    deployment = CODEX.objects("prod")["services/Deployment.gateway-service.k8s.yaml"]
    planted = json.loads(json.dumps(deployment))
    planted["metadata"]["name"] = "planted-net-admin"
    labels = {"app.kubernetes.io/name": "planted-net-admin"}
    planted["spec"]["selector"] = {"matchLabels": labels}
    planted["spec"]["template"]["metadata"]["labels"] = labels
    planted["spec"]["template"]["spec"]["containers"][0]["securityContext"]["capabilities"]["add"] = ["NET_ADMIN"]
    response = cluster.apply(planted)
    assert response.status in (200, 201) and any("would violate PodSecurity" in w for w in response.warnings), response
    namespace = planted["metadata"]["namespace"]
    refusals = cluster.wait_for(
        "the planted Deployment's refusal",
        lambda: [
            line
            for line in failed_creates(cluster, namespace)
            if line.startswith("planted-net-admin") and 'violates PodSecurity "restricted:v1.33"' in line
        ],
    )
    assert refusals
