"""Argo CD's view of the environment: the project, the root app, one Application per chart
folder and per upstream chart, in sync waves."""

from __future__ import annotations

from collections.abc import Sequence

import cdk8s
from constructs import Construct

from codex_constructs import GitOps, HelmApplication, HelmRelease, ImageUpdates, SyncedFolder, TrackedImage

from ..derivations.addons import helm_releases, with_pinned_images
from ..derivations.components import ENVOY_GATEWAY_RELEASE
from ..derivations.plan import EnvironmentPlan
from ..outputs.overlays import overlay_path
from .folders import OPERATORS_WAVE, SERVICES_FOLDER, WAVE, Folder

ARGOCD_NAMESPACE = "argocd"

#: Releases that go before the other operators: Envoy Gateway's chart installs the Gateway API
#: CRDs, which cert-manager's Gateway support looks for when it starts.
EARLY_RELEASES = {ENVOY_GATEWAY_RELEASE: WAVE["namespaces"]}


class GitOpsChart(cdk8s.Chart):
    """``folders`` are the other charts of the environment, in the order built."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        plan: EnvironmentPlan,
        folders: Sequence[Folder],
        observability_releases: Sequence[HelmRelease] = (),
    ) -> None:
        super().__init__(scope, id, disable_resource_name_hashes=True)
        model, config = plan.model, plan.config
        env = plan.name
        synced = [
            SyncedFolder(
                name=folder.name,
                path=overlay_path(config, folder.name) if folder.services else f"dist/{env}/{folder.name}",
                namespace=model.observability.namespace if folder.observability and model.observability else model.namespace,
                wave=folder.wave,
                cluster_resources=folder.kinds(plan),
                autoscaled=folder.services and plan.autoscaled,
            )
            for folder in folders
        ]
        self.gitops = GitOps(
            self,
            "gitops",
            project=model.name,
            repo_url=config.gitops.repo_url,
            revision=config.gitops.revision,
            cluster=config.gitops.cluster,
            root_path=f"dist/{env}/{id}",
            argocd_namespace=ARGOCD_NAMESPACE,
            folders=synced,
            namespaces=list(model.all_namespaces()),
            helm=[
                HelmApplication(with_pinned_images(release, config.images), EARLY_RELEASES.get(release.name, OPERATORS_WAVE))
                for release in helm_releases(plan, ARGOCD_NAMESPACE)
            ]
            + [HelmApplication(with_pinned_images(release, config.images), WAVE["observability"]) for release in observability_releases],
        )
        # Only where images roll out by themselves; elsewhere tags move by `make promote`.
        self.image_updates = (
            ImageUpdates(
                self,
                "image-updates",
                name=f"{model.name}-services",
                namespace=ARGOCD_NAMESPACE,
                application=f"{model.name}-services",
                images=[TrackedImage(name, config.services[name].image.repository) for name in model.services],
                branch=config.gitops.revision,
                # After Image Updater itself (an operator) is installed and healthy.
                sync_wave=WAVE[SERVICES_FOLDER],
            )
            if config.gitops.image_updates == "automatic"
            else None
        )
