"""What the cluster and the programs in it will do with the output, not only its shape.

Each consumer's behaviour is written here from its upstream source (quoted next to it), not
from our code: the image's entrypoint, the docker CLI, the scheduler, Grafana's provisioning,
KEDA's admission webhook, the collector's component names, the charts' defaults.
"""

from __future__ import annotations

import os
import re

import pytest
import yaml

from codex_platform.inputs.errors import ConfigError
from helpers import ROOT, synth_project

SHARED = ROOT.parent / "shared"


def pod(objects, kind, name):
    return objects[f"services/{kind}.{name}.k8s.yaml"]["spec"]["template"]["spec"]


def helm_values(objects, release):
    return objects[f"gitops/Application.codex-{release}.k8s.yaml"]["spec"]["source"]["helm"]["valuesObject"]


# The Docker daemon: what docker:29-dind's entrypoint and the docker CLI make of our settings -----


def dind_entrypoint(args: list[str], env: dict[str, str]) -> list[str]:
    """docker-library/docker 29/dind/dockerd-entrypoint.sh, as root, reduced to its arguments:

    if [ "$#" -eq 0 ] || [ "${1#-}" != "$1" ]; then
        ... (no TLS) set -- dockerd --host="$dockerSocket" --host=tcp://0.0.0.0:2375 "$@"
    if [ "$1" = 'dockerd' ]; then ... set -- '/usr/local/bin/dind' docker-init -- "$@"
    """
    if not args or args[0].startswith("-"):
        if env.get("DOCKER_TLS_CERTDIR", "/certs"):
            args = ["dockerd", "--host=unix:///var/run/docker.sock", "--host=tcp://0.0.0.0:2376", "--tlsverify", *args]
        else:
            args = ["dockerd", "--host=unix:///var/run/docker.sock", "--host=tcp://0.0.0.0:2375", *args]
    if args[0] == "dockerd":
        args = ["/usr/local/bin/dind", "docker-init", "--", *args]
    return args


def docker_cli_endpoint(argv: list[str], env: dict[str, str]) -> str:
    """Where the docker CLI connects: ``--host`` wins over ``DOCKER_HOST``; a bare host becomes
    ``tcp://<host>:2375`` (docker/cli opts.ParseHost, default TCP port 2375); nothing at all is
    the local socket."""
    hosts = [a.split("=", 1)[1] for a in argv if a.startswith("--host=")]
    value = hosts[0] if hosts else env.get("DOCKER_HOST", "unix:///var/run/docker.sock")
    if "://" not in value:
        value = f"tcp://{value}"
    if value.startswith("tcp://") and not re.search(r":\d+$", value):
        value += ":2375"
    return value


def container_env(container):
    return {e["name"]: e.get("value") for e in container.get("env", [])}


def test_the_daemon_s_effective_command_listens_on_loopback_only(prod):
    spec = pod(prod, "Deployment", "code-execution-service")
    (daemon,) = [c for c in spec["initContainers"] if c["name"] == "docker-daemon"]
    argv = dind_entrypoint(daemon.get("command", []) + daemon["args"], container_env(daemon))
    listens = [a.split("=", 1)[1] for a in argv if a.startswith("--host=") or a.startswith("-H=")]
    assert listens == ["tcp://127.0.0.1:2375"], argv
    assert argv[:3] == ["/usr/local/bin/dind", "docker-init", "--"]


def test_the_entrypoint_model_catches_flags_first():
    """The defect the issue found: flags first make the entrypoint add a 0.0.0.0 listener."""
    argv = dind_entrypoint(["--host=tcp://127.0.0.1:2375", "--storage-driver=overlay2"], {"DOCKER_TLS_CERTDIR": ""})
    assert "--host=tcp://0.0.0.0:2375" in argv


def test_the_worker_and_its_probe_reach_the_daemon_where_it_listens(prod):
    spec = pod(prod, "Deployment", "code-execution-service")
    (worker,) = spec["containers"]
    (daemon,) = spec["initContainers"]
    listens = next(a.split("=", 1)[1] for a in daemon["args"] if a.startswith("--host="))
    env = container_env(worker)
    # The start script runs `docker info` with the container's env; so does the probe.
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        command = worker[probe]["exec"]["command"]
        assert command[0] == "docker"
        assert docker_cli_endpoint(command, env) == listens, probe
    # The service itself (dockerode) uses DOCKER_HOST and DOCKER_PORT, since DOCKER_LOCAL is absent.
    assert f"tcp://{env['DOCKER_HOST']}:{env['DOCKER_PORT']}" == listens
    assert not any(m["mountPath"] == os.path.dirname(env["DOCKER_LOCAL"]) for m in worker.get("volumeMounts", []))


def test_the_daemon_is_a_native_sidecar_that_outlives_the_worker(prod):
    spec = pod(prod, "Deployment", "code-execution-service")
    assert [c["name"] for c in spec["containers"]] == ["code-execution-service"]
    (daemon,) = spec["initContainers"]
    # restartPolicy Always on an init container: started first, stopped after the main containers.
    assert daemon["name"] == "docker-daemon" and daemon["restartPolicy"] == "Always"
    assert "startupProbe" in daemon, "the worker starts only once the daemon answers"


def test_a_daemon_port_the_cli_would_not_find_is_refused(project):
    project.edit("platform.yaml", lambda d: d["services"]["code-execution-service"]["docker_daemon"].update(port=2376))
    with pytest.raises(ConfigError, match=r"services.code-execution-service.docker_daemon.port: 2376: .* use 2375"):
        project.load()


# Graceful shutdown ------------------------------------------------------------------------------


def test_work_in_flight_gets_a_drain_before_sigterm(prod):
    """The services' SIGTERM handlers disconnect Kafka and never exit (see the spec): a preStop
    sleep keeps the worker publishing results of jobs in flight (EXECUTION_TIMEOUT 10 s)."""
    expected = {  # name: (preStop sleep, grace)
        "code-execution-service": (15, 30),
        "collab-service": (5, 60),
        "gateway-service": (5, 30),
    }
    for name, (drain, grace) in expected.items():
        spec = pod(prod, "Deployment", name)
        (main,) = spec["containers"]
        assert main["lifecycle"]["preStop"]["exec"]["command"] == ["sleep", str(drain)], name
        assert spec["terminationGracePeriodSeconds"] == grace, name
    execution = container_env(pod(prod, "Deployment", "code-execution-service")["containers"][0])
    assert int(execution["EXECUTION_TIMEOUT"]) / 1000 < expected["code-execution-service"][0]


def test_a_drain_longer_than_the_grace_period_is_refused(project):
    project.edit(
        "platform.yaml",
        lambda d: d["services"]["collab-service"].update(shutdown={"grace_seconds": 10, "drain_seconds": 10}),
    )
    with pytest.raises(
        ConfigError, match="services.collab-service.shutdown: drain_seconds 10 must be at least 0 and below grace_seconds 10"
    ):
        project.load()


# Scheduling: what kube-scheduler's PodTopologySpread does with the constraints -------------------


def schedule(replicas, constraints, nodes, tolerations, node_selector):
    """Place ``replicas`` pods one by one, as PodTopologySpread filters: a node is feasible if the
    pod fits its selector and taints, and for each DoNotSchedule constraint the skew after
    placing (count on its domain + 1 - the minimum over eligible domains) is at most maxSkew.
    Eligible domains honour nodeAffinityPolicy (always: nodeSelector) and, only with
    ``nodeTaintsPolicy: Honor``, taints. Returns how many pods were placed."""

    def tolerated(node):
        return all(t in tolerations for t in node["taints"])

    def selected(node):
        return all(node["labels"].get(k) == v for k, v in node_selector.items())

    counts: dict[str, int] = {}
    placed = 0
    for _ in range(replicas):
        feasible = []
        for node in nodes:
            if not (selected(node) and tolerated(node)):
                continue
            ok = True
            for c in constraints:
                if c["whenUnsatisfiable"] != "DoNotSchedule":
                    continue
                key = c["topologyKey"]
                honour = c.get("nodeTaintsPolicy", "Ignore") == "Honor"
                domains = {n["labels"][key] for n in nodes if selected(n) and (tolerated(n) or not honour)}
                minimum = min(counts.get(f"{key}={d}", 0) for d in domains)
                if counts.get(f"{key}={node['labels'][key]}", 0) + 1 - minimum > c["maxSkew"]:
                    ok = False
            if ok:
                feasible.append(node)
        if not feasible:
            break
        node = min(feasible, key=lambda n: counts.get(f"kubernetes.io/hostname={n['labels']['kubernetes.io/hostname']}", 0))
        for c in constraints:
            domain = f"{c['topologyKey']}={node['labels'][c['topologyKey']]}"
            counts[domain] = counts.get(domain, 0) + 1
        placed += 1
    return placed


NODES = [
    {"labels": {"kubernetes.io/hostname": f"general-{i}", "topology.kubernetes.io/zone": f"zone-{i % 3}"}, "taints": []} for i in range(3)
] + [
    {
        "labels": {
            "kubernetes.io/hostname": f"sandbox-{i}",
            "topology.kubernetes.io/zone": f"zone-{i}",
            "cloud.google.com/gke-nodepool": "code-execution",
        },
        "taints": ["dedicated=code-execution"],
    }
    for i in range(2)
]


def test_a_service_s_replicas_fit_on_fewer_nodes_than_replicas_beside_a_tainted_pool(prod):
    spec = pod(prod, "Deployment", "gateway-service")
    constraints = spec["topologySpreadConstraints"]
    assert schedule(10, constraints, NODES, tolerations=[], node_selector={}) == 10
    ignoring = [{**c, "nodeTaintsPolicy": "Ignore"} for c in constraints]
    assert schedule(10, ignoring, NODES, tolerations=[], node_selector={}) == 3, "the scheduler model must see the defect"


# Autoscaling ------------------------------------------------------------------------------------


def test_every_memory_target_is_above_a_service_s_resting_memory(prod):
    resting = 96 * 2**20  # platform.yaml: resting_memory
    units = {"Mi": 2**20, "Gi": 2**30}
    for path, hpa in prod.items():
        if hpa["kind"] != "HorizontalPodAutoscaler":
            continue
        name = hpa["spec"]["scaleTargetRef"]["name"]
        (main,) = [c for c in pod(prod, "Deployment", name)["containers"] if c["name"] == name]
        request = main["resources"]["requests"]["memory"]
        request_bytes = int(request[:-2]) * units[request[-2:]]
        for metric in hpa["spec"]["metrics"]:
            if metric["resource"]["name"] == "memory":
                assert request_bytes * metric["resource"]["target"]["averageUtilization"] / 100 > resting, path


def test_a_memory_target_below_resting_memory_is_refused(project):
    def change(data):
        data["services"]["gateway-service"]["autoscaling"]["memory_utilization"] = 70

    project.edit("environments/prod.yaml", change)
    with pytest.raises(ConfigError, match=r"services.gateway-service.autoscaling.memory_utilization: 70% of the 64Mi request is 45Mi"):
        project.load()


def keda_webhook_admits(scaled_object, live_hpas):
    """kedacore/keda apis/keda/v1alpha1/scaledobject_webhook.go verifyHpas: an HPA on the same
    workload that this ScaledObject does not own is an error, unless the ScaledObject has
    ``scaledobject.keda.sh/transfer-hpa-ownership: "true"`` and names that HPA in
    ``spec.advanced.horizontalPodAutoscalerConfig.name``."""
    target = scaled_object["spec"]["scaleTargetRef"]["name"]
    for hpa in live_hpas:
        if hpa["spec"]["scaleTargetRef"]["name"] != target:
            continue
        if hpa["metadata"].get("annotations", {}).get("validations.keda.sh/hpa-ownership") == "false":
            continue
        transfer = scaled_object["metadata"].get("annotations", {}).get("scaledobject.keda.sh/transfer-hpa-ownership") == "true"
        named = scaled_object["spec"].get("advanced", {}).get("horizontalPodAutoscalerConfig", {}).get("name")
        if not (transfer and named == hpa["metadata"]["name"]):
            return False
    return True


def test_switching_a_running_worker_from_hpa_to_lag_scaling_passes_keda_s_webhook(project, tmp_path):
    before = synth_project(project, tmp_path / "before", "prod")["prod"]
    live_hpas = [o for o in before.values() if o["kind"] == "HorizontalPodAutoscaler"]

    def switch(data):
        worker = data["services"]["code-execution-service"]
        worker.pop("autoscaling")
        worker["lag_scaling"] = {"min_replicas": 1, "max_replicas": 6}

    project.edit("environments/prod.yaml", switch)
    after = synth_project(project, tmp_path / "after", "prod")["prod"]
    (scaled,) = [o for o in after.values() if o["kind"] == "ScaledObject"]
    assert keda_webhook_admits(scaled, live_hpas)
    stripped = {**scaled, "metadata": {**scaled["metadata"], "annotations": {}}}
    assert not keda_webhook_admits(stripped, live_hpas), "the webhook model must refuse a plain ScaledObject"
    # Only KEDA's operator, not its whole namespace, is a Kafka client.
    listener = after["data/Kafka.kafka.k8s.yaml"]["spec"]["kafka"]["listeners"][0]
    keda_peers = [
        p for p in listener["networkPolicyPeers"] if p["namespaceSelector"]["matchLabels"]["kubernetes.io/metadata.name"] == "keda"
    ]
    assert keda_peers == [
        {
            "namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "keda"}},
            "podSelector": {"matchLabels": {"app.kubernetes.io/name": "keda-operator"}},
        }
    ]


def test_no_variable_claims_to_be_the_worker_s_consumer_group(prod):
    """At the pinned image the worker consumes with CE_* groups it hard-codes; the triggers use those."""
    env = container_env(pod(prod, "Deployment", "code-execution-service")["containers"][0])
    assert env["KAFKA_CODE_EXECUTION_SERVICE_GROUP_ID"] == "code-execution-group"  # read, unused
    text = (ROOT / "platform.yaml").read_text()
    worker = text[text.index("  code-execution-service:") : text.index("  collab-service:")]
    assert "group: code-execution-group" not in worker


# Availability: the edge and the data plane survive one node ---------------------------------------


def test_the_ingress_controller_survives_a_node_loss_in_prod(prod):
    values = helm_values(prod, "ingress-nginx")["controller"]
    assert values["replicaCount"] == 2 and values["minAvailable"] == 1, "the chart makes a PDB when replicaCount > 1"
    hostname = next(c for c in values["topologySpreadConstraints"] if c["topologyKey"] == "kubernetes.io/hostname")
    assert hostname["whenUnsatisfiable"] == "DoNotSchedule" and hostname["nodeTaintsPolicy"] == "Honor"
    assert hostname["labelSelector"]["matchLabels"]["app.kubernetes.io/component"] == "controller"


def test_one_replica_edge_is_refused_in_production(project):
    project.edit("environments/prod.yaml", lambda d: d["edge"].update(controller_replicas=1))
    with pytest.raises(ConfigError, match="edge.controller_replicas: production needs at least 2"):
        project.load()


def test_kafka_brokers_never_share_a_node_and_know_their_zone(prod):
    pool = prod["data/KafkaNodePool.kafka-pool.k8s.yaml"]["spec"]
    assert pool["replicas"] == 3
    (term,) = pool["template"]["pod"]["affinity"]["podAntiAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"]
    assert term["topologyKey"] == "kubernetes.io/hostname"
    assert term["labelSelector"]["matchLabels"] == {"strimzi.io/cluster": "kafka", "strimzi.io/pool-name": "kafka-pool"}
    assert prod["data/Kafka.kafka.k8s.yaml"]["spec"]["kafka"]["rack"] == {"topologyKey": "topology.kubernetes.io/zone"}


def test_redis_evicts_before_it_is_killed(prod):
    (redis,) = prod["data/Deployment.redis.k8s.yaml"]["spec"]["template"]["spec"]["containers"]
    args = redis["args"]
    max_memory = int(args[args.index("--maxmemory") + 1])
    assert max_memory == 64 * 2**20, "half the 128Mi limit: the append-only file's rewrite forks, and may double what Redis uses"
    assert args[args.index("--appendonly") + 1] == "yes"
    assert redis["resources"]["limits"]["memory"] == "128Mi"
    assert args[args.index("--maxmemory-policy") + 1] == "volatile-lru"


# Observability: the charts' defaults, Grafana's expansion, Loki's limits --------------------------


def test_prometheus_runs_each_scrape_job_once(prod):
    values = helm_values(prod, "prometheus")
    disabled = {name for name, job in values["scrapeConfigs"].items() if job == {"enabled": False}}
    upstream = SHARED / "upstream-charts/prometheus-29.27.0/values.yaml"
    if upstream.exists():  # the chart's own default jobs, read from its values
        chart_jobs = set(yaml.safe_load(upstream.read_text())["scrapeConfigs"])
        assert disabled == chart_jobs
    ours = values["serverFiles"]["prometheus.yml"]["scrape_configs"]
    names = [job["job_name"] for job in ours]
    assert len(names) == len(set(names))
    cadvisor = [job for job in ours if job.get("metrics_path") == "/metrics/cadvisor"]
    assert len(cadvisor) == 1, "one cAdvisor job, or every sum() of pod CPU doubles"
    assert values.get("kube-state-metrics", {}).get("enabled", True), "kube-state-metrics is deployed..."
    targets = [t for job in ours for c in job.get("static_configs", []) for t in c["targets"]]
    assert "prometheus-kube-state-metrics.observability.svc.cluster.local:8080" in targets, "...and scraped"


def grafana_provisioning_expand(value: str, env: dict[str, str]) -> str:
    """grafana pkg/services/provisioning/values: split on ``$$`` (a literal ``$``), expand
    ``$VAR``/``${VAR}`` in each part with the environment, join with ``$``."""

    def expand(part):
        return re.sub(r"\$\{([^}]*)\}|\$([A-Za-z0-9_]+)", lambda m: env.get(m.group(1) or m.group(2), ""), part)

    return "$".join(expand(part) for part in value.split("$$"))


def test_the_log_to_trace_link_survives_grafana_s_provisioning(prod):
    datasources = helm_values(prod, "grafana")["datasources"]["datasources.yaml"]["datasources"]
    loki = next(d for d in datasources if d["type"] == "loki")
    (field,) = loki["jsonData"]["derivedFields"]
    assert grafana_provisioning_expand(field["url"], dict(os.environ)) == "${__value.raw}"
    assert grafana_provisioning_expand("${__value.raw}", {}) == "", "the expansion model must see the defect"
    # A label matcher over the field's name: structured metadata arrives as labels.
    assert field["matcherType"] == "label" and re.search(field["matcherRegex"], "trace_id")
    assert not re.search(field["matcherRegex"], "trace_id_x")


def test_trace_ids_are_structured_metadata_never_labels(prod):
    config = helm_values(prod, "alloy")["alloy"]["configMap"]["content"]
    labels_blocks = re.findall(r"stage\.labels\s*\{[^}]*\}", config)
    assert labels_blocks == [], "no stage.labels: pod labels come from discovery, bounded by the pods"
    assert re.search(r"stage\.structured_metadata\s*\{\s*values\s*=\s*\{\s*trace_id\s*=", config)
    relabels = re.findall(r'target_label\s*=\s*"(\w+)"', config)
    # Each bounded by what runs: a container name is one of its pod spec's.
    assert sorted(relabels) == ["app", "container", "namespace", "pod"]


def test_the_collector_uses_current_component_names(prod):
    config = helm_values(prod, "otel-collector")["config"]
    deprecated = {"otlp", "otlphttp"}  # exporter aliases since collector 0.158 (otlp_grpc, otlp_http)
    types = {name.split("/")[0] for name in config["exporters"]}
    assert not types & deprecated
    used = {e.split("/")[0] for p in config["service"]["pipelines"].values() for e in p["exporters"]}
    assert not used & deprecated
