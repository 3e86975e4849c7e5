"""Loading the facts the indicators are computed from: active workers and what they did in each course.

Workers are read in chunks ordered by id, and each chunk's enrolments,
certificates, learning outcomes and covering assignments in one query each, so
memory stays flat from one facility to the whole country.
"""

from collections import defaultdict
from collections.abc import Iterator
from datetime import date, datetime

from django.db.models import Q, QuerySet

from assessments.models import LearningOutcome
from certificates.models import Certificate
from courses.models import Assignment, CoursePage, Enrolment
from workforce.models import HealthWorker, OrgUnit

from .indicators import CourseFacts, WorkerFacts

CHUNK = 10_000


class AssignmentIndex:
    """Active assignments arranged for quick look-up: which courses cover a worker, and by when."""

    def __init__(self):
        active = Assignment.objects.filter(cancelled_at__isnull=True)
        cadres = defaultdict(set)
        for assignment_id, cadre_id in Assignment.cadres.through.objects.filter(
            assignment__cancelled_at__isnull=True
        ).values_list("assignment_id", "cadre_id"):
            cadres[assignment_id].add(cadre_id)
        self.by_unit_path: dict[str, list[tuple[int, set[int], date]]] = defaultdict(list)
        for pk, course_id, path, due_date in active.filter(org_unit__isnull=False).values_list(
            "pk", "course_id", "org_unit__path", "due_date"
        ):
            self.by_unit_path[path].append((course_id, cadres.get(pk, set()), due_date))
        self.by_worker: dict[int, list[tuple[int, date]]] = defaultdict(list)
        for worker_id, course_id, due_date in Assignment.workers.through.objects.filter(
            assignment__cancelled_at__isnull=True
        ).values_list("healthworker_id", "assignment__course_id", "assignment__due_date"):
            self.by_worker[worker_id].append((course_id, due_date))

    def due_dates(self, worker_id: int, facility_path: str, cadre_id: int) -> dict[int, date]:
        """Course id → the earliest due date among the assignments covering this worker."""
        due: dict[int, date] = {}

        def cover(course_id: int, due_date: date) -> None:
            if course_id not in due or due_date < due[course_id]:
                due[course_id] = due_date

        for end in range(OrgUnit.steplen, len(facility_path) + 1, OrgUnit.steplen):
            for course_id, cadres, due_date in self.by_unit_path.get(facility_path[:end], ()):
                if not cadres or cadre_id in cadres:
                    cover(course_id, due_date)
        for course_id, due_date in self.by_worker.get(worker_id, ()):
            cover(course_id, due_date)
        return due


def course_catalogue() -> dict[int, tuple]:
    """Canonical course id → (CPD hours, gives a certificate)."""
    return {
        pk: (cpd_hours, gives_certificate)
        for pk, cpd_hours, gives_certificate in CoursePage.objects.values_list("pk", "cpd_hours", "gives_certificate")
    }


def active_workers(*, path_prefix: str = "", cadre_id: int | None = None) -> QuerySet[HealthWorker]:
    workers = HealthWorker.objects.filter(is_active=True)
    if path_prefix:
        workers = workers.filter(facility__path__startswith=path_prefix)
    if cadre_id is not None:
        workers = workers.filter(cadre_id=cadre_id)
    return workers


def worker_facts(
    workers: QuerySet[HealthWorker], *, now: datetime, extra: tuple[str, ...] = ()
) -> Iterator[tuple[tuple, WorkerFacts]]:
    """(row, facts) for each worker, read chunk by chunk; a row is (id, facility id, cadre id, user id, facility
    path, *extra fields)."""
    assignments = AssignmentIndex()
    courses = course_catalogue()
    rows = workers.order_by("pk").values_list("pk", "facility_id", "cadre_id", "user_id", "facility__path", *extra)
    last_pk = 0
    while True:
        chunk = list(rows.filter(pk__gt=last_pk)[:CHUNK])
        if not chunk:
            return
        # The chunk's accounts as a subquery, not a list of thousands of ids to send and parse.
        user_ids = workers.filter(pk__gt=last_pk, pk__lte=chunk[-1][0], user__isnull=False).values("user_id")
        last_pk = chunk[-1][0]
        yield from _chunk_facts(chunk, user_ids, now=now, assignments=assignments, courses=courses)


def _chunk_facts(chunk, user_ids, *, now, assignments: AssignmentIndex, courses) -> Iterator[tuple[tuple, WorkerFacts]]:
    enrolments = defaultdict(dict)
    for learner_id, course_id, status, completed_at in Enrolment.objects.filter(learner_id__in=user_ids).values_list(
        "learner_id", "course_id", "status", "completed_at"
    ):
        enrolments[learner_id][course_id] = (status, completed_at)
    certificates = defaultdict(dict)  # learner → course → (never expires, latest expiry)
    valid = Certificate.objects.filter(learner_id__in=user_ids, status=Certificate.Status.ISSUED).filter(
        Q(expires_at__isnull=True) | Q(expires_at__gt=now)
    )
    for learner_id, course_id, expires_at in valid.values_list("learner_id", "course_id", "expires_at"):
        forever, until = certificates[learner_id].get(course_id, (False, None))
        if expires_at is None:
            forever = True
        elif until is None or expires_at > until:
            until = expires_at
        certificates[learner_id][course_id] = (forever, until)
    gains = defaultdict(dict)
    for learner_id, course_id, gain in LearningOutcome.objects.filter(
        learner_id__in=user_ids, knowledge_gain__isnull=False
    ).values_list("learner_id", "course_id", "knowledge_gain"):
        gains[learner_id][course_id] = gain

    for row in chunk:
        pk, facility_id, cadre_id, user_id, path = row[:5]
        due = assignments.due_dates(pk, path, cadre_id)
        own_enrolments = enrolments.get(user_id, {})
        own_certificates = certificates.get(user_id, {})
        own_gains = gains.get(user_id, {})
        course_facts = []
        for course_id in due.keys() | own_enrolments.keys() | own_certificates.keys():
            if course_id not in courses:
                continue
            cpd_hours, gives_certificate = courses[course_id]
            status, completed_at = own_enrolments.get(course_id, (None, None))
            forever, until = own_certificates.get(course_id, (False, None))
            course_facts.append(
                CourseFacts(
                    course_id=course_id,
                    cpd_hours=cpd_hours,
                    gives_certificate=gives_certificate,
                    due_date=due.get(course_id),
                    enrolment_status=status,
                    completed_at=completed_at,
                    certificate_forever=forever,
                    certificate_until=until,
                    knowledge_gain=own_gains.get(course_id),
                )
            )
        yield row, WorkerFacts(pk, facility_id, cadre_id, user_id is not None, tuple(course_facts))
