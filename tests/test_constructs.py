"""Behaviour of each construct: ports, probes, env, autoscaling, security, and their errors."""

import cdk8s
import pytest
from constructs import Construct

from codex_constructs import (
    Autoscaling,
    ContainerImage,
    DockerDaemon,
    GrpcService,
    HealthProbe,
    HttpService,
    KafkaWorker,
    ResourceFigures,
    Resources,
    SecretEnv,
    ServicePort,
    WebsocketService,
)
from helpers import by_kind, chart, container, env_of, manifests

IMAGE = ContainerImage("example/app", "1a2b3c4")


def test_grpc_service_defaults_to_a_tcp_probe_on_its_named_port():
    scope = chart()
    GrpcService(scope, "auth", name="auth", image=IMAGE, grpc_port=50051, ports=[ServicePort("metrics", 9101)])
    objects = manifests(scope)
    app = container(objects)
    assert [(p["name"], p["containerPort"]) for p in app["ports"]] == [("grpc", 50051), ("metrics", 9101)]
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        assert app[probe]["tcpSocket"] == {"port": "grpc"}
    (service,) = by_kind(objects, "Service")
    assert [(p["name"], p["port"], p["targetPort"]) for p in service["spec"]["ports"]] == [
        ("grpc", 50051, "grpc"),
        ("metrics", 9101, "metrics"),
    ]


def test_grpc_health_probe_is_one_option_away():
    scope = chart()
    GrpcService(scope, "auth", name="auth", image=IMAGE, grpc_port=50051, grpc_health_probe=True)
    app = container(manifests(scope))
    assert app["readinessProbe"]["grpc"] == {"port": 50051}
    assert "tcpSocket" not in app["livenessProbe"]


def test_http_service_probes_its_health_path():
    scope = chart()
    HttpService(scope, "gw", name="gateway", image=IMAGE, http_port=4000)
    app = container(manifests(scope))
    assert app["readinessProbe"]["httpGet"] == {"path": "/health", "port": "http"}
    assert app["ports"][0] == {"containerPort": 4000, "name": "http", "protocol": "TCP"}


def test_websocket_service_serves_both_ports_and_knows_its_pod_name():
    scope = chart()
    WebsocketService(scope, "collab", name="collab", image=IMAGE, socket_port=5001, grpc_port=50054)
    objects = manifests(scope)
    app = container(objects)
    assert {p["name"]: p["containerPort"] for p in app["ports"]} == {"grpc": 50054, "http": 5001}
    assert env_of(app)["PODNAME"] == {"fieldRef": {"fieldPath": "metadata.name"}}
    (service,) = by_kind(objects, "Service")
    assert {p["name"] for p in service["spec"]["ports"]} == {"grpc", "http"}


def test_kafka_worker_has_no_service_and_a_command_probe():
    scope = chart()
    KafkaWorker(
        scope, "worker", name="worker", image=IMAGE, probe=HealthProbe.command(["docker", "info"]),
        ports=[ServicePort("metrics", 9104, expose=False)],
    )
    objects = manifests(scope)
    assert by_kind(objects, "Service") == []
    assert container(objects)["livenessProbe"]["exec"] == {"command": ["docker", "info"]}


def test_kafka_worker_refuses_exposed_ports():
    with pytest.raises(ValueError, match="takes no inbound traffic"):
        KafkaWorker(chart(), "w", name="w", image=IMAGE, probe=HealthProbe.command(["true"]), ports=[ServicePort("http", 80)])


def test_docker_daemon_listens_on_loopback_only():
    scope = chart()
    KafkaWorker(scope, "w", name="w", image=IMAGE, probe=HealthProbe.command(["true"]), docker_daemon=DockerDaemon(port=2375))
    objects = manifests(scope)
    daemon = container(objects, "docker-daemon")
    hosts = [arg for arg in daemon["args"] if arg.startswith("--host")]
    assert hosts == ["--host=tcp://127.0.0.1:2375"]
    assert "ports" not in daemon, "the daemon must not declare a port on the pod network"
    assert daemon["securityContext"]["privileged"] is True
    volumes = by_kind(objects, "Deployment")[0]["spec"]["template"]["spec"]["volumes"]
    assert {"name": "docker-storage", "emptyDir": {"sizeLimit": "10Gi"}} in volumes
    # The worker itself stays unprivileged.
    assert container(objects, "w")["securityContext"]["privileged"] is False


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


def test_the_library_knows_kubernetes_not_codex():
    """Nothing of one platform (its names, images, ports, spec) is in the library's source."""
    import re

    from helpers import ROOT

    for path in sorted((ROOT / "codex_constructs").glob("*.py")):
        text = path.read_text().replace("codex_constructs", "")
        assert not re.search(r"codex|akashcapro|50054|5001\b", text, re.IGNORECASE), path.name


def test_primary_objects_are_the_default_child():
    """cdk8s' convention (id ``Resource``): ``ApiObject.of`` and ``node.default_child`` work."""
    import cdk8s

    from codex_constructs import HttpService, KafkaWorker

    scope = chart()
    web = HttpService(scope, "web", name="web", image=IMAGE)
    worker = KafkaWorker(scope, "worker", name="worker", image=IMAGE, probe=HealthProbe.command(["true"]))
    for construct, kind in ((web, "Deployment"), (worker, "Deployment")):
        assert cdk8s.ApiObject.of(construct).kind == kind
        assert construct.node.default_child is not None


def test_every_public_class_is_importable_from_the_package_root_and_helpers_are_private():
    import importlib
    import inspect
    import pkgutil

    import codex_constructs

    for module_info in pkgutil.iter_modules(codex_constructs.__path__):
        if module_info.name.startswith("_"):
            continue
        module = importlib.import_module(f"codex_constructs.{module_info.name}")
        for name, obj in vars(module).items():
            if inspect.isclass(obj) and obj.__module__ == module.__name__ and not name.startswith("_"):
                assert name in codex_constructs.__all__, f"{module_info.name}.{name} is not exported from codex_constructs"
    assert not any(name.startswith("_") for name in codex_constructs.__all__)


def test_the_platform_imports_the_library_from_its_root():
    import re

    from helpers import ROOT

    for path in sorted((ROOT / "codex_platform").rglob("*.py")):
        assert not re.search(r"from codex_constructs\.\w+ import", path.read_text()), path
