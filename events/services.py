"""Writes about who takes part in an event: nomination, self-registration, approval, withdrawal, the waiting list.

Places are counted with the event's row locked (`select_for_update`), so two
people registering at the same moment can never both take the last place.
"""

from collections.abc import Iterable
from datetime import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from workforce.models import HealthWorker
from workforce.selectors import visible_org_units

from . import notifications, selectors
from .models import Participation, TrainingEvent

Status = Participation.Status
NOMINATING = (TrainingEvent.Status.PLANNED, TrainingEvent.Status.OPEN)


def _locked(event: TrainingEvent) -> TrainingEvent:
    return TrainingEvent.objects.select_for_update().get(pk=event.pk)


def _free_places(event: TrainingEvent) -> int:
    return max(0, event.capacity - selectors.seats_taken(event))


def _seat_or_wait(participation: Participation, seated_status: str, *, free: bool, now: datetime) -> None:
    participation.status = seated_status if free else Status.WAITING_LIST
    participation.waitlisted_at = None if free else now


@transaction.atomic
def nominate_workers(
    *, event: TrainingEvent, workers: Iterable[HealthWorker], by, now: datetime | None = None
) -> list[Participation]:
    """A supervisor puts workers of their area forward for an event; beyond its places they join the waiting list.

    Workers outside the supervisor's area are refused as a whole (nothing is
    saved); a worker already taking part keeps their place, one who withdrew is
    nominated again.
    """
    now = now or timezone.now()
    event = _locked(event)
    if event.status not in NOMINATING:
        raise ValidationError(_("This event no longer takes nominations."), code="closed_for_nominations")
    ids = {worker.pk for worker in workers}
    if not ids:
        raise ValidationError(_("Choose at least one worker to nominate."), code="no_workers")
    chosen = list(selectors.nominable_workers(by).filter(pk__in=ids).select_related("user"))
    if len(chosen) != len(ids):
        raise PermissionDenied(_("You can nominate only active workers of the units you oversee."))
    existing = {p.worker_id: p for p in event.participations.filter(worker_id__in=ids)}
    free = _free_places(event)
    result = []
    for worker in sorted(chosen, key=lambda worker: (worker.full_name, worker.pk)):
        participation = existing.get(worker.pk)
        if participation is not None and participation.status != Status.WITHDRAWN:
            result.append(participation)
            continue
        if participation is None:
            participation = Participation(event=event, worker=worker, user=worker.user, created_at=now)
        participation.nominated_by, participation.withdrawn_at = by, None
        _seat_or_wait(participation, Status.NOMINATED, free=free > 0, now=now)
        free -= participation.status == Status.NOMINATED
        participation.save()
        result.append(participation)
    return result


@transaction.atomic
def register_for_event(*, event: TrainingEvent, user, now: datetime | None = None) -> Participation:
    """A person signs up for an open event: a place (awaiting their supervisor's approval if the event asks for it),
    or the waiting list when it is full. Signing up twice changes nothing."""
    now = now or timezone.now()
    event = _locked(event)
    if event.status != TrainingEvent.Status.OPEN or not event.self_registration:
        raise ValidationError(_("This event does not take registrations."), code="closed_for_registration")
    participation = selectors.participation_of(event, user)
    if participation is not None and participation.status != Status.WITHDRAWN:
        return participation
    if participation is None:
        worker = HealthWorker.objects.filter(user=user).first()
        participation = Participation(event=event, user=user, worker=worker, created_at=now)
    participation.withdrawn_at = None
    seated = Status.AWAITING_APPROVAL if event.needs_approval else Status.REGISTERED
    _seat_or_wait(participation, seated, free=_free_places(event) > 0, now=now)
    participation.save()
    return participation


def _may_decide_for(user, participation: Participation) -> bool:
    """A supervisor over the participant's facility, or an organiser of the event."""
    worker = participation.worker
    if worker is not None and visible_org_units(user).filter(pk=worker.facility_id).exists():
        return True
    return selectors.can_manage_event(user, participation.event)


@transaction.atomic
def approve_registration(*, participation: Participation, by, now: datetime | None = None) -> Participation:
    """A supervisor (or the organiser) lets a self-registered participant come; their place was held meanwhile."""
    now = now or timezone.now()
    _locked(participation.event)
    participation = Participation.objects.select_for_update().get(pk=participation.pk)
    if not _may_decide_for(by, participation):
        raise PermissionDenied(_("You can approve only registrations of workers of the units you oversee."))
    if participation.status != Status.AWAITING_APPROVAL:
        return participation
    participation.status = Status.REGISTERED
    participation.approved_by, participation.approved_at = by, now
    participation.save(update_fields=["status", "approved_by", "approved_at"])
    return participation


@transaction.atomic
def withdraw(*, participation: Participation, by, now: datetime | None = None) -> Participation:
    """The participant (or their supervisor, or the organiser) gives up a place; the first waiting moves up."""
    now = now or timezone.now()
    event = _locked(participation.event)
    participation = (
        Participation.objects.select_for_update(of=("self",)).select_related("worker").get(pk=participation.pk)
    )
    own = participation.account is not None and participation.account.pk == getattr(by, "pk", None)
    if not own and not _may_decide_for(by, participation):
        raise PermissionDenied(_("You cannot withdraw this participant."))
    if participation.status == Status.WITHDRAWN:
        return participation
    if participation.status == Status.COMPLETED:
        raise ValidationError(_("A participant who completed the event cannot withdraw."), code="completed")
    held_a_place = participation.status in Participation.SEATED
    participation.status, participation.withdrawn_at, participation.waitlisted_at = Status.WITHDRAWN, now, None
    participation.save(update_fields=["status", "withdrawn_at", "waitlisted_at"])
    if held_a_place:
        fill_free_places(event=event, now=now)
    return participation


@transaction.atomic
def fill_free_places(*, event: TrainingEvent, now: datetime | None = None) -> list[Participation]:
    """Move people up from the waiting list, first come first served, into the places free; each is e-mailed."""
    now = now or timezone.now()
    event = _locked(event)
    if event.status not in (*NOMINATING, TrainingEvent.Status.RUNNING):
        return []
    free = _free_places(event)
    waiting = event.participations.filter(status=Status.WAITING_LIST).order_by("waitlisted_at", "pk")
    moved = []
    for participation in waiting.select_related("user", "worker__user")[:free]:
        if participation.nominated_by_id is not None:
            participation.status = Status.NOMINATED
        elif event.needs_approval and participation.approved_at is None:
            participation.status = Status.AWAITING_APPROVAL
        else:
            participation.status = Status.REGISTERED
        participation.waitlisted_at = None
        participation.save(update_fields=["status", "waitlisted_at"])
        notifications.notify_place_offered(participation)
        moved.append(participation)
    return moved


@transaction.atomic
def add_external_participant(
    *, event: TrainingEvent, by, name: str, organisation: str = "", email: str = "", now: datetime | None = None
) -> Participation:
    """The organiser records someone not on the roster (partner staff, the private sector) by name."""
    now = now or timezone.now()
    event = _locked(event)
    if not selectors.can_manage_event(by, event):
        raise PermissionDenied(_("You cannot change the participants of this event."))
    if not name.strip():
        raise ValidationError(_("Write the participant's name."), code="no_name")
    email = email.strip().lower()
    if email and event.participations.filter(Q(external_email__iexact=email) | Q(user__email__iexact=email)).exists():
        raise ValidationError(_("Someone with this e-mail already takes part in the event."), code="duplicate")
    participation = Participation(
        event=event, external_name=name.strip(), external_organisation=organisation.strip(), external_email=email
    )
    participation.created_at, participation.approved_by, participation.approved_at = now, by, now
    _seat_or_wait(participation, Status.REGISTERED, free=_free_places(event) > 0, now=now)
    participation.save()
    return participation
