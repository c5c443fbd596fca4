"""A small app that is not Codex: a bookshop API and its stock worker, from the public constructs.

Run it with the package installed (codex_constructs/README.md says how: it is not on PyPI yet):

    python main.py   # writes dist/bookshop.k8s.yaml
"""

import os

os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

import cdk8s  # noqa: E402

from codex_constructs import (  # noqa: E402
    Autoscaling,
    ContainerImage,
    HealthProbe,
    HttpService,
    KafkaWorker,
    SecretEnv,
)


def build(app: cdk8s.App) -> cdk8s.Chart:
    chart = cdk8s.Chart(app, "bookshop", namespace="bookshop", disable_resource_name_hashes=True)
    HttpService(
        chart,
        "api",
        name="books-api",
        image=ContainerImage("ghcr.io/example/books-api", "v1.4.2"),
        http_port=8080,
        health_path="/healthz",
        autoscaling=Autoscaling(min_replicas=2, max_replicas=4, cpu_utilization=70),
        env={"STOCK_TOPIC": "stock-updates"},
        secret_env=SecretEnv("books-api", ("DATABASE_URL",)),
        part_of="bookshop",
    )
    KafkaWorker(
        chart,
        "stock",
        name="stock-worker",
        image=ContainerImage("ghcr.io/example/stock-worker", "v0.9.0"),
        probe=HealthProbe.command(["test", "-f", "/tmp/alive"]),
        replicas=1,
        part_of="bookshop",
    )
    return chart


if __name__ == "__main__":
    app = cdk8s.App(outdir=os.environ.get("CDK8S_OUTDIR", "dist"))
    build(app)
    app.synth()
