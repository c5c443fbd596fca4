"""dist/ is what ArgoCD applies: valid for the API servers we target, reproducible, and safe."""

import re
import subprocess
import sys

import kubernetes_validate
import pytest
import yaml

import schemas
from codex_platform import synth as synth_module
from codex_platform.synth import count_objects, load_environments, summary, synth
from helpers import ENVIRONMENT_NAMES, ROOT, declared, tree
from platforms import CODEX

#: What the code synthesizes now; the committed dist/ is compared with it once, below.
DIST = CODEX.dist
#: The oldest API we support (cdk8s-plus-27's) and the newest kubernetes-validate ships.
KUBERNETES_VERSIONS = ["1.33.0", kubernetes_validate.latest_version()]


def files(platform) -> list:
    return sorted(platform.dist.rglob("*.k8s.yaml"))


def test_committed_dist_is_exactly_a_fresh_synth(fresh_dist):
    committed, expected = tree(ROOT / "dist"), tree(fresh_dist)
    stale = sorted(set(committed) - set(expected))
    missing = sorted(set(expected) - set(committed))
    changed = sorted(name for name in set(committed) & set(expected) if committed[name] != expected[name])
    assert not (stale or missing or changed), (
        f"dist/ is out of date: run `make synth` and commit. stale={stale} missing={missing} changed={changed}"
    )


def test_synth_is_deterministic(fresh_dist, tmp_path):
    again = tmp_path / "dist"
    synth(load_environments(ROOT), again)
    assert tree(again) == tree(fresh_dist)


def test_one_folder_per_environment(platform):
    assert sorted(p.name for p in platform.dist.iterdir() if p.is_dir()) == platform.environment_names


@pytest.mark.parametrize("version", KUBERNETES_VERSIONS)
def test_every_object_validates_strictly(platform, version):
    """Built-in kinds against Kubernetes' schemas, custom resources against their CRDs."""
    assert files(platform), "dist/ is empty"
    failures = []
    for path, document in schemas.documents(platform.dist):
        try:
            schemas.validate(document, version)
        except (kubernetes_validate.ValidationError, AssertionError) as error:
            failures.append(f"{path.relative_to(platform.dist)}: {getattr(error, 'message', error)}")
    assert not failures, "\n".join(failures)


def test_custom_resources_are_checked_against_their_crd():
    kinds = {
        document["kind"] for _, document in schemas.documents(DIST) if (document["apiVersion"], document["kind"]) in schemas.crd_schemas()
    }
    assert {"Kafka", "KafkaNodePool", "KafkaTopic", "ClusterIssuer", "Certificate"} <= kinds
    document = yaml.safe_load((DIST / "prod" / "data" / "Kafka.kafka.k8s.yaml").read_text())
    document["spec"]["kafka"]["listenerz"] = []
    with pytest.raises(AssertionError, match="Additional properties are not allowed"):
        schemas.validate(document, "1.33.0")


def test_strict_validation_rejects_an_unknown_field():
    """The check above can fail: a typo'd field is caught."""
    document = yaml.safe_load((DIST / "prod" / "services" / "Service.gateway-service.k8s.yaml").read_text())
    document["spec"]["portz"] = []
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(document, "1.33.0", strict=True)
    # The suite's cached validators are the library's strict schemas: the same verdicts.
    with pytest.raises(kubernetes_validate.ValidationError, match="portz"):
        schemas.validate(document, "1.33.0")
    document["spec"].pop("portz")
    document["spec"]["ports"][0]["port"] = "http"
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(document, "1.33.0", strict=True)
    with pytest.raises(kubernetes_validate.ValidationError):
        schemas.validate(document, "1.33.0")


def test_no_secret_values_in_dist(platform):
    for path in files(platform):
        for document in yaml.load_all(path.read_text(), Loader=yaml.CSafeLoader):
            assert not (document["kind"] == "Secret" and ("data" in document or "stringData" in document)), path


def test_no_generated_names_or_cdk8s_internal_labels(platform):
    for path in files(platform):
        text = path.read_text()
        assert "cdk8s.io/metadata.addr" not in text, path
        name = yaml.load(text, Loader=yaml.CSafeLoader)["metadata"]["name"]
        assert path.name.split(".")[1] == name, f"{path}: file and object name differ (hashed name?)"


def test_error_while_building_leaves_dist_untouched(tmp_path, monkeypatch):
    out = tmp_path / "dist"
    out.mkdir()
    (out / "previous.yaml").write_text("kept")
    environments = load_environments(ROOT)
    real_build = synth_module.build_app

    def failing_build(environment, outdir):
        if environment is environments[-1]:
            raise RuntimeError("boom")
        return real_build(environment, outdir)

    monkeypatch.setattr(synth_module, "build_app", failing_build)
    with pytest.raises(RuntimeError, match="boom"):
        synth(environments, out)
    assert tree(out) == {"previous.yaml": b"kept"}
    assert [p.name for p in tmp_path.iterdir()] == ["dist"], "staging folders must be cleaned up"


def test_stale_files_from_a_removed_chart_disappear(tmp_path):
    out = tmp_path / "dist"
    (out / "prod" / "old-chart").mkdir(parents=True)
    (out / "prod" / "old-chart" / "Deployment.gone.k8s.yaml").write_text("stale")
    synth(load_environments(ROOT), out)
    assert not (out / "prod" / "old-chart").exists()
    # The replaced copy is gone too, not parked beside the output.
    assert [p.name for p in tmp_path.iterdir()] == ["dist"]


def test_summary_counts_objects_by_kind_and_folder():
    counts = {name: count_objects(DIST / name) for name in ENVIRONMENT_NAMES}
    text = summary(counts, DIST)
    assert "dist/prod: " in text
    services = len(declared()["services"])
    assert re.search(rf"services/ +Deployment {services}, ", text), text


def test_main_refuses_bad_config_with_exit_code_2_and_writes_nothing(project, tmp_path):
    project.edit("platform.yaml", lambda d: d["services"]["gateway-service"]["calls"].append("nope-service"))
    (project.root / "main.py").write_text((ROOT / "main.py").read_text())
    for package in ("codex_platform", "codex_constructs", "imports"):
        (project.root / package).symlink_to(ROOT / package)
    out = tmp_path / "out"
    (out / "prod").mkdir(parents=True)
    (out / "prod" / "previous.k8s.yaml").write_text("kept")
    result = subprocess.run(
        [sys.executable, "main.py"],
        cwd=project.root,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "CDK8S_OUTDIR": str(out), "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"},
    )
    assert result.returncode == 2, result.stderr
    assert "synth refused, nothing was written:" in result.stderr
    index = len(declared()["services"]["gateway-service"]["calls"])
    assert f"platform.yaml: services.gateway-service.calls[{index}]: unknown service 'nope-service'" in result.stderr
    assert tree(out) == {"prod/previous.k8s.yaml": b"kept"}, "the previous output is left as it was"


def test_objects_that_would_share_a_file_are_refused():
    """cdk8s names files by kind and name only: the synth refuses what would overwrite."""
    import cdk8s
    from cdk8s_plus_27 import k8s

    from codex_platform.synth import check_file_names

    app = cdk8s.App()
    chart = cdk8s.Chart(app, "network")
    for namespace in ("a", "b"):
        k8s.KubeNetworkPolicy(
            chart,
            namespace,
            metadata=k8s.ObjectMeta(name="default-deny", namespace=namespace),
            spec=k8s.NetworkPolicySpec(pod_selector=k8s.LabelSelector()),
        )
    with pytest.raises(
        ValueError, match="prod/network: two NetworkPolicy objects named 'default-deny' \\(namespaces 'a' and 'b'\\) would share one file"
    ):
        check_file_names(app, "prod")
