"""Capacity-building indicators on small hand-computed data, counted live and read from the summaries."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from assessments.models import LearningOutcome
from certificates.codes import new_code
from certificates.models import Certificate
from courses.models import Assignment, Enrolment
from reports import selectors, summaries
from reports.indicators import Period
from reports.selectors import Filters
from tests.courses.conftest import CourseBuilder
from tests.factories import CadreFactory, HealthWorkerFactory, UserFactory, add_org_unit
from workforce.models import OrgUnit

NOW = timezone.now()
DAY = timedelta(days=1)


class Country:
    """Tashkent city (a polyclinic and a hospital) and Samarkand (a health post); one empty district.

    | worker | cadre  | facility    | hand hygiene (assigned to Tashkent's nurses, due yesterday)   | EHR        |
    | w1     | nurse  | polyclinic  | completed 10 days ago, certificate valid for 20 more days, +25 |            |
    | w2     | nurse  | hospital    | completed 400 days ago, certificate expired 5 days ago         |            |
    | w3     | doctor | hospital    | in progress, assigned by name, due yesterday: overdue          |            |
    | w4     | nurse  | hospital    | completed 30 days ago, certificate revoked                     |            |
    | w5     | nurse  | health post | (no account)                                                   |            |
    | w6     | nurse  | polyclinic  | inactive: completed with a valid certificate, never counted    |            |
    | w7     | doctor | polyclinic  |                                                                | 5 days ago |
    """

    def __init__(self, org_tree):
        self.units = org_tree
        self.empty_district = add_org_unit(
            org_tree["samarkand"], code="1718224", level=OrgUnit.Level.DISTRICT, name="Pastdargʻom district"
        )
        self.nurse = CadreFactory(isco_code="2221", name_en="Nursing professional")
        self.doctor = CadreFactory(isco_code="2211", name_en="Generalist medical practitioner")
        builder = CourseBuilder()
        self.hygiene = builder.course("Qoʻl gigiyenasi", slug="hand-hygiene", lessons=1, cpd_hours=Decimal(2),
                                      certificate_validity_months=24)  # fmt: skip
        self.ehr = builder.course("EHR", slug="ehr", lessons=1, cpd_hours=Decimal(3), gives_certificate=False)
        admin = UserFactory(email="admin@example.test")
        self.workers = {}
        self.worker("w1", self.nurse, "polyclinic")
        self.worker("w2", self.nurse, "hospital")
        self.worker("w3", self.doctor, "hospital")
        self.worker("w4", self.nurse, "hospital")
        self.worker("w5", self.nurse, "health_post", account=False)
        self.worker("w6", self.nurse, "polyclinic", active=False)
        self.worker("w7", self.doctor, "polyclinic")

        self.complete("w1", self.hygiene, NOW - 10 * DAY, gain=Decimal(25))
        self.certify("w1", NOW - 10 * DAY, expires=NOW + 20 * DAY)
        self.complete("w2", self.hygiene, NOW - 400 * DAY)
        self.certify("w2", NOW - 400 * DAY, expires=NOW - 5 * DAY)
        self.enrol("w3", self.hygiene, status=Enrolment.Status.IN_PROGRESS)
        self.complete("w4", self.hygiene, NOW - 30 * DAY)
        self.certify("w4", NOW - 30 * DAY, expires=NOW + 700 * DAY, status=Certificate.Status.REVOKED)
        self.complete("w6", self.hygiene, NOW - 10 * DAY)
        self.certify("w6", NOW - 10 * DAY, expires=NOW + 700 * DAY)
        self.complete("w7", self.ehr, NOW - 5 * DAY)

        by_region = Assignment.objects.create(
            course=self.hygiene, org_unit=org_tree["tashkent"], due_date=(NOW - DAY).date(), created_by=admin
        )
        by_region.cadres.set([self.nurse])
        by_name = Assignment.objects.create(course=self.hygiene, due_date=(NOW - DAY).date(), created_by=admin)
        by_name.workers.set([self.workers["w3"]])

    def worker(self, name, cadre, facility, *, account=True, active=True):
        user = UserFactory(email=f"{name}@example.test") if account else None
        self.workers[name] = HealthWorkerFactory(
            full_name=name, cadre=cadre, facility=self.units[facility], user=user, is_active=active
        )

    def enrol(self, name, course, *, status, completed_at=None):
        Enrolment.objects.create(
            learner=self.workers[name].user, course=course, status=status, enrolled_at=NOW - 500 * DAY,
            completed_at=completed_at,
        )  # fmt: skip

    def complete(self, name, course, when, *, gain=None):
        self.enrol(name, course, status=Enrolment.Status.COMPLETED, completed_at=when)
        if gain is not None:
            LearningOutcome.objects.create(learner=self.workers[name].user, course=course, knowledge_gain=gain)

    def certify(self, name, when, *, expires, status=Certificate.Status.ISSUED):
        Certificate.objects.create(
            learner=self.workers[name].user, course=self.hygiene, code=new_code(), status=status, language="uz",
            learner_name=name, course_title="Qoʻl gigiyenasi", cpd_hours=2, completed_at=when, issued_at=when,
            expires_at=expires,
        )  # fmt: skip


@pytest.fixture
def country(org_tree):
    return Country(org_tree)


@pytest.fixture(params=["live", "summaries"])
def source(request, country):
    """Each figure is checked counted live and as read from the summaries Celery rebuilds."""
    if request.param == "summaries":
        assert summaries.refresh_summaries(now=NOW) is not None
    return request.param


def figures(unit, **filters):
    return selectors.unit_figures(unit, Filters(**filters), now=NOW)


def test_one_course_in_a_region(country, source):
    tashkent = figures(country.units["tashkent"], course_id=country.hygiene.pk)

    assert (tashkent.workers, tashkent.with_account) == (5, 5)
    assert (tashkent.assigned, tashkent.enrolled, tashkent.completed) == (4, 4, 3)
    assert (tashkent.trained, tashkent.expiring_30, tashkent.expiring_90, tashkent.overdue) == (1, 1, 1, 1)
    assert (tashkent.completions, tashkent.cpd_hours, tashkent.mean_knowledge_gain) == (3, 6, 25)
    assert tashkent.coverage_percent == Decimal("20.0")
    assert tashkent.cpd_hours_per_worker == Decimal("1.20")


def test_every_mandatory_course_in_a_region(country, source):
    tashkent = figures(country.units["tashkent"])

    assert (tashkent.workers, tashkent.assigned, tashkent.enrolled, tashkent.completed) == (5, 4, 4, 3)
    assert (tashkent.trained, tashkent.expiring_30, tashkent.overdue) == (1, 1, 1)
    assert (tashkent.completions, tashkent.cpd_hours) == (4, 9), "CPD hours count every course, mandatory or not"


def test_a_course_without_certificates_counts_completion_as_trained(country, source):
    ehr = figures(country.units["tashkent"], course_id=country.ehr.pk)

    assert (ehr.trained, ehr.completions, ehr.cpd_hours, ehr.assigned) == (1, 1, 3, 0)


def test_the_period_filters_completions_cpd_hours_and_gain_but_not_coverage(country, source):
    recent = figures(country.units["tashkent"], course_id=country.hygiene.pk, period=Period.LAST_90_DAYS)

    assert (recent.completions, recent.cpd_hours, recent.gain_count) == (2, 4, 1)
    assert (recent.workers, recent.trained, recent.completed) == (5, 1, 3)


def test_cadre_filter(country, source):
    doctors = figures(country.units["tashkent"], cadre_id=country.doctor.pk, course_id=country.hygiene.pk)

    assert (doctors.workers, doctors.assigned, doctors.overdue, doctors.trained) == (2, 1, 1, 0)


def test_inactive_workers_and_workers_without_accounts(country, source):
    samarkand = figures(country.units["samarkand"], course_id=country.hygiene.pk)
    whole = figures(country.units["country"], course_id=country.hygiene.pk)

    assert (samarkand.workers, samarkand.with_account, samarkand.coverage_percent) == (1, 0, Decimal(0))
    assert (whole.workers, whole.with_account, whole.trained) == (6, 5, 1)


def test_an_empty_unit_has_zeros_and_no_percentages(country, source):
    empty = figures(country.empty_district)

    assert (empty.workers, empty.trained, empty.coverage_percent, empty.mean_knowledge_gain) == (0, 0, None, None)


def test_children_of_a_district_are_its_facilities(country, source):
    rows = dict(selectors.child_figures(country.units["chilonzor"], Filters(course_id=country.hygiene.pk), now=NOW))

    polyclinic, hospital = rows[country.units["polyclinic"]], rows[country.units["hospital"]]
    assert (polyclinic.workers, polyclinic.trained, polyclinic.completions) == (2, 1, 1)
    assert (hospital.workers, hospital.completed, hospital.overdue) == (3, 2, 1)


def test_children_of_the_country_are_its_regions_in_name_order(country, source):
    rows = selectors.child_figures(country.units["country"], Filters(), now=NOW)

    assert [(unit.name, counters.workers) for unit, counters in rows] == [
        ("Samarkand Region", 1),
        ("Tashkent city", 5),
    ]


def test_a_worker_who_moves_counts_where_they_work_now(country, source):
    moved = country.workers["w2"]
    moved.facility = country.units["health_post"]
    moved.save()
    if source == "summaries":
        summaries.refresh_summaries(now=NOW)

    tashkent = figures(country.units["tashkent"], course_id=country.hygiene.pk)
    samarkand = figures(country.units["samarkand"], course_id=country.hygiene.pk)

    assert (tashkent.workers, tashkent.assigned, tashkent.completed) == (4, 3, 2)
    assert (samarkand.workers, samarkand.assigned, samarkand.completed) == (2, 0, 1), "the assignment stays behind"


def test_completions_by_month_cover_two_years_with_empty_months(country, source):
    months = selectors.completions_by_month(country.units["tashkent"], Filters(), now=NOW)

    assert len(months) == 24
    assert sum(completions for _month, completions, _hours in months) == 4, "400 days ago is still shown"
    assert months[-1][0] == NOW.date().replace(day=1)


def test_figures_say_how_fresh_they_are(country, source):
    as_of = selectors.figures_as_of(country.units["tashkent"])

    assert (as_of is not None) == (source == "summaries")
    assert selectors.figures_as_of(country.units["polyclinic"]) is None, "facilities are always live"
