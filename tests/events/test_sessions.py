"""An event's sessions: their length, and sessions of one event that overlap are refused with a clear message."""

from datetime import date, time
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from events.models import EventSession
from events.scheduling import add_session, first_overlap

from .conftest import AFTERNOON, DAY, MORNING


def test_a_sessions_hours_are_counted_to_the_minute(event):
    morning, afternoon = event.sessions.all()
    odd = EventSession(event=event, date=DAY, starts_at=time(17, 30), ends_at=time(18, 50))

    assert (morning.hours, afternoon.hours, odd.hours) == (Decimal("4.00"), Decimal("3.00"), Decimal("1.33"))


def test_sessions_that_only_touch_do_not_overlap():
    assert first_overlap([MORNING, (DAY, time(13, 0), time(14, 0)), AFTERNOON]) is None
    assert first_overlap([MORNING, (date(2026, 3, 11), time(9, 0), time(13, 0))]) is None


def test_an_overlapping_session_is_refused_naming_both_and_nothing_is_saved(event, org_tree):
    with translation.override("en"), pytest.raises(ValidationError) as refused:
        add_session(event=event, date=DAY, starts_at=time(12, 0), ends_at=time(15, 0), venue_text="Hall")

    assert refused.value.code == "overlapping_sessions"
    assert "09:00–13:00" in refused.value.messages[0]
    assert "12:00–15:00" in refused.value.messages[0]
    assert "must not overlap" in refused.value.messages[0]
    assert event.sessions.count() == 2


def test_a_session_inside_another_is_refused(event):
    with pytest.raises(ValidationError, match="overlap"):
        add_session(event=event, date=DAY, starts_at=time(10, 0), ends_at=time(11, 0), venue_text="Hall")


def test_a_session_that_ends_before_it_starts_is_refused(event):
    with pytest.raises(ValidationError, match="end after it starts"):
        add_session(event=event, date=date(2026, 3, 11), starts_at=time(11, 0), ends_at=time(10, 0), venue_text="H")


def test_a_session_needs_a_venue(event):
    with pytest.raises(ValidationError, match="write where the session takes place"):
        add_session(event=event, date=date(2026, 3, 11), starts_at=time(9, 0), ends_at=time(10, 0))


def test_a_session_on_another_day_is_added(event):
    session = add_session(
        event=event, date=date(2026, 3, 11), starts_at=time(9, 0), ends_at=time(12, 30), venue_text="Skills lab"
    )

    assert session.hours == Decimal("3.50")
    assert event.sessions.count() == 3
