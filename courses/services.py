"""Writes about learning: enrolment, lesson progress, completion and assignments.

Every function is idempotent and safe under concurrent calls: unique
constraints decide "at most one", and state changes happen under a row lock.
"""

from datetime import date, datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from workforce.models import Cadre, HealthWorker, OrgUnit
from workforce.selectors import visible_org_units

from . import completion, selectors
from .models import Assignment, CoursePage, Enrolment, LessonPage, LessonProgress
from .signals import course_completed


class PrerequisitesNotMet(ValidationError):
    """Enrolment refused because some prerequisite courses are not completed."""

    def __init__(self, missing: list[CoursePage]):
        self.missing = missing
        names = ", ".join(course.title for course in missing)
        super().__init__(_("Complete these courses first: %(courses)s.") % {"courses": names}, code="prerequisites")


def enrol_learner(*, learner, course: CoursePage, now: datetime | None = None) -> Enrolment:
    """Enrol a learner in a course (the canonical one), or return the existing enrolment.

    A withdrawn learner who enrols again is re-activated. Refused, naming the
    missing courses, while prerequisites are not completed.
    """
    now = now or timezone.now()
    course = selectors.canonical_course(course)
    existing = Enrolment.objects.filter(learner=learner, course=course).first()
    if existing is not None and existing.status != Enrolment.Status.WITHDRAWN:
        return existing
    missing = selectors.missing_prerequisites(learner, course)
    if missing:
        raise PrerequisitesNotMet(missing)
    is_assigned = selectors.assignments_for_user(learner).filter(course=course).exists()
    source = Enrolment.Source.ASSIGNED if is_assigned else Enrolment.Source.SELF
    try:
        with transaction.atomic():
            enrolment, created = Enrolment.objects.select_for_update().get_or_create(
                learner=learner, course=course, defaults={"enrolled_at": now, "source": source}
            )
            if not created and enrolment.status == Enrolment.Status.WITHDRAWN:
                enrolment.status = (
                    Enrolment.Status.IN_PROGRESS if enrolment.lesson_progress.exists() else Enrolment.Status.ENROLLED
                )
                enrolment.save(update_fields=["status"])
    except IntegrityError:
        # Another request created it between our read and our insert.
        enrolment = Enrolment.objects.get(learner=learner, course=course)
    selectors.forget_learner_state(enrolment)
    return enrolment


@transaction.atomic
def withdraw(*, enrolment: Enrolment) -> Enrolment:
    """Withdraw from a course; progress is kept for a later return. A completed course stays completed."""
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    if enrolment.is_active:
        enrolment.status = Enrolment.Status.WITHDRAWN
        enrolment.save(update_fields=["status"])
        selectors.forget_learner_state(enrolment)
    return enrolment


@transaction.atomic
def restart_course(*, enrolment: Enrolment, now: datetime | None = None) -> Enrolment:
    """Take a completed course again (to renew its certificate): lessons and the final assessment must be done anew.

    Lesson records are kept (first views stay) but no longer count as completed;
    attempts from before the restart stay in the history but no longer count.
    """
    now = now or timezone.now()
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    if enrolment.status != Enrolment.Status.COMPLETED:
        raise ValidationError(_("Only a completed course can be taken again."), code="not_completed")
    enrolment.status = Enrolment.Status.IN_PROGRESS
    enrolment.completed_at = None
    enrolment.cycle_started_at = now
    enrolment.last_activity_at = now
    enrolment.save(update_fields=["status", "completed_at", "cycle_started_at", "last_activity_at"])
    enrolment.lesson_progress.update(completed_at=None)
    selectors.forget_learner_state(enrolment)
    return enrolment


def _lock_active_enrolment(enrolment: Enrolment) -> Enrolment:
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    if enrolment.status == Enrolment.Status.WITHDRAWN:
        raise PermissionDenied(_("You have withdrawn from this course. Enrol again to continue."))
    return enrolment


def _canonical_lesson(enrolment: Enrolment, lesson: LessonPage) -> int:
    lesson_id = selectors.canonical_id(lesson)
    if lesson_id not in selectors.course_lesson_ids(enrolment.course):
        raise ValidationError(_("This lesson does not belong to the course."), code="wrong_course")
    return lesson_id


@transaction.atomic
def record_lesson_view(*, enrolment: Enrolment, lesson: LessonPage, now: datetime | None = None) -> LessonProgress:
    """Note that the learner opened a lesson: first view time, and where to continue next time."""
    now = now or timezone.now()
    lesson_id = _canonical_lesson(enrolment, lesson)
    enrolment = _lock_active_enrolment(enrolment)
    progress, _created = LessonProgress.objects.get_or_create(
        enrolment=enrolment, lesson_id=lesson_id, defaults={"first_viewed_at": now}
    )
    enrolment.last_lesson_id = lesson_id
    enrolment.last_activity_at = now
    fields = ["last_lesson", "last_activity_at"]
    if enrolment.status == Enrolment.Status.ENROLLED:
        enrolment.status = Enrolment.Status.IN_PROGRESS
        fields.append("status")
    enrolment.save(update_fields=fields)
    selectors.forget_learner_state(enrolment)
    return progress


@transaction.atomic
def complete_lesson(*, enrolment: Enrolment, lesson: LessonPage, now: datetime | None = None) -> LessonProgress:
    """Mark a lesson completed (once) and complete the course if that was the last requirement."""
    now = now or timezone.now()
    progress = record_lesson_view(enrolment=enrolment, lesson=lesson, now=now)
    if progress.completed_at is None:
        progress.completed_at = now
        progress.save(update_fields=["completed_at"])
        selectors.forget_learner_state(enrolment)
    evaluate_completion(enrolment=enrolment, now=now)
    return progress


@transaction.atomic
def evaluate_completion(*, enrolment: Enrolment, now: datetime | None = None) -> bool:
    """Complete the enrolment if the course's rule is met; sends `course_completed` exactly once."""
    now = now or timezone.now()
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    if enrolment.status == Enrolment.Status.COMPLETED:
        return True
    if enrolment.status == Enrolment.Status.WITHDRAWN:
        return False
    completed = enrolment.lesson_progress.filter(completed_at__isnull=False).values_list("lesson_id", flat=True)
    if not completion.is_course_complete(
        required_lessons=selectors.course_lesson_ids(enrolment.course),
        completed_lessons=completed,
        requirements_met=completion.extra_requirements_met(enrolment),
    ):
        return False
    enrolment.status = Enrolment.Status.COMPLETED
    enrolment.completed_at = now
    enrolment.save(update_fields=["status", "completed_at"])
    selectors.forget_learner_state(enrolment)
    course_completed.send(sender=Enrolment, enrolment=enrolment, now=now)
    return True


@transaction.atomic
def create_assignment(
    *,
    course: CoursePage,
    assigned_by,
    due_date: date,
    org_unit: OrgUnit | None = None,
    cadres: list[Cadre] | tuple = (),
    workers: list[HealthWorker] | tuple = (),
    note: str = "",
    today: date | None = None,
) -> Assignment:
    """Make a course mandatory for an org unit (optionally some cadres) and/or named workers."""
    today = today or timezone.localdate()
    if org_unit is None and not workers:
        raise ValidationError(_("Choose an org unit or at least one named worker."), code="no_target")
    if due_date < today:
        raise ValidationError(_("The due date cannot be in the past."), code="past_due_date")
    visible = visible_org_units(assigned_by)
    if org_unit is not None and not visible.filter(pk=org_unit.pk).exists():
        raise PermissionDenied(_("You cannot assign training outside your area."))
    if workers and HealthWorker.objects.filter(pk__in=[w.pk for w in workers]).exclude(facility__in=visible).exists():
        raise PermissionDenied(_("You cannot assign training to workers outside your area."))
    assignment = Assignment.objects.create(
        course=selectors.canonical_course(course),
        org_unit=org_unit,
        due_date=due_date,
        note=note,
        created_by=assigned_by,
    )
    assignment.cadres.set(cadres)
    assignment.workers.set(workers)
    return assignment


@transaction.atomic
def cancel_assignment(*, assignment: Assignment, cancelled_by, now: datetime | None = None) -> Assignment:
    """Cancel an assignment; enrolments already made stay, they just stop being mandatory."""
    assignment = Assignment.objects.select_for_update().get(pk=assignment.pk)
    if (
        assignment.org_unit_id is not None
        and not visible_org_units(cancelled_by).filter(pk=assignment.org_unit_id).exists()
    ):
        raise PermissionDenied(_("You cannot cancel an assignment outside your area."))
    if assignment.cancelled_at is None:
        assignment.cancelled_at = now or timezone.now()
        assignment.cancelled_by = cancelled_by
        assignment.save(update_fields=["cancelled_at", "cancelled_by"])
    return assignment
