"""The summaries Celery rebuilds equal a direct recount, whatever happened before the rebuild."""

import random
from datetime import timedelta

import pytest
from django.db.models import Q
from django.utils import timezone

from certificates import services as certificate_services
from certificates.codes import new_code
from certificates.models import Certificate
from courses import selectors as course_selectors
from courses import services as course_services
from courses.models import Assignment, Enrolment
from reports import selectors, summaries, tasks
from reports.selectors import Filters
from tests.reports.test_indicators import NOW, Country
from workforce.models import HealthWorker, OrgUnit
from workforce.signals import roster_changed

DAY = timedelta(days=1)


def recount(unit: OrgUnit, course) -> dict:
    """The figures of one unit and course, counted straight from the records, one query per figure."""
    workers = HealthWorker.objects.filter(is_active=True, facility__path__startswith=unit.path)
    valid = Q(user__certificates__course=course, user__certificates__status=Certificate.Status.ISSUED) & (
        Q(user__certificates__expires_at__isnull=True) | Q(user__certificates__expires_at__gt=NOW)
    )
    certified = set(workers.filter(valid).values_list("pk", flat=True))
    finished = set(
        workers.filter(user__enrolments__course=course, user__enrolments__status="completed").values_list(
            "pk", flat=True
        )
    )
    completed = certified | finished
    trained = certified if course.gives_certificate else finished
    assigned = {}
    for assignment in course_selectors.active_assignments().filter(course=course):
        for pk in course_selectors.workers_covered(assignment).filter(pk__in=workers).values_list("pk", flat=True):
            assigned[pk] = min(assignment.due_date, assigned.get(pk, assignment.due_date))
    return {
        "workers": workers.count(),
        "with_account": workers.filter(user__isnull=False).count(),
        "enrolled": workers.filter(user__enrolments__course=course)
        .exclude(user__enrolments__status="withdrawn")
        .count(),
        "completed": len(completed),
        "trained": len(trained),
        "assigned": len(assigned),
        "overdue": sum(1 for pk, due in assigned.items() if due < NOW.date() and pk not in completed),
        "completions": Enrolment.objects.filter(
            course=course, completed_at__isnull=False, learner__health_worker__in=workers
        ).count(),
    }


def summarised(unit: OrgUnit, course) -> dict:
    counters = selectors.unit_figures(unit, Filters(course_id=course.pk), now=NOW)
    return {name: getattr(counters, name) for name in recount(unit, course)}


class Events:
    """Random things that happen to a country: enrolments, completions, expiries, revocations, moves, exits."""

    def __init__(self, country: Country, rng: random.Random):
        self.country, self.rng = country, rng
        self.analyst = country.workers["w1"].user

    def any_worker(self):
        return self.rng.choice(list(HealthWorker.objects.filter(user__isnull=False).order_by("pk")))

    def any_course(self):
        return self.rng.choice([self.country.hygiene, self.country.ehr])

    def enrol(self):
        course_services.enrol_learner(learner=self.any_worker().user, course=self.any_course(), now=NOW - 50 * DAY)

    def complete(self):
        enrolment = Enrolment.objects.exclude(status="completed").order_by("?").first()
        if enrolment:
            Enrolment.objects.filter(pk=enrolment.pk).update(status="completed", completed_at=NOW - 3 * DAY)

    def certify(self):
        worker = self.any_worker()
        expires = NOW + self.rng.choice([-30, 10, 60, 400]) * DAY
        Certificate.objects.create(
            learner=worker.user, course=self.country.hygiene, cycle=Certificate.objects.count() + 1,
            code=new_code(), status="issued", language="uz", learner_name="x", course_title="x", cpd_hours=2,
            completed_at=NOW - DAY, issued_at=NOW - DAY, expires_at=expires,
        )  # fmt: skip

    def expire(self):
        Certificate.objects.filter(pk__in=Certificate.objects.order_by("?").values("pk")[:1]).update(
            expires_at=NOW - DAY
        )

    def revoke(self):
        certificate = Certificate.objects.filter(status="issued").order_by("?").first()
        if certificate:
            certificate_services.revoke_certificate(certificate=certificate, by=self.analyst, reason="other")

    def move(self):
        worker = self.any_worker()
        worker.facility = self.rng.choice(list(OrgUnit.objects.filter(level="facility").order_by("pk")))
        worker.save()

    def leave(self):
        HealthWorker.objects.filter(pk=self.any_worker().pk).update(is_active=self.rng.random() < 0.3)

    def cancel_assignment(self):
        Assignment.objects.filter(pk__in=Assignment.objects.order_by("?").values("pk")[:1]).update(
            cancelled_at=timezone.now()
        )

    def run(self, steps: int):
        actions = [self.enrol, self.complete, self.certify, self.expire, self.revoke, self.move, self.leave]
        for _ in range(steps):
            self.rng.choice(actions)()
        if self.rng.random() < 0.5:
            self.cancel_assignment()


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_summaries_equal_a_direct_recount_after_any_sequence_of_events(org_tree, seed):
    country = Country(org_tree)
    Events(country, random.Random(seed)).run(steps=25)

    summaries.refresh_summaries(now=NOW)

    units = OrgUnit.objects.filter(level__in=["country", "region", "district"])
    for unit in units:
        for course in (country.hygiene, country.ehr):
            assert summarised(unit, course) == recount(unit, course), (unit.name, course.slug)


def test_one_refresh_at_a_time(org_tree):
    Country(org_tree)
    from django.core.cache import cache

    cache.add(summaries.LOCK_KEY, True, 60)

    assert summaries.refresh_summaries(now=NOW) is None
    cache.delete(summaries.LOCK_KEY)
    assert summaries.refresh_summaries(now=NOW) is not None


def test_the_periodic_task_rebuilds_the_summaries(org_tree):
    Country(org_tree)

    assert tasks.refresh_indicator_summaries() > 0
    assert summaries.last_refresh() is not None


def test_a_roster_change_rebuilds_the_summaries_once_committed(org_tree, django_capture_on_commit_callbacks):
    Country(org_tree)

    with django_capture_on_commit_callbacks(execute=True) as queued:
        roster_changed.send(sender=HealthWorker)

    assert len(queued) == 1
    assert summaries.last_refresh() is not None
