"""GcpSecretStore: it serves named namespaces only."""

import pytest

from codex_constructs import GcpSecretStore
from library.support import by_kind, chart, manifests


def test_a_store_for_no_namespace_is_refused():
    with pytest.raises(ValueError, match="namespaces is empty"):
        GcpSecretStore(chart(), "s", name="store", service_account=("ns", "sa"), namespaces=[])
    scope = chart()
    GcpSecretStore(scope, "s", name="store", service_account=("ns", "sa"))
    (store,) = by_kind(manifests(scope), "ClusterSecretStore")
    assert "conditions" not in store["spec"], "without namespaces every namespace may use it (the default)"
