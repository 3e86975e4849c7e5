"""A synthetic country at national scale: org tree, roster, accounts, courses and three years of learning.

It feeds load tests and the ministry dashboard benchmark, so its figures are
shaped like reality: Uzbekistan's 14 first-level units and their real districts
and towns, facilities of the real types with skewed sizes, the ISCO-08 cadres
with nurses the largest group, enrolments mostly in courses for the worker's
cadre, certificates that expire, are renewed and now and then revoked.

Everything is a pure function of (scale, seed, now). Every large table has its
own generator of rows, and the generators replay the same per-facility random
streams, so no table is ever held in memory. `write_rows` streams rows with COPY
on PostgreSQL and with batched INSERTs on other databases.
"""

import calendar
import itertools
import math
import random
import time
import uuid
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import NamedTuple

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.color import no_style
from django.db import connection, transaction
from wagtail.models import Page

from assessments.models import LearningOutcome
from certificates.codes import ALPHABET
from certificates.models import Certificate
from certificates.services import issuer_of
from courses.authoring import ensure_catalogues
from courses.models import Assignment, CoursePage, Enrolment, LessonPage, Topic
from demo import workforce as demo_workforce
from demo.national.catalogue import (
    ACCOUNT_SHARE,
    ALL_CADRES,
    CADRE_MIX,
    COURSES,
    DISTRICTS,
    FEMALE_NAMES,
    INACTIVE_SHARE,
    INVARIABLE_SURNAMES,
    JOINING_SKEW,
    LAUNCHED_AT_START,
    LINEUPS,
    MALE_NAMES,
    MEDIAN_STAFF,
    OTHER_FACILITIES,
    RUSSIAN_FEMALE_NAMES,
    RUSSIAN_MALE_NAMES,
    RUSSIAN_NAME_SHARE,
    RUSSIAN_NAME_SHARE_ELSEWHERE,
    RUSSIAN_PATRONYMIC_STEMS,
    RUSSIAN_SURNAMES,
    STAFF_SPREAD,
    SURNAMES,
    TASHKENT_CITY,
    TOPICS,
    VILLAGES,
)
from lms.services import ensure_site_structure
from workforce.models import Cadre, HealthWorker, OrgUnit
from workforce.roles import Role
from workforce.services import ensure_role_groups, grant_role

FacilityType = OrgUnit.FacilityType

# Full-scale sizes; `Plan.scale` multiplies each of them.
WORKERS = 400_000
ENROLMENTS = 2_000_000
ASSIGNMENTS = 300

DAY = 86_400
HISTORY_DAYS = 3 * 365  # the platform has been in use for three years
TASHKENT_OFFSET = 5 * 3600  # Asia/Tashkent is UTC+5 all year
EMAIL_DOMAIN = "national.test"

# --- Learning ----------------------------------------------------------------------------------------

OFF_CADRE_SHARE = 0.08  # enrolments in a course not meant for the learner's cadre
ENROLMENT_SPREAD = 2.2  # gamma shape of the number of courses a learner takes
ENROLMENT_SKEW = 1.4  # learners take a course sooner rather than later after joining
WITHDRAWN_SHARE = 0.075
FINISH_SHARE = 0.64
STARTED_SHARE = 0.6  # of those not finishing, how many opened a lesson
STUDY_DAYS_MEDIAN = 6
ASSIGNED_UPTAKE = 0.85
REGION_WIDE_SHARE = 0.15  # assignments to a whole region rather than a district
ASSIGNED_FINISH_SHARE = 0.8
RENEWAL_SHARE = 0.3
RENEWAL_WINDOW_DAYS = 90
PENDING_SECONDS = 600  # certificates of completions younger than this are still being prepared
REVOKED_SHARE = 0.006  # some revocations would fall after now, so ~0.5% end up revoked
OUTCOME_SHARE = 0.6  # completions of assessed courses whose outcome row exists
PRE_TEST_SHARE = 0.8
IN_PROGRESS_OUTCOME_SHARE = 0.3
PRE_TEST_MEAN = {"2211": 58, "2212": 62, "2221": 50, "2261": 55, "2262": 55}
PRE_TEST_MEAN_DEFAULT = 45

REVOCATION_REASONS = (
    (Certificate.RevocationReason.ISSUED_IN_ERROR, 40, "Xodim kursni boshqa muassasa hisobidan yakunlagan."),
    (Certificate.RevocationReason.IDENTITY, 25, "Shaxsni tasdiqlovchi hujjat roʻyxatga mos kelmadi."),
    (Certificate.RevocationReason.MISCONDUCT, 20, "Yakuniy test boshqa shaxs tomonidan topshirilgan."),
    (Certificate.RevocationReason.OTHER, 15, "Viloyat sogʻliqni saqlash boshqarmasining soʻrovi boʻyicha."),
)


# --- The plan and what has been created ---------------------------------------------------------------


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


# --- Writing rows ------------------------------------------------------------------------------------

INSERT_BATCH = 2000


def write_rows(model, fields: Iterable[str], rows: Iterable[tuple]) -> int:
    """Insert rows (values in the order of `fields`, by attribute name) into the model's table; return how many.

    On PostgreSQL the rows stream through COPY, formatted and sent by a second
    thread while this one goes on generating; elsewhere they go in batched
    INSERTs. The rows must not come from database queries: the connection is
    busy with the COPY while they are generated.
    """
    fields = [model._meta.get_field(name) for name in fields]
    table = connection.ops.quote_name(model._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(model_field.column) for model_field in fields)
    count = 0
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            from psycopg.copy import QueuedLibpqWriter

            raw = cursor.cursor
            with raw.copy(f"COPY {table} ({columns}) FROM STDIN", writer=QueuedLibpqWriter(raw)) as copy:
                for row in rows:
                    copy.write_row(row)
                    count += 1
            return count
        placeholders = ", ".join(["%s"] * len(fields))
        sql = f"INSERT INTO {table} ({columns}) VALUES ({placeholders})"
        prepare = [model_field.get_db_prep_save for model_field in fields]
        rows = iter(rows)
        while batch := list(itertools.islice(rows, INSERT_BATCH)):
            values = [tuple(prep(value, connection) for prep, value in zip(prepare, row, strict=True)) for row in batch]
            cursor.executemany(sql, values)
            count += len(values)
    return count


def reset_sequences(*models) -> None:
    """Move id sequences past ids that were set explicitly."""
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), list(models)):
            cursor.execute(sql)


def moment(ts: int | None) -> datetime | None:
    return None if ts is None else datetime.fromtimestamp(ts, UTC)


def _at_work(ts: int, *, after: int, now: int) -> int:
    """`ts` moved into working hours (08:00–22:00 in Tashkent) on its day, unless that leaves (after, now)."""
    seconds = (ts + TASHKENT_OFFSET) % DAY
    shifted = ts - seconds + 8 * 3600 + seconds * 14 // 24
    return shifted if after < shifted < now else ts


def _add_months(value: datetime, months: int) -> datetime:
    index = value.month - 1 + months
    year, month = value.year + index // 12, index % 12 + 1
    return value.replace(year=year, month=month, day=min(value.day, calendar.monthrange(year, month)[1]))


def _weighted(rng: random.Random, items, weights):
    return rng.choices(items, weights=weights)[0]


# --- The org tree ------------------------------------------------------------------------------------


def plan_districts(plan: Plan) -> tuple[list[tuple], list[District]]:
    """The 14 first-level units and, for each, its districts and towns (a share of them below full scale)."""
    regions = sorted(demo_workforce.REGIONS)
    districts = []
    for region_index, (region_code, *_names) in enumerate(regions):
        entries = DISTRICTS[region_code].split("|")
        keep = max(1, round(len(entries) * plan.scale))
        tumans = towns = 0
        for entry in _spread(entries, keep):
            is_town = entry.startswith("*")
            uz, ru, *en = entry.lstrip("*").split("/")
            en = en[0] if en else uz.replace("ʻ", "").replace("ʼ", "")
            if region_code == TASHKENT_CITY:
                kind = "metro"
            elif is_town:
                kind = "centre" if entry == entries[0] else "town"
            else:
                kind = "rural"
            if is_town:
                towns += 1
                code = f"{region_code}{401 + 3 * (towns - 1):03d}"
                names = (f"{uz} shahri", f"город {ru}", f"{en} City")
                place = (f"{uz} shahar", f"город {ru}", f"{en} City")
            else:
                tumans += 1
                code = f"{region_code}{203 + 3 * (tumans - 1):03d}"
                names = (f"{uz} tumani", f"{ru} район", f"{en} District")
                place = names
            districts.append(District(region_index, code, kind, names, place))
    return regions, districts


def _spread(items: list, keep: int) -> list:
    """`keep` items spread evenly over the list, the first always among them."""
    return [items[index * len(items) // keep] for index in range(keep)]


def plan_org_tree(plan: Plan) -> tuple[list[tuple], list[District], list[UnitSpec]]:
    """Every org unit with its materialised path (siblings in code order, as treebeard keeps them) and staff size."""
    regions, districts = plan_districts(plan)
    country_code, *country_names = demo_workforce.COUNTRY
    country_path = OrgUnit._get_path(None, 1, 1)
    units = [UnitSpec(country_code, OrgUnit.Level.COUNTRY, "", tuple(country_names), country_path, -1, -1, 0)]
    facility_specs = []
    # Below full scale fewer districts are kept, so each keeps more of its facilities: ~5,000 × scale in all.
    facility_scale = plan.scale * sum(len(entries.split("|")) for entries in DISTRICTS.values()) / len(districts)
    for region_index, (region_code, *region_names) in enumerate(regions):
        region_path = OrgUnit._get_path(country_path, 2, region_index + 1)
        units.append(
            UnitSpec(region_code, OrgUnit.Level.REGION, "", tuple(region_names), region_path, region_index, -1, 0)
        )
        numbers: dict[tuple, int] = {}
        own = [(index, district) for index, district in enumerate(districts) if district.region_index == region_index]
        for step, (district_index, district) in enumerate(sorted(own, key=lambda item: item[1].code), start=1):
            district_path = OrgUnit._get_path(region_path, 3, step)
            units.append(
                UnitSpec(
                    district.code,
                    OrgUnit.Level.DISTRICT,
                    "",
                    district.names,
                    district_path,
                    region_index,
                    district_index,
                    0,
                )
            )
            rng = plan.rng("facilities", district.code)
            lineup = [
                facility_type
                for facility_type, fewest, most in LINEUPS[district.kind]
                for _ in range(rng.randint(fewest, most))
            ]
            keep = min(len(lineup), max(1, round(len(lineup) * facility_scale)))
            villages = rng.sample(VILLAGES, k=min(len(VILLAGES), len(lineup)))
            for number, facility_type in enumerate(_spread(lineup, keep), start=1):
                # Tashkent numbers its facilities city-wide, the rest of the country district by district.
                key = (facility_type, None if district.kind == "metro" else district_index)
                numbers[key] = numbers.get(key, 0) + 1
                names = _facility_names(
                    facility_type, district, regions[region_index], numbers[key], villages[number - 1], rng
                )
                facility_specs.append(
                    UnitSpec(
                        f"F-{district.code}-{number:03d}",
                        OrgUnit.Level.FACILITY,
                        facility_type,
                        names,
                        OrgUnit._get_path(district_path, 4, number),
                        region_index,
                        district_index,
                        MEDIAN_STAFF[facility_type] * rng.lognormvariate(0, STAFF_SPREAD),
                    )
                )
    sizes = _apportion(plan.scaled(WORKERS), [spec.workers for spec in facility_specs])
    units += [spec._replace(workers=size) for spec, size in zip(facility_specs, sizes, strict=True)]
    return regions, districts, units


def _apportion(total: int, weights: list[float]) -> list[int]:
    """Split `total` in proportion to the weights (largest remainder), at least one each when there are enough."""
    floor = 1 if total >= len(weights) else 0
    rest, whole = total - floor * len(weights), sum(weights)
    shares = [rest * weight / whole for weight in weights]
    sizes = [floor + int(share) for share in shares]
    by_remainder = sorted(range(len(weights)), key=lambda index: int(shares[index]) - shares[index])
    for index in by_remainder[: total - sum(sizes)]:
        sizes[index] += 1
    return sizes


def _facility_names(facility_type, district: District, region: tuple, number: int, village: str, rng):
    uz_place, ru_place, en_place = district.place
    if facility_type == FacilityType.REGIONAL_HOSPITAL:
        _code, region_uz, region_ru, region_en = region
        region_uz = region_uz.replace(" viloyati", " viloyat")
        region_ru = region_ru.replace("ская область", "ской области").replace("Республика", "Республики")
        return (
            f"{region_uz} koʻp tarmoqli tibbiyot markazi",
            f"Многопрофильный медицинский центр {region_ru}",
            f"{region_en.replace(' Region', '')} Regional Multidisciplinary Medical Centre",
        )
    if facility_type == FacilityType.DISTRICT_HOSPITAL:
        return (
            f"{uz_place} markaziy shifoxonasi",
            f"Центральная районная больница, {ru_place}",
            f"{en_place.removesuffix(' District')} Central District Hospital",
        )
    if facility_type == FacilityType.RURAL_HEALTH_POST:
        village_uz, village_ru = village.split("/")
        return (
            f"{village_uz} qishloq vrachlik punkti",
            f"Сельский врачебный пункт «{village_ru}», {ru_place}",
            f"{village_uz.replace('ʻ', '')} Rural Family Doctor Post",
        )
    if facility_type == FacilityType.EMERGENCY:
        return (
            f"{uz_place} tez tibbiy yordam stansiyasi",
            f"Станция скорой медицинской помощи, {ru_place}",
            f"{en_place} Emergency Medical Station",
        )
    if facility_type == FacilityType.SANITARY:
        return (
            f"{uz_place} sanitariya-epidemiologik osoyishtalik va jamoat salomatligi boʻlimi",
            f"Отдел санитарно-эпидемиологического благополучия и общественного здоровья, {ru_place}",
            f"{en_place} Sanitary-Epidemiological Welfare and Public Health Department",
        )
    if facility_type == FacilityType.OTHER:
        uz, ru, en = rng.choice(OTHER_FACILITIES)
        return f"{uz_place} {uz}", f"{ru}, {ru_place}", f"{en_place} {en}"
    # Numbered facilities: (Uzbek alone, Uzbek after a place name, Russian, English alone, English after a place).
    uz, uz_placed, ru, en, en_placed = {
        FacilityType.CITY_HOSPITAL: ("shahar shifoxonasi", "shifoxonasi", "Городская больница", "City Hospital", "Hospital"),
        FacilityType.MATERNITY: (
            "tugʻruq kompleksi", "tugʻruq kompleksi", "Родильный комплекс", "Maternity Complex", "Maternity Complex",
        ),
        FacilityType.FAMILY_POLYCLINIC: (
            "oilaviy poliklinika", "oilaviy poliklinikasi", "Семейная поликлиника", "Family Polyclinic",
            "Family Polyclinic",
        ),
    }[facility_type]  # fmt: skip
    if district.kind == "metro":
        return f"{number}-son {uz}", f"{ru} № {number}", f"{en} No. {number}"
    return (
        f"{uz_place} {number}-son {uz_placed}",
        f"{ru} № {number}, {ru_place}",
        f"{en_place} {en_placed} No. {number}",
    )


def create_org_tree(world: World) -> int:
    """Insert the whole tree in one go, its paths computed here rather than node by node."""
    regions, districts, units = plan_org_tree(world.plan)
    children: dict[str, int] = {}
    for unit in units:
        parent = unit.path[: -OrgUnit.steplen]
        children[parent] = children.get(parent, 0) + 1
    objects = [
        OrgUnit(
            path=unit.path,
            depth=len(unit.path) // OrgUnit.steplen,
            numchild=children.get(unit.path, 0),
            code=unit.code,
            level=unit.level,
            facility_type=unit.facility_type,
            name_uz=unit.names[0],
            name_ru=unit.names[1],
            name_en=unit.names[2],
        )
        for unit in units
    ]
    OrgUnit.objects.bulk_create(objects, batch_size=1000)
    world.regions, world.districts = regions, districts
    world.facilities = [
        Facility(
            obj.pk,
            unit.code,
            unit.facility_type,
            unit.region_index,
            unit.district_index,
            regions[unit.region_index][0],
            unit.workers,
        )
        for unit, obj in zip(units, objects, strict=True)
        if unit.level == OrgUnit.Level.FACILITY
    ]
    return len(objects)


def unit_ids(world: World) -> dict[str, int]:
    return dict(OrgUnit.objects.filter(level__in=["region", "district"]).values_list("code", "id"))


def ensure_cadres(world: World) -> int:
    """The eleven ISCO-08 cadres the demo uses (kept as they are when they exist)."""
    for isco_code, *names in demo_workforce.CADRES:
        Cadre.objects.get_or_create(
            isco_code=isco_code, defaults=dict(zip(demo_workforce.NAME_FIELDS, names, strict=True))
        )
    world.cadre_ids = dict(Cadre.objects.filter(isco_code__in=ALL_CADRES).values_list("isco_code", "id"))
    return len(world.cadre_ids)


# --- Courses, staff and assignments (a few hundred rows, written with the ORM) -----------------------


def create_courses(world: World) -> int:
    """Fifty published courses, each with one lesson, in the catalogue of the site's main language."""
    plan = world.plan
    ensure_site_structure()
    catalogue = ensure_catalogues()[settings.LANGUAGE_CODE]
    topics = {
        slug: Topic.objects.get_or_create(slug=slug, defaults={"name_uz": uz, "name_ru": ru, "name_en": en})[0]
        for slug, uz, ru, en in TOPICS
    }
    cadres = {cadre.isco_code: cadre for cadre in Cadre.objects.filter(isco_code__in=ALL_CADRES)}
    taken = set(CoursePage.objects.child_of(catalogue).values_list("slug", flat=True))
    rng = plan.rng("courses")
    for index, (slug, title, topic, hours, validity, has_final, targets, popularity) in enumerate(COURSES):
        if index < LAUNCHED_AT_START:
            launched = plan.start_ts - rng.randint(0, 60) * DAY
        else:
            launched = plan.start_ts + rng.randint(30, HISTORY_DAYS - 45) * DAY
        page = CoursePage(
            title=title,
            slug=slug if slug not in taken else f"{slug}-{plan.seed}",
            locale=catalogue.locale,
            summary=f"{title}. Uzluksiz kasbiy rivojlanish kursi: {hours} soat.",
            cpd_hours=Decimal(hours),
            duration_minutes=int(Decimal(hours) * 60),
            topic=topics[topic],
            completion_rule=CoursePage.CompletionRule.LESSONS_AND_FINAL
            if has_final
            else CoursePage.CompletionRule.ALL_LESSONS,
            gives_certificate=validity is not None,
            certificate_validity_months=validity or None,
        )
        catalogue.add_child(instance=page)
        page.target_cadres.set([cadres[isco] for isco in (ALL_CADRES if targets == "*" else targets.split())])
        page.save_revision().publish()
        lesson = LessonPage(
            title="Kirish",
            slug="kirish",
            locale=catalogue.locale,
            duration_minutes=15,
            body=[
                {
                    "type": "paragraph",
                    "value": f"<p>{title}: kursning maqsadi va tuzilishi.</p>",
                    "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"national-data/{slug}/0")),
                }
            ],
        )
        page.add_child(instance=lesson)
        lesson.save_revision().publish()
        Page.objects.filter(pk__in=[page.pk, lesson.pk]).update(first_published_at=moment(launched))
        world.courses.append(
            Course(
                id=page.pk,
                lesson_id=lesson.pk,
                title=title,
                cpd_hours=page.cpd_hours,
                validity_months=validity or None,
                gives_certificate=validity is not None,
                has_final=has_final,
                cadres=frozenset(ALL_CADRES if targets == "*" else targets.split()),
                popularity=popularity,
                launched_ts=launched,
            )
        )
    return len(world.courses)


def create_staff(world: World) -> int:
    """A ministry analyst and a supervisor for each region: who assigns training and who revokes certificates."""
    User = get_user_model()
    ensure_role_groups()
    ministry = User.objects.create_user(
        email=f"ministry.analyst@{EMAIL_DOMAIN}", full_name="Ismoilova Nodira Farhodovna", preferred_language="uz"
    )
    grant_role(user=ministry, role=Role.MINISTRY_ANALYST)
    world.ministry_id = ministry.pk
    units = unit_ids(world)
    rng = world.plan.rng("staff")
    for region_index, (region_code, *_names) in enumerate(world.regions):
        supervisor = User.objects.create_user(
            email=f"supervisor.{region_code}@{EMAIL_DOMAIN}",
            full_name=_uzbek_name(rng, female=rng.random() < 0.5),
            preferred_language="uz",
        )
        grant_role(user=supervisor, role=Role.SUPERVISOR, org_unit=OrgUnit.objects.get(pk=units[region_code]))
        world.supervisor_ids[region_index] = supervisor.pk
    return 1 + len(world.supervisor_ids)


def plan_assignments(world: World) -> list[AssignmentPlan]:
    """Mandatory training by region or district, some for named cadres only, due in the past and the future."""
    plan = world.plan
    rng = plan.rng("assignments")
    units = unit_ids(world)
    mandatory = [course for course in world.courses if course.gives_certificate]
    weights = [course.popularity for course in mandatory]
    plans = []
    for _ in range(plan.scaled(ASSIGNMENTS)):
        course = _weighted(rng, mandatory, weights)
        district = rng.choice(world.districts)
        region_index = district.region_index
        if rng.random() < REGION_WIDE_SHARE:
            district_index, unit_code = None, world.regions[region_index][0]
            created_by = world.ministry_id if rng.random() < 0.5 else world.supervisor_ids[region_index]
        else:
            district_index, unit_code = world.districts.index(district), district.code
            created_by = world.supervisor_ids[region_index]
        targets = sorted(course.cadres)
        if len(targets) == len(ALL_CADRES) and rng.random() < 0.7:
            cadres = ()
        elif rng.random() < 0.5:
            cadres = tuple(sorted(rng.sample(targets, k=rng.randint(1, min(3, len(targets))))))
        else:
            cadres = tuple(targets)
        created = rng.randint(max(course.launched_ts, plan.start_ts + 20 * DAY), plan.now_ts - 5 * DAY)
        created = _at_work(created, after=plan.start_ts, now=plan.now_ts)
        due = created + rng.randint(30, 180) * DAY
        cancelled = created + rng.randint(1, 20) * DAY if rng.random() < 0.04 else None
        if cancelled is not None and cancelled >= plan.now_ts:
            cancelled = None
        issued_by = (
            "Sogʻliqni saqlash vazirligi"
            if created_by == world.ministry_id
            else "Viloyat sogʻliqni saqlash boshqarmasi"
        )
        note = f"{issued_by}ning {moment(created):%Y}-yildagi {rng.randint(12, 640)}-son buyrugʻi asosida"
        plans.append(
            AssignmentPlan(
                course,
                units[unit_code],
                region_index,
                district_index,
                cadres,
                created,
                due,
                cancelled,
                created_by,
                note,
            )
        )
    return plans


def create_assignments(world: World) -> int:
    world.assignments = plan_assignments(world)
    objects = [
        Assignment(
            course_id=item.course.id,
            org_unit_id=item.org_unit_id,
            due_date=_local_date(item.due_ts),
            note=item.note,
            created_by_id=item.created_by,
            cancelled_at=moment(item.cancelled_ts),
            cancelled_by_id=item.created_by if item.cancelled_ts else None,
        )
        for item in world.assignments
    ]
    Assignment.objects.bulk_create(objects)
    for obj, item in zip(objects, world.assignments, strict=True):
        obj.created_at = moment(item.created_ts)  # auto_now_add set it to the moment of writing
    Assignment.objects.bulk_update(objects, ["created_at"])
    Through = Assignment.cadres.through
    Through.objects.bulk_create(
        Through(assignment_id=obj.pk, cadre_id=world.cadre_ids[isco])
        for obj, item in zip(objects, world.assignments, strict=True)
        for isco in item.cadres
    )
    return len(objects)


def _local_date(ts: int) -> date:
    return datetime.fromtimestamp(ts + TASHKENT_OFFSET, UTC).date()


# --- The roster and its accounts ---------------------------------------------------------------------


def roster(world: World) -> Iterator[Worker]:
    """Every roster entry, facility by facility; each facility's entries come from its own random stream."""
    plan = world.plan
    now, start = plan.now_ts, plan.start_ts
    number = 0
    user_id = world.first_user_id
    for facility in world.facilities:
        rng = plan.rng("roster", facility.code)
        mix = CADRE_MIX[facility.type]
        cadres, cumulative = list(mix), list(itertools.accumulate(mix.values()))
        russian_share = RUSSIAN_NAME_SHARE.get(facility.region_code, RUSSIAN_NAME_SHARE_ELSEWHERE)
        for _ in range(facility.workers):
            number += 1
            cadre = rng.choices(cadres, cum_weights=cumulative)[0]
            female = rng.random() < demo_workforce.FEMALE_SHARE[cadre]
            if rng.random() < russian_share:
                full_name = _russian_name(rng, female)
                language = "ru" if rng.random() < 0.92 else "en"
            else:
                full_name = _uzbek_name(rng, female)
                draw = rng.random()
                language = "uz" if draw < 0.76 else "ru" if draw < 0.96 else "en"
            position = rng.choice(
                demo_workforce.POSITIONS_AT.get((facility.type, cadre), demo_workforce.POSITIONS[cadre])
            )
            is_active = rng.random() >= INACTIVE_SHARE
            # Most entries came with the first roster upload; the rest joined the facility since.
            if rng.random() < 0.8:
                roster_ts = start - rng.randint(0, 20) * DAY
            else:
                roster_ts = start + int((now - start) * rng.random())
            employee_number = f"UZ-{number:06d}"
            if rng.random() < ACCOUNT_SHARE:
                earliest = max(roster_ts, start)
                joined = _at_work(
                    earliest + int((now - earliest) * rng.random() ** JOINING_SKEW), after=earliest, now=now
                )
                last_login = _at_work(joined + int((now - joined) * rng.random() ** 0.3), after=joined, now=now)
                draw = rng.random()
                if draw < 0.62:
                    link = HealthWorker.AccountLink.SIGNUP_MATCH
                elif draw < 0.88:
                    link = HealthWorker.AccountLink.STAFF
                else:
                    # The entry was created at sign-up; half of them gave no employee number.
                    link, roster_ts = HealthWorker.AccountLink.SIGNUP, joined
                    employee_number = employee_number if rng.random() < 0.5 else None
                account_id = user_id
                user_id += 1
            else:
                account_id, joined, last_login, link = None, 0, 0, ""
            yield Worker(
                number,
                employee_number,
                full_name,
                facility,
                cadre,
                position,
                is_active,
                account_id,
                language,
                roster_ts,
                joined,
                last_login,
                link,
            )


def _uzbek_name(rng: random.Random, female: bool) -> str:
    """Surname, given name and patronymic, in the Russian-style form or the Uzbek "… qizi / oʻgʻli"."""
    surname = rng.choice(SURNAMES)
    father = rng.choice(demo_workforce.PATRONYMIC_STEMS)
    given = rng.choice(FEMALE_NAMES if female else MALE_NAMES)
    if rng.random() < 0.3:
        father_name = father[:-3] if father.endswith("yev") else father[:-2]
        return f"{surname}{'a' if female else ''} {given} {father_name} {'qizi' if female else 'oʻgʻli'}"
    return f"{surname}{'a' if female else ''} {given} {father}{'na' if female else 'ich'}"


def _russian_name(rng: random.Random, female: bool) -> str:
    surname = rng.choice(RUSSIAN_SURNAMES)
    if female and surname not in INVARIABLE_SURNAMES:
        surname += "а"
    given = rng.choice(RUSSIAN_FEMALE_NAMES if female else RUSSIAN_MALE_NAMES)
    return f"{surname} {given} {rng.choice(RUSSIAN_PATRONYMIC_STEMS)}{'на' if female else 'ич'}"


def _email(number: int) -> str:
    return f"w{number:06d}@{EMAIL_DOMAIN}"


USER_FIELDS = (
    "id", "password", "last_login", "is_superuser", "email", "full_name", "preferred_language", "is_staff",
    "is_active", "date_joined",
)  # fmt: skip


def user_rows(world: World) -> Iterator[tuple]:
    """An account for each worker who has one: unusable password, e-mail made from the roster number."""
    rng = world.plan.rng("passwords")
    world.accounts = array("l")
    for worker in roster(world):
        if worker.user_id is None:
            continue
        world.accounts.append(worker.number)
        yield (
            worker.user_id,
            f"!{rng.getrandbits(160):040x}",  # unusable, as set_unusable_password() makes it
            moment(worker.last_login_ts),
            False,
            _email(worker.number),
            worker.full_name,
            worker.language,
            False,
            True,
            moment(worker.joined_ts),
        )


def email_address_rows(world: World) -> Iterator[tuple]:
    """Each account's verified primary address, as allauth records it after confirmation."""
    for offset, number in enumerate(world.accounts):
        yield world.first_user_id + offset, _email(number), True, True


def learner_group_rows(world: World, group_id: int) -> Iterator[tuple]:
    """Every worker account holds the learner role, as sign-up grants it."""
    for offset in range(len(world.accounts)):
        yield world.first_user_id + offset, group_id


WORKER_FIELDS = (
    "employee_number", "reported_employee_number", "full_name", "facility_id", "cadre_id", "position", "is_active",
    "user_id", "account_link", "account_linked_at", "created_at", "updated_at",
)  # fmt: skip


def health_worker_rows(world: World) -> Iterator[tuple]:
    for worker in roster(world):
        linked = moment(worker.joined_ts) if worker.user_id else None
        created = moment(worker.roster_ts)
        yield (
            worker.employee_number,
            "",
            worker.full_name,
            worker.facility.id,
            world.cadre_ids[worker.cadre],
            worker.position,
            worker.is_active,
            worker.user_id,
            worker.account_link,
            linked,
            created,
            max(created, linked) if linked else created,
        )


# --- Learning histories ------------------------------------------------------------------------------


def learning_histories(world: World) -> Iterator[tuple[Worker, list[Study]]]:
    """Each account holder's enrolments and what came of them, from one random stream per facility."""
    plan = world.plan
    rng = None
    facility = None
    mean = plan.scaled(ENROLMENTS) / max(1, plan.scaled(WORKERS) * ACCOUNT_SHARE)
    for worker in roster(world):
        if worker.facility is not facility:
            facility = worker.facility
            rng = plan.rng("learning", facility.code)
        if worker.user_id is None:
            continue
        yield worker, _studies(world, worker, rng, mean)


def _studies(world: World, worker: Worker, rng: random.Random, mean: float) -> list[Study]:
    now = world.plan.now_ts
    wanted = int(rng.gammavariate(ENROLMENT_SPREAD, mean / ENROLMENT_SPREAD) + 0.5)
    studies: dict[int, Study] = {}
    for assignment in _covering(world, worker):
        course = assignment.course
        if course.id in studies or rng.random() >= ASSIGNED_UPTAKE:
            continue
        earliest = max(assignment.created_ts, worker.joined_ts)
        enrolled = earliest + int(rng.expovariate(1 / (6 * DAY)))
        if enrolled < now:
            enrolled = _at_work(enrolled, after=earliest, now=now)
            studies[course.id] = _assigned_study(world, course, enrolled, assignment.due_ts, rng)
    if len(studies) >= wanted:
        return list(studies.values())
    pool, cumulative = _course_choices(world, worker.cadre)
    every, every_cumulative = _course_choices(world, None)
    for _attempt in range(3):
        for course in rng.choices(pool, cum_weights=cumulative, k=2 * (wanted - len(studies))):
            if rng.random() < OFF_CADRE_SHARE:
                course = rng.choices(every, cum_weights=every_cumulative)[0]
            if course.id in studies:
                continue
            start = max(worker.joined_ts, course.launched_ts)
            enrolled = _at_work(start + int((now - start) * rng.random() ** ENROLMENT_SKEW), after=start, now=now)
            studies[course.id] = _self_study(world, course, enrolled, rng)
            if len(studies) >= wanted:
                return list(studies.values())
    return list(studies.values())


def _course_choices(world: World, cadre: str | None):
    """The courses for a cadre (every course for None) and cumulative weights: popularity × months on offer."""
    if cadre not in world._course_choices:
        span = world.plan.now_ts - world.plan.start_ts
        courses = [course for course in world.courses if cadre is None or cadre in course.cadres]
        weights = [course.popularity * min(1.0, (world.plan.now_ts - course.launched_ts) / span) for course in courses]
        world._course_choices[cadre] = (courses, list(itertools.accumulate(weights)))
    return world._course_choices[cadre]


def _covering(world: World, worker: Worker) -> list[AssignmentPlan]:
    """The active assignments that cover a worker's district or region and cadre, oldest first."""
    key = (worker.facility.district_index, worker.cadre)
    if key not in world._covering:
        district_index, cadre = key
        region_index = world.districts[district_index].region_index
        world._covering[key] = [
            item
            for item in world.assignments
            if item.cancelled_ts is None
            and (
                item.district_index == district_index
                or (item.district_index is None and item.region_index == region_index)
            )
            and (not item.cadres or cadre in item.cadres)
        ]
    return world._covering[key]


def _self_study(world: World, course: Course, enrolled: int, rng: random.Random) -> Study:
    now = world.plan.now_ts
    duration = int(DAY * rng.lognormvariate(math.log(STUDY_DAYS_MEDIAN), 1.0))
    draw = rng.random()
    if draw < WITHDRAWN_SHARE:
        last = _at_work(min(now - 1, enrolled + int(duration * rng.random())), after=enrolled, now=now)
        return Study(course, Enrolment.Source.SELF, Enrolment.Status.WITHDRAWN, enrolled, (), None, last)
    if draw < WITHDRAWN_SHARE + FINISH_SHARE and enrolled + duration < now:
        done = _at_work(enrolled + duration, after=enrolled, now=now)
        return _completed(world, course, Enrolment.Source.SELF, enrolled, done, rng)
    return _unfinished(world, course, Enrolment.Source.SELF, enrolled, duration, rng)


def _assigned_study(world: World, course: Course, enrolled: int, due: int, rng: random.Random) -> Study:
    now = world.plan.now_ts
    if due > enrolled:  # most finish by the due date, some after it
        duration = max(3600, int((due - enrolled) * rng.uniform(0.1, 1.35)))
    else:
        duration = int(DAY * rng.lognormvariate(math.log(STUDY_DAYS_MEDIAN), 1.0))
    draw = rng.random()
    if draw < 0.02:
        last = _at_work(min(now - 1, enrolled + int(duration * rng.random())), after=enrolled, now=now)
        return Study(course, Enrolment.Source.ASSIGNED, Enrolment.Status.WITHDRAWN, enrolled, (), None, last)
    if draw < ASSIGNED_FINISH_SHARE and enrolled + duration < now:
        done = _at_work(enrolled + duration, after=enrolled, now=now)
        return _completed(world, course, Enrolment.Source.ASSIGNED, enrolled, done, rng)
    return _unfinished(world, course, Enrolment.Source.ASSIGNED, enrolled, duration, rng)


def _unfinished(world: World, course: Course, source: str, enrolled: int, duration: int, rng: random.Random) -> Study:
    now = world.plan.now_ts
    if rng.random() < STARTED_SHARE:
        last = _at_work(
            enrolled + int((min(now, enrolled + duration) - enrolled) * rng.random()), after=enrolled, now=now
        )
        return Study(course, source, Enrolment.Status.IN_PROGRESS, enrolled, (), None, last)
    return Study(course, source, Enrolment.Status.ENROLLED, enrolled, (), None, None)


def _completed(world: World, course: Course, source: str, enrolled: int, done: int, rng: random.Random) -> Study:
    """A completion, and the renewals that followed when the certificate came near its expiry."""
    now = world.plan.now_ts
    completions = [done]
    if course.validity_months:
        validity = int(course.validity_months * 30.44 * DAY)
        while True:
            expires = completions[-1] + validity
            if expires - RENEWAL_WINDOW_DAYS * DAY >= now or rng.random() >= RENEWAL_SHARE:
                break
            again = _at_work(expires + rng.randint(-RENEWAL_WINDOW_DAYS, 75) * DAY, after=completions[-1], now=now)
            if again >= now:
                break
            completions.append(again)
    cycle_started = None
    if len(completions) > 1:
        cycle_started = completions[-1] - rng.randint(3600, 20 * DAY)
    return Study(
        course, source, Enrolment.Status.COMPLETED, enrolled, tuple(completions), cycle_started, completions[-1]
    )


ENROLMENT_FIELDS = (
    "learner_id", "course_id", "status", "source", "enrolled_at", "completed_at", "cycle_started_at",
    "last_lesson_id", "last_activity_at",
)  # fmt: skip


def enrolment_rows(world: World) -> Iterator[tuple]:
    opened = (Enrolment.Status.IN_PROGRESS, Enrolment.Status.COMPLETED)
    for worker, studies in learning_histories(world):
        for study in studies:
            yield (
                worker.user_id,
                study.course.id,
                study.status,
                study.source,
                moment(study.enrolled_ts),
                moment(study.completions[-1]) if study.completions else None,
                moment(study.cycle_started_ts),
                study.course.lesson_id if study.status in opened else None,
                moment(study.last_activity_ts),
            )


CERTIFICATE_FIELDS = (
    "learner_id", "course_id", "cycle", "code", "status", "language", "learner_name", "course_title", "cpd_hours",
    "issuer", "completed_at", "issued_at", "expires_at", "pdf", "revoked_at", "revoked_by_id", "revocation_reason",
    "revocation_note", "created_at",
)  # fmt: skip


def certificate_rows(world: World) -> Iterator[tuple]:
    """One certificate per completion of a certifying course: cycle 1, then one per renewal."""
    plan = world.plan
    rng = plan.rng("certificates")
    issuers = {language: issuer_of(None, language) for language, _name in settings.LANGUAGES}
    reasons = [(reason, note) for reason, _weight, note in REVOCATION_REASONS]
    reason_weights = list(itertools.accumulate(weight for _reason, weight, _note in REVOCATION_REASONS))
    Status = Certificate.Status
    for worker, studies in learning_histories(world):
        for study in studies:
            course = study.course
            if not course.gives_certificate:
                continue
            for cycle, done in enumerate(study.completions, start=1):
                completed = moment(done)
                code = _code(rng)
                if plan.now_ts - done < PENDING_SECONDS:
                    yield (
                        worker.user_id, course.id, cycle, code, Status.PENDING, worker.language, worker.full_name,
                        course.title, course.cpd_hours, "", completed, None, None, "", None, None, "", "", completed,
                    )  # fmt: skip
                    continue
                issued = moment(done + rng.randint(15, 240))
                expires = _add_months(issued, course.validity_months) if course.validity_months else None
                status, revoked, revoked_by, reason, note = Status.ISSUED, None, None, "", ""
                if rng.random() < REVOKED_SHARE:
                    revoked_ts = done + rng.randint(2, 200) * DAY
                    if revoked_ts < plan.now_ts:
                        reason, note = rng.choices(reasons, cum_weights=reason_weights)[0]
                        status, revoked, revoked_by = Status.REVOKED, moment(revoked_ts), world.ministry_id
                yield (
                    worker.user_id, course.id, cycle, code, status, worker.language, worker.full_name, course.title,
                    course.cpd_hours, issuers[worker.language], completed, issued, expires, "", revoked, revoked_by,
                    reason, note, completed,
                )  # fmt: skip


_CODE_PAIRS = [first + second for first in ALPHABET for second in ALPHABET]


def _code(rng: random.Random) -> str:
    """A verification code in the format of `certificates.codes.new_code()`, from the seeded stream."""
    bits = rng.getrandbits(80)
    pairs = [_CODE_PAIRS[(bits >> shift) & 1023] for shift in (70, 60, 50, 40, 30, 20, 10, 0)]
    return f"{pairs[0]}{pairs[1]}-{pairs[2]}{pairs[3]}-{pairs[4]}{pairs[5]}-{pairs[6]}{pairs[7]}"


OUTCOME_FIELDS = ("learner_id", "course_id", "pre_test_percent", "best_final_percent", "knowledge_gain", "updated_at")


def learning_outcome_rows(world: World) -> Iterator[tuple]:
    """Pre-test and best final score for a share of the assessed courses taken; the final beats the pre-test."""
    rng = world.plan.rng("outcomes")
    for worker, studies in learning_histories(world):
        for study in studies:
            if not study.course.has_final:
                continue
            if study.status == Enrolment.Status.COMPLETED and rng.random() < OUTCOME_SHARE:
                final = _percent(rng.gauss(86, 8), low=70)
                pre = None
                if rng.random() < PRE_TEST_SHARE:
                    pre = _percent(
                        rng.gauss(PRE_TEST_MEAN.get(worker.cadre, PRE_TEST_MEAN_DEFAULT), 14), high=final - 5
                    )
                gain = final - pre if pre is not None else None
                yield worker.user_id, study.course.id, pre, final, gain, moment(study.completions[-1])
            elif study.status == Enrolment.Status.IN_PROGRESS and rng.random() < IN_PROGRESS_OUTCOME_SHARE:
                pre = _percent(rng.gauss(PRE_TEST_MEAN.get(worker.cadre, PRE_TEST_MEAN_DEFAULT), 14))
                yield worker.user_id, study.course.id, pre, None, None, moment(study.last_activity_ts)


def _percent(value: float, *, low: float = 5, high: float = 100) -> Decimal:
    """A score of a twenty-question test: a multiple of five within bounds."""
    return Decimal(5 * round(min(high, max(low, value)) / 5))


# --- All of it ---------------------------------------------------------------------------------------


def existing_data() -> str:
    """Why the database may not receive a synthetic country, or "" when it may."""
    units, workers = OrgUnit.objects.count(), HealthWorker.objects.count()
    if units or workers:
        return f"The database already holds {units:,} org units and {workers:,} roster workers."
    return ""


def create_accounts(world: World) -> int:
    User = get_user_model()
    world.first_user_id = (User.objects.order_by("-pk").values_list("pk", flat=True).first() or 0) + 1
    count = write_rows(User, USER_FIELDS, user_rows(world))
    reset_sequences(User)
    return count


def create_email_addresses(world: World) -> int:
    return write_rows(EmailAddress, ("user_id", "email", "verified", "primary"), email_address_rows(world))


def create_learner_roles(world: World) -> int:
    group_id = ensure_role_groups()[Role.LEARNER].pk
    return write_rows(get_user_model().groups.through, ("user_id", "group_id"), learner_group_rows(world, group_id))


def create_roster(world: World) -> int:
    return write_rows(HealthWorker, WORKER_FIELDS, health_worker_rows(world))


def create_enrolments(world: World) -> int:
    return write_rows(Enrolment, ENROLMENT_FIELDS, enrolment_rows(world))


def create_certificates(world: World) -> int:
    return write_rows(Certificate, CERTIFICATE_FIELDS, certificate_rows(world))


def create_learning_outcomes(world: World) -> int:
    return write_rows(LearningOutcome, OUTCOME_FIELDS, learning_outcome_rows(world))


STAGES = (
    ("org units", create_org_tree),
    ("cadres", ensure_cadres),
    ("courses", create_courses),
    ("staff accounts", create_staff),
    ("assignments", create_assignments),
    ("accounts", create_accounts),
    ("e-mail addresses", create_email_addresses),
    ("learner roles", create_learner_roles),
    ("roster workers", create_roster),
    ("enrolments", create_enrolments),
    ("certificates", create_certificates),
    ("learning outcomes", create_learning_outcomes),
)


def generate_country(plan: Plan, *, report: Callable[[str, int | None, float], None]) -> dict[str, int]:
    """Create the whole country in one transaction, calling `report(what, how many, seconds)` after each stage."""
    world = World(plan)
    counts = {}
    with transaction.atomic():
        for label, create in STAGES:
            started = time.monotonic()
            counts[label] = create(world)
            report(label, counts[label], time.monotonic() - started)
        started = time.monotonic()
    # Foreign keys are checked when the transaction commits (Django makes them deferrable).
    report("commit", None, time.monotonic() - started)
    if connection.vendor == "postgresql":
        started = time.monotonic()
        _analyse(get_user_model(), EmailAddress, HealthWorker, Enrolment, Certificate, LearningOutcome)
        report("analyse", None, time.monotonic() - started)
    return counts


def _analyse(*models) -> None:
    """Refresh the planner's statistics so the first queries on the new rows are planned well."""
    with connection.cursor() as cursor:
        for model in models:
            cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")
