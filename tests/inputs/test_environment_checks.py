"""Every check of an environment file (codex_platform/inputs/config.py), on the minimal model and
environment of tests/minimal.py: the complete list of problems each mistake produces, as
literals, and the values at each bound that are still accepted."""

from __future__ import annotations

import pytest

from codex_platform.inputs.environment_checks import load_environment
from codex_platform.inputs.errors import ConfigError
from codex_platform.inputs.model_checks import load_model
from minimal import write_minimal

DNS = "is not a DNS label: use at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit"
SUBDOMAIN = "is not a DNS subdomain: use lower-case letters, digits, '-' and '.', starting and ending with a letter or digit"
FLOATING = "is a floating tag, refused in a production environment; pin the image's 7-character git SHA (or a sha256 digest)"


def services(data):
    return data["services"]


def prod(data):
    """The minimal environment, made a valid production one."""
    data.update(tier="production", client_urls=[])
    data["gitops"]["image_updates"] = "promotion"
    for name in ("api", "worker"):
        services(data)[name]["image"]["tag"] = "0a1b2c3"


CASES = {
    "environment name": (
        None,
        None,
        [f"environment name (the file name) 'Dev' {DNS}"],
        "Dev",
    ),
    "unknown key": (
        None,
        lambda d: d.update(colour="red"),
        [
            "colour: is not a known key; allowed: tier, node_env, domain, client_urls, services, edge, gitops, paused, secrets, "
            "kafka, redis, kafka_ui, observability, alerts, images, node_pools"
        ],
    ),
    "source written in the file": (None, lambda d: d.update(source="x"), ["source: is set from the file name; remove it"]),
    "unknown service before a known one": (
        None,
        lambda d: (
            d.update(services={"extra": {"image": {"repository": "x/y", "tag": "1"}}, **services(d)}),
            services(d)["api"].update(replicas=-1),
        ),
        ["services.extra: is not a service of platform.yaml; known services: api, worker", "services.api.replicas: -1 must be 0 or more"],
    ),
    "ranges of an undeclared destination, with two declared": (
        lambda m: services(m)["api"].update(outbound=[{"name": "db", "ports": [5432]}, {"name": "mail", "ports": [587]}]),
        lambda d: services(d)["api"].update(outbound_cidrs={"cache": ["10.0.0.0/24"]}),
        ["services.api.outbound_cidrs.cache: is not an outbound destination of api in platform.yaml; its destinations: db, mail"],
    ),
    "partitions of a second consumer past a missing one": (
        lambda m: services(m).update(worker2={**services(m)["worker"], "docker_daemon": None}),
        lambda d: services(d).update(worker2={**services(d).pop("worker"), "replicas": 2}),
        [
            "services.worker: is missing: configure every service of platform.yaml (api, worker, worker2)",
            "services.worker2.replicas: up to 2 replicas of worker2 read JOBS (group workers), which has 1 partitions in platform.yaml: "
            "the extra replicas would idle. Raise kafka.topics.JOBS.partitions to at least 2, or lower the replicas",
        ],
    ),
    "secret store": (
        None,
        lambda d: d.update(secrets={"store": "GCP"}),
        [f"secrets.store: secret store 'GCP' {DNS}"],
    ),
    "remote prefix": (
        None,
        lambda d: d.update(secrets={"remote_prefix": "Codex_"}),
        ["secrets.remote_prefix: 'Codex_' must be lower-case letters, digits and '-'"],
    ),
    "domain": (
        None,
        lambda d: d.update(domain="Shop.example"),
        ["domain: 'Shop.example' is not a lower-case DNS domain like 'codexakash.space'"],
    ),
    "origin with a path": (
        None,
        lambda d: d.update(client_urls=["https://shop.example.com/"]),
        ["client_urls[0]: 'https://shop.example.com/' is not an origin like 'https://codexakash.space' (no path, no trailing '/')"],
    ),
    "http origin in production": (
        None,
        lambda d: (prod(d), d.update(client_urls=["http://shop.example.com"])),
        ["client_urls[0]: 'http://shop.example.com': production origins must use https"],
    ),
    "no origin for a browser service": (
        lambda m: services(m)["api"].update(client_urls=2),
        None,
        ["client_urls: list at least one origin: services that serve browsers need CLIENT_URL_1"],
    ),
    "more origins than a service reads": (
        lambda m: (services(m)["api"].update(client_urls=1), services(m)["worker"].update(client_urls=2)),
        lambda d: d.update(client_urls=["https://a.example.com", "https://b.example.com", "https://c.example.com"]),
        [
            "client_urls: 3 origins, but api reads only CLIENT_URL_1 (platform.yaml: services.api.client_urls): the rest would be "
            "ignored; list at most 1",
            "client_urls: 3 origins, but worker reads only CLIENT_URL_1..CLIENT_URL_2 (platform.yaml: services.worker.client_urls): "
            "the rest would be ignored; list at most 2",
        ],
    ),
    "service missing": (
        None,
        lambda d: services(d).pop("worker"),
        ["services.worker: is missing: configure every service of platform.yaml (api, worker)"],
    ),
    "unknown service": (
        None,
        lambda d: services(d).update(extra={"image": {"repository": "x/y", "tag": "1"}}),
        ["services.extra: is not a service of platform.yaml; known services: api, worker"],
    ),
    "floating tag in production": (
        None,
        lambda d: (prod(d), services(d)["api"]["image"].update(tag="latest")),
        [f"services.api.image.tag: 'latest' {FLOATING}"],
    ),
    "empty tag in production": (
        None,
        lambda d: (prod(d), services(d)["api"]["image"].update(tag="")),
        [f"services.api.image.tag: an empty tag {FLOATING}"],
    ),
    "two owners of the replica count": (
        None,
        lambda d: services(d)["api"].update(replicas=2, autoscaling={"min_replicas": 1, "max_replicas": 2, "cpu_utilization": 50}),
        [
            "services.api: set only one of replicas, autoscaling, lag_scaling (found replicas and autoscaling): a replica count has one owner"
        ],
    ),
    "lag scaling of a gRPC service": (
        None,
        lambda d: services(d)["api"].update(lag_scaling={}),
        ["services.api.lag_scaling: only a kafka-worker scales on consumer lag; api is a grpc service"],
    ),
    "lag scaling without a topic": (
        lambda m: services(m)["worker"]["kafka"].update(consumes={}, produces=["JOBS"]),
        lambda d: services(d)["worker"].update(lag_scaling={}),
        ["services.worker.lag_scaling: worker consumes no topic in platform.yaml, so it has no lag to scale on"],
    ),
    "memory target without a request": (
        None,
        lambda d: services(d)["api"].update(autoscaling={"min_replicas": 1, "max_replicas": 2, "memory_utilization": 80}),
        [
            "services.api.autoscaling.memory_utilization: a memory target needs an explicit memory request (resources.requests.memory) to be a percentage of"
        ],
    ),
    "memory target at the resting memory": (
        None,
        lambda d: services(d)["api"].update(
            autoscaling={"min_replicas": 1, "max_replicas": 2, "memory_utilization": 75},
            resources={"requests": {"cpu": "50m", "memory": "128Mi"}, "limits": {"cpu": "100m", "memory": "256Mi"}},
        ),
        [
            "services.api.autoscaling.memory_utilization: 75% of the 128Mi request is 96Mi, not above the 96Mi a service uses at rest (platform.yaml: resting_memory), so the HPA would never scale down; remove memory_utilization or raise requests.memory to what the service really uses"
        ],
    ),
    "negative replicas": (None, lambda d: services(d)["api"].update(replicas=-1), ["services.api.replicas: -1 must be 0 or more"]),
    "privileged without a node pool": (
        lambda m: (m["namespaces"]["extra"].update(pod_security="privileged"), services(m)["worker"].update(namespace="extra")),
        None,
        [
            "services.worker.node_pool: worker runs privileged (namespace extra): give it a dedicated, tainted node pool so it never shares a node with other workloads"
        ],
    ),
    "daemon resources without a daemon": (
        None,
        lambda d: services(d)["api"].update(
            docker_daemon_resources={"requests": {"cpu": "50m", "memory": "64Mi"}, "limits": {"cpu": "100m", "memory": "128Mi"}}
        ),
        ["services.api.docker_daemon_resources: api runs no Docker daemon in platform.yaml"],
    ),
    "mirror without a daemon": (
        None,
        lambda d: services(d)["api"].update(docker_registry_mirror="https://mirror.example.com"),
        ["services.api.docker_registry_mirror: api runs no Docker daemon in platform.yaml"],
    ),
    "mirror over http": (
        None,
        lambda d: services(d)["worker"].update(docker_registry_mirror="http://mirror.example.com"),
        ["services.worker.docker_registry_mirror: 'http://mirror.example.com' is not an https URL"],
    ),
    "ranges of an undeclared destination": (
        None,
        lambda d: services(d)["api"].update(outbound_cidrs={"db": ["10.0.0.0/24"]}),
        ["services.api.outbound_cidrs.db: is not an outbound destination of api in platform.yaml; its destinations: none"],
    ),
    "every address as a range": (
        lambda m: services(m)["api"].update(outbound=[{"name": "db", "ports": [5432]}]),
        lambda d: services(d)["api"].update(outbound_cidrs={"db": ["0.0.0.0/0"]}),
        ["services.api.outbound_cidrs: db: '0.0.0.0/0' is every address; leave the destination out instead"],
    ),
    "malformed range": (
        lambda m: services(m)["api"].update(outbound=[{"name": "db", "ports": [5432]}]),
        lambda d: services(d)["api"].update(outbound_cidrs={"db": ["10.0.0.300/24"]}),
        ["services.api.outbound_cidrs: db: '10.0.0.300/24' is not an address range like '203.0.113.0/24'"],
    ),
    "override of an undeclared setting": (
        None,
        lambda d: services(d)["api"].update(env={"X": "1"}),
        ["services.api.env.X: is not a setting of api in platform.yaml; overridable settings: none"],
    ),
    "override listing the settings": (
        lambda m: services(m)["api"].update(env={"A": "1", "B": "2"}),
        lambda d: services(d)["api"].update(env={"X": "1"}),
        ["services.api.env.X: is not a setting of api in platform.yaml; overridable settings: A, B"],
    ),
    "automatic updates in production": (
        None,
        lambda d: (prod(d), d["gitops"].update(image_updates="automatic")),
        ["gitops.image_updates: production moves by reviewed promotion, not by every new image: set promotion"],
    ),
    "repository URL": (
        None,
        lambda d: d["gitops"].update(repo_url="git@github.com:example/shop.git"),
        ["gitops.repo_url: 'git@github.com:example/shop.git' is not a repository URL like 'https://github.com/org/repo.git'"],
    ),
    "more replicas than partitions": (
        None,
        lambda d: services(d)["worker"].update(replicas=2),
        [
            "services.worker.replicas: up to 2 replicas of worker read JOBS (group workers), which has 1 partitions in platform.yaml: the extra replicas would idle. Raise kafka.topics.JOBS.partitions to at least 2, or lower the replicas"
        ],
    ),
    "autoscaling past the partitions": (
        None,
        lambda d: services(d)["worker"].update(autoscaling={"min_replicas": 1, "max_replicas": 3, "cpu_utilization": 50}),
        [
            "services.worker.autoscaling.max_replicas: up to 3 replicas of worker read JOBS (group workers), which has 1 partitions in platform.yaml: the extra replicas would idle. Raise kafka.topics.JOBS.partitions to at least 3, or lower the replicas"
        ],
    ),
    "lag scaling past the partitions": (
        None,
        lambda d: services(d)["worker"].update(lag_scaling={"min_replicas": 0, "max_replicas": 4}),
        [
            "services.worker.lag_scaling.max_replicas: up to 4 replicas of worker read JOBS (group workers), which has 1 partitions in platform.yaml: the extra replicas would idle. Raise kafka.topics.JOBS.partitions to at least 4, or lower the replicas"
        ],
    ),
    "host": (
        None,
        lambda d: d["edge"].update(host="API.example.com"),
        ["edge.host: 'API.example.com' is not a lower-case DNS host name"],
    ),
    "cluster issuer": (
        None,
        lambda d: d["edge"].update(cluster_issuer="LE"),
        [f"edge.cluster_issuer: cluster_issuer 'LE' {DNS}"],
    ),
    "one certificate Secret for both hosts": (
        None,
        lambda d: d["edge"].update(admin_tls_secret="codex-api-tls"),
        ["edge.admin_tls_secret: 'codex-api-tls' is tls_secret too; each host's certificate needs its own Secret"],
    ),
    "standby same as api": (
        None,
        lambda d: d["edge"].update(standby="gateway"),
        ["edge.standby: 'gateway' is already the api; set none, or the other edge while migrating"],
    ),
    "admin routes without a host": (
        lambda m: m["edge"]["routes"].insert(0, {"path": "/kafka", "backend": "kafka-ui", "port": "http", "admin": True}),
        None,
        [
            "edge.admin_host: admin routes ['/kafka'] need a host of their own (e.g. admin.shop.example.com), so admin pages never share an origin with the API; or set admin_access: off"
        ],
    ),
    "admin host same as API host": (
        lambda m: m["edge"]["routes"].insert(0, {"path": "/kafka", "backend": "kafka-ui", "port": "http", "admin": True}),
        lambda d: d["edge"].update(admin_host="api.shop.example.com"),
        ["edge.admin_host: 'api.shop.example.com' is the API's host; give admin tools another"],
    ),
    "admin host malformed": (
        lambda m: m["edge"]["routes"].insert(0, {"path": "/kafka", "backend": "kafka-ui", "port": "http", "admin": True}),
        lambda d: d["edge"].update(admin_host="Admin.shop"),
        ["edge.admin_host: 'Admin.shop' is not a lower-case DNS host name"],
    ),
    "admin source range": (
        None,
        lambda d: d["edge"].update(admin_source_ranges=["10.0.0.0/8", "nope"]),
        ["edge.admin_source_ranges[1]: 'nope' is not an address range like '203.0.113.0/24'"],
    ),
    "load balancer IP": (
        None,
        lambda d: d["edge"].update(load_balancer_ip="1.2.3"),
        ["edge.load_balancer_ip: '1.2.3' is not an IP address"],
    ),
    "no edge controller": (
        None,
        lambda d: d["edge"].update(controller_replicas=0),
        ["edge.controller_replicas: 0 must be at least 1"],
    ),
    "one edge controller in production": (
        None,
        lambda d: (prod(d), d["edge"].update(controller_replicas=1)),
        ["edge.controller_replicas: production needs at least 2, or every node drain is an outage"],
    ),
    "staging certificates in production": (
        None,
        lambda d: (prod(d), d["edge"].update(acme_server="staging")),
        ["edge.acme_server: production needs certificates browsers trust: use production"],
    ),
    "node pool name too long": (
        None,
        lambda d: services(d)["worker"].update(node_pool={"name": "x" * 41}),
        ["services.worker.node_pool.name: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': GKE node pool names have at most 40 characters"],
    ),
    "node pool label": (
        None,
        lambda d: services(d)["worker"].update(node_pool={"name": "pool", "label": "Bad Key!"}),
        ["services.worker.node_pool.label: 'Bad Key!' is not a label key like 'example.com/role' or 'dedicated'"],
    ),
    "node pool taint": (
        None,
        lambda d: services(d)["worker"].update(node_pool={"name": "pool", "taint": "bad key!"}),
        ["services.worker.node_pool.taint: 'bad key!' is not a label key like 'example.com/role' or 'dedicated'"],
    ),
    "runtime class": (
        None,
        lambda d: services(d)["worker"].update(runtime_class="Bad_Class"),
        [f"services.worker.runtime_class: 'Bad_Class' {SUBDOMAIN}"],
    ),
    "no Kafka broker": (None, lambda d: d.update(kafka={"replicas": 0}), ["kafka.replicas: 0 must be at least 1"]),
    "Kafka storage class": (
        None,
        lambda d: d.update(kafka={"storage_class": "Bad_Class"}),
        [f"kafka.storage_class: 'Bad_Class' {SUBDOMAIN}"],
    ),
    "no retention time": (
        None,
        lambda d: d.update(
            kafka={
                "retention_hours": 0,
            }
        ),
        ["kafka.retention_hours: 0 must be at least 1"],
    ),
    "no retention size": (
        None,
        lambda d: d.update(kafka={"retention_bytes": 0}),
        ["kafka.retention_bytes: 0 must be at least 1"],
    ),
    "no segment size": (None, lambda d: d.update(kafka={"segment_bytes": 0}), ["kafka.segment_bytes: 0 must be at least 1"]),
    "Redis storage class": (
        None,
        lambda d: d.update(redis={"storage_class": "Bad_Class"}),
        [f"redis.storage_class: 'Bad_Class' {SUBDOMAIN}"],
    ),
    "alert lag threshold": (None, lambda d: d.update(alerts={"consumer_lag": 0}), ["alerts.consumer_lag: 0 must be at least 1"]),
    "SLO of 1": (
        None,
        lambda d: d.update(alerts={"slo_success": 1.0}),
        ["alerts.slo_success: 1.0 must be between 0 and 1, like 0.99"],
    ),
    "5xx ratio of 0": (
        None,
        lambda d: d.update(alerts={"edge_5xx_ratio": 0}),
        ["alerts.edge_5xx_ratio: 0.0 must be between 0 and 1, like 0.99"],
    ),
    "Slack without a channel": (
        None,
        lambda d: d.update(alerts={"receiver": "slack"}),
        ["alerts.slack_channel: None: the slack receiver needs a channel like '#codex-alerts'"],
    ),
    "Slack channel without #": (
        None,
        lambda d: d.update(alerts={"receiver": "slack", "slack_channel": "alerts"}),
        ["alerts.slack_channel: 'alerts': the slack receiver needs a channel like '#codex-alerts'"],
    ),
    "lag scaling bounds": (
        None,
        lambda d: services(d)["worker"].update(lag_scaling={"min_replicas": 2, "max_replicas": 1}),
        ["services.worker.lag_scaling.min_replicas: 2 and max_replicas 1: need 0 <= min_replicas <= max_replicas and max_replicas >= 1"],
    ),
    "reserved key": (None, lambda d: d.update(name="x"), ["name: is set from the file name; remove it"]),
    "storage size": (
        None,
        lambda d: d.update(observability={"tempo_storage": "10gb"}),
        ["observability.tempo_storage: '10gb' is not a byte quantity; use a number with Ki, Mi, Gi, Ti (or k, M, G, T), like '256Mi'"],
    ),
    "third-party images": (
        None,
        lambda d: d.update(
            images={
                "nginx": {"repository": "nginx", "tag": "1.27"},
                "cert-manager-webhook": {"repository": "quay.io/jetstack/cert-manager-webhook", "tag": "v1.20.0"},
            }
        ),
        [
            "images.nginx: is not an image the platform runs; one of: docker-daemon, redis, kafka-ui, otel-collector, cert-manager-controller, "
            "cert-manager-webhook, cert-manager-cainjector, cert-manager-acmesolver, cert-manager-startupapicheck, prometheus, "
            "prometheus-config-reloader, kube-state-metrics, alertmanager, loki, loki-sidecar, grafana, grafana-sidecar, alloy",
            "images.cert-manager-webhook: the cert-manager chart runs quay.io/jetstack/cert-manager-webhook:v1.19.4, so only its digest "
            "may be set here; change the image by changing the chart's version",
        ],
    ),
    "third-party image by a floating tag in production": (
        None,
        lambda d: (prod(d), d.update(images={"redis": {"repository": "redis", "tag": "latest"}})),
        [f"images.redis.tag: 'latest' {FLOATING}"],
        "prod",
    ),
    "third-party image digest": (
        None,
        lambda d: d.update(images={"redis": {"repository": "redis", "tag": "7.4.9-alpine", "digest": "sha256:0"}}),
        ["images.redis.digest: 'sha256:0' is not 'sha256:' and 64 lower-case hex digits"],
    ),
    "node pool not declared": (
        None,
        lambda d: (
            d.update(node_pools={"general": {"machine_type": "e2-standard-4"}}),
            services(d)["worker"].update(node_pool={"name": "sandbox"}),
        ),
        ["services.worker.node_pool.name: 'sandbox' is not under node_pools; declared: general"],
    ),
    "no general pool": (
        None,
        lambda d: d.update(node_pools={"sandbox": {"machine_type": "e2-standard-4"}}),
        ["node_pools: declare a pool named 'general': everything without a node_pool runs there"],
    ),
    "a pod larger than a node of its pool": (
        None,
        lambda d: (
            d.update(node_pools={"general": {"machine_type": "e2-highcpu-2", "zones": 1}}),
            services(d)["api"].update(resources={"requests": {"cpu": "500m", "memory": "2Gi"}, "limits": {"cpu": "1", "memory": "2Gi"}}),
        ),
        [
            "services.api.resources: one pod requests 0.50 CPU and 2.00GiB, more than a e2-highcpu-2 node of pool 'general' offers pods "
            "(1.93 CPU, 1.40GiB): it would never be scheduled; lower the requests or choose a larger machine_type"
        ],
    ),
    "node pool bounds": (
        None,
        lambda d: d.update(node_pools={"general": {"machine_type": "e2-standard-4", "zones": 5, "max_nodes_per_zone": 0}}),
        ["node_pools.general.zones: 5 must be from 1 to 4 (a GCP region has 3 or 4)"],
    ),
    "collector image outside images": (
        None,
        lambda d: d.update(observability={"collector_image": {"repository": "otel/opentelemetry-collector-contrib", "tag": "0.159.0"}}),
        ["observability.collector_image: set the collector's image as images.otel-collector, with the other third-party images"],
    ),
}

ACCEPTED = {
    "empty remote prefix": (None, lambda d: d.update(secrets={"remote_prefix": ""})),
    "http origin in development": (None, lambda d: d.update(client_urls=["http://localhost:3000"])),
    "as many origins as a service reads": (
        lambda m: services(m)["api"].update(client_urls=2),
        lambda d: d.update(client_urls=["https://a.example.com", "https://b.example.com"]),
    ),
    "floating tag in development": (None, lambda d: services(d)["api"]["image"].update(tag="latest")),
    "node pools that fit": (
        None,
        lambda d: (
            d.update(
                node_pools={
                    "general": {"machine_type": "e2-standard-2", "zones": 1},
                    "sandbox": {"machine_type": "e2-highcpu-2", "max_pods_per_node": 8},
                }
            ),
            services(d)["worker"].update(node_pool={"name": "sandbox"}),
        ),
    ),
    "a moving tag pinned by digest in production": (
        None,
        lambda d: (prod(d), d.update(images={"redis": {"repository": "redis", "tag": "latest", "digest": "sha256:" + "0" * 64}})),
    ),
    "a chart image's digest": (
        None,
        lambda d: d.update(images={"alloy": {"repository": "docker.io/grafana/alloy", "tag": "v1.18.1", "digest": "sha256:" + "1" * 64}}),
    ),
    "memory target above the resting memory": (
        None,
        lambda d: services(d)["api"].update(
            autoscaling={"min_replicas": 1, "max_replicas": 2, "memory_utilization": 76},
            resources={"requests": {"cpu": "50m", "memory": "128Mi"}, "limits": {"cpu": "100m", "memory": "256Mi"}},
        ),
    ),
    "zero replicas": (None, lambda d: services(d)["api"].update(replicas=0)),
    "as many replicas as partitions": (
        lambda m: m["kafka"]["topics"]["JOBS"].update(partitions=3),
        lambda d: services(d)["worker"].update(autoscaling={"min_replicas": 1, "max_replicas": 3, "cpu_utilization": 50}),
    ),
    "admin routes off": (
        lambda m: m["edge"]["routes"].insert(0, {"path": "/kafka", "backend": "kafka-ui", "port": "http", "admin": True}),
        lambda d: d["edge"].update(admin_access="off"),
    ),
    "load balancer IP valid": (None, lambda d: d["edge"].update(load_balancer_ip="203.0.113.7")),
    "one edge controller in development": (None, lambda d: d["edge"].update(controller_replicas=1)),
    "production": (None, prod),
    "node pool name of 40 characters": (None, lambda d: services(d)["worker"].update(node_pool={"name": "x" * 40})),
    "storage sizes in decimal units": (None, lambda d: d.update(observability={"loki_storage": "2G", "tempo_storage": "500M"})),
    "alerts at their bounds": (
        None,
        lambda d: d.update(alerts={"receiver": "slack", "slack_channel": "#alerts", "unavailable_minutes": 1, "slo_latency": 0.5}),
    ),
}


def load(tmp_path, model_edit, environment_edit, name="dev"):
    model_path, environment_path = write_minimal(tmp_path, model_edit, environment_edit, name)
    return load_environment(environment_path, load_model(model_path), environment_path.name)


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_each_mistake_is_every_problem_it_causes(tmp_path, case):
    model_edit, environment_edit, expected, *name = case
    file = name[0] if name else "dev"
    with pytest.raises(ConfigError) as error:
        load(tmp_path, model_edit, environment_edit, file)
    assert [str(problem) for problem in error.value.problems] == [f"{file}.yaml: {line}" for line in expected]


@pytest.mark.parametrize("edits", ACCEPTED.values(), ids=ACCEPTED.keys())
def test_values_at_each_bound_are_accepted(tmp_path, edits):
    load(tmp_path, *edits)
