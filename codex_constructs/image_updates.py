"""Automatic image updates: Argo CD Image Updater commits new tags to a Kustomize overlay."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cdk8s import ApiObjectMetadata
from constructs import Construct

from ._crds.imageupdater.io.argoproj import argocd_image_updater as updater
from ._names import check_dns_label
from ._props import checked_props

#: Tags the services' CI pushes besides ``latest``: the commit's 7-character SHA.
GIT_SHA_TAGS = "regexp:^[0-9a-f]{7}$"


@dataclass(frozen=True)
class TrackedImage:
    """An image whose new tags roll out by themselves.

    :param alias: a short unique name for it.
    :param repository: the image repository, as in the manifests.
    """

    alias: str
    repository: str


class ImageUpdates(Construct):
    """An ``ImageUpdater`` that watches ``images`` for the Application ``application`` and
    writes each newer tag matching ``allow_tags`` into the ``images:`` list of the
    Application's Kustomize overlay, committed to ``branch``.

    Writing to git rather than to the Application keeps the cluster's state in the repository;
    writing to an overlay outside the synthesized output means no synth ever reverts a tag.

    :param name: the ImageUpdater's name.
    :param namespace: Argo CD's namespace.
    :param application: the Application whose images are updated.
    :param images: the images to track.
    :param branch: the branch the updater commits to.
    :param allow_tags: which tags qualify. Default: ``GIT_SHA_TAGS`` (never ``latest``).
    :param update_strategy: how the newest qualifying tag is chosen. Default: ``newest-build``
        (by image creation time: commit SHAs have no order of their own).
    :param sync_wave: the Argo CD sync wave to apply it in, after the wave that installs Image
        Updater (its CRD). Argo CD dry-runs a whole sync before its first wave, so the resource
        also skips that dry run while its kind is unknown. Default: no wave.
    """

    @checked_props
    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        application: str,
        images: Sequence[TrackedImage],
        branch: str,
        allow_tags: str = GIT_SHA_TAGS,
        update_strategy: str = "newest-build",
        sync_wave: int | None = None,
    ) -> None:
        super().__init__(scope, id)
        check_dns_label(name, "image updater name")
        if not images:
            raise ValueError("track at least one image")
        if allow_tags.strip() in ("", "any", "regexp:.*", "regexp:^.*$"):
            raise ValueError(f"allow_tags {allow_tags!r} admits floating tags such as 'latest'; match pinned tags only")
        self.resource = updater.ImageUpdater(
            self,
            "Resource",
            metadata=ApiObjectMetadata(
                name=name,
                namespace=namespace,
                annotations={
                    # The CRD may come from an Application of the same sync: skip the dry run
                    # until it exists (Argo CD still dry-runs once the kind is known).
                    "argocd.argoproj.io/sync-options": "SkipDryRunOnMissingResource=true",
                    **({"argocd.argoproj.io/sync-wave": str(sync_wave)} if sync_wave is not None else {}),
                },
            ),
            spec=updater.ImageUpdaterSpec(
                application_refs=[
                    updater.ImageUpdaterSpecApplicationRefs(
                        name_pattern=application,
                        images=[
                            updater.ImageUpdaterSpecApplicationRefsImages(
                                alias=image.alias,
                                image_name=image.repository,
                                common_update_settings=updater.ImageUpdaterSpecApplicationRefsImagesCommonUpdateSettings(
                                    allow_tags=allow_tags, update_strategy=update_strategy
                                ),
                                manifest_targets=updater.ImageUpdaterSpecApplicationRefsImagesManifestTargets(
                                    kustomize=updater.ImageUpdaterSpecApplicationRefsImagesManifestTargetsKustomize(name=image.repository)
                                ),
                            )
                            for image in images
                        ],
                    )
                ],
                write_back_config=updater.ImageUpdaterSpecWriteBackConfig(
                    method="git",
                    git_config=updater.ImageUpdaterSpecWriteBackConfigGitConfig(branch=branch, write_back_target="kustomization"),
                ),
            ),
        )
