"""Two objects of one kind, name and namespace in one chart would overwrite each other (in the
output file and on the cluster): a construct claims its objects' names when it makes them."""

from __future__ import annotations

from typing import Any, cast

import cdk8s
from constructs import Construct

#: Claimed names per chart, keyed by the chart's jsii object reference (unique per object in
#: the process; Python proxies of one chart are not always the same object).
_CLAIMS: dict[str, dict[tuple[str, str, str, str], str]] = {}


def claim_object_names(construct: Construct) -> None:
    """Register every ApiObject under ``construct`` with its chart; raise ValueError, naming both
    constructs, if another construct of the chart already made one with that kind and name."""
    chart = cdk8s.Chart.of(construct)
    claims = _CLAIMS.setdefault(cast(Any, chart).__jsii_ref__.ref, {})
    for child in construct.node.find_all():
        if not isinstance(child, cdk8s.ApiObject):
            continue
        namespace = child.metadata.namespace or chart.namespace or ""
        key = (child.api_version, child.kind, namespace, child.name)
        owner = claims.get(key)
        if owner is not None and owner != construct.node.path:
            where = f"namespace {namespace!r}" if namespace else "the default namespace"
            raise ValueError(
                f"{construct.node.path}: a {child.kind} named {child.name!r} in {where} already comes from "
                f"{owner}; give one of them another name"
            )
        claims[key] = construct.node.path
