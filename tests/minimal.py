"""The smallest model and environment that load, and a writer that edits them as data: what the
input tests (defaults, model checks, environment checks) start from."""

from __future__ import annotations

from pathlib import Path

import yaml

from codex_platform.inputs.config import EnvironmentConfig
from codex_platform.inputs.environment_checks import load_environment
from codex_platform.inputs.model import PlatformModel, ServiceSpec, ShutdownSpec
from codex_platform.inputs.model_checks import load_model

MODEL = """\
name: shop
namespace: shop
environments: [dev]
services:
  api:
    kind: grpc
    ports: [{name: grpc, port: 50051}, {name: metrics, port: 9100}]
    request_metrics: {requests_total: rpc_total, duration_histogram: rpc_seconds, error_selector: 'code!="OK"'}
  worker:
    kind: kafka-worker
    probe_command: ["true"]
    kafka: {consumes: {JOBS: workers}}
    docker_daemon: {}
namespaces:
  extra: {}
observability: {}
kafka:
  cluster: events
  topics:
    JOBS: {}
redis: {service: redis, port: 6379}
edge:
  routes: [{path: /, backend: api, port: grpc}]
"""

ENVIRONMENT = """\
tier: development
node_env: development
domain: shop.example.com
client_urls: []
services:
  api: {image: {repository: example/api, tag: "1.0.0"}}
  worker: {image: {repository: example/worker, tag: "1.0.0"}}
edge: {host: api.shop.example.com}
gitops: {repo_url: "https://github.com/example/shop.git"}
"""


def write_minimal(folder: Path, model_edit=None, environment_edit=None, name: str = "dev") -> tuple[Path, Path]:
    """The minimal model and environment, each changed by its edit (if any) as data, written to
    ``folder``: the paths of platform.yaml and <name>.yaml."""
    documents = yaml.safe_load(MODEL), yaml.safe_load(ENVIRONMENT)
    paths = folder / "platform.yaml", folder / f"{name}.yaml"
    for edit, data, path in zip((model_edit, environment_edit), documents, paths, strict=True):
        if edit:
            edit(data)
        path.write_text(yaml.safe_dump(data, sort_keys=False))
    return paths


def load_minimal(tmp_path: Path) -> tuple[PlatformModel, EnvironmentConfig]:
    """The minimal model and environment, written to ``tmp_path`` and loaded."""
    model_path, environment_path = write_minimal(tmp_path)
    model = load_model(model_path)
    return model, load_environment(environment_path, model)


def service(kind, **declared) -> ServiceSpec:
    """A service with every field the minimal declaration leaves out at its default, written out."""
    fields = dict(
        ports=(),
        calls=(),
        redis=False,
        kafka=None,
        secret_keys=(),
        env={},
        traced=True,
        client_urls=0,
        cookie_domain=False,
        health_path="/health",
        grpc_health_probe=False,
        probe_command=(),
        docker_daemon=None,
        writable_paths=("/tmp",),
        migrations=None,
        namespace=None,
        outbound=(),
        request_metrics=None,
        databases=(),
        metrics_query_env=None,
        shutdown=ShutdownSpec(grace_seconds=30, drain_seconds=5),
    )
    return ServiceSpec(kind=kind, **{**fields, **declared})
