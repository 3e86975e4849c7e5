"""Organisers manage their area's events in the Wagtail admin, sessions inline; another area's event is not found."""

import pytest
from django.urls import reverse

from events import services
from events.attendance import record_attendance
from events.models import FundingPartner, TrainingEvent
from tests.factories import UserFactory
from tests.lms.test_admin_without_english import english_strings, shown_texts
from workforce.roles import Role
from workforce.services import grant_role


def event_form(organiser, *sessions, **fields):
    """The admin form's POST data: the event and its sessions as (date, start, end)."""
    data = {
        "title_uz": "Yurak-oʻpka reanimatsiyasi mashgʻuloti",
        "title_ru": "",
        "title_en": "",
        "language": "uz",
        "modality": TrainingEvent.Modality.SIMULATION,
        "status": TrainingEvent.Status.OPEN,
        "organiser": organiser.pk,
        "capacity": "12",
        "cpd_hours": "6",
        "completion_threshold": "80",
        "gives_certificate": "on",
        "trainer_validity_months": "24",
        "sessions-TOTAL_FORMS": str(len(sessions)),
        "sessions-INITIAL_FORMS": "0",
        "sessions-MIN_NUM_FORMS": "1",
        "sessions-MAX_NUM_FORMS": "1000",
        "facilitators-TOTAL_FORMS": "1",
        "facilitators-INITIAL_FORMS": "0",
        "facilitators-MIN_NUM_FORMS": "0",
        "facilitators-MAX_NUM_FORMS": "1000",
        "facilitators-0-external_name": "Dr. Anna Weber",
        **fields,
    }
    for number, (day, starts_at, ends_at) in enumerate(sessions):
        data |= {
            f"sessions-{number}-date": day,
            f"sessions-{number}-starts_at": starts_at,
            f"sessions-{number}-ends_at": ends_at,
            f"sessions-{number}-venue_text": "Skills lab, room 3",
        }
    return data


@pytest.fixture
def samarkand_event(make_event, org_tree):
    return make_event(organiser=org_tree["samarkand"], title_en="Samarkand skills day")


def test_a_supervisor_lists_only_the_events_of_their_area(client, tashkent_supervisor, event, samarkand_event):
    client.force_login(tashkent_supervisor)

    response = client.get(reverse("training_events:index"))

    assert response.status_code == 200
    assert "Hand hygiene workshop" in response.text
    assert "Samarkand skills day" not in response.text


def test_another_areas_event_is_not_found(client, tashkent_supervisor, samarkand_event):
    client.force_login(tashkent_supervisor)

    assert client.get(reverse("training_events:edit", args=[samarkand_event.pk])).status_code == 404
    assert client.get(reverse("training_events:inspect", args=[samarkand_event.pk])).status_code == 404


def test_a_learner_cannot_open_the_events_admin(client, learner):
    client.force_login(learner)

    response = client.get(reverse("training_events:index"))

    assert response.status_code in (302, 403)


def test_an_organiser_creates_an_event_with_its_sessions_and_facilitator(client, tashkent_supervisor, org_tree):
    client.force_login(tashkent_supervisor)
    data = event_form(org_tree["tashkent"], ("2026-04-01", "09:00", "12:00"), ("2026-04-01", "13:00", "16:00"))

    response = client.post(reverse("training_events:add"), data)

    assert response.status_code == 302, response.context["form"].errors if response.context else response
    event = TrainingEvent.objects.get()
    assert event.created_by == tashkent_supervisor
    assert event.sessions.count() == 2
    assert [str(f) for f in event.facilitators.all()] == ["Dr. Anna Weber"]


def test_overlapping_sessions_are_refused_with_a_clear_message_and_nothing_is_saved(
    client, tashkent_supervisor, org_tree
):
    client.force_login(tashkent_supervisor)
    data = event_form(org_tree["tashkent"], ("2026-04-01", "09:00", "12:00"), ("2026-04-01", "11:00", "14:00"))

    response = client.post(reverse("training_events:add") + "?locale=en", data, HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 200
    assert "must not overlap" in response.text
    assert not TrainingEvent.objects.exists()


def test_an_organiser_cannot_place_an_event_in_another_area(client, tashkent_supervisor, org_tree):
    client.force_login(tashkent_supervisor)
    data = event_form(org_tree["samarkand"], ("2026-04-01", "09:00", "12:00"))

    response = client.post(reverse("training_events:add"), data)

    assert response.status_code == 200
    assert not TrainingEvent.objects.exists()


def test_the_ministry_keeps_the_funding_partners_and_supervisors_only_choose_from_them(
    client, ministry_user, tashkent_supervisor
):
    data = {"name_uz": "JSST", "name_ru": "ВОЗ", "name_en": "WHO", "is_active": "on"}

    client.force_login(tashkent_supervisor)
    refused = client.post(reverse("funding_partners:add"), data)
    client.force_login(ministry_user)
    created = client.post(reverse("funding_partners:add"), data)

    assert refused.status_code in (302, 403)
    assert created.status_code == 302
    assert list(FundingPartner.objects.values_list("name_en", flat=True)) == ["WHO"]


def test_a_trainer_without_an_area_manages_no_events(client, event):
    trainer = grant_role(user=UserFactory(), role=Role.TRAINER)
    client.force_login(trainer)

    assert client.get(reverse("training_events:edit", args=[event.pk])).status_code in (302, 403, 404)


def test_an_organiser_opens_their_areas_event_with_its_sessions(client, tashkent_supervisor, event):
    client.force_login(tashkent_supervisor)

    response = client.get(reverse("training_events:edit", args=[event.pk]))

    assert response.status_code == 200
    assert 'name="sessions-TOTAL_FORMS" value="2"' in response.text


@pytest.mark.parametrize("language", ["uz", "ru"])
def test_an_organisers_event_screens_show_no_english(client, org_tree, event, language):
    supervisor = grant_role(
        user=UserFactory(preferred_language=language), role=Role.SUPERVISOR, org_unit=org_tree["tashkent"]
    )
    client.force_login(supervisor)
    english = english_strings(language)
    screens = {
        "events": reverse("training_events:index"),
        "new event": reverse("training_events:add"),
        "event editor": reverse("training_events:edit", args=[event.pk]),
        "funding partners": reverse("funding_partners:index"),
        "closing": reverse("events_close", args=[event.pk]),
    }

    left = {}
    for name, path in screens.items():
        response = client.get(path)
        assert response.status_code == 200, (name, response.status_code)
        if found := sorted(shown_texts(response.text) & english):
            left[name] = found

    assert not left, f"English left in the {language} admin: {left}"


def test_an_organiser_closes_their_event_from_the_admin_once(client, tashkent_supervisor, event, make_worker):
    [participation] = services.nominate_workers(event=event, workers=[make_worker()], by=tashkent_supervisor)
    for session in event.sessions.all():
        record_attendance(session=session, participation=participation, status="present", by=tashkent_supervisor)
    client.force_login(tashkent_supervisor)
    url = reverse("events_close", args=[event.pk])

    editor = client.get(reverse("training_events:edit", args=[event.pk]))
    confirmation = client.get(url)
    closed = client.post(url, follow=True)
    again = client.post(url, follow=True)

    assert url in editor.text
    assert confirmation.status_code == 200
    assert "1 of 1 participants completed it" in closed.text
    assert "already closed" in again.text
    participation.refresh_from_db()
    assert participation.status == participation.Status.COMPLETED


def test_another_areas_event_cannot_be_closed(client, tashkent_supervisor, samarkand_event):
    client.force_login(tashkent_supervisor)

    response = client.post(reverse("events_close", args=[samarkand_event.pk]))

    assert response.status_code == 404
    samarkand_event.refresh_from_db()
    assert samarkand_event.status == TrainingEvent.Status.OPEN
