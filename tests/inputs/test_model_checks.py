"""Every cross-check of platform.yaml (codex_platform/inputs/model.py), on a minimal model: the
complete list of problems each mistake produces, as literals, and the values at each bound that
are still accepted."""

from __future__ import annotations

import pytest

from codex_platform.inputs.errors import ConfigError
from codex_platform.inputs.model_checks import load_model
from minimal import write_minimal

DNS = "is not a DNS label: use at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit"
ENV_NAME = "is invalid: use letters, digits and '_'"
NO_METRICS = "services.api.request_metrics: needs a served port named 'metrics' to be scraped from"


def services(data):
    return data["services"]


def add_route(index, path, backend, port):
    return lambda d: d["edge"]["routes"].insert(index, {"path": path, "backend": backend, "port": port})


def outbound(*ports):
    return lambda d: services(d)["api"].update(outbound=[{"name": "db", "ports": list(ports)}])


CASES = {
    "platform name": (lambda d: d.update(name="Shop_1"), [f"name: platform name 'Shop_1' {DNS}"]),
    "namespace": (lambda d: d.update(namespace="Shop"), [f"namespace: namespace 'Shop' {DNS}"]),
    "unknown key": (
        lambda d: d.update(colour="red"),
        [
            "colour: is not a known key; allowed: name, namespace, services, kafka, redis, edge, namespaces, observability, "
            "grpc_timeout_ms, environments, resting_memory"
        ],
    ),
    "gRPC timeout": (lambda d: d.update(grpc_timeout_ms=0), ["grpc_timeout_ms: 0 must be a positive number of milliseconds"]),
    "no services": (lambda d: (d.update(services={}), d.pop("edge")), ["services: declare at least one service"]),
    "resting memory": (
        lambda d: d.update(resting_memory="lots"),
        ["resting_memory: 'lots' is not a byte quantity; use a number with Ki, Mi, Gi, Ti (or k, M, G, T), like '256Mi'"],
    ),
    "environment name": (lambda d: d.update(environments=["Dev"]), [f"environments[0]: environment name 'Dev' {DNS}"]),
    "environment twice": (lambda d: d.update(environments=["dev", "dev"]), ["environments: lists an environment twice"]),
    "Kafka cluster name": (lambda d: d["kafka"].update(cluster="Bad_Name"), [f"kafka.cluster: Kafka cluster name 'Bad_Name' {DNS}"]),
    "Kafka port 0": (lambda d: d["kafka"].update(port=0), ["kafka.port: 0 is not a port number (1-65535)"]),
    "Kafka port 65536": (lambda d: d["kafka"].update(port=65536), ["kafka.port: 65536 is not a port number (1-65535)"]),
    "no partitions": (lambda d: d["kafka"]["topics"]["JOBS"].update(partitions=0), ["kafka.topics.JOBS.partitions: 0 must be at least 1"]),
    "topic config": (
        lambda d: d["kafka"]["topics"]["JOBS"].update(config={"retention.msx": "1"}),
        [
            "kafka.topics.JOBS.config.retention.msx: is not a topic configuration Kafka knows (the broker would reject the topic); "
            "see https://kafka.apache.org/documentation/#topicconfigs"
        ],
    ),
    "Redis service name": (lambda d: d["redis"].update(service="Redis"), [f"redis.service: Redis service name 'Redis' {DNS}"]),
    "Redis password key": (
        lambda d: d["redis"].update(password_secret_key="redis-password"),
        [f"redis.password_secret_key: environment variable name 'redis-password' {ENV_NAME}"],
    ),
    "Redis port": (lambda d: d["redis"].update(port=70000), ["redis.port: 70000 is not a port number (1-65535)"]),
    "route twice": (add_route(0, "/", "api", "grpc"), ["edge.routes[1].path: '/' is routed twice"]),
    "route path": (add_route(0, "api", "api", "grpc"), ["edge.routes[0].path: 'api' must start with '/'"]),
    "route backend": (
        add_route(0, "/x", "nope", "grpc"),
        ["edge.routes[0].backend: unknown backend 'nope'; services and components: api, grafana, kafka-ui, worker"],
    ),
    "route port": (add_route(0, "/x", "api", "http"), ["edge.routes[0].port: 'api' has no port named 'http'"]),
    "catch-all not last": (
        add_route(1, "/x", "kafka-ui", "http"),
        ["edge.routes: the catch-all route '/' must be last, or it shadows the routes after it"],
    ),
    "namespace name": (lambda d: d["namespaces"].update({"Extra": {}}), [f"namespaces.Extra: namespace 'Extra' {DNS}"]),
    "empty privileged namespace": (
        lambda d: d["namespaces"]["extra"].update(pod_security="privileged"),
        ["namespaces.extra: a privileged namespace must hold exactly one service, so nothing else shares its exemption; it holds []"],
    ),
    "crowded privileged namespace": (
        lambda d: (
            d["namespaces"]["extra"].update(pod_security="privileged"),
            services(d)["api"].update(namespace="extra"),
            services(d)["worker"].update(namespace="extra"),
        ),
        [
            "namespaces.extra: a privileged namespace must hold exactly one service, so nothing else shares its exemption; "
            "it holds ['api', 'worker']"
        ],
    ),
    "service name": (lambda d: services(d).update({"Api2": services(d)["api"]}), [f"services.Api2: service name 'Api2' {DNS}"]),
    "port name": (
        lambda d: services(d)["api"]["ports"][1].update(name="Metrics"),
        [
            "services.api.ports[1].name: port name 'Metrics' is invalid: use at most 15 lower-case letters, digits and single '-', "
            "with at least one letter",
            NO_METRICS,
        ],
    ),
    "port number": (
        lambda d: services(d)["api"]["ports"][1].update(port=0),
        ["services.api.ports[1].port: 0 is not a port number (1-65535)"],
    ),
    "port name twice": (
        lambda d: services(d)["api"]["ports"][1].update(name="grpc"),
        ["services.api.ports[1].name: port name 'grpc' is used twice in this service", NO_METRICS],
    ),
    "port number twice": (
        lambda d: services(d)["api"]["ports"][1].update(port=50051),
        ["services.api.ports[1].port: port 50051 is used twice in this service ('grpc' and 'metrics')"],
    ),
    "port variable": (
        lambda d: services(d)["api"]["ports"][0].update(env="api-port"),
        [f"services.api.ports[0].env: environment variable name 'api-port' {ENV_NAME}"],
    ),
    "bind variable": (
        lambda d: services(d)["api"]["ports"][0].update(bind_env="api-bind"),
        [f"services.api.ports[0].bind_env: environment variable name 'api-bind' {ENV_NAME}"],
    ),
    "required port": (
        lambda d: (services(d)["api"]["ports"].pop(0), d.pop("edge")),
        ["services.api.ports: a grpc service needs a port named 'grpc'"],
    ),
    "served worker port": (
        lambda d: services(d)["worker"].update(ports=[{"name": "metrics", "port": 9100}]),
        ["services.worker.ports[0].served: a kafka-worker takes no inbound traffic: set served: false or choose another kind"],
    ),
    "unknown callee": (
        lambda d: services(d)["api"].update(calls=["nope"]),
        ["services.api.calls[0]: unknown service 'nope'; known services: api, worker"],
    ),
    "calls itself": (
        lambda d: services(d)["api"].update(calls=["api"]),
        ["services.api.calls[0]: a service does not call itself over gRPC; remove it"],
    ),
    "callee without gRPC": (
        lambda d: services(d)["api"].update(calls=["worker"]),
        ["services.api.calls[0]: 'worker' serves no 'grpc' port, so it cannot be called over gRPC"],
    ),
    "callee twice": (
        lambda d: (
            services(d).update(other={"kind": "grpc", "ports": [{"name": "grpc", "port": 50052}]}),
            services(d)["api"].update(calls=["other", "other"]),
        ),
        ["services.api.calls: lists a service twice"],
    ),
    "no Kafka": (
        lambda d: (d.pop("kafka"), services(d)["worker"]["kafka"].update(produces=["JOBS"])),
        [
            "services.worker.kafka: the service uses Kafka but the model declares no top-level 'kafka'",
            "services.worker.kafka.produces[0]: unknown topic 'JOBS'; declared topics: none",
            "services.worker.kafka.consumes.JOBS: unknown topic 'JOBS'; declared topics: none",
        ],
    ),
    "source written in the file": (lambda d: d.update(source="other.yaml"), ["source: is set from the file name; remove it"]),
    "produced topic": (
        lambda d: (d["kafka"]["topics"].update(MORE={}), services(d)["worker"]["kafka"].update(produces=["NOPE"])),
        ["services.worker.kafka.produces[0]: unknown topic 'NOPE'; declared topics: JOBS, MORE"],
    ),
    "consumed topic": (
        lambda d: (d["kafka"]["topics"].update(MORE={}), services(d)["worker"]["kafka"]["consumes"].update(NOPE="g")),
        ["services.worker.kafka.consumes.NOPE: unknown topic 'NOPE'; declared topics: JOBS, MORE"],
    ),
    "no Redis": (
        lambda d: (d.pop("redis"), services(d)["api"].update(redis=True)),
        ["services.api.redis: the service uses Redis but the model declares no top-level 'redis'"],
    ),
    "Redis URL key": (
        lambda d: (d["redis"].update(url_secret_key="REDIS_URL"), services(d)["api"].update(redis=True)),
        ["services.api.secret_keys: is missing REDIS_URL: the service uses Redis, whose URL comes from that key"],
    ),
    "secret key name": (
        lambda d: services(d)["api"].update(secret_keys=["api-key"]),
        [f"services.api.secret_keys[0]: environment variable name 'api-key' {ENV_NAME}"],
    ),
    "secret key twice": (lambda d: services(d)["api"].update(secret_keys=["KEY", "KEY"]), ["services.api.secret_keys: lists a key twice"]),
    "setting name": (
        lambda d: services(d)["api"].update(env={"bad-name": "1"}),
        [f"services.api.env.bad-name: environment variable name 'bad-name' {ENV_NAME}"],
    ),
    "worker without probe": (
        lambda d: services(d)["worker"].pop("probe_command"),
        ["services.worker.probe_command: a kafka-worker has no port to probe: give the command that proves it healthy"],
    ),
    "command probe on gRPC": (
        lambda d: services(d)["api"].update(probe_command=["true"]),
        ["services.api.probe_command: only a kafka-worker takes a command probe; a grpc service is probed on its port"],
    ),
    "daemon on gRPC": (
        lambda d: services(d)["api"].update(docker_daemon={}),
        ["services.api.docker_daemon: only a kafka-worker can run a Docker daemon sidecar"],
    ),
    "daemon port": (
        lambda d: services(d)["worker"]["docker_daemon"].update(port=2376),
        [
            "services.worker.docker_daemon.port: 2376: the service's docker CLI (start-up wait, probe) reads the bare host in "
            "DOCKER_HOST and completes it with port 2375, so the daemon must listen there; use 2375"
        ],
    ),
    "undeclared namespace": (
        lambda d: services(d)["api"].update(namespace="elsewhere"),
        ["services.api.namespace: 'elsewhere' is not declared under 'namespaces'"],
    ),
    "outbound without ports": (outbound(), ["services.api.outbound[0].ports: list the ports (1-65535) the destination listens on"]),
    "outbound port 0": (outbound(443, 0), ["services.api.outbound[0].ports: list the ports (1-65535) the destination listens on"]),
    "outbound port 65536": (outbound(65536), ["services.api.outbound[0].ports: list the ports (1-65535) the destination listens on"]),
    "request metrics unscraped": (lambda d: services(d)["api"]["ports"][1].update(served=False), [NO_METRICS]),
    "latency bound": (
        lambda d: services(d)["api"]["request_metrics"].update(latency_bound_le="5s"),
        ["services.api.request_metrics.latency_bound_le: '5s' must be a bucket boundary of the histogram, like \"500\""],
    ),
    "failures from spans of an untraced service": (
        lambda d: (services(d)["api"].update(traced=False), services(d)["api"]["request_metrics"].update(error_grpc_codes=[13])),
        [
            "services.api.request_metrics.error_grpc_codes: counts failures from gRPC server spans: api must be a traced grpc "
            "service (it is an untraced grpc service); use error_selector instead"
        ],
    ),
    "failures from spans, code OK": (
        lambda d: services(d)["api"]["request_metrics"].update(error_grpc_codes=[0]),
        ["services.api.request_metrics.error_grpc_codes: 0 is not a gRPC status code of a failure (1-16; 0 is OK)"],
    ),
    "negative origin count": (
        lambda d: services(d)["api"].update(client_urls=-1),
        ["services.api.client_urls: -1 must be 0 or more: how many CLIENT_URL_<n> variables the service reads"],
    ),
    "origin count as a yes": (
        lambda d: services(d)["api"].update(client_urls=True),
        ["services.api.client_urls: True is not a whole number"],
    ),
    "migration command": (
        lambda d: services(d)["api"].update(migrations={"command": []}),
        ["services.api.migrations.command: give the migration command"],
    ),
    "migration key": (
        lambda d: services(d)["api"].update(
            secret_keys=["DB_URL"], migrations={"command": ["migrate"], "secret_keys": ["DB_URL", "OTHER"]}
        ),
        ["services.api.migrations.secret_keys[1]: 'OTHER' is not one of the service's secret_keys"],
    ),
    "drain as long as grace": (
        lambda d: services(d)["api"].update(shutdown={"grace_seconds": 10, "drain_seconds": 10}),
        ["services.api.shutdown: drain_seconds 10 must be at least 0 and below grace_seconds 10: the drain is part of the grace period"],
    ),
    "negative drain": (
        lambda d: services(d)["api"].update(shutdown={"drain_seconds": -1}),
        ["services.api.shutdown: drain_seconds -1 must be at least 0 and below grace_seconds 30: the drain is part of the grace period"],
    ),
    "health path": (
        lambda d: services(d).update(web={"kind": "http", "ports": [{"name": "http", "port": 8080}], "health_path": "health"}),
        ["services.web.health_path: 'health' must start with '/', like '/health'"],
    ),
    "gRPC probe elsewhere": (
        lambda d: services(d)["worker"].update(grpc_health_probe=True),
        ["services.worker.grpc_health_probe: only a grpc service can use the gRPC health probe"],
    ),
}

#: Kafka 4.x's topic-level configurations (https://kafka.apache.org/documentation/#topicconfigs).
TOPIC_CONFIGS = """
cleanup.policy compression.type compression.gzip.level compression.lz4.level compression.zstd.level delete.retention.ms
file.delete.delay.ms flush.messages flush.ms follower.replication.throttled.replicas index.interval.bytes
leader.replication.throttled.replicas local.retention.bytes local.retention.ms max.compaction.lag.ms max.message.bytes
message.timestamp.after.max.ms message.timestamp.before.max.ms message.timestamp.type min.cleanable.dirty.ratio
min.compaction.lag.ms min.insync.replicas preallocate remote.log.copy.disable remote.log.delete.on.disable
remote.storage.enable retention.bytes retention.ms segment.bytes segment.index.bytes segment.jitter.ms segment.ms
unclean.leader.election.enable
""".split()

ACCEPTED = {
    "every topic configuration Kafka knows": lambda d: d["kafka"]["topics"]["JOBS"].update(config=dict.fromkeys(TOPIC_CONFIGS, "1")),
    "shortest gRPC timeout": lambda d: d.update(grpc_timeout_ms=1),
    "highest port": lambda d: (d["kafka"].update(port=65535), d["redis"].update(port=1)),
    "outbound ports at the bounds": outbound(1, 65535),
    "decimal latency bound": lambda d: services(d)["api"]["request_metrics"].update(latency_bound_le="0.5"),
    "no drain, shortest grace": lambda d: services(d)["api"].update(shutdown={"drain_seconds": 0, "grace_seconds": 1}),
    "gRPC probe on gRPC": lambda d: services(d)["api"].update(grpc_health_probe=True),
    "one service in a privileged namespace": lambda d: (
        d["namespaces"]["extra"].update(pod_security="privileged"),
        services(d)["worker"].update(namespace="extra"),
    ),
}


@pytest.mark.parametrize("edit, expected", CASES.values(), ids=CASES.keys())
def test_each_mistake_is_every_problem_it_causes(tmp_path, edit, expected):
    with pytest.raises(ConfigError) as error:
        load_model(write_minimal(tmp_path, edit)[0])
    assert [str(problem) for problem in error.value.problems] == [f"platform.yaml: {line}" for line in expected]


@pytest.mark.parametrize("edit", ACCEPTED.values(), ids=ACCEPTED.keys())
def test_values_at_each_bound_are_accepted(tmp_path, edit):
    load_model(write_minimal(tmp_path, edit)[0])
