"""The indicator summaries of the country, its regions and districts: rebuilt in the background, read by the dashboard.

Why summaries, and why rebuilt rather than kept up to date event by event: at
national scale (400,000 workers, 2 million enrolments) the national overview
cannot count live within the dashboard's budget, and the figures that matter
most change with the clock as well as with events (a certificate expires, an
assignment falls due). One pass over every active worker, region by region,
recomputes all of them consistently; Celery beat runs it every few minutes
(INDICATOR_REFRESH_SECONDS) and after roster imports. Facilities and worker
lists are always counted live: they are small.
"""

from datetime import datetime
from decimal import Decimal

from django.core.cache import cache
from django.db import transaction
from django.db.models import Sum
from django.utils import timezone

from workforce.models import OrgUnit

from . import facts
from .indicators import ALL_MANDATORY, EVENT_FIELDS, STOCK_FIELDS, Counters, Period, Tally
from .models import IndicatorSummary, MonthlyCompletions, SummaryRefresh

SUMMARY_LEVELS = (OrgUnit.Level.COUNTRY, OrgUnit.Level.REGION, OrgUnit.Level.DISTRICT)
MONTHLY_LEVELS = (OrgUnit.Level.COUNTRY, OrgUnit.Level.REGION)
LOCK_KEY = "workforce:summaries:refreshing"  # named before the move to reports; a running rebuild still holds it
LOCK_SECONDS = 30 * 60
COUNT_FIELDS = ("workers", "with_account", *STOCK_FIELDS, *EVENT_FIELDS)


class _Tree:
    """The summary levels of the org tree: each unit's depth and parent, and the deepest one above a facility."""

    def __init__(self):
        units = list(OrgUnit.objects.filter(level__in=SUMMARY_LEVELS).values_list("pk", "path", "depth", "level"))
        self.by_path = {path: pk for pk, path, _depth, _level in units}
        self.depth = {pk: depth for pk, _path, depth, _level in units}
        self.level = {pk: level for pk, _path, _depth, level in units}
        self.parent = {pk: self.by_path.get(path[: -OrgUnit.steplen], pk) for pk, path, _depth, _level in units}
        self._group_of: dict[str, int] = {}

    def group_of(self, facility_path: str) -> int | None:
        """The deepest summary unit above a facility (its district, normally)."""
        group = self._group_of.get(facility_path)
        if group is None:
            for end in range(len(facility_path) - OrgUnit.steplen, 0, -OrgUnit.steplen):
                group = self.by_path.get(facility_path[:end])
                if group is not None:
                    break
            self._group_of[facility_path] = group
        return group

    def lift(self, depth: int):
        """Maps a unit at `depth` to its parent and leaves shallower ones where they are."""
        return lambda pk: self.parent[pk] if self.depth[pk] == depth else pk


def refresh_summaries(*, now: datetime | None = None) -> SummaryRefresh | None:
    """Rebuild every summary from the facts; returns None when another refresh is already running."""
    if not cache.add(LOCK_KEY, True, LOCK_SECONDS):
        return None
    try:
        return _rebuild(now or timezone.now())
    finally:
        cache.delete(LOCK_KEY)


def _rebuild(now: datetime) -> SummaryRefresh:
    started_at = timezone.now()
    tree = _Tree()
    tally = Tally(now=now, monthly=True)
    workers = 0
    for row, worker in facts.worker_facts(facts.active_workers(), now=now):
        group = tree.group_of(row[4])
        if group is not None:
            tally.add(group, worker)
            workers += 1
    tally.add_totals()
    depths = sorted(set(tree.depth.values()), reverse=True)
    by_depth = {depths[0]: tally} if depths else {}
    for deeper, shallower in zip(depths, depths[1:], strict=False):
        by_depth[shallower] = by_depth[deeper].rolled_up(tree.lift(deeper))
    summaries, months = [], []
    for depth, level_tally in by_depth.items():
        for group in level_tally.groups():
            if tree.depth[group] != depth:
                continue
            summaries.extend(_summary_rows(level_tally, group))
            if tree.level[group] in MONTHLY_LEVELS:
                months.extend(_monthly_rows(level_tally, group))
    with transaction.atomic():
        IndicatorSummary.objects.all().delete()
        MonthlyCompletions.objects.all().delete()
        IndicatorSummary.objects.bulk_create(summaries, batch_size=5000)
        MonthlyCompletions.objects.bulk_create(months, batch_size=5000)
        return SummaryRefresh.objects.create(
            started_at=started_at, finished_at=timezone.now(), workers=workers, rows=len(summaries) + len(months)
        )


def _summary_rows(tally: Tally, group: int):
    courses_of: dict[int, set] = {}
    for key_group, cadre, course in tally.stock:
        if key_group == group:
            courses_of.setdefault(cadre, set()).add(course)
    for (key_group, cadre), (workers, with_account) in tally.workers.items():
        if key_group != group:
            continue
        for course in courses_of.get(cadre, {ALL_MANDATORY}) | {ALL_MANDATORY}:
            stock = tally.stock.get((group, cadre, course), (0,) * len(STOCK_FIELDS))
            for period, _start in tally.starts:
                events = tally.events.get((group, cadre, course, period), (0, Decimal(0), Decimal(0), 0))
                yield IndicatorSummary(
                    org_unit_id=group,
                    cadre_id=cadre,
                    course_id=course,
                    period=period,
                    workers=workers,
                    with_account=with_account,
                    **dict(zip(STOCK_FIELDS, stock, strict=True)),
                    **dict(zip(EVENT_FIELDS, events, strict=True)),
                )


def _monthly_rows(tally: Tally, group: int):
    for (key_group, cadre, course, month), (completions, cpd_hours) in tally.monthly.items():
        if key_group == group:
            yield MonthlyCompletions(
                org_unit_id=group, cadre_id=cadre, course_id=course, month=month, completions=completions,
                cpd_hours=cpd_hours,
            )  # fmt: skip


def last_refresh() -> SummaryRefresh | None:
    return SummaryRefresh.objects.order_by("-finished_at").first()


def summed_by_unit(rows, *, workforce_rows) -> dict[int, Counters]:
    """Counters per org unit from summary rows (one course, any cadres), in two queries however many units;
    the workforce comes from the every-course rows."""
    sums = {name: Sum(name) for name in (*STOCK_FIELDS, *EVENT_FIELDS)}
    totals = {row.pop("org_unit"): row for row in rows.values("org_unit").annotate(**sums)}
    workforce = {
        row.pop("org_unit"): row
        for row in workforce_rows.values("org_unit").annotate(workers=Sum("workers"), with_account=Sum("with_account"))
    }
    return {
        unit: Counters(
            **{name: value or 0 for name, value in {**totals.get(unit, {}), **workforce.get(unit, {})}.items()}
        )
        for unit in totals.keys() | workforce.keys()
    }


def summary_rows(*, org_units, cadre_id: int | None, course_id: int | None, period: Period):
    """The summary rows of these units for one course (None: every mandatory course) and period, and the
    every-course rows that hold their workforce."""
    rows = IndicatorSummary.objects.filter(org_unit__in=org_units, period=period)
    if cadre_id is not None:
        rows = rows.filter(cadre_id=cadre_id)
    workforce = rows.filter(course__isnull=True)
    course_rows = workforce if course_id is None else rows.filter(course_id=course_id)
    return course_rows, workforce
