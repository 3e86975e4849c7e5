"""The arithmetic of the indicators, on plain facts (no database)."""

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from reports.indicators import (
    CourseFacts,
    Period,
    Standing,
    Tally,
    WorkerFacts,
    mandatory_flags,
    mean,
    percent,
    period_start,
    standing,
)

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)
YESTERDAY = date(2026, 11, 25)
NEXT_MONTH = date(2026, 12, 26)


def facts(**fields) -> CourseFacts:
    return CourseFacts(course_id=fields.pop("course_id", 1), cpd_hours=Decimal(2), **fields)


@pytest.mark.parametrize(
    ("course", "expected"),
    [
        (None, Standing.NOT_ASSIGNED),
        (facts(due_date=NEXT_MONTH), Standing.NOT_STARTED),
        (facts(due_date=YESTERDAY), Standing.OVERDUE),
        (facts(due_date=YESTERDAY, enrolment_status="in_progress"), Standing.OVERDUE),
        (facts(enrolment_status="in_progress"), Standing.IN_PROGRESS),
        (facts(enrolment_status="completed"), Standing.LAPSED),
        (facts(enrolment_status="completed", certificate_until=NOW + timedelta(days=400)), Standing.TRAINED),
        (facts(enrolment_status="completed", certificate_until=NOW + timedelta(days=60)), Standing.EXPIRING),
        (facts(certificate_forever=True, due_date=YESTERDAY), Standing.TRAINED),
        (facts(enrolment_status="completed", gives_certificate=False), Standing.TRAINED),
    ],
)
def test_standing_in_a_course(course, expected):
    assert standing(course, NOW) == expected


def test_mandatory_figures_need_every_assigned_course_for_trained_and_any_for_overdue():
    worker = WorkerFacts(
        1,
        10,
        2,
        True,
        (
            facts(course_id=1, due_date=NEXT_MONTH, certificate_until=NOW + timedelta(days=20)),
            facts(course_id=2, due_date=YESTERDAY, enrolment_status="in_progress"),
            facts(course_id=3, certificate_forever=True),  # not assigned: does not count either way
        ),
    )

    assigned, enrolled, completed, trained, expiring_30, expiring_90, overdue = mandatory_flags(worker, NOW)

    assert (assigned, enrolled, completed, trained) == (1, 0, 0, 0)
    assert (expiring_30, expiring_90, overdue) == (1, 1, 1)


def test_a_worker_without_assignments_counts_only_in_the_workforce():
    assert mandatory_flags(WorkerFacts(1, 10, 2, False), NOW) == (0,) * 7


def test_every_mandatory_course_expiring_counts_the_certificates_that_expire_in_any_course():
    worker = WorkerFacts(
        1,
        10,
        2,
        True,
        (
            facts(course_id=1, due_date=NEXT_MONTH, certificate_until=NOW + timedelta(days=20)),
            facts(course_id=2, certificate_until=NOW + timedelta(days=60)),  # not assigned, still expiring
            facts(course_id=3, certificate_until=NOW + timedelta(days=80)),
            facts(course_id=4, certificate_until=NOW + timedelta(days=400)),
        ),
    )
    unassigned = WorkerFacts(2, 10, 2, True, (facts(course_id=2, certificate_until=NOW + timedelta(days=10)),))
    tally = Tally(now=NOW)
    tally.add("unit", worker)
    tally.add("unit", unassigned)

    every_course = tally.counters("unit")
    single_courses = [tally.counters("unit", course=course) for course in (1, 2, 3, 4)]

    assert (every_course.expiring_30, every_course.expiring_90) == (2, 4)
    assert every_course.expiring_30 == sum(counters.expiring_30 for counters in single_courses)
    assert every_course.expiring_90 == sum(counters.expiring_90 for counters in single_courses)


def test_shares_and_means_round_and_never_divide_by_zero():
    assert percent(1, 3) == Decimal("33.3")
    assert percent(2, 3) == Decimal("66.7")
    assert percent(0, 0) is None
    assert mean(Decimal(50), 3) == Decimal("16.7")
    assert mean(Decimal(0), 0) is None


def test_periods_start_where_a_ministry_expects():
    assert period_start(Period.ALL, NOW) is None
    assert period_start(Period.YEAR, NOW) == datetime(2026, 1, 1, tzinfo=UTC)
    assert period_start(Period.LAST_12_MONTHS, NOW) == datetime(2025, 11, 26, 10, 0, tzinfo=UTC)
    assert period_start(Period.LAST_90_DAYS, NOW) == NOW - timedelta(days=90)


def test_a_tally_rolls_facilities_up_into_their_parent_with_the_same_totals():
    tally = Tally(now=NOW, monthly=True)
    done = facts(enrolment_status="completed", completed_at=NOW - timedelta(days=40), knowledge_gain=Decimal(30))
    tally.add("facility-a", WorkerFacts(1, 10, 2, True, (done,)))
    tally.add("facility-b", WorkerFacts(2, 11, 2, False, (facts(due_date=YESTERDAY),)))
    tally.add("facility-b", WorkerFacts(3, 11, 5, True))

    district = tally.rolled_up(lambda group: "district")
    whole = district.counters("district", course=1)

    assert (whole.workers, whole.with_account, whole.assigned, whole.overdue, whole.completed) == (3, 2, 1, 1, 1)
    assert (whole.completions, whole.cpd_hours, whole.mean_knowledge_gain) == (1, 2, 30)
    assert district.counters("district", cadre=5).workers == 1
    months = district.months("district")
    assert sum(completions for completions, _hours in months.values()) == 1
    assert tally.counters("facility-a", period=Period.LAST_90_DAYS).completions == 1
