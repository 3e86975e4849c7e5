"""Roster and facility imports: store and validate a file, then apply it all or nothing.

A file is checked as it is uploaded (size, kind, headings, formulas, merged
cells) and then validated row by row; a file without problems may be applied,
which checks every row again against the database as it then is and writes in
one transaction. Small files are handled within the request, larger ones by a
Celery worker that reports its progress.
"""

from contextlib import contextmanager

from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from ..models import ImportRun, OrgUnit
from ..selectors import sees_whole_country, visible_org_units
from ..signals import roster_changed
from . import facilities, roster
from .reading import check_file, open_table
from .tables import ImportFileError
from .validation import Outcome, Report

INLINE_MAX_BYTES = 256 * 1024  # files up to this size are validated and applied within the request
PROGRESS_TIMEOUT = 6 * 3600


class ImportRejected(Exception):
    """Applying found problems; the transaction is rolled back and the report kept."""

    def __init__(self, outcome):
        super().__init__(outcome.report.count)
        self.outcome = outcome


def can_import(user) -> bool:
    """Superusers, Ministry analysts (whole country) and supervisors (their own subtree) import files."""
    if not user.is_authenticated or not user.is_active:
        return False
    return sees_whole_country(user) or visible_org_units(user).exists()


def runs_visible_to(user) -> QuerySet[ImportRun]:
    """National staff see every import; a supervisor sees the ones they uploaded."""
    runs = ImportRun.objects.select_related("uploaded_by", "applied_by", "org_unit").defer("problems")
    if sees_whole_country(user):
        return runs
    return runs.filter(uploaded_by=user)


def start_import(
    *,
    kind: str,
    file,
    user,
    deactivate_missing: bool = False,
    org_unit: OrgUnit | None = None,
    invite_workers: bool = False,
    language: str = "uz",
) -> ImportRun:
    """Check that the file can be read as this kind of import, store it, and validate it.

    Raises ImportFileError (nothing is stored) for a file that cannot be
    imported; a small file is opened and validated at once, a larger one is
    only checked without parsing (size, kind, encoding, unpacked size) and then
    opened and validated by a worker.
    """
    if not can_import(user):
        raise PermissionError("This account may not import files.")
    if kind != ImportRun.Kind.ROSTER:
        deactivate_missing, org_unit, invite_workers = False, None, False
    if deactivate_missing and (org_unit is None or not visible_org_units(user).filter(pk=org_unit.pk).exists()):
        raise ValueError("Deactivating missing workers needs an org unit in the importer's area.")
    with translation.override(language):
        if (file.size or 0) <= INLINE_MAX_BYTES:
            with open_table(file, kind=kind, name=file.name):
                pass  # headings, format, formulas and merged cells are checked on opening
        else:
            check_file(file, name=file.name)  # a larger file is opened and read only by the worker
    file.seek(0)
    run = ImportRun.objects.create(
        kind=kind,
        file=file,
        original_name=file.name[:255],
        file_size=file.size or 0,
        language=language,
        uploaded_by=user,
        deactivate_missing=deactivate_missing,
        org_unit=org_unit if deactivate_missing else None,
        invite_workers=invite_workers,
    )
    if run.file_size <= INLINE_MAX_BYTES:
        with _closed_if_it_fails(run.pk):
            return validate_import(run=run)
    from .tasks import validate_import_run

    validate_import_run.delay_on_commit(run.pk)
    return run


def validate_import(*, run: ImportRun) -> ImportRun:
    """Check every row of the file and record the report and what applying would do; writes nothing else."""
    with translation.override(run.language):
        try:
            outcome = _process(run, user=run.uploaded_by, write=False)
        except ImportFileError as error:
            return _finish(run, status=ImportRun.Status.INVALID, outcome=Outcome(Report()), message=str(error))
    status = ImportRun.Status.INVALID if outcome.report else ImportRun.Status.VALID
    return _finish(run, status=status, outcome=outcome, validated_at=timezone.now())


def request_apply(*, run: ImportRun, user) -> ImportRun:
    """Queue a validated import for applying (or apply it now when small); it can be applied once."""
    with transaction.atomic():
        run = ImportRun.objects.select_for_update().get(pk=run.pk)
        if run.status != ImportRun.Status.VALID:
            raise ValueError("Only a validated import without problems can be applied.")
        run.status = ImportRun.Status.APPLYING
        run.applied_by = user
        run.rows_done = 0
        run.save(update_fields=["status", "applied_by", "rows_done"])
    cache.delete(progress_key(run.pk))
    if run.file_size <= INLINE_MAX_BYTES:
        with _closed_if_it_fails(run.pk):
            return apply_import(run=run)
    from .tasks import apply_import_run

    apply_import_run.delay_on_commit(run.pk)
    return run


def apply_import(*, run: ImportRun) -> ImportRun:
    """Write the file to the database in one transaction, checking every row again; any problem writes nothing.

    Only an import being applied is touched, so a second run of the task does nothing.
    """
    run = ImportRun.objects.select_related("org_unit", "applied_by").get(pk=run.pk)
    if run.status != ImportRun.Status.APPLYING:
        return run
    with translation.override(run.language):
        try:
            with transaction.atomic():
                outcome = _process(run, user=run.applied_by, write=True)
                if outcome.report:
                    raise ImportRejected(outcome)
                run = _finish(run, status=ImportRun.Status.APPLIED, outcome=outcome, applied_at=timezone.now())
                roster_changed.send(sender=ImportRun)
                if run.invite_workers:
                    from .tasks import send_import_invitations

                    send_import_invitations.delay_on_commit(run.pk)
                return run
        except ImportRejected as rejected:
            return _finish(run, status=ImportRun.Status.FAILED, outcome=rejected.outcome)
        except ImportFileError as error:
            return _finish(run, status=ImportRun.Status.FAILED, outcome=Outcome(Report()), message=str(error))
        except IntegrityError:
            message = _("Another change to the roster or the facility list was saved meanwhile. Upload the file again.")
            return _finish(run, status=ImportRun.Status.FAILED, outcome=Outcome(Report()), message=message)


def abandon_import(*, run_id: int) -> None:
    """Close an import whose worker failed for good, so its page stops waiting; nothing was applied."""
    run = ImportRun.objects.filter(pk=run_id).first()
    if run is None:
        return
    with translation.override(run.language):
        message = _("The file could not be processed because of an error on the server. Nothing was changed.")
    ImportRun.objects.filter(pk=run_id, status=ImportRun.Status.VALIDATING).update(
        status=ImportRun.Status.INVALID, message=message
    )
    ImportRun.objects.filter(pk=run_id, status=ImportRun.Status.APPLYING).update(
        status=ImportRun.Status.FAILED, message=message
    )
    cache.delete(progress_key(run_id))


@contextmanager
def _closed_if_it_fails(run_id: int):
    """An error within the request closes the import (and is raised) rather than leave its page waiting."""
    try:
        yield
    except Exception:
        abandon_import(run_id=run_id)
        raise


def progress_key(run_id: int) -> str:
    return f"workforce:import-progress:{run_id}"


def rows_done(run: ImportRun) -> int:
    """Rows processed so far: a worker applying a file reports through the cache, its transaction being open."""
    if run.status not in (ImportRun.Status.VALIDATING, ImportRun.Status.APPLYING):
        return run.rows_done
    return max(run.rows_done, cache.get(progress_key(run.pk)) or 0)


def _finish(run: ImportRun, *, status: str, outcome: Outcome, message: str = "", **dates) -> ImportRun:
    fields = {
        "status": status,
        "rows_total": outcome.rows,
        "rows_done": outcome.rows,
        "created_count": outcome.created,
        "updated_count": outcome.updated,
        "unchanged_count": outcome.unchanged,
        "deactivated_count": outcome.deactivated,
        "invited_count": outcome.invited,
        "error_count": outcome.report.count,
        "problems": outcome.report.listed,
        "message": message,
        **dates,
    }
    ImportRun.objects.filter(pk=run.pk).update(**fields)
    cache.delete(progress_key(run.pk))
    for name, value in fields.items():
        setattr(run, name, value)
    return run


def _process(run: ImportRun, *, user, write: bool) -> Outcome:
    """One pass over the file: check every row and, when writing and nothing is wrong, write it."""

    def progress(done: int, total: int | None = None) -> None:
        cache.set(progress_key(run.pk), done, PROGRESS_TIMEOUT)
        if not write:  # while applying, the transaction hides the row from others: the cache tells them
            changes = {"rows_done": done} if total is None else {"rows_done": done, "rows_total": total}
            ImportRun.objects.filter(pk=run.pk).update(**changes)

    if user is None:
        user = AnonymousUser()  # the account is gone: it may see nothing
    with run.file.open("rb") as file, open_table(file, kind=run.kind, name=run.original_name) as table:
        if not write:
            progress(0, table.estimated_rows)
        if run.kind == ImportRun.Kind.FACILITIES:
            return facilities.process_units(table, user=user, write=write, progress=progress)
        return roster.process_roster(run, table, user=user, write=write, progress=progress)
