"""A GatewayClass served by Envoy Gateway, with the shape of its Envoy proxies: replicas spread
over nodes and zones, a disruption budget, a load balancer that keeps client addresses."""

from __future__ import annotations

from cdk8s import ApiObjectMetadata
from constructs import Construct

from ._crds.envoygateway.io.envoyproxy import gateway as eg
from ._crds.gatewayapi.io.k8s.networking import gateway as gw
from ._names import check_dns_label
from ._props import checked_props
from ._quantities import check_count
from .defaults import topology_spread_values
from .resources import Resources

#: The controller name Envoy Gateway's chart configures (config.envoyGateway.gateway.controllerName).
ENVOY_GATEWAY_CONTROLLER = "gateway.envoyproxy.io/gatewayclass-controller"
#: Labels Envoy Gateway puts on every Envoy proxy pod it runs.
ENVOY_PROXY_LABELS = {"app.kubernetes.io/name": "envoy", "app.kubernetes.io/component": "proxy"}
#: The label naming the Gateway a proxy pod serves.
OWNING_GATEWAY_LABEL = "gateway.envoyproxy.io/owning-gateway-name"
#: Container ports of a proxy for Gateway listeners on 80 and 443: Envoy Gateway shifts ports
#: below 1024 up by 10000, so Envoy runs without the capability to bind privileged ports.
ENVOY_LISTENER_PORTS = {80: 10080, 443: 10443}
#: The proxies' Prometheus endpoint (/stats/prometheus).
ENVOY_METRICS_PORT = 19001
#: The controller's xDS port, which every proxy dials.
ENVOY_XDS_PORT = 18000


class EnvoyGatewayClass(Construct):
    """A GatewayClass ``name`` whose Gateways Envoy Gateway serves with the proxies described
    by an EnvoyProxy of the same name.

    Envoy Gateway runs each Gateway's proxies in its own namespace (``controller_namespace``),
    labelled :data:`ENVOY_PROXY_LABELS` and ``OWNING_GATEWAY_LABEL: <gateway>``. Their Service
    is a ``LoadBalancer`` with ``externalTrafficPolicy: Local``: the load balancer sends traffic
    only to nodes running a proxy, and the proxy sees the client's own address (what
    client-address allowlists match).

    Construct ids: ``Resource`` (the GatewayClass), ``Proxy`` (the EnvoyProxy).

    :param name: the GatewayClass' and EnvoyProxy's name.
    :param controller_namespace: where Envoy Gateway runs; the EnvoyProxy lives there.
    :param replicas: proxies per Gateway. With two or more, at most one per node, spread over
        zones, and a PodDisruptionBudget keeps all but one through a drain. Default: 2.
    :param resources: each proxy's requests and limits. Default: Envoy Gateway's (100m CPU,
        512Mi memory requested).
    :param load_balancer_ip: a reserved address for the load balancer. Default: an ephemeral one.
    """

    @checked_props
    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        controller_namespace: str,
        replicas: int = 2,
        resources: Resources | None = None,
        load_balancer_ip: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        check_dns_label(name, "gateway class name")
        check_dns_label(controller_namespace, "controller namespace")
        check_count(replicas, "replicas", minimum=1)
        spread = None
        if replicas > 1:
            # The platform's spread, counted per Gateway (each has its own proxies).
            spread = [
                eg.EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraints(
                    max_skew=value["maxSkew"],
                    topology_key=value["topologyKey"],
                    when_unsatisfiable=value["whenUnsatisfiable"],
                    node_taints_policy=value["nodeTaintsPolicy"],
                    label_selector=eg.EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraintsLabelSelector(
                        match_labels=value["labelSelector"]["matchLabels"]
                    ),
                    match_label_keys=value["matchLabelKeys"],
                )
                for value in topology_spread_values(ENVOY_PROXY_LABELS, [OWNING_GATEWAY_LABEL])
            ]
        container = None
        if resources is not None:
            container = eg.EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainer(
                resources=eg.EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResources(
                    requests={
                        resource: eg.EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesRequests.from_string(value)
                        for resource, value in resources.requests.figures().items()
                    },
                    limits={
                        resource: eg.EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesLimits.from_string(value)
                        for resource, value in resources.limits.figures().items()
                    },
                )
            )
        self.envoy_proxy = eg.EnvoyProxy(
            self,
            "Proxy",
            metadata=ApiObjectMetadata(name=name, namespace=controller_namespace),
            spec=eg.EnvoyProxySpec(
                provider=eg.EnvoyProxySpecProvider(
                    type=eg.EnvoyProxySpecProviderType.KUBERNETES,
                    kubernetes=eg.EnvoyProxySpecProviderKubernetes(
                        envoy_deployment=eg.EnvoyProxySpecProviderKubernetesEnvoyDeployment(
                            replicas=replicas,
                            container=container,
                            pod=eg.EnvoyProxySpecProviderKubernetesEnvoyDeploymentPod(topology_spread_constraints=spread)
                            if spread
                            else None,
                        ),
                        envoy_pdb=eg.EnvoyProxySpecProviderKubernetesEnvoyPdb(
                            min_available=eg.EnvoyProxySpecProviderKubernetesEnvoyPdbMinAvailable.from_number(replicas - 1)
                        )
                        if replicas > 1
                        else None,
                        envoy_service=eg.EnvoyProxySpecProviderKubernetesEnvoyService(
                            type=eg.EnvoyProxySpecProviderKubernetesEnvoyServiceType.LOAD_BALANCER,
                            external_traffic_policy=eg.EnvoyProxySpecProviderKubernetesEnvoyServiceExternalTrafficPolicy.LOCAL,
                            load_balancer_ip=load_balancer_ip,
                        ),
                    ),
                )
            ),
        )
        self.gateway_class = gw.GatewayClass(
            self,
            "Resource",
            metadata=ApiObjectMetadata(name=name),
            spec=gw.GatewayClassSpec(
                controller_name=ENVOY_GATEWAY_CONTROLLER,
                parameters_ref=gw.GatewayClassSpecParametersRef(
                    group="gateway.envoyproxy.io", kind="EnvoyProxy", name=name, namespace=controller_namespace
                ),
            ),
        )
