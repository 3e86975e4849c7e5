"""An event's sessions: adding them, and refusing sessions of one event that overlap."""

from collections.abc import Iterable
from datetime import date, time

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.formats import date_format, time_format
from django.utils.translation import gettext as _

from .models import EventSession, TrainingEvent

Slot = tuple[date, time, time]  # a session's date, start and end


def first_overlap(slots: Iterable[Slot]) -> tuple[Slot, Slot] | None:
    """Two sessions that share some time on the same day, or None; sessions that only touch do not overlap."""
    ordered = sorted(slots)
    for earlier, later in zip(ordered, ordered[1:], strict=False):
        if earlier[0] == later[0] and later[1] < earlier[2]:
            return earlier, later
    return None


def overlap_message(pair: tuple[Slot, Slot]) -> str:
    (day, first_start, first_end), (_day, second_start, second_end) = pair
    return _("Two sessions overlap on %(date)s: %(first)s and %(second)s. An event's sessions must not overlap.") % {
        "date": date_format(day, "DATE_FORMAT"),
        "first": f"{time_format(first_start, 'H:i')}–{time_format(first_end, 'H:i')}",
        "second": f"{time_format(second_start, 'H:i')}–{time_format(second_end, 'H:i')}",
    }


def check_no_overlap(slots: Iterable[Slot]) -> None:
    """Refuse sessions of one event that overlap, with a message naming them."""
    pair = first_overlap(slots)
    if pair is not None:
        raise ValidationError(overlap_message(pair), code="overlapping_sessions")


@transaction.atomic
def add_session(
    *,
    event: TrainingEvent,
    date: date,
    starts_at: time,
    ends_at: time,
    venue_facility=None,
    venue_text: str = "",
    room: str = "",
) -> EventSession:
    """Add a session to an event; one that overlaps another of the same event is refused."""
    event = TrainingEvent.objects.select_for_update().get(pk=event.pk)
    session = EventSession(
        event=event,
        date=date,
        starts_at=starts_at,
        ends_at=ends_at,
        venue_facility=venue_facility,
        venue_text=venue_text,
        room=room,
    )
    session.full_clean()
    existing = list(event.sessions.values_list("date", "starts_at", "ends_at"))
    check_no_overlap([*existing, (date, starts_at, ends_at)])
    session.save()
    return session
