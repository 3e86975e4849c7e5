"""Events for tests: a Tashkent workshop with two sessions (4 h and 3 h) and nurses on the roster."""

from datetime import date, time

import pytest
from django.utils import translation

from events.models import EventSession, TrainingEvent
from tests.courses.conftest import courses  # noqa: F401 - the course builder fixture
from tests.factories import HealthWorkerFactory, UserFactory

DAY = date(2026, 3, 10)
MORNING = (DAY, time(9, 0), time(13, 0))  # 4 hours
AFTERNOON = (DAY, time(14, 0), time(17, 0))  # 3 hours


@pytest.fixture(autouse=True)
def _in_english():
    """Messages are read in English here; their translations are checked by the catalogue tests."""
    with translation.override("en"):
        yield


@pytest.fixture
def make_event(org_tree):
    """An open Tashkent workshop; sessions as (date, start, end)."""

    def make(*, sessions=(MORNING, AFTERNOON), **fields) -> TrainingEvent:
        values = {
            "title_uz": "Qoʻl gigiyenasi boʻyicha seminar",
            "title_ru": "Семинар по гигиене рук",
            "title_en": "Hand hygiene workshop",
            "language": "uz",
            "organiser": org_tree["tashkent"],
            "capacity": 10,
            "cpd_hours": 7,
            "status": TrainingEvent.Status.OPEN,
            **fields,
        }
        event = TrainingEvent.objects.create(**values)
        for day, starts_at, ends_at in sessions:
            EventSession.objects.create(
                event=event, date=day, starts_at=starts_at, ends_at=ends_at, venue_facility=org_tree["hospital"]
            )
        return event

    return make


@pytest.fixture
def event(make_event):
    return make_event()


@pytest.fixture
def make_worker(org_tree, nurse_cadre):
    """A nurse of the Tashkent polyclinic (or another facility), with an account unless told otherwise."""

    def make(facility=None, *, account=True, **fields):
        user = UserFactory(preferred_language=fields.pop("language", "en")) if account else None
        return HealthWorkerFactory(facility=facility or org_tree["polyclinic"], cadre=nurse_cadre, user=user, **fields)

    return make
