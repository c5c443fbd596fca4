"""Two objects of one kind, name and namespace in one chart would overwrite each other (in the
output file and on the cluster): a construct claims its objects' names when it makes them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

import cdk8s
from constructs import Construct

#: Claimed names per chart, keyed by the chart's jsii object reference (unique per object in
#: the process; Python proxies of one chart are not always the same object).
_CLAIMS: dict[str, dict[tuple[str, str, str], str]] = {}


def claim_object_names(construct: Construct, objects: Iterable[tuple[str, str | None, str]]) -> None:
    """Register the ``(kind, namespace, name)`` of each object ``construct`` made with its chart;
    raise ValueError, naming both constructs, if another construct of the chart already made one
    with that kind, namespace and name. The construct says what it made (it knows), so claiming
    costs no calls into the objects themselves."""
    chart = cdk8s.Chart.of(construct)
    claims = _CLAIMS.setdefault(cast(Any, chart).__jsii_ref__.ref, {})
    path = construct.node.path
    default_namespace: str | None = None
    for kind, namespace, name in objects:
        if namespace is None:
            default_namespace = default_namespace if default_namespace is not None else (chart.namespace or "")
            namespace = default_namespace
        key = (kind, namespace, name)
        owner = claims.get(key)
        if owner is not None and owner != path:
            where = f"namespace {namespace!r}" if namespace else "the default namespace"
            raise ValueError(f"{path}: a {kind} named {name!r} in {where} already comes from {owner}; give one of them another name")
        claims[key] = path
