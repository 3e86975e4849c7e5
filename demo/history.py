"""A training history for the demo roster, so the ministry dashboard has figures to show.

About two in three roster workers get an account, and most of those a few
enrolments in the demo courses over the last eighteen months: finished, under
way, not started or given up, with lesson progress to match, certificates and
learning outcomes. A few completions date from the pilot, two years ago, so
some certificates have expired and some expire soon. The demo accounts are
never touched.

A worker's history is written once, together with their account: seeding
again finds the account and leaves the worker as they are. Every worker draws
from a random stream seeded with their employee number, so every database gets
the same history (relative to the moment it was seeded).
"""

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from allauth.account.models import EmailAddress
from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from assessments.models import LearningOutcome
from certificates import services as certificate_services
from certificates.models import Certificate
from courses.models import CoursePage, Enrolment, LessonProgress
from courses.selectors import assignments_for_worker, course_lesson_ids, original_course_ids
from demo.courses import COURSES
from demo.workforce import DEMO_LEARNER_WORKER
from workforce.models import HealthWorker
from workforce.roles import Role
from workforce.services import ensure_role_groups

Status = Enrolment.Status
AccountLink = HealthWorker.AccountLink

HISTORY_SEED = 2026
EMAIL_DOMAIN = "demo-roster.test"
ACCOUNT_SHARE = 0.65
LANGUAGE_WEIGHTS = {"uz": 6, "ru": 3, "en": 1}
HISTORY_DAYS = 548  # eighteen months
TARGETED_SHARE = 0.6  # the chance of taking a course meant for one's cadre
OTHER_SHARE = 0.08  # ... and one meant for other cadres
STATUS_WEIGHTS = {Status.COMPLETED: 55, Status.IN_PROGRESS: 22, Status.ENROLLED: 15, Status.WITHDRAWN: 8}
# Workers an assignment covers, in roster order: one finished, the next under way, the next not started, ...
# all within the last month, as the assignments are new.
ASSIGNED_ROTATION = (Status.COMPLETED, Status.IN_PROGRESS, None)
ASSIGNED_DAYS = 30
PILOT_SHARE = 0.2  # completions of an expiring course made in the pilot, about two years ago
# A pilot certificate's expiry, in days from now: expired, expiring within 30 days, within 90 days.
PILOT_EXPIRY_DAYS = ((-150, -5), (3, 27), (35, 85))
OUTCOME_SHARE = 0.85
REVOKED = 2


@dataclass
class Study:
    """One enrolment to write, with its lesson progress and, for a completion, its outcome."""

    enrolment: Enrolment
    progress: list[LessonProgress] = field(default_factory=list)
    outcome: LearningOutcome | None = None


@transaction.atomic
def seed_training_history(*, now: datetime | None = None, revoked_by_email: str = "admin@demo.test") -> dict:
    """Give roster workers without an account one, with their enrolments, progress, certificates and outcomes.

    Returns how many of each were created; running it again creates nothing.
    """
    now = now or timezone.now()
    courses = _canonical_courses()
    lessons = {course.pk: course_lesson_ids(course) for course in courses.values()}
    User = get_user_model()
    taken = set(User.objects.filter(email__endswith=f"@{EMAIL_DOMAIN}").values_list("email", flat=True))
    workers = (
        HealthWorker.objects.filter(user__isnull=True, employee_number__isnull=False)
        .exclude(employee_number=DEMO_LEARNER_WORKER["employee_number"])
        .select_related("facility", "cadre")
        .order_by("employee_number")
    )
    covered = Counter()  # course id → how many workers its assignments covered so far
    accounts, linked, studies = [], [], []
    for worker in workers:
        if roster_email(worker) in taken:
            continue
        rng = random.Random(f"{HISTORY_SEED}:{worker.employee_number}")
        # As for learners: assignments cover active workers only.
        assigned = (
            set(assignments_for_worker(worker).values_list("course_id", flat=True)) if worker.is_active else set()
        )
        if not assigned and rng.random() >= ACCOUNT_SHARE:
            continue
        user = User(
            email=roster_email(worker),
            full_name=worker.full_name,
            preferred_language=rng.choices(list(LANGUAGE_WEIGHTS), weights=list(LANGUAGE_WEIGHTS.values()))[0],
            is_active=True,
        )
        user.set_unusable_password()
        own = []
        for demo_course in COURSES:
            course = courses[demo_course.slug]
            if course.pk in assigned:
                status = ASSIGNED_ROTATION[covered[course.pk] % len(ASSIGNED_ROTATION)]
                covered[course.pk] += 1
                source, days = Enrolment.Source.ASSIGNED, ASSIGNED_DAYS
            else:
                share = TARGETED_SHARE if worker.cadre.isco_code in demo_course.target_cadres else OTHER_SHARE
                status = _draw_status(rng) if rng.random() < share else None
                source, days = Enrolment.Source.SELF, HISTORY_DAYS
            if status is not None:
                enrolment = Enrolment(learner=user, course=course, status=status, source=source)
                own.append(_study(enrolment, lessons[course.pk], days=days, now=now, rng=rng))
        first = min((study.enrolment.enrolled_at for study in own), default=now - timedelta(days=rng.uniform(1, 90)))
        user.date_joined = first - timedelta(days=rng.uniform(0, 20))
        worker.user, worker.account_link, worker.account_linked_at = user, AccountLink.STAFF, user.date_joined
        worker.updated_at = now
        accounts.append(user)
        linked.append(worker)
        studies += own

    # Saving the accounts first gives the records below their ids: bulk_create reads them from the related objects.
    _create_accounts(accounts, linked)
    Enrolment.objects.bulk_create([study.enrolment for study in studies])
    progress = LessonProgress.objects.bulk_create([item for study in studies for item in study.progress])
    outcomes = LearningOutcome.objects.bulk_create([study.outcome for study in studies if study.outcome is not None])
    certificates = _issue_certificates([study.enrolment for study in studies])
    revoked = _revoke_some(certificates, by=User.objects.filter(email=revoked_by_email).first(), now=now)
    return {
        "accounts": len(accounts),
        "enrolments": len(studies),
        "lesson_progress": len(progress),
        "certificates": len(certificates),
        "learning_outcomes": len(outcomes),
        "revoked": revoked,
    }


def roster_email(worker: HealthWorker) -> str:
    return f"{worker.employee_number.lower()}@{EMAIL_DOMAIN}"


def _canonical_courses() -> dict[str, CoursePage]:
    """The demo courses' original pages by slug: records point at those, never at a translation."""
    originals = CoursePage.objects.filter(pk__in=original_course_ids(), slug__in=[course.slug for course in COURSES])
    return {course.slug: course for course in originals}


def _draw_status(rng: random.Random) -> str:
    return rng.choices(list(STATUS_WEIGHTS), weights=list(STATUS_WEIGHTS.values()))[0]


def _study(enrolment: Enrolment, lesson_ids: list[int], *, days: int, now: datetime, rng: random.Random) -> Study:
    """The enrolment dated within the last `days`, with lesson progress and an outcome consistent with its status."""
    status, done = enrolment.status, 0
    if status == Status.COMPLETED:
        enrolment.completed_at = _completion_time(enrolment, days=days, now=now, rng=rng)
        enrolment.enrolled_at = enrolment.completed_at - timedelta(days=rng.uniform(1, min(40, days / 3)))
        end, done = enrolment.completed_at, len(lesson_ids)
    elif status == Status.IN_PROGRESS:
        enrolment.enrolled_at = now - timedelta(days=rng.uniform(5, min(180, days)))
        end, done = now - timedelta(days=rng.uniform(0, 4)), rng.randint(1, len(lesson_ids) - 1)
    elif status == Status.WITHDRAWN:
        enrolment.enrolled_at = now - timedelta(days=rng.uniform(30, days))
        end, done = enrolment.enrolled_at + timedelta(days=rng.uniform(1, 20)), rng.randint(0, 2)
    else:
        enrolment.enrolled_at = now - timedelta(days=rng.uniform(1, min(90, days)))
    study = Study(enrolment)
    if done:
        span = end - enrolment.enrolled_at
        for lesson_id, share in zip(lesson_ids, sorted(rng.random() for _lesson in range(done)), strict=False):
            viewed = enrolment.enrolled_at + span * share
            completed = min(end, viewed + timedelta(minutes=rng.randint(8, 40)))
            study.progress.append(
                LessonProgress(enrolment=enrolment, lesson_id=lesson_id, first_viewed_at=viewed, completed_at=completed)
            )
        if status == Status.COMPLETED:
            study.progress[-1].completed_at = enrolment.completed_at
        enrolment.last_lesson_id = lesson_ids[done - 1]
        enrolment.last_activity_at = study.progress[-1].completed_at
    if status == Status.COMPLETED and rng.random() < OUTCOME_SHARE:
        pre, final = rng.randint(30, 65), rng.randint(75, 100)
        study.outcome = LearningOutcome(
            learner=enrolment.learner,
            course=enrolment.course,
            pre_test_percent=pre,
            best_final_percent=final,
            knowledge_gain=final - pre,
        )
    return study


def _completion_time(enrolment: Enrolment, *, days: int, now: datetime, rng: random.Random) -> datetime:
    """Within the last `days`; for a pilot completion, so long ago that its certificate is near or past expiry."""
    months = enrolment.course.certificate_validity_months
    if months and enrolment.source == Enrolment.Source.SELF and rng.random() < PILOT_SHARE:
        low, high = rng.choice(PILOT_EXPIRY_DAYS)
        return now + timedelta(days=rng.uniform(low, high)) - relativedelta(months=months)
    return now - timedelta(days=rng.uniform(2, days))


def _create_accounts(accounts: list, workers: list[HealthWorker]) -> None:
    """The accounts with their verified addresses and the learner role, joined to their roster entries."""
    User = get_user_model()
    User.objects.bulk_create(accounts)
    EmailAddress.objects.bulk_create(
        EmailAddress(user=user, email=user.email, verified=True, primary=True) for user in accounts
    )
    learner_group = ensure_role_groups()[Role.LEARNER]
    User.groups.through.objects.bulk_create(
        User.groups.through(user_id=user.pk, group_id=learner_group.pk) for user in accounts
    )
    HealthWorker.objects.bulk_update(workers, ["user", "account_link", "account_linked_at", "updated_at"])


def _issue_certificates(enrolments: list[Enrolment]) -> list[Certificate]:
    """A certificate for each completion of a course that gives one, issued when the course was completed.

    The issuing service would e-mail every holder at once; these are dated and
    marked issued here instead, and their PDFs rendered together by the
    certificates' batch renderer.
    """
    certificates = []
    for enrolment in enrolments:
        if enrolment.status != Status.COMPLETED:
            continue
        certificate = certificate_services.create_pending_certificate(enrolment=enrolment, now=enrolment.completed_at)
        if certificate is None:
            continue
        months = certificate.course.certificate_validity_months
        certificate.status = Certificate.Status.ISSUED
        certificate.issued_at = certificate.completed_at
        certificate.expires_at = certificate.issued_at + relativedelta(months=months) if months else None
        certificates.append(certificate)
    Certificate.objects.bulk_update(certificates, ["status", "issued_at", "expires_at"])
    if not settings.DEMO_CERTIFICATE_PDFS:  # the test suite seeds the demo a dozen times: PDFs only where asked
        return certificates
    return certificate_services.rerender_batch(certificates)


def _revoke_some(certificates: list[Certificate], *, by, now: datetime) -> int:
    """Revoke a couple of valid certificates as issued in error, some weeks after they were issued."""
    valid = [item for item in certificates if item.expires_at is None or item.expires_at > now]
    if by is None or not valid:
        return 0
    rng = random.Random(f"{HISTORY_SEED}:revocations")
    for certificate in rng.sample(valid, min(REVOKED, len(valid))):
        revoked_at = min(now, certificate.issued_at + timedelta(days=rng.uniform(7, 60)))
        certificate_services.revoke_certificate(
            certificate=certificate, by=by, reason=Certificate.RevocationReason.ISSUED_IN_ERROR, now=revoked_at
        )
    return min(REVOKED, len(valid))
