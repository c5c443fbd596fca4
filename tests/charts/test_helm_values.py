"""Every Helm value we set is a key the pinned chart knows: Helm ignores the others silently.

Read against each chart's own values.yaml and the value paths its templates read
(``../shared/upstream-charts/<chart>-<version>/``, beside the repository in CI and here).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from helpers import ROOT, load_dist

CHARTS = ROOT.parent / "shared" / "upstream-charts"
#: Charts whose values are not among those, derived here from the chart's source at its tag
#: (key structure and template references only; see each SOURCE.txt).
DERIVED = ROOT / "tests" / "upstream-charts"
#: Charts pinned at a version whose values could not be read here, and the version read instead.
NEAREST = {("external-secrets", "2.10.0"): "2.9.0"}
#: Subcharts whose values are not among the pinned charts' files here, with the keys we set that
#: their own values.yaml declares (prometheus 29.27.0 locks alertmanager 1.42.0; its values.yaml
#: at that version has config, extraSecretMounts, securityContext, podSecurityContext).
SUBCHART_KEYS = {("prometheus", "alertmanager"): {"enabled", "config", "extraSecretMounts", "securityContext", "podSecurityContext"}}
#: Maps a chart renders whole (toYaml, INI, the program's own config): their keys are the
#: program's, not the chart's, and have defaults only as examples.
FREE_FORM = {
    "grafana": {"grafana.ini"},
    "loki": {"loki.limits_config"},
    "opentelemetry-collector": {"config", "ports"},
    "prometheus": {"serverFiles"},
    # Merged over the chart's defaults into Envoy Gateway's own configuration file.
    "gateway-helm": {"config.envoyGateway"},
}


def unknown_keys(ours: Any, theirs: Any, refs: set[str], free: frozenset[str] = frozenset(), path: str = "") -> Iterator[str]:
    """Paths in ``ours`` that neither the chart's defaults nor its templates know. Below a
    default that is not a map with keys (``{}``, a list, a scalar), or a ``free`` path, the
    structure is ours."""
    if path in free or not isinstance(ours, dict) or not isinstance(theirs, dict) or not theirs:
        return
    for key, value in ours.items():
        where = f"{path}.{key}" if path else key
        if key in theirs:
            yield from unknown_keys(value, theirs[key], refs, free, where)
        elif where not in refs and not any(ref.startswith(f"{where}.") for ref in refs):
            yield where


def releases(environment_dir: Path) -> list[tuple[str, str, dict]]:
    found = []
    for obj in load_dist(environment_dir).values():
        source = obj["spec"].get("source", {}) if obj["kind"] == "Application" else {}
        if "chart" in source:
            found.append((source["chart"], source["targetRevision"], source.get("helm", {}).get("valuesObject", {})))
    return found


def test_every_helm_value_is_a_key_of_the_pinned_chart(platform, environment):
    if not CHARTS.is_dir():
        pytest.skip(f"{CHARTS} is not here: the charts' values cannot be read")
    checked, problems = [], []
    for chart, version, values in releases(platform.dist / environment):
        folder = CHARTS / f"{chart}-{NEAREST.get((chart, version), version)}"
        if not folder.is_dir():
            folder = DERIVED / f"{chart}-{version}"
        if not folder.is_dir():
            assert not values, f"{chart} {version}: values set, but the chart's values are not in {CHARTS} or {DERIVED}"
            continue
        values_file = folder / "values.yaml" if (folder / "values.yaml").is_file() else folder / "values-keys.yaml"
        defaults = yaml.safe_load(values_file.read_text()) or {}
        refs = {line.strip() for line in (folder / "values-refs.txt").read_text().splitlines() if line and not line.startswith("#")}
        for (parent, subchart), keys in SUBCHART_KEYS.items():
            if parent == chart and subchart in values:
                problems += [f"{chart} {version}: {subchart}.{key}" for key in set(values[subchart]) - keys]
                values = {k: v for k, v in values.items() if k != subchart}
        problems += [f"{chart} {version}: {key}" for key in unknown_keys(values, defaults, refs, frozenset(FREE_FORM.get(chart, ())))]
        checked.append(chart)
    assert problems == []
    assert {"prometheus", "grafana", "loki", "alloy", "opentelemetry-collector", "gateway-helm"} <= set(checked)
    edges = platform.environments[environment].config.edge.rendered()
    assert ("ingress-nginx" in checked) == ("ingress" in edges)


def test_a_misspelt_key_is_found():
    defaults = {"controller": {"replicaCount": 1, "service": {"type": "LoadBalancer"}}, "extra": {}}
    ours = {"controller": {"replicaCont": 2, "service": {"type": "NodePort"}}, "extra": {"anything": 1}}
    assert list(unknown_keys(ours, defaults, set())) == ["controller.replicaCont"]
