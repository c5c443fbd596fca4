"""What every service construct shares (Microservice): replicas and autoscaling, ports, names,
secrets, env, security, resources, selectors, labels, escape hatches."""

import cdk8s
import pytest
from constructs import Construct

from codex_constructs import (
    Autoscaling,
    GrpcService,
    HealthProbe,
    HttpService,
    KafkaWorker,
    ResourceFigures,
    Resources,
    SecretEnv,
    ServicePort,
)
from library.support import IMAGE, by_kind, chart, container, env_of, manifests


def test_autoscaled_deployment_sets_no_replicas_and_gets_an_hpa():
    scope = chart()
    GrpcService(scope, "a", name="a", image=IMAGE, autoscaling=Autoscaling(2, 8, cpu_utilization=60, memory_utilization=75))
    objects = manifests(scope)
    (deployment,) = by_kind(objects, "Deployment")
    assert "replicas" not in deployment["spec"]
    (hpa,) = by_kind(objects, "HorizontalPodAutoscaler")
    assert hpa["apiVersion"] == "autoscaling/v2"
    assert hpa["spec"]["scaleTargetRef"] == {"apiVersion": "apps/v1", "kind": "Deployment", "name": "a"}
    assert (hpa["spec"]["minReplicas"], hpa["spec"]["maxReplicas"]) == (2, 8)
    targets = {m["resource"]["name"]: m["resource"]["target"]["averageUtilization"] for m in hpa["spec"]["metrics"]}
    assert targets == {"cpu": 60, "memory": 75}


def test_fixed_replicas_without_autoscaling():
    scope = chart()
    GrpcService(scope, "a", name="a", image=IMAGE, replicas=3)
    objects = manifests(scope)
    assert by_kind(objects, "Deployment")[0]["spec"]["replicas"] == 3
    assert by_kind(objects, "HorizontalPodAutoscaler") == []


def test_replicas_and_autoscaling_are_exclusive():
    with pytest.raises(ValueError, match="set replicas or autoscaling, not both"):
        GrpcService(chart(), "a", name="a", image=IMAGE, replicas=2, autoscaling=Autoscaling(1, 2, cpu_utilization=50))


def test_port_used_twice_is_refused():
    with pytest.raises(ValueError, match="port 50051 is used twice"):
        GrpcService(chart(), "a", name="a", image=IMAGE, grpc_port=50051, ports=[ServicePort("metrics", 50051)])
    with pytest.raises(ValueError, match="port name 'grpc' is used twice"):
        GrpcService(chart(), "a", name="a", image=IMAGE, ports=[ServicePort("grpc", 9000)])


def test_name_must_be_a_dns_label():
    with pytest.raises(ValueError, match="name 'Auth_Service' is not a DNS label"):
        GrpcService(chart(), "a", name="Auth_Service", image=IMAGE)


def test_secrets_are_referenced_key_by_key_never_inlined():
    scope = chart()
    GrpcService(scope, "a", name="a", image=IMAGE, env={"PLAIN": "1"}, secret_env=SecretEnv("app-secrets", ("REDIS_URL",)))
    objects = manifests(scope)
    env = env_of(container(objects))
    assert env["REDIS_URL"] == {"secretKeyRef": {"name": "app-secrets", "key": "REDIS_URL"}}
    assert env["PLAIN"] == "1"
    assert "envFrom" not in container(objects)
    assert by_kind(objects, "Secret") == []


def test_plain_env_and_secret_key_cannot_share_a_name():
    with pytest.raises(ValueError, match="set both as plain env and as secret keys"):
        GrpcService(chart(), "a", name="a", image=IMAGE, env={"REDIS_URL": "x"}, secret_env=SecretEnv("s", ("REDIS_URL",)))


def test_env_is_sorted_for_stable_output():
    scope = chart()
    GrpcService(scope, "a", name="a", image=IMAGE, env={"ZED": "1", "ALPHA": "2"})
    assert [e["name"] for e in container(manifests(scope))["env"]] == ["ALPHA", "ZED"]


def test_pods_meet_restricted_pod_security():
    scope = chart()
    GrpcService(scope, "a", name="a", image=IMAGE)
    (deployment,) = by_kind(manifests(scope), "Deployment")
    pod = deployment["spec"]["template"]["spec"]
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert pod["securityContext"]["runAsUser"] >= 10000
    assert pod["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
    assert pod["automountServiceAccountToken"] is False
    assert pod["serviceAccountName"] == "a"
    security = pod["containers"][0]["securityContext"]
    assert security["allowPrivilegeEscalation"] is False
    assert security["capabilities"] == {"drop": ["ALL"]}
    assert security["readOnlyRootFilesystem"] is True
    assert pod["containers"][0]["volumeMounts"] == [{"mountPath": "/tmp", "name": "tmp"}]


def test_default_resources_are_the_platform_profile_not_cdk8s_plus_defaults():
    scope = chart()
    GrpcService(scope, "a", name="a", image=IMAGE)
    assert container(manifests(scope))["resources"] == {
        "requests": {"cpu": "50m", "memory": "64Mi", "ephemeral-storage": "128Mi"},
        "limits": {"cpu": "150m", "memory": "256Mi", "ephemeral-storage": "1Gi"},
    }


def test_resources_are_rendered_as_given():
    scope = chart()
    resources = Resources(requests=ResourceFigures("200m", "512Mi", "1Gi"), limits=ResourceFigures("500m", "512Mi", "2Gi"))
    GrpcService(scope, "a", name="a", image=IMAGE, resources=resources)
    assert container(manifests(scope))["resources"]["limits"] == {"cpu": "500m", "memory": "512Mi", "ephemeral-storage": "2Gi"}


def test_names_and_selectors_do_not_depend_on_the_construct_tree():
    flat = chart()
    GrpcService(flat, "auth", name="auth-user-service", image=IMAGE)
    nested = chart()
    GrpcService(Construct(Construct(nested, "team"), "backend"), "renamed-id", name="auth-user-service", image=IMAGE)

    def identity(objects):
        return [(o["kind"], o["metadata"]["name"], o["spec"].get("selector")) for o in objects if "spec" in o]

    assert identity(manifests(flat)) == identity(manifests(nested))
    (deployment,) = by_kind(manifests(nested), "Deployment")
    assert deployment["spec"]["selector"] == {"matchLabels": {"app.kubernetes.io/name": "auth-user-service"}}


def test_standard_labels_and_app_label():
    scope = chart()
    GrpcService(scope, "a", name="auth-user-service", image=IMAGE, part_of="codex")
    for obj in manifests(scope):
        labels = obj["metadata"]["labels"]
        assert labels["app"] == "auth-user-service"
        assert labels["app.kubernetes.io/name"] == "auth-user-service"
        assert labels["app.kubernetes.io/part-of"] == "codex"
        assert labels["app.kubernetes.io/managed-by"] == "cdk8s"
        assert labels["app.kubernetes.io/component"] == "grpc-server"


def test_escape_hatches_shape_the_output():
    scope = chart()
    service = GrpcService(scope, "a", name="a", image=IMAGE)
    service.deployment.add_json_patch(cdk8s.JsonPatch.add("/spec/minReadySeconds", 10))
    assert by_kind(manifests(scope), "Deployment")[0]["spec"]["minReadySeconds"] == 10
    assert service.service is not None and service.hpa is None


def test_primary_objects_are_the_default_child():
    """cdk8s' convention (id ``Resource``): ``ApiObject.of`` and ``node.default_child`` work."""
    import cdk8s

    scope = chart()
    web = HttpService(scope, "web", name="web", image=IMAGE)
    worker = KafkaWorker(scope, "worker", name="worker", image=IMAGE, probe=HealthProbe.command(["true"]))
    for construct, kind in ((web, "Deployment"), (worker, "Deployment")):
        assert cdk8s.ApiObject.of(construct).kind == kind
        assert construct.node.default_child is not None
