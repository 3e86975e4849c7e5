"""Reads about events: whose events a person runs, who may be nominated, who is a trainer of a course."""

from datetime import datetime

from django.db.models import Q, QuerySet

from workforce.models import HealthWorker
from workforce.selectors import visible_org_units

from .models import CertifiedTrainer, Participation, TrainingEvent


def manageable_events(user) -> QuerySet[TrainingEvent]:
    """The events a person organises: those of the units they oversee (a regional supervisor, their region's;
    the ministry, all). The one org-scope rule of the platform (`visible_org_units`) decides."""
    return TrainingEvent.objects.filter(organiser__in=visible_org_units(user))


def can_manage_event(user, event: TrainingEvent) -> bool:
    return manageable_events(user).filter(pk=event.pk).exists()


def can_run_event(user, event: TrainingEvent) -> bool:
    """Organisers of the event, and its facilitators with an account, record attendance and close it."""
    if not user.is_authenticated:
        return False
    return event.facilitators.filter(user=user).exists() or can_manage_event(user, event)


def nominable_workers(user) -> QuerySet[HealthWorker]:
    """The active roster workers a supervisor may nominate: those of the units they oversee."""
    return HealthWorker.objects.filter(is_active=True, facility__in=visible_org_units(user))


def seats_taken(event: TrainingEvent) -> int:
    return event.participations.filter(status__in=Participation.SEATED).count()


def participation_of(event: TrainingEvent, user) -> Participation | None:
    """A person's place at an event, found through their account or the roster entry joined to it."""
    if not user.is_authenticated:
        return None
    return event.participations.filter(Q(user=user) | Q(worker__user=user)).select_related("worker").first()


def valid_trainers(course, now: datetime) -> QuerySet[CertifiedTrainer]:
    """Who may train others in a course now: certified by a training of trainers that has not expired."""
    return CertifiedTrainer.objects.filter(course=course).filter(Q(expires_at__isnull=True) | Q(expires_at__gt=now))


def is_certified_trainer(*, course, now: datetime, worker=None, user=None) -> bool:
    trainers = valid_trainers(course, now)
    if worker is not None:
        return trainers.filter(worker=worker).exists()
    return trainers.filter(Q(user=user) | Q(worker__user=user)).exists()
