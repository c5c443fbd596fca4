"""MigrationJob: a PreSync hook whose pods can start on a first sync."""

from codex_constructs import MigrationJob
from library.support import IMAGE, by_kind, chart, manifests

HOOK = {"argocd.argoproj.io/hook": "PreSync", "argocd.argoproj.io/hook-delete-policy": "BeforeHookCreation"}


def test_the_job_runs_as_its_own_account_made_one_hook_wave_earlier():
    scope = chart()
    migration = MigrationJob(scope, "migrate", name="books-migrate", image=IMAGE, command=["migrate", "up"])
    objects = manifests(scope)
    (job,) = by_kind(objects, "Job")
    (account,) = by_kind(objects, "ServiceAccount")
    assert job["metadata"]["annotations"] == HOOK, "a hook in wave 0"
    assert account["metadata"]["name"] == "books-migrate" == job["spec"]["template"]["spec"]["serviceAccountName"]
    assert account["metadata"]["annotations"] == {**HOOK, "argocd.argoproj.io/sync-wave": "-1"}
    assert account["automountServiceAccountToken"] is False
    assert migration.service_account is not None and migration.service_account.name == "books-migrate"


def test_an_existing_account_replaces_its_own():
    scope = chart()
    migration = MigrationJob(
        scope, "migrate", name="books-migrate", image=IMAGE, command=["migrate", "up"], service_account_name="books-db"
    )
    objects = manifests(scope)
    assert by_kind(objects, "ServiceAccount") == [] and migration.service_account is None
    assert by_kind(objects, "Job")[0]["spec"]["template"]["spec"]["serviceAccountName"] == "books-db"
