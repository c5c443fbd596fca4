"""An upstream Helm chart, pinned, with values built in Python: what a GitOps tool installs."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ._names import check_dns_label

_EXACT_VERSION = re.compile(r"^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$")

#: Cluster-scoped kinds most operator charts create, for :attr:`HelmRelease.cluster_resources`.
CUSTOM_RESOURCE_DEFINITION = ("apiextensions.k8s.io", "CustomResourceDefinition")
CLUSTER_ROLE_KINDS = (("rbac.authorization.k8s.io", "ClusterRole"), ("rbac.authorization.k8s.io", "ClusterRoleBinding"))


@dataclass(frozen=True)
class HelmRelease:
    """One release of an upstream chart.

    :param name: the release (and Application) name.
    :param repo_url: the chart repository, ``https://...`` (or an OCI registry host).
    :param chart: the chart's name in that repository.
    :param version: an exact chart version; ranges and ``latest`` are refused, since a chart
        that changes under the same config is a deploy nobody reviewed.
    :param namespace: where the release's objects go.
    :param values: the chart's values. Default: the chart's own.
    :param cluster_resources: the cluster-scoped kinds the chart creates, as ``(group, kind)``,
        so a GitOps project can allow exactly these. Default: none.
    :param namespace_labels: labels for the namespace the GitOps tool creates. Default: none.
    """

    name: str
    repo_url: str
    chart: str
    version: str
    namespace: str
    values: Mapping[str, Any] = field(default_factory=dict)
    cluster_resources: tuple[tuple[str, str], ...] = ()
    namespace_labels: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        check_dns_label(self.name, "release name")
        check_dns_label(self.namespace, "release namespace")
        if not _EXACT_VERSION.match(self.version):
            raise ValueError(f"chart {self.chart}: version {self.version!r} is not pinned; give an exact version such as '1.19.4'")
        if not (self.repo_url.startswith("https://") or "://" not in self.repo_url):
            raise ValueError(f"chart {self.chart}: repository {self.repo_url!r} must be https:// or an OCI host")
