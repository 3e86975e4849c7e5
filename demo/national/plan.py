"""What a synthetic country is made from: the plan (scale, seed, now), full-scale sizes, the rows the
generators share, and the clock they keep (working hours in Tashkent)."""

import calendar
import random
from array import array
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import NamedTuple

# Full-scale sizes; `Plan.scale` multiplies each of them.
WORKERS = 400_000
ENROLMENTS = 2_000_000
ASSIGNMENTS = 300

DAY = 86_400
HISTORY_DAYS = 3 * 365  # the platform has been in use for three years
TASHKENT_OFFSET = 5 * 3600  # Asia/Tashkent is UTC+5 all year
EMAIL_DOMAIN = "national.test"


@dataclass(frozen=True)
class Plan:
    """What to generate: the size relative to the whole country, the random seed and the moment taken as now."""

    scale: float = 1.0
    seed: int = 42
    now: datetime = field(default_factory=lambda: datetime.now(UTC))

    def scaled(self, full: float) -> int:
        return max(1, round(full * self.scale))

    def rng(self, *parts) -> random.Random:
        """A random stream of its own for each part of the country, so each can be replayed alone."""
        return random.Random(":".join(str(part) for part in (self.seed, *parts)))

    @property
    def now_ts(self) -> int:
        return int(self.now.timestamp())

    @property
    def start_ts(self) -> int:
        return self.now_ts - HISTORY_DAYS * DAY


class District(NamedTuple):
    region_index: int
    code: str
    kind: str  # rural, town, centre (the regional centre) or metro (a district of Tashkent city)
    names: tuple[str, str, str]
    place: tuple[str, str, str]  # how a facility's name says where it is


class UnitSpec(NamedTuple):
    code: str
    level: str
    facility_type: str
    names: tuple[str, str, str]
    path: str
    region_index: int
    district_index: int
    workers: int


class Facility(NamedTuple):
    id: int
    code: str
    type: str
    region_index: int
    district_index: int
    region_code: str
    workers: int


class Course(NamedTuple):
    id: int
    lesson_id: int
    title: str
    cpd_hours: Decimal
    validity_months: int | None
    gives_certificate: bool
    has_final: bool
    cadres: frozenset[str]
    popularity: int
    launched_ts: int


class AssignmentPlan(NamedTuple):
    course: Course
    org_unit_id: int
    region_index: int
    district_index: int | None
    cadres: tuple[str, ...]
    created_ts: int
    due_ts: int
    cancelled_ts: int | None
    created_by: int
    note: str


class Worker(NamedTuple):
    number: int
    employee_number: str | None
    full_name: str
    facility: Facility
    cadre: str
    position: str
    is_active: bool
    user_id: int | None
    language: str
    roster_ts: int
    joined_ts: int
    last_login_ts: int
    account_link: str


class Study(NamedTuple):
    """One enrolment and what came of it; `completions` has one moment per certificate cycle."""

    course: Course
    source: str
    status: str
    enrolled_ts: int
    completions: tuple[int, ...]
    cycle_started_ts: int | None
    last_activity_ts: int | None


@dataclass
class World:
    """The plan and the rows the generators refer to: org units, cadres, courses, staff and assignments."""

    plan: Plan
    regions: list[tuple[str, str, str, str]] = field(default_factory=list)
    districts: list[District] = field(default_factory=list)
    facilities: list[Facility] = field(default_factory=list)
    cadre_ids: dict[str, int] = field(default_factory=dict)
    courses: list[Course] = field(default_factory=list)
    ministry_id: int | None = None
    supervisor_ids: dict[int, int] = field(default_factory=dict)  # region index -> user id
    assignments: list[AssignmentPlan] = field(default_factory=list)
    first_user_id: int = 1
    accounts: array = field(default_factory=lambda: array("l"))  # roster number of each account, by user id
    _course_choices: dict = field(default_factory=dict)
    _covering: dict = field(default_factory=dict)


def moment(ts: int | None) -> datetime | None:
    return None if ts is None else datetime.fromtimestamp(ts, UTC)


def at_work(ts: int, *, after: int, now: int) -> int:
    """`ts` moved into working hours (08:00–22:00 in Tashkent) on its day, unless that leaves (after, now)."""
    seconds = (ts + TASHKENT_OFFSET) % DAY
    shifted = ts - seconds + 8 * 3600 + seconds * 14 // 24
    return shifted if after < shifted < now else ts


def add_months(value: datetime, months: int) -> datetime:
    index = value.month - 1 + months
    year, month = value.year + index // 12, index % 12 + 1
    return value.replace(year=year, month=month, day=min(value.day, calendar.monthrange(year, month)[1]))
