"""The public edge on Envoy Gateway: what the controller will accept and do with our objects.

Expectations are the spec's routes and ingress-nginx's behaviour today (limits, timeouts), and
Envoy Gateway v1.9.0's and cert-manager v1.19's documented semantics, written here as literals.
"""

from __future__ import annotations

import pytest

from codex_constructs import BasicAuth, PlatformGateway, Route
from codex_platform.inputs.errors import ConfigError
from helpers import chart, load_dist, synth_project

HOSTS = {"prod": ("api.codexakash.space", "admin.codexakash.space"), "dev": ("api.dev.codexakash.space", "admin.dev.codexakash.space")}


def of_kind(objects: dict, kind: str) -> list[dict]:
    return [o for o in objects.values() if o["kind"] == kind]


def route_for(objects: dict, host: str, path: str) -> tuple[str, int] | None:
    """Gateway API matching as Envoy Gateway implements it: routes attached to the HTTPS
    listener of ``host``, then the longest path prefix, matched on whole segments."""
    gateway = objects["edge/Gateway.codex-gateway.k8s.yaml"]
    listener = next(l["name"] for l in gateway["spec"]["listeners"] if l.get("hostname") == host and l["protocol"] == "HTTPS")
    best: tuple[int, tuple[str, int]] | None = None
    for route in of_kind(objects, "HTTPRoute"):
        if not any(p["name"] == "codex-gateway" and p.get("sectionName") == listener for p in route["spec"]["parentRefs"]):
            continue
        if host not in route["spec"]["hostnames"]:
            continue
        for rule in route["spec"]["rules"]:
            for match in rule["matches"]:
                prefix = match["path"]["value"]
                assert match["path"]["type"] == "PathPrefix"
                if prefix == "/" or path == prefix or path.startswith(prefix + "/"):
                    backend = rule["backendRefs"][0]
                    if best is None or len(prefix) > best[0]:
                        best = (len(prefix), (backend["name"], backend["port"]))
    return best[1] if best else None


@pytest.mark.parametrize("environment", ["prod", "dev"])
def test_routes_keep_the_spec_s_meaning(fresh_dist, environment):
    objects = load_dist(fresh_dist / environment)
    api, admin = HOSTS[environment]
    assert route_for(objects, api, "/") == ("gateway-service", 4000)
    assert route_for(objects, api, "/api/v1/problems") == ("gateway-service", 4000)
    assert route_for(objects, api, "/socket.io/") == ("collab-service", 5001)
    assert route_for(objects, api, "/socket.iox") == ("gateway-service", 4000)
    # Admin tools are on their own host, and only there.
    assert route_for(objects, api, "/kafka-ui/") == ("gateway-service", 4000)
    assert route_for(objects, api, "/grafana-ui/") == ("gateway-service", 4000)
    assert route_for(objects, admin, "/kafka-ui/api/clusters") == ("kafka-ui", 8080)
    assert route_for(objects, admin, "/grafana-ui/d/overview") == ("grafana", 80)
    assert route_for(objects, admin, "/") is None


def test_every_route_and_policy_attaches(prod):
    """Envoy Gateway accepts a route only on a listener that admits its namespace and host, and a
    policy only on a route of its own namespace; a Secret elsewhere needs a ReferenceGrant."""
    gateway = prod["edge/Gateway.codex-gateway.k8s.yaml"]
    listeners = {l["name"]: l for l in gateway["spec"]["listeners"]}
    routes = {(r["metadata"]["namespace"], r["metadata"]["name"]): r for r in of_kind(prod, "HTTPRoute")}
    for route in routes.values():
        for parent in route["spec"]["parentRefs"]:
            listener = listeners[parent["sectionName"]]
            admitted = listener["allowedRoutes"]["namespaces"]["selector"]["matchExpressions"][0]["values"]
            assert route["metadata"]["namespace"] in admitted
            assert "hostname" not in listener or route["spec"]["hostnames"] == [listener["hostname"]]
    for kind in ("BackendTrafficPolicy", "SecurityPolicy"):
        for policy in of_kind(prod, kind):
            (target,) = policy["spec"]["targetRefs"]
            assert target["kind"] == "HTTPRoute" and (policy["metadata"]["namespace"], target["name"]) in routes
    grants = of_kind(prod, "ReferenceGrant")
    for policy in of_kind(prod, "SecurityPolicy"):
        users = policy["spec"]["basicAuth"]["users"]
        namespace = users.get("namespace", policy["metadata"]["namespace"])
        assert f"secrets/ExternalSecret.{users['name']}.k8s.yaml" in prod
        assert prod[f"secrets/ExternalSecret.{users['name']}.k8s.yaml"]["metadata"]["namespace"] == namespace
        if namespace != policy["metadata"]["namespace"]:
            assert any(
                g["metadata"]["namespace"] == namespace
                and {"group": "gateway.envoyproxy.io", "kind": "SecurityPolicy", "namespace": policy["metadata"]["namespace"]}
                in g["spec"]["from"]
                and {"group": "", "kind": "Secret", "name": users["name"]} in g["spec"]["to"]
                for g in grants
            )


def test_limits_and_timeouts_are_ingress_nginx_s(prod):
    """ingress-nginx today: 1 MiB bodies, 5 s to connect, 60 s read/send idle (3600 s on
    WebSocket routes), no limit on a whole exchange. Envoy's own route default (15 s for the
    whole exchange) would cut long requests and every WebSocket."""
    for route in of_kind(prod, "HTTPRoute"):
        if route["metadata"]["name"] == "codex-gateway-https-redirect":
            continue
        assert route["spec"]["rules"][0]["timeouts"] == {"request": "0s"}
    limits = {p["metadata"]["name"]: p["spec"] for p in of_kind(prod, "BackendTrafficPolicy")}
    assert set(limits) == {"gateway-service", "collab-service", "kafka-ui", "grafana"}
    for name, spec in limits.items():
        assert spec["timeout"]["tcp"] == {"connectTimeout": "5s"}
        # collab's Socket.IO, and Grafana Live (/grafana-ui/api/live/ws).
        if name in ("collab-service", "grafana"):
            assert spec["timeout"]["http"] == {"streamIdleTimeout": "3600s"}
            # Buffering a request turns off the upgrade (and Envoy Gateway refuses both at once).
            assert "requestBuffer" not in spec
        else:
            assert spec["timeout"]["http"] == {"streamIdleTimeout": "60s"}
            assert spec["requestBuffer"] == {"limit": "1Mi"}


def test_admin_routes_need_credentials_that_never_reach_the_tools(prod):
    for name in ("kafka-ui", "grafana"):
        route = next(r for r in of_kind(prod, "HTTPRoute") if r["metadata"]["name"] == name)
        assert route["spec"]["rules"][0]["filters"] == [
            {"type": "RequestHeaderModifier", "requestHeaderModifier": {"remove": ["Authorization"]}}
        ]
        policy = next(p for p in of_kind(prod, "SecurityPolicy") if p["metadata"]["name"] == name)
        assert policy["spec"]["basicAuth"]["users"]["name"] == "admin-basic-auth"
        assert "authorization" not in policy["spec"], "no source ranges configured: any address, with credentials"
    assert {p["metadata"]["name"] for p in of_kind(prod, "SecurityPolicy")} == {"kafka-ui", "grafana"}
    # One {SHA} htpasswd entry, where each edge reads it.
    secret = prod["secrets/ExternalSecret.admin-basic-auth.k8s.yaml"]["spec"]["data"]
    assert {(d["secretKey"], d["remoteRef"]["key"]) for d in secret} == {
        (".htpasswd", "codex-prod-admin-basic-auth"),
        ("auth", "codex-prod-admin-basic-auth"),
    }
    grafana = prod["gitops/Application.codex-grafana.k8s.yaml"]["spec"]["source"]["helm"]["valuesObject"]
    assert grafana["grafana.ini"]["auth.basic"] == {"enabled": False}
    assert grafana["grafana.ini"]["server"]["root_url"] == "https://admin.codexakash.space/grafana-ui/"
    # Grafana's chart reloads dashboards with Basic credentials unless told not to.
    assert grafana["sidecar"]["dashboards"]["skipReload"] is True


def test_admin_source_ranges_deny_everyone_else(project, tmp_path):
    project.edit("environments/prod.yaml", lambda d: d["edge"].update(admin_source_ranges=["203.0.113.0/24"]))
    prod = synth_project(project, tmp_path / "out", "prod")["prod"]
    for policy in of_kind(prod, "SecurityPolicy"):
        assert policy["spec"]["authorization"] == {
            "defaultAction": "Deny",
            "rules": [{"name": "admin-source-ranges", "action": "Allow", "principal": {"clientCIDRs": ["203.0.113.0/24"]}}],
        }
    # The client's own address reaches Envoy only if the load balancer keeps it.
    proxy = prod["edge/EnvoyProxy.codex-envoy.k8s.yaml"]["spec"]["provider"]["kubernetes"]
    assert proxy["envoyService"]["externalTrafficPolicy"] == "Local"


def test_bad_admin_settings_are_refused(project):
    project.edit(
        "environments/prod.yaml",
        lambda d: d["edge"].update(
            admin_source_ranges=["203.0.113.7/24"], admin_host="api.codexakash.space", admin_tls_secret="codex-api-tls"
        ),
    )
    with pytest.raises(ConfigError) as error:
        project.load()
    message = str(error.value)
    assert "environments/prod.yaml: edge.admin_source_ranges[0]: '203.0.113.7/24' is not an address range" in message
    assert "environments/prod.yaml: edge.admin_host: 'api.codexakash.space' is the API's host" in message
    assert "environments/prod.yaml: edge.admin_tls_secret: 'codex-api-tls' is tls_secret too" in message


def test_admin_routes_need_their_own_host(project):
    project.edit("environments/prod.yaml", lambda d: d["edge"].pop("admin_host"))
    with pytest.raises(ConfigError, match=r"edge.admin_host: admin routes \['/kafka-ui', '/grafana-ui'\] need a host of their own"):
        project.load()
    with pytest.raises(ValueError, match="need admin_host"):
        PlatformGateway(
            chart(),
            "gw",
            name="gw",
            namespace="apps",
            gateway_class="eg",
            host="api.example.com",
            tls_secret="tls",
            routes=[Route("/admin", "admin", 80, admin=True)],
            admin_auth=BasicAuth("admin-auth"),
        )


def test_other_gateway_classes_are_refused(project):
    """GKE's managed classes ignore HTTPRoute timeouts and readiness probes: the config no
    longer accepts a class; the edge is Envoy Gateway's."""
    project.edit("environments/prod.yaml", lambda d: d["edge"].update(gateway_class="gke-l7-global-external-managed"))
    with pytest.raises(ConfigError, match="environments/prod.yaml: edge.gateway_class: is not a known key"):
        project.load()


def test_certificates_are_issued_through_the_edge_dns_points_at(prod, dev):
    """Let's Encrypt fetches the challenge from the address DNS gives: the ``api`` edge. prod is
    at step 2 of moving the edge (DNS still at ingress-nginx, the Gateway its standby), dev has
    moved. Both serve the same certificates from the same Secrets."""
    for objects, (api, admin), issuer, edge in (
        (prod, HOSTS["prod"], "letsencrypt-prod", "ingress"),
        (dev, HOSTS["dev"], "letsencrypt-staging", "gateway"),
    ):
        certificates = {c["spec"]["secretName"]: c for c in of_kind(objects, "Certificate")}
        # One per host: a certificate valid for both makes Envoy Gateway turn HTTP/2 off on both
        # listeners (OverlappingTLSConfig, internal/gatewayapi/listener.go), lest browsers reuse
        # an API connection for the admin host.
        assert {name: c["spec"]["dnsNames"] for name, c in certificates.items()} == {"codex-api-tls": [api], "codex-admin-tls": [admin]}
        assert {c["metadata"]["namespace"] for c in certificates.values()} == {"app-services"}
        (solver,) = objects[f"edge/ClusterIssuer.{issuer}.k8s.yaml"]["spec"]["acme"]["solvers"]
        if edge == "ingress":
            assert solver == {"http01": {"ingress": {"ingressClassName": "nginx"}}}
        else:
            (parent,) = solver["http01"]["gatewayHTTPRoute"]["parentRefs"]
            assert (parent["name"], parent["namespace"], parent["sectionName"]) == ("codex-gateway", "app-services", "http")
        # cert-manager creates the challenge route in the Certificate's namespace, for each host.
        http = next(l for l in objects["edge/Gateway.codex-gateway.k8s.yaml"]["spec"]["listeners"] if l["name"] == "http")
        assert "hostname" not in http
        assert "app-services" in http["allowedRoutes"]["namespaces"]["selector"]["matchExpressions"][0]["values"]
        served = {
            listener["hostname"]: listener["tls"]["certificateRefs"]
            for listener in objects["edge/Gateway.codex-gateway.k8s.yaml"]["spec"]["listeners"]
            if listener["protocol"] == "HTTPS"
        }
        assert served == {
            api: [{"group": "", "kind": "Secret", "name": "codex-api-tls"}],
            admin: [{"group": "", "kind": "Secret", "name": "codex-admin-tls"}],
        }
        # Gateway support is off in cert-manager unless configured (v1.19 default false).
        values = objects["gitops/Application.codex-cert-manager.k8s.yaml"]["spec"]["source"]["helm"]["valuesObject"]
        assert values["config"] == {"enableGatewayAPI": True}


def waves(objects: dict) -> dict[str, int]:
    return {
        o["metadata"]["name"]: int(o["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"])
        for o in of_kind(objects, "Application")
        if "argocd.argoproj.io/sync-wave" in o["metadata"].get("annotations", {})
    }


def test_envoy_gateway_is_installed_pinned_and_before_cert_manager(prod):
    app = prod["gitops/Application.codex-envoy-gateway.k8s.yaml"]["spec"]
    assert (app["source"]["repoURL"], app["source"]["chart"], app["source"]["targetRevision"]) == (
        "docker.io/envoyproxy",
        "gateway-helm",
        "v1.9.0",
    )
    # Its chart installs the Gateway API CRDs, which cert-manager's Gateway support needs at start.
    assert waves(prod)["codex-envoy-gateway"] < waves(prod)["codex-cert-manager"]
    assert "ServerSideApply=true" in app["syncPolicy"]["syncOptions"], "the EnvoyProxy CRD is too large for a client-side apply"
    labels = app["syncPolicy"]["managedNamespaceMetadata"]["labels"]
    assert labels["pod-security.kubernetes.io/enforce"] == "restricted"


def test_the_edge_survives_a_node_loss_in_prod(prod, dev):
    proxy = prod["edge/EnvoyProxy.codex-envoy.k8s.yaml"]["spec"]["provider"]["kubernetes"]
    assert proxy["envoyDeployment"]["replicas"] == 2
    assert proxy["envoyPDB"] == {"minAvailable": 1}
    spread = {c["topologyKey"]: c for c in proxy["envoyDeployment"]["pod"]["topologySpreadConstraints"]}
    assert spread["kubernetes.io/hostname"]["whenUnsatisfiable"] == "DoNotSchedule"
    assert spread["kubernetes.io/hostname"]["labelSelector"]["matchLabels"] == {
        "app.kubernetes.io/name": "envoy",
        "app.kubernetes.io/component": "proxy",
    }
    controller = prod["gitops/Application.codex-envoy-gateway.k8s.yaml"]["spec"]["source"]["helm"]["valuesObject"]
    assert controller["deployment"]["replicas"] == 2
    assert controller["podDisruptionBudget"] == {"minAvailable": 1}
    selector = controller["deployment"]["pod"]["topologySpreadConstraints"][0]["labelSelector"]["matchLabels"]
    assert selector == {"app.kubernetes.io/name": "gateway-helm", "app.kubernetes.io/instance": "envoy-gateway"}
    class_ = prod["edge/GatewayClass.codex-envoy.k8s.yaml"]["spec"]
    assert class_["controllerName"] == "gateway.envoyproxy.io/gatewayclass-controller"
    assert class_["parametersRef"] == {
        "group": "gateway.envoyproxy.io",
        "kind": "EnvoyProxy",
        "name": "codex-envoy",
        "namespace": "envoy-gateway-system",
    }
    dev_proxy = dev["edge/EnvoyProxy.codex-envoy.k8s.yaml"]["spec"]["provider"]["kubernetes"]
    assert dev_proxy["envoyDeployment"]["replicas"] == 1 and "envoyPDB" not in dev_proxy


def test_migration_renders_both_edges_with_one_certificate_per_host(prod, dev):
    # prod moves from ingress-nginx: both edges serve the same hosts from the same Secrets.
    assert of_kind(prod, "Gateway") and of_kind(prod, "Ingress")
    assert sorted(c["metadata"]["name"] for c in of_kind(prod, "Certificate")) == ["codex-admin-tls", "codex-api-tls"]
    assert "gitops/Application.codex-ingress-nginx.k8s.yaml" in prod
    admin = prod["edge/Ingress.main-ingress-admin.k8s.yaml"]["spec"]
    assert admin["rules"][0]["host"] == "admin.codexakash.space"
    assert admin["tls"] == [{"hosts": ["admin.codexakash.space"], "secretName": "codex-admin-tls"}]
    # dev has moved: no retired controller left.
    assert not of_kind(dev, "Ingress")
    assert "gitops/Application.codex-ingress-nginx.k8s.yaml" not in dev


def test_back_on_the_ingress_the_ingress_answers_challenges(project, tmp_path):
    project.edit("environments/prod.yaml", lambda d: d["edge"].update(api="ingress", standby="gateway"))
    prod = synth_project(project, tmp_path / "out", "prod")["prod"]
    solver = prod["edge/ClusterIssuer.letsencrypt-prod.k8s.yaml"]["spec"]["acme"]["solvers"][0]["http01"]
    assert solver == {"ingress": {"ingressClassName": "nginx"}}
    assert len(of_kind(prod, "Certificate")) == 2 and of_kind(prod, "Gateway")
    project.edit("environments/prod.yaml", lambda d: d["edge"].update(standby="ingress"))
    with pytest.raises(ConfigError, match="edge.standby: 'ingress' is already the api"):
        project.load()


def test_the_ingress_alone_renders_no_gateway(project, tmp_path):
    """Once the gateway is neither the api nor the standby, none of it is left behind."""
    project.edit("environments/prod.yaml", lambda d: d["edge"].update(api="ingress", standby="none"))
    prod = synth_project(project, tmp_path / "out", "prod")["prod"]
    assert not [path for path, o in prod.items() if o["apiVersion"].startswith(("gateway.networking.k8s.io", "gateway.envoyproxy.io"))]
    assert "gitops/Application.codex-envoy-gateway.k8s.yaml" not in prod
    assert not [path for path in prod if "envoy-gateway-system" in path or path.startswith("network/NetworkPolicy.envoy")]
    assert of_kind(prod, "Ingress")


def test_backends_are_healthy_by_their_own_readiness(prod):
    """Envoy sends traffic only to endpoints the EndpointSlices mark ready, i.e. to pods whose
    readiness probe passes (GKE's load balancer instead probed `GET /`, 404 on gateway-service,
    and nothing at all on collab). Every routed workload we render has a readiness probe; Grafana's
    is its chart's default (`/api/health`, which we do not override)."""
    deployments = {o["metadata"]["name"]: o for o in of_kind(prod, "Deployment")}
    backends = {
        r["spec"]["rules"][0]["backendRefs"][0]["name"] for r in of_kind(prod, "HTTPRoute") if r["spec"]["rules"][0].get("backendRefs")
    }
    assert backends == {"gateway-service", "collab-service", "kafka-ui", "grafana"}
    for name in backends - {"grafana"}:
        for container in deployments[name]["spec"]["template"]["spec"]["containers"]:
            if container.get("ports"):
                assert "readinessProbe" in container, name
    grafana = prod["gitops/Application.codex-grafana.k8s.yaml"]["spec"]["source"]["helm"]["valuesObject"]
    assert "readinessProbe" not in grafana


def test_no_policy_admits_google_s_load_balancer_ranges_any_more(prod, dev):
    """Those ranges reach pods only with GKE's own Gateway classes, which are not used."""
    for objects in (prod, dev):
        for policy in of_kind(objects, "NetworkPolicy"):
            for rule in policy["spec"].get("ingress", []):
                for peer in rule.get("from", []):
                    assert peer.get("ipBlock", {}).get("cidr") not in ("35.191.0.0/16", "130.211.0.0/22"), policy["metadata"]["name"]


def test_plain_http_only_redirects_to_https(prod):
    """On port 80 the Gateway answers every request with a permanent redirect to HTTPS (and
    cert-manager's challenges, whose Exact paths win over this prefix)."""
    on_http = [r for r in of_kind(prod, "HTTPRoute") if any(p.get("sectionName") == "http" for p in r["spec"]["parentRefs"])]
    assert [r["metadata"]["name"] for r in on_http] == ["codex-gateway-https-redirect"]
    (redirect,) = on_http
    assert redirect["spec"]["hostnames"] == list(HOSTS["prod"])
    assert redirect["spec"]["rules"] == [
        {"filters": [{"type": "RequestRedirect", "requestRedirect": {"scheme": "https", "statusCode": 301}}]}
    ]
