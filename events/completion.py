"""Who completed an event, and closing it: completions recorded once, certificates and trainer status follow.

The rule (`meets_completion_rule`) is arithmetic on hours and is tested
without a database: a participant completes when the hours they attended are
at least the event's threshold (80 % by default) of all its sessions' hours
and, when the event has a post-test, they passed it (online, or on paper as a
facilitator typed it in).
"""

from datetime import datetime
from decimal import Decimal

from dateutil.relativedelta import relativedelta
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from assessments.models import Attempt
from certificates.signals import training_completed

from . import selectors
from .models import Attendance, CertifiedTrainer, Participation, TrainingEvent


def meets_completion_rule(
    *,
    session_hours: Decimal,
    attended_hours: Decimal,
    threshold_percent: int,
    post_test_required: bool,
    post_test_passed: bool,
) -> bool:
    """Attended at least `threshold_percent` % of the sessions' hours and, if required, passed the post-test."""
    if session_hours <= 0:
        return False
    if attended_hours * 100 < session_hours * threshold_percent:
        return False
    return post_test_passed or not post_test_required


def _passed_post_test(participation: Participation, quiz, quiz_ids: list[int]) -> bool:
    if participation.post_test_percent is not None and participation.post_test_percent >= quiz.pass_mark:
        return True
    account = participation.account
    return account is not None and Attempt.objects.filter(learner=account, quiz_id__in=quiz_ids, passed=True).exists()


@transaction.atomic
def record_paper_scores(
    *,
    participation: Participation,
    by,
    pre_test_percent: Decimal | None = None,
    post_test_percent: Decimal | None = None,
) -> Participation:
    """Pre- and post-test scores a facilitator typed in from paper; marked as such."""
    if not selectors.can_run_event(by, participation.event):
        raise PermissionDenied(_("Only the event's organisers and facilitators record its test scores."))
    for score in (pre_test_percent, post_test_percent):
        if score is not None and not Decimal(0) <= score <= Decimal(100):
            raise ValidationError(_("A score is a percentage between 0 and 100."), code="score")
    participation.pre_test_percent = pre_test_percent
    participation.post_test_percent = post_test_percent
    participation.scores_on_paper = True
    participation.save(update_fields=["pre_test_percent", "post_test_percent", "scores_on_paper"])
    return participation


def certify_trainer(*, participation: Participation, event: TrainingEvent, now: datetime) -> CertifiedTrainer | None:
    """Completing a training of trainers for a course makes the participant a trainer of it; a later one renews it."""
    if event.modality != TrainingEvent.Modality.TRAINING_OF_TRAINERS or event.course_id is None:
        return None
    person = {"worker": participation.worker} if participation.worker_id else {"user": participation.user}
    if not any(person.values()):
        return None  # someone external: not a person of the platform to give trainer status to
    months = event.trainer_validity_months
    trainer, _created = CertifiedTrainer.objects.update_or_create(
        **person,
        course_id=event.course_id,
        defaults={
            "event": event,
            "certified_at": now,
            "expires_at": now + relativedelta(months=months) if months else None,
        },
    )
    return trainer


@transaction.atomic
def close_event(*, event: TrainingEvent, by, now: datetime | None = None) -> list[Participation]:
    """The facilitator closes the event: each participant who meets the rule is recorded as completed, once.

    Completion sends `certificates.signals.training_completed` in this
    transaction, so certificates are queued by the same batched pipeline as
    course completions; a training of trainers also certifies its graduates
    as trainers. Closing a closed event changes nothing and returns no one.
    """
    now = now or timezone.now()
    if not selectors.can_run_event(by, event):
        raise PermissionDenied(_("Only the event's organisers and facilitators may close it."))
    event = TrainingEvent.objects.select_for_update().get(pk=event.pk)
    if event.status == TrainingEvent.Status.COMPLETED:
        return []
    if event.status == TrainingEvent.Status.CANCELLED:
        raise ValidationError(_("A cancelled event cannot be closed."), code="cancelled")
    sessions = list(event.sessions.all())
    if not sessions:
        raise ValidationError(_("The event has no sessions: add them and record attendance first."), code="empty")
    session_hours = sum((session.hours for session in sessions), Decimal(0))
    attended = dict(
        Attendance.objects.filter(session__event=event)
        .values("participation_id")
        .annotate(total=Sum("hours"))
        .values_list("participation_id", "total")
    )
    quiz = event.post_test
    quiz_ids = list(quiz.get_translations(inclusive=True).values_list("pk", flat=True)) if quiz else []
    candidates = event.participations.filter(
        status__in=(Participation.Status.NOMINATED, Participation.Status.REGISTERED)
    )
    completed = []
    for participation in candidates.select_related("user", "worker__user"):
        if meets_completion_rule(
            session_hours=session_hours,
            attended_hours=attended.get(participation.pk) or Decimal(0),
            threshold_percent=event.completion_threshold,
            post_test_required=quiz is not None,
            post_test_passed=quiz is not None and _passed_post_test(participation, quiz, quiz_ids),
        ):
            participation.status, participation.completed_at = Participation.Status.COMPLETED, now
            completed.append(participation)
    Participation.objects.bulk_update(completed, ["status", "completed_at"])
    for participation in completed:
        account = participation.account
        if account is not None:
            training_completed.send(sender=TrainingEvent, subject=event, learner=account, completed_at=now, now=now)
        certify_trainer(participation=participation, event=event, now=now)
    event.status, event.closed_at, event.closed_by = TrainingEvent.Status.COMPLETED, now, by
    event.save(update_fields=["status", "closed_at", "closed_by"])
    return completed
