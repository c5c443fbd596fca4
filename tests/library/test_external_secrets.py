"""GcpSecretStore serves named namespaces only; SecretFromStore keeps exactly its keys, templated ones too."""

import pytest

from codex_constructs import GcpSecretStore, SecretFromStore, redis_url_template
from library.support import by_kind, chart, manifests


def test_a_store_for_no_namespace_is_refused():
    with pytest.raises(ValueError, match="namespaces is empty"):
        GcpSecretStore(chart(), "s", name="store", service_account=("ns", "sa"), namespaces=[])
    scope = chart()
    GcpSecretStore(scope, "s", name="store", service_account=("ns", "sa"))
    (store,) = by_kind(manifests(scope), "ClusterSecretStore")
    assert "conditions" not in store["spec"], "without namespaces every namespace may use it (the default)"


def test_templated_keys_are_built_from_remote_values_and_the_secret_keeps_exactly_its_keys():
    scope = chart()
    SecretFromStore(
        scope,
        "s",
        name="web-secrets",
        namespace="shop",
        store="gcp",
        keys={"API_KEY": "shop-api-key"},
        templates={"REDIS_URL": redis_url_template("REDIS_PASSWORD", "redis")},
        template_inputs={"REDIS_PASSWORD": "shop-redis-password"},
    )
    (external,) = manifests(scope)
    spec = external["spec"]
    assert {d["secretKey"]: d["remoteRef"]["key"] for d in spec["data"]} == {
        "API_KEY": "shop-api-key",
        "REDIS_PASSWORD": "shop-redis-password",
    }
    assert spec["target"]["template"] == {
        "engineVersion": "v2",
        "mergePolicy": "Replace",
        "data": {
            "API_KEY": "{{ .API_KEY }}",
            "REDIS_URL": 'redis://:{{ .REDIS_PASSWORD | urlquery | replace "+" "%20" }}@redis:6379',
        },
    }


@pytest.mark.parametrize(
    ("props", "message"),
    [
        ({"templates": {"API_KEY": "x"}}, "a name is both a key and a template or input"),
        ({"template_inputs": {"PASSWORD": "p"}}, "template_inputs are read by templates only"),
        ({"templates": {"URL": "x"}, "template_inputs": {"db-password": "p"}}, "'db-password' cannot be a template variable"),
    ],
)
def test_templates_that_could_not_work_are_refused(props, message):
    with pytest.raises(ValueError, match=message):
        SecretFromStore(chart(), "s", name="web-secrets", namespace="shop", store="gcp", keys={"API_KEY": "k"}, **props)
