"""The arithmetic of capacity-building indicators, as pure functions over plain facts.

A worker's facts about one course (assigned? enrolled? completed when? a valid
certificate until when?) become flags; flags add up into `Counters` per org
unit, cadre, course (or every mandatory course) and period. Nothing here reads
the database: `reports.facts` loads the facts, `reports.summaries` stores the
sums for the country, regions and districts, and `reports.selectors` reads them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum

from dateutil.relativedelta import relativedelta
from django.db import models
from django.utils.translation import gettext_lazy

ALL_MANDATORY = None  # the "course" of the every-mandatory-course figures
EXPIRY_WINDOWS = (30, 90)


class Period(StrEnum):
    """Which completions count: events (completions, CPD hours, knowledge gain) are filtered by completion date."""

    ALL = "all"
    YEAR = "year"  # since 1 January
    LAST_12_MONTHS = "12m"
    LAST_90_DAYS = "90d"


def period_start(period: Period, now: datetime) -> datetime | None:
    """The first moment a period covers; None for all time."""
    if period == Period.ALL:
        return None
    if period == Period.YEAR:
        return now.replace(month=1, day=1, hour=0, minute=0, second=0, microsecond=0)
    if period == Period.LAST_12_MONTHS:
        return now - relativedelta(months=12)
    return now - timedelta(days=90)


@dataclass(frozen=True, slots=True)
class CourseFacts:
    """What is known about one worker and one course."""

    course_id: int
    cpd_hours: Decimal = Decimal(0)
    gives_certificate: bool = True
    due_date: date | None = None  # the earliest due date of the assignments covering the worker; None: not assigned
    enrolment_status: str | None = None  # enrolled / in_progress / completed / withdrawn; None: never enrolled
    completed_at: datetime | None = None
    certificate_forever: bool = False  # holds a valid certificate that never expires
    certificate_until: datetime | None = None  # the latest expiry among the worker's valid certificates
    knowledge_gain: Decimal | None = None

    @property
    def assigned(self) -> bool:
        return self.due_date is not None


@dataclass(frozen=True, slots=True)
class WorkerFacts:
    worker_id: int
    facility_id: int
    cadre_id: int
    has_account: bool
    courses: tuple[CourseFacts, ...] = ()


def is_enrolled(facts: CourseFacts) -> bool:
    return facts.enrolment_status is not None and facts.enrolment_status != "withdrawn"


def is_completed(facts: CourseFacts) -> bool:
    return facts.enrolment_status == "completed" or holds_valid_certificate(facts)


def holds_valid_certificate(facts: CourseFacts) -> bool:
    # Loaders pass only unrevoked, issued certificates that have not expired at `now`.
    return facts.certificate_forever or facts.certificate_until is not None


def is_trained(facts: CourseFacts) -> bool:
    """Counts towards coverage: a valid certificate, or completion for a course that gives no certificate."""
    return holds_valid_certificate(facts) if facts.gives_certificate else facts.enrolment_status == "completed"


def expires_within(facts: CourseFacts, days: int, now: datetime) -> bool:
    if facts.certificate_forever or facts.certificate_until is None:
        return False
    return facts.certificate_until <= now + timedelta(days=days)


def is_overdue(facts: CourseFacts, today: date) -> bool:
    return facts.assigned and facts.due_date < today and not is_completed(facts)


def completed_in(facts: CourseFacts, start: datetime | None) -> bool:
    return facts.completed_at is not None and (start is None or facts.completed_at >= start)


STOCK_FIELDS = (
    "assigned",
    "enrolled",
    "completed",
    "trained",  # holding a valid certificate (or completed, for a course without certificates)
    "expiring_30",  # certificates, not people: every mandatory course counts each course's certificate
    "expiring_90",
    "overdue",
)
EVENT_FIELDS = ("completions", "cpd_hours", "gain_sum", "gain_count")  # completions within the period


def course_flags(facts: CourseFacts, now: datetime) -> tuple[int, ...]:
    """One worker's standing in one course, as 0/1 in the order of STOCK_FIELDS."""
    return (
        int(facts.assigned),
        int(is_enrolled(facts)),
        int(is_completed(facts)),
        int(is_trained(facts)),
        int(expires_within(facts, 30, now)),
        int(expires_within(facts, 90, now)),
        int(is_overdue(facts, now.date())),
    )


def mandatory_flags(worker: WorkerFacts, now: datetime) -> tuple[int, ...]:
    """One worker's standing in every course assigned to them, in the order of STOCK_FIELDS.

    Assigned if any course is; enrolled, completed or trained only when that
    holds for every assigned course; overdue when it holds for any. Expiring
    counts the worker's certificates, of any course, that expire within the
    window (the sum of the single courses' figures), assigned or not.
    """
    assigned = [facts for facts in worker.courses if facts.assigned]
    expiring_30 = sum(expires_within(facts, 30, now) for facts in worker.courses)
    expiring_90 = sum(expires_within(facts, 90, now) for facts in worker.courses)
    if not assigned:
        return (0, 0, 0, 0, expiring_30, expiring_90, 0)
    return (
        1,
        int(all(is_enrolled(facts) for facts in assigned)),
        int(all(is_completed(facts) for facts in assigned)),
        int(all(is_trained(facts) for facts in assigned)),
        expiring_30,
        expiring_90,
        int(any(is_overdue(facts, now.date()) for facts in assigned)),
    )


def completion_event(facts: CourseFacts) -> tuple[int, Decimal, Decimal, int]:
    """What one completion adds to the event figures, in the order of EVENT_FIELDS."""
    if facts.knowledge_gain is None:
        return (1, facts.cpd_hours, Decimal(0), 0)
    return (1, facts.cpd_hours, facts.knowledge_gain, 1)


@dataclass(slots=True)
class Counters:
    """The figures of one org unit × cadre × course (or every mandatory course) × period; people unless noted.

    expiring_30 and expiring_90 count certificates; completions count course completions.
    """

    workers: int = 0  # active roster
    with_account: int = 0
    assigned: int = 0
    enrolled: int = 0
    completed: int = 0
    trained: int = 0
    expiring_30: int = 0
    expiring_90: int = 0
    overdue: int = 0
    completions: int = 0
    cpd_hours: Decimal = field(default_factory=Decimal)
    gain_sum: Decimal = field(default_factory=Decimal)
    gain_count: int = 0

    def add(self, other: Counters) -> None:
        for name in COUNTER_FIELDS:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def coverage_percent(self) -> Decimal | None:
        """Holding a valid certificate, as a share of the active workforce."""
        return percent(self.trained, self.workers)

    @property
    def cpd_hours_per_worker(self) -> Decimal | None:
        return per_worker(self.cpd_hours, self.workers)

    @property
    def mean_knowledge_gain(self) -> Decimal | None:
        return mean(self.gain_sum, self.gain_count)


COUNTER_FIELDS = tuple(f.name for f in fields(Counters))


def percent(part: int, whole: int) -> Decimal | None:
    """A share in per cent with one decimal; None when there is nothing to divide by."""
    if not whole:
        return None
    return (Decimal(100) * part / whole).quantize(Decimal("0.1"))


def per_worker(total: Decimal, workers: int) -> Decimal | None:
    if not workers:
        return None
    return (Decimal(total) / workers).quantize(Decimal("0.01"))


def mean(total: Decimal, count: int) -> Decimal | None:
    if not count:
        return None
    return (Decimal(total) / count).quantize(Decimal("0.1"))


def month_of(moment: datetime) -> date:
    return date(moment.year, moment.month, 1)


MONTHS_SHOWN = 24


class Tally:
    """Adds workers' figures up by group (an org unit, usually), cadre, course and period.

    Stock figures are kept per (group, cadre, course), completion events per
    (group, cadre, course, period) and per month; course None is every
    (mandatory) course. Plain lists keep it fast enough for the whole country.
    """

    def __init__(self, *, now: datetime, periods=tuple(Period), monthly: bool = False):
        self.now = now
        self.starts = [(period, period_start(period, now)) for period in periods]
        self.months_from = month_of(now - relativedelta(months=MONTHS_SHOWN - 1)) if monthly else None
        self.workers: dict[tuple, list[int]] = {}
        self.stock: dict[tuple, list[int]] = {}
        self.events: dict[tuple, list] = {}
        self.monthly: dict[tuple, list] = {}
        self._totals_added = False

    def add(self, group, worker: WorkerFacts) -> None:
        cadre = worker.cadre_id
        _add(self.workers, (group, cadre), (1, int(worker.has_account)))
        _add(self.stock, (group, cadre, ALL_MANDATORY), mandatory_flags(worker, self.now))
        for facts in worker.courses:
            _add(self.stock, (group, cadre, facts.course_id), course_flags(facts, self.now))
            if facts.completed_at is None:
                continue
            event = completion_event(facts)
            for period, start in self.starts:
                if start is None or facts.completed_at >= start:
                    _add(self.events, (group, cadre, facts.course_id, period), event)
            if self.months_from is not None:
                month = month_of(facts.completed_at)
                if month >= self.months_from:
                    _add(self.monthly, (group, cadre, facts.course_id, month), event[:2])
        self._totals_added = False

    def add_totals(self) -> None:
        """Add up every course's completion events into the every-course figures (once, after the last worker)."""
        if self._totals_added:
            return
        for table in (self.events, self.monthly):
            for (group, cadre, course, when), values in list(table.items()):
                if course is not ALL_MANDATORY:
                    _add(table, (group, cadre, ALL_MANDATORY, when), values)
        self._totals_added = True

    def rolled_up(self, parent_of) -> Tally:
        """The same figures added up one level higher: `parent_of(group)` names each group's parent."""
        self.add_totals()
        higher = Tally(now=self.now, periods=[period for period, _start in self.starts])
        higher.months_from = self.months_from
        higher._totals_added = True
        for source, target in (
            (self.workers, higher.workers),
            (self.stock, higher.stock),
            (self.events, higher.events),
            (self.monthly, higher.monthly),
        ):
            for key, values in source.items():
                _add(target, (parent_of(key[0]), *key[1:]), values)
        return higher

    def groups(self) -> set:
        return {group for group, _cadre in self.workers}

    def counters(self, group, *, cadre=None, course=ALL_MANDATORY, period: Period = Period.ALL) -> Counters:
        """The figures of one group, for one cadre or all of them."""
        self.add_totals()
        counters = Counters()
        for (key_group, key_cadre), (workers, with_account) in self.workers.items():
            if key_group != group or (cadre is not None and key_cadre != cadre):
                continue
            counters.workers += workers
            counters.with_account += with_account
            _add_fields(counters, STOCK_FIELDS, self.stock.get((key_group, key_cadre, course)))
            _add_fields(counters, EVENT_FIELDS, self.events.get((key_group, key_cadre, course, period)))
        return counters

    def months(self, group, *, cadre=None, course=ALL_MANDATORY) -> dict[date, tuple[int, Decimal]]:
        """Month → (completions, CPD hours) of one group over the last MONTHS_SHOWN months."""
        self.add_totals()
        by_month: dict[date, list] = {}
        for (key_group, key_cadre, key_course, month), values in self.monthly.items():
            if key_group == group and key_course == course and (cadre is None or key_cadre == cadre):
                _add(by_month, month, values)
        return {month: tuple(values) for month, values in sorted(by_month.items())}


def _add(table: dict, key, values) -> None:
    current = table.get(key)
    if current is None:
        table[key] = list(values)
    else:
        for index, value in enumerate(values):
            current[index] += value


def _add_fields(counters: Counters, names: tuple[str, ...], values) -> None:
    if values is None:
        return
    for name, value in zip(names, values, strict=True):
        setattr(counters, name, getattr(counters, name) + value)


class Standing(models.TextChoices):
    """Where a worker stands in a course (or in all their mandatory courses), most urgent first.

    Rows and files hold the code; its label is translated where it is shown, in the reader's language.
    """

    OVERDUE = "overdue", gettext_lazy("Overdue")
    EXPIRING = "expiring", gettext_lazy("Certificate expiring")  # trained, the certificate expires within 90 days
    LAPSED = "lapsed", gettext_lazy("Certificate expired or revoked")  # completed, certificate expired or revoked
    IN_PROGRESS = "in_progress", gettext_lazy("In progress")
    NOT_STARTED = "not_started", gettext_lazy("Not started")  # assigned, not enrolled
    TRAINED = "trained", gettext_lazy("Trained")
    NOT_ASSIGNED = "not_assigned", gettext_lazy("Not assigned")


def standing(facts: CourseFacts | None, now: datetime) -> Standing:
    if facts is None:
        return Standing.NOT_ASSIGNED
    if is_overdue(facts, now.date()):
        return Standing.OVERDUE
    if is_trained(facts):
        return Standing.EXPIRING if expires_within(facts, 90, now) else Standing.TRAINED
    if facts.enrolment_status == "completed":
        return Standing.LAPSED
    if is_enrolled(facts):
        return Standing.IN_PROGRESS
    return Standing.NOT_STARTED if facts.assigned else Standing.NOT_ASSIGNED


def mandatory_standing(worker: WorkerFacts, now: datetime) -> Standing:
    """The most urgent standing among the worker's assigned courses."""
    assigned = [standing(facts, now) for facts in worker.courses if facts.assigned]
    if not assigned:
        return Standing.NOT_ASSIGNED
    order = list(Standing)
    return min(assigned, key=order.index)
