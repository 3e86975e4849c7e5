"""Reads of the indicators: a unit's figures and its children's, completions by month, and worker lists.

National, regional and district figures come from the summaries (`summaries.py`)
once they have been built; facilities and worker lists are counted live.
"""

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from dateutil.relativedelta import relativedelta
from django.db.models import QuerySet, Sum
from django.utils import timezone
from django.utils.translation import get_language

from workforce.models import HealthWorker, OrgUnit

from . import facts, summaries
from .indicators import (
    MONTHS_SHOWN,
    Counters,
    Period,
    Standing,
    Tally,
    completed_in,
    mandatory_standing,
    month_of,
    period_start,
    standing,
)
from .models import MonthlyCompletions


@dataclass(frozen=True)
class Filters:
    """What the dashboard is looking at: one cadre or all, one course or every mandatory one, and a period."""

    cadre_id: int | None = None
    course_id: int | None = None
    period: Period = Period.ALL


def _uses_summaries(org_unit: OrgUnit) -> bool:
    return org_unit.level in summaries.SUMMARY_LEVELS and summaries.last_refresh() is not None


def figures_as_of(org_unit: OrgUnit) -> datetime | None:
    """When this unit's figures were computed; None when they are live."""
    refresh = summaries.last_refresh() if org_unit.level in summaries.SUMMARY_LEVELS else None
    return refresh.finished_at if refresh else None


def unit_figures(org_unit: OrgUnit, filters: Filters, *, now: datetime | None = None) -> Counters:
    """The indicators of one unit, aggregated over its subtree."""
    if _uses_summaries(org_unit):
        rows, workforce = summaries.summary_rows(
            org_units=[org_unit], cadre_id=filters.cadre_id, course_id=filters.course_id, period=filters.period
        )
        return summaries.summed_by_unit(rows, workforce_rows=workforce).get(org_unit.pk, Counters())
    tally = _live_tally(org_unit, filters, now=now, group_of=lambda path: org_unit.pk)
    return tally.counters(org_unit.pk, course=filters.course_id, period=filters.period)


def child_figures(
    org_unit: OrgUnit, filters: Filters, *, now: datetime | None = None
) -> list[tuple[OrgUnit, Counters]]:
    """Each child unit (region, district or facility) with its indicators, in name order."""
    children = list(org_unit.get_children())
    if not children:
        return []
    if children[0].level in summaries.SUMMARY_LEVELS and summaries.last_refresh() is not None:
        rows, workforce = summaries.summary_rows(
            org_units=children, cadre_id=filters.cadre_id, course_id=filters.course_id, period=filters.period
        )
        by_unit = summaries.summed_by_unit(rows, workforce_rows=workforce)
        figures = {child.pk: by_unit.get(child.pk, Counters()) for child in children}
    else:
        by_path = {child.path: child.pk for child in children}
        depth = len(org_unit.path) + OrgUnit.steplen
        tally = _live_tally(org_unit, filters, now=now, group_of=lambda path: by_path.get(path[:depth]))
        figures = {
            child.pk: tally.counters(child.pk, course=filters.course_id, period=filters.period) for child in children
        }
    return sorted(((child, figures[child.pk]) for child in children), key=lambda pair: pair[0].name)


def completions_by_month(
    org_unit: OrgUnit, filters: Filters, *, now: datetime | None = None
) -> list[tuple[date, int, Decimal]]:
    """(month, completions, CPD hours) over the last two years, oldest first, every month present."""
    now = now or timezone.now()
    if org_unit.level in summaries.MONTHLY_LEVELS and summaries.last_refresh() is not None:
        rows = MonthlyCompletions.objects.filter(org_unit=org_unit, course_id=filters.course_id)
        if filters.course_id is None:
            rows = rows.filter(course__isnull=True)
        if filters.cadre_id is not None:
            rows = rows.filter(cadre_id=filters.cadre_id)
        found = {
            month: (completions, cpd_hours)
            for month, completions, cpd_hours in rows.values("month")
            .annotate(total=Sum("completions"), hours=Sum("cpd_hours"))
            .values_list("month", "total", "hours")
        }
    else:
        tally = _live_tally(org_unit, filters, now=now, group_of=lambda path: org_unit.pk, monthly=True)
        found = tally.months(org_unit.pk, course=filters.course_id)
    first = month_of(now - relativedelta(months=MONTHS_SHOWN - 1))
    months = [first + relativedelta(months=offset) for offset in range(MONTHS_SHOWN)]
    return [(month, *found.get(month, (0, Decimal(0)))) for month in months]


def _live_tally(org_unit: OrgUnit, filters: Filters, *, now, group_of, monthly: bool = False) -> Tally:
    now = now or timezone.now()
    tally = Tally(now=now, periods=[filters.period], monthly=monthly)
    workers = facts.active_workers(path_prefix=org_unit.path, cadre_id=filters.cadre_id)
    for row, worker in facts.worker_facts(workers, now=now):
        group = group_of(row[4])
        if group is not None:
            tally.add(group, worker)
    return tally


@dataclass(frozen=True)
class WorkerRow:
    """One worker on a drill-down list: who they are and where they stand in the course looked at."""

    worker_id: int
    full_name: str
    employee_number: str
    cadre: str
    facility: str
    has_account: bool
    standing: Standing
    due_date: date | None
    valid_until: datetime | None
    completed_at: datetime | None
    cpd_hours: Decimal  # completed within the period, every course


def _name_field(relation: str) -> str:
    language = (get_language() or "en").split("-")[0]
    return f"{relation}__name_{language if language in ('uz', 'ru', 'en') else 'en'}"


def worker_rows(workers: QuerySet[HealthWorker], filters: Filters, *, now: datetime | None = None):
    """Rows for these (active) workers, read in chunks: a whole region streams with flat memory."""
    now = now or timezone.now()
    start = period_start(filters.period, now)
    extra = ("full_name", "employee_number", _name_field("cadre"), _name_field("facility"))
    for row, worker in facts.worker_facts(workers, now=now, extra=extra):
        full_name, employee_number, cadre, facility = row[5:]
        chosen = next((item for item in worker.courses if item.course_id == filters.course_id), None)
        if filters.course_id is None:
            position = mandatory_standing(worker, now)
            due = min((item.due_date for item in worker.courses if item.assigned), default=None)
        else:
            position = standing(chosen, now)
            due = chosen.due_date if chosen else None
        yield WorkerRow(
            worker_id=worker.worker_id,
            full_name=full_name,
            employee_number=employee_number or "",
            cadre=cadre,
            facility=facility,
            has_account=worker.has_account,
            standing=position,
            due_date=due,
            valid_until=chosen.certificate_until if chosen else None,
            completed_at=chosen.completed_at if chosen else None,
            cpd_hours=sum((item.cpd_hours for item in worker.courses if completed_in(item, start)), start=Decimal(0)),
        )
