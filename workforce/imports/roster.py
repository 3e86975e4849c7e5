"""The staff roster: checks of its rows and writing them by employee number, for the import and the API alike.

Rows are checked against the database a chunk at a time and written only while
no row has a problem; a roster import may also deactivate the workers of a unit
that its file no longer lists.
"""

from collections.abc import Callable, Iterable

from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import HealthWorker, ImportRun, OrgUnit
from ..selectors import visible_org_units
from .reading import chunked
from .tables import ImportFileError, Row
from .validation import Outcome, RosterChecker, existing_workers, load_roster_reference

CHUNK_ROWS = 2000
UPDATE_BATCH = 1000
UPDATED_WORKER_FIELDS = ("full_name", "facility", "cadre", "position", "is_active")


def process_roster(run: ImportRun, table, *, user, write: bool, progress: Callable) -> Outcome:
    """Check (and, when writing, apply) a roster import's rows, then deactivate the workers it no longer lists if asked."""
    outcome, listed = upsert_roster_rows(
        table.rows,
        user=user,
        write=write,
        headings=table.headings,
        count_invitable=run.invite_workers,
        progress=progress,
    )
    if not outcome.rows:
        raise ImportFileError(_("The file has headings but no rows."))
    if run.deactivate_missing:
        unit = run.org_unit
        if unit is None or not visible_org_units(user).filter(pk=unit.pk).exists():
            outcome.report.add(0, "", _("You may not deactivate workers of this unit."))
        else:
            outcome.deactivated = deactivate_missing_workers(
                org_unit=unit, listed=listed, write=write and not outcome.report, now=timezone.now()
            )
    return outcome


def upsert_roster_rows(
    rows: Iterable[Row],
    *,
    user,
    write: bool,
    headings: dict[str, str] | None = None,
    count_invitable: bool = False,
    progress: Callable[[int], None] | None = None,
) -> tuple[Outcome, set[str]]:
    """Check roster rows and, when writing and no row has a problem, create or update their workers by employee number.

    The roster import and the API both write through here. Rows are checked and
    written a chunk at a time, so a problem in a later chunk follows writes of
    earlier ones: the caller writes inside `transaction.atomic()` and rolls it
    back when the outcome has problems (the import records its run in the same
    transaction). The outcome (every problem by row and column, and what is or
    would be created, updated or left unchanged) is the same whether or not it
    writes; the employee numbers the rows list are returned beside it.
    `headings` names the columns in the problems.
    """
    if write and not transaction.get_connection().in_atomic_block:
        raise transaction.TransactionManagementError("Write roster rows inside transaction.atomic().")
    checker = RosterChecker(load_roster_reference(user), headings or {})
    outcome = Outcome(checker.report)
    now = timezone.now()
    for chunk in chunked(rows, CHUNK_ROWS):
        existing = existing_workers({row.values["employee_number"] for row in chunk})
        entries = checker.check(chunk, existing)
        new = [entry for entry in entries if entry.employee_number not in existing]
        changed = [
            entry
            for entry in entries
            if entry.employee_number in existing and existing[entry.employee_number].differs_from(entry)
        ]
        outcome.rows += len(chunk)
        outcome.created += len(new)
        outcome.updated += len(changed)
        outcome.unchanged += len(entries) - len(new) - len(changed)
        if count_invitable:
            outcome.invited += _invitable(entries, existing)
        if write and not checker.report:
            _write_roster(new, changed, existing, now)
        if progress is not None:
            progress(outcome.rows)
    return outcome, set(checker.first_row_of)


def _write_roster(new, changed, existing, now) -> None:
    HealthWorker.objects.bulk_create(
        [
            HealthWorker(
                employee_number=entry.employee_number,
                full_name=entry.full_name,
                facility_id=entry.facility_id,
                cadre_id=entry.cadre_id,
                position=entry.position,
                is_active=entry.is_active,
            )
            for entry in new
        ],
        batch_size=CHUNK_ROWS,
    )
    _update_workers(
        [
            (
                existing[entry.employee_number].pk,
                entry.full_name,
                entry.facility_id,
                entry.cadre_id,
                entry.position,
                entry.is_active,
            )
            for entry in changed
        ],
        now,
    )


def _update_workers(rows: list[tuple], now) -> None:
    """Write (pk, full name, facility, cadre, position, active) rows with one `UPDATE … FROM (VALUES …)` a batch.

    Django's bulk_update builds a CASE expression per field and row: for 20,000
    workers that took longer than reading, checking and inserting 100,000 rows.
    PostgreSQL and SQLite (3.33+) both run this statement.
    """
    meta, quote = HealthWorker._meta, connection.ops.quote_name
    table = quote(meta.db_table)
    columns = [quote(meta.get_field(name).column) for name in ("id", *UPDATED_WORKER_FIELDS)]
    assignments = ", ".join(f"{column} = v.{column}" for column in columns[1:])
    updated_at = quote(meta.get_field("updated_at").column)
    with connection.cursor() as cursor:
        for batch in chunked(rows, UPDATE_BATCH):
            values = ", ".join(["(%s, %s, %s, %s, %s, %s)"] * len(batch))
            cursor.execute(
                f"WITH v ({', '.join(columns)}) AS (VALUES {values}) "
                f"UPDATE {table} SET {assignments}, {updated_at} = %s FROM v WHERE {table}.{columns[0]} = v.{columns[0]}",
                [value for row in batch for value in row] + [now],
            )


def deactivate_missing_workers(*, org_unit: OrgUnit, listed, write: bool, now) -> int:
    """Deactivate the active roster entries of this unit's subtree whose employee numbers the file does not list.

    Entries without an employee number (people who signed up on their own) are
    left for staff to reconcile; the count is returned whether or not it writes.
    """
    listed = set(listed)
    active = HealthWorker.objects.filter(
        facility__path__startswith=org_unit.path, is_active=True, employee_number__isnull=False
    ).values_list("pk", "employee_number")
    missing = [pk for pk, number in active.iterator(chunk_size=5000) if number not in listed]
    if write:
        for chunk in chunked(missing, UPDATE_BATCH):
            HealthWorker.objects.filter(pk__in=chunk).update(is_active=False, updated_at=now)
    return len(missing)


def _invitable(entries, existing) -> int:
    """Active rows with an e-mail address whose worker has no account yet, nor anyone that address."""
    candidates = {
        entry.email
        for entry in entries
        if entry.email and entry.is_active and not getattr(existing.get(entry.employee_number), "has_account", False)
    }
    return len(candidates - registered_emails(candidates))


def registered_emails(emails) -> set[str]:
    """The addresses among these (lower case) that already belong to an account."""
    if not emails:
        return set()
    users = get_user_model().objects.annotate(email_lower=Lower("email"))
    return set(users.filter(email_lower__in=list(emails)).values_list("email_lower", flat=True))
