"""What every workload and delivery object promises, written as literals (the README's and the
constructs' documented defaults), so that a changed default fails here and not only in a
snapshot diff that `make snapshot-update` would refresh away."""

from __future__ import annotations

import pytest

from helpers import ENVIRONMENT_NAMES, fresh_dist, load_dist

#: codex_constructs.defaults.DEFAULT_RUN_AS_USER, as the README states it.
RUN_AS = 10001


def objects(environment: str) -> dict[str, dict]:
    return load_dist(fresh_dist() / environment)


def of_kind(environment: str, kind: str) -> list[dict]:
    return [o for o in objects(environment).values() if o["kind"] == kind]


def test_disruption_budgets_let_one_pod_go_at_a_time():
    budgets = of_kind("prod", "PodDisruptionBudget")
    assert budgets
    deployments = {d["metadata"]["name"]: d for d in of_kind("prod", "Deployment")}
    for budget in budgets:
        assert budget["spec"] == {
            "maxUnavailable": 1,
            "selector": deployments[budget["metadata"]["name"]]["spec"]["selector"],
        }, budget["metadata"]["name"]


@pytest.mark.parametrize("environment", ENVIRONMENT_NAMES)
def test_rollouts_add_a_pod_before_removing_one(environment):
    """A new pod must be ready before an old one goes (surge 1, unavailable 0); only a pod that
    must not run twice (a volume that one pod mounts) is recreated."""
    for deployment in of_kind(environment, "Deployment"):
        strategy = deployment["spec"]["strategy"]
        if strategy["type"] == "Recreate":
            volumes = deployment["spec"]["template"]["spec"].get("volumes", [])
            assert any("persistentVolumeClaim" in v for v in volumes), deployment["metadata"]["name"]
            continue
        assert strategy == {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": 1, "maxUnavailable": 0}}, deployment["metadata"]["name"]


@pytest.mark.parametrize("environment", ENVIRONMENT_NAMES)
def test_probe_timings_are_the_documented_defaults(environment):
    """HealthProbe's defaults: readiness every 10 s, liveness every 20 s (a pod leaves its
    Service before it is restarted), 2 s to answer, 3 misses; startup allows 120 s."""
    expected = {"readinessProbe": 10, "livenessProbe": 20}
    seen = 0
    for deployment in of_kind(environment, "Deployment"):
        for container in deployment["spec"]["template"]["spec"]["containers"]:
            for probe, period in expected.items():
                assert probe in container, (deployment["metadata"]["name"], probe)
                seen += 1
                timing = {k: container[probe][k] for k in ("periodSeconds", "timeoutSeconds", "failureThreshold")}
                assert timing == {"periodSeconds": period, "timeoutSeconds": 2, "failureThreshold": 3}, (
                    deployment["metadata"]["name"],
                    probe,
                )
            startup = container["startupProbe"]
            assert startup["periodSeconds"] * startup["failureThreshold"] >= 120, deployment["metadata"]["name"]
    assert seen


@pytest.mark.parametrize("environment", ENVIRONMENT_NAMES)
def test_pods_run_as_one_unprivileged_identity(environment):
    for kind in ("Deployment", "Job"):
        for workload in of_kind(environment, kind):
            context = workload["spec"]["template"]["spec"]["securityContext"]
            assert context["runAsNonRoot"] is True, workload["metadata"]["name"]
            assert context["runAsUser"] == context["runAsGroup"] == context["fsGroup"] == RUN_AS, workload["metadata"]["name"]
            assert context["seccompProfile"] == {"type": "RuntimeDefault"}


@pytest.mark.parametrize("environment", ENVIRONMENT_NAMES)
def test_namespaces_are_never_pruned(environment):
    """Pruning a namespace deletes everything in it, data included."""
    for namespace in of_kind(environment, "Namespace"):
        assert namespace["metadata"]["annotations"]["argocd.argoproj.io/sync-options"] == "Prune=false"


@pytest.mark.parametrize("environment", ENVIRONMENT_NAMES)
def test_every_application_retries_with_backoff(environment):
    for application in of_kind(environment, "Application"):
        policy = application["spec"]["syncPolicy"]
        assert policy["retry"] == {"limit": 10, "backoff": {"duration": "10s", "factor": 2, "maxDuration": "5m"}}
        assert policy["automated"] == {"prune": True, "selfHeal": True}


@pytest.mark.parametrize("environment", ENVIRONMENT_NAMES)
def test_dns_is_the_only_thing_a_namespace_allows_by_default(environment):
    ports = [{"port": 53, "protocol": "UDP"}, {"port": 53, "protocol": "TCP"}]
    for namespace in of_kind(environment, "Namespace") + [{"metadata": {"name": "envoy-gateway-system"}}]:
        name = namespace["metadata"]["name"]
        (dns,) = [p for p in of_kind(environment, "NetworkPolicy") if p["metadata"]["name"] == f"allow-dns-{name}"]
        assert dns["metadata"]["namespace"] == name
        assert dns["spec"] == {
            "podSelector": {},
            "policyTypes": ["Egress"],
            "egress": [
                {
                    "to": [
                        {
                            "namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "kube-system"}},
                            "podSelector": {"matchLabels": {"k8s-app": "kube-dns"}},
                        }
                    ],
                    "ports": ports,
                },
                # GKE's NodeLocal DNSCache.
                {"to": [{"ipBlock": {"cidr": "169.254.20.10/32"}}], "ports": ports},
            ],
        }
