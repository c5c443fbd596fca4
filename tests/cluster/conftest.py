"""The cluster tier's one control plane for the session, prod synced onto it, then its nodes."""

from __future__ import annotations

import pytest

from argocd_sync import ARGOCD_NAMESPACE, replay
from controlplane import ControlPlane, crd_documents
from platforms import CODEX
from programs import ROOT
from simulated_nodes import add_nodes, pool_nodes, storage_for_claims


@pytest.fixture(scope="session")
def cluster():
    plane = ControlPlane().start()
    try:
        for crd in crd_documents(ROOT / "crds"):
            response = plane.apply(crd)
            assert response.status in (200, 201), f"CRD {crd['metadata']['name']}: {response.body}"
        for crd in crd_documents(ROOT / "crds"):
            name = crd["metadata"]["name"]
            plane.wait_for(
                f"CRD {name} established",
                lambda name=name: any(
                    c["type"] == "Established" and c["status"] == "True"
                    for c in plane.get(f"/apis/apiextensions.k8s.io/v1/customresourcedefinitions/{name}")
                    .get("status", {})
                    .get("conditions", [])
                ),
            )
        plane.apply({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": ARGOCD_NAMESPACE}})
        plane.discover()
        yield plane
    finally:
        plane.stop()


@pytest.fixture(scope="session")
def prod_synced(cluster):
    """prod synced for real, once: (refused objects, unexplained warnings)."""
    return replay(cluster, CODEX, "prod")


@pytest.fixture(scope="session")
def prod_nodes(cluster, prod_synced):
    """prod's pools at their largest, storage for its claims, and its autoscalers removed: the
    tests set the replica counts."""
    add_nodes(cluster, pool_nodes("prod"))
    storage_for_claims(cluster, "prod")
    for namespace in {o["metadata"]["namespace"] for o in CODEX.objects("prod").values() if o["kind"] == "HorizontalPodAutoscaler"}:
        cluster.request("DELETE", f"/apis/autoscaling/v2/namespaces/{namespace}/horizontalpodautoscalers")
    return True
