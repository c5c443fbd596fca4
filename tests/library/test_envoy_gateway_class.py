"""EnvoyGatewayClass: the class and the proxies' shape, as Envoy Gateway reads them."""

from codex_constructs import EnvoyGatewayClass, ResourceFigures, Resources
from library.support import chart, manifests


def gateway_class(**props):
    scope = chart()
    EnvoyGatewayClass(scope, "class", name="public", controller_namespace="envoy-gateway-system", **props)
    return {o["kind"]: o for o in manifests(scope)}


def test_the_class_names_envoy_gateway_s_controller_and_its_envoy_proxy():
    objects = gateway_class()
    assert objects["GatewayClass"]["spec"] == {
        "controllerName": "gateway.envoyproxy.io/gatewayclass-controller",
        "parametersRef": {"group": "gateway.envoyproxy.io", "kind": "EnvoyProxy", "name": "public", "namespace": "envoy-gateway-system"},
    }


def test_two_proxies_by_default_spread_one_per_node_kept_by_a_budget_behind_a_local_load_balancer():
    kubernetes = gateway_class()["EnvoyProxy"]["spec"]["provider"]["kubernetes"]
    assert kubernetes["envoyDeployment"]["replicas"] == 2
    spread = kubernetes["envoyDeployment"]["pod"]["topologySpreadConstraints"]
    assert {(c["topologyKey"], c["whenUnsatisfiable"]) for c in spread} == {
        ("topology.kubernetes.io/zone", "ScheduleAnyway"),
        ("kubernetes.io/hostname", "DoNotSchedule"),
    }
    # Each Gateway has its own proxies: spread is counted per Gateway.
    assert all(c["matchLabelKeys"] == ["gateway.envoyproxy.io/owning-gateway-name"] for c in spread)
    assert kubernetes["envoyPDB"] == {"minAvailable": 1}
    assert kubernetes["envoyService"] == {"type": "LoadBalancer", "externalTrafficPolicy": "Local"}


def test_one_proxy_has_no_spread_or_budget_and_resources_and_address_are_props():
    resources = Resources(requests=ResourceFigures(cpu="100m", memory="128Mi"), limits=ResourceFigures(cpu="1", memory="512Mi"))
    kubernetes = gateway_class(replicas=1, resources=resources, load_balancer_ip="203.0.113.10")["EnvoyProxy"]["spec"]["provider"][
        "kubernetes"
    ]
    assert kubernetes["envoyDeployment"] == {
        "replicas": 1,
        "container": {"resources": {"requests": {"cpu": "100m", "memory": "128Mi"}, "limits": {"cpu": "1", "memory": "512Mi"}}},
    }
    assert "envoyPDB" not in kubernetes and kubernetes["envoyService"]["loadBalancerIP"] == "203.0.113.10"
