"""Who takes part: nominations within a supervisor's area, self-registration, approval, places and the waiting list."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from events import services
from events.models import Participation, TrainingEvent
from tests.factories import UserFactory
from workforce.roles import Role
from workforce.services import grant_role

Status = Participation.Status


def test_a_supervisor_nominates_workers_of_their_area_in_bulk(event, make_worker, tashkent_supervisor, org_tree):
    workers = [make_worker(), make_worker(org_tree["hospital"]), make_worker(account=False)]

    nominated = services.nominate_workers(event=event, workers=workers, by=tashkent_supervisor)

    assert {p.status for p in nominated} == {Status.NOMINATED}
    assert {p.worker for p in nominated} == set(workers)
    assert all(p.nominated_by == tashkent_supervisor for p in nominated)
    assert {p.user for p in nominated} == {workers[0].user, workers[1].user, None}


def test_a_nomination_outside_the_supervisors_area_is_refused_and_nothing_is_saved(
    event, make_worker, tashkent_supervisor, org_tree
):
    mine, theirs = make_worker(), make_worker(org_tree["health_post"])  # Samarkand region

    with pytest.raises(PermissionDenied, match="units you oversee"):
        services.nominate_workers(event=event, workers=[mine, theirs], by=tashkent_supervisor)

    assert not Participation.objects.exists()


def test_a_learner_cannot_nominate_anyone(event, make_worker, learner):
    with pytest.raises(PermissionDenied):
        services.nominate_workers(event=event, workers=[make_worker()], by=learner)


def test_nominations_beyond_the_places_join_the_waiting_list_in_order(make_event, make_worker, tashkent_supervisor):
    event = make_event(capacity=2)
    workers = [make_worker(full_name=name) for name in ("Aliyeva", "Botirova", "Choriyeva")]

    nominated = services.nominate_workers(event=event, workers=workers, by=tashkent_supervisor)

    assert [p.status for p in nominated] == [Status.NOMINATED, Status.NOMINATED, Status.WAITING_LIST]


def test_nominating_again_keeps_the_place_and_adds_no_row(event, make_worker, tashkent_supervisor):
    worker = make_worker()
    first = services.nominate_workers(event=event, workers=[worker], by=tashkent_supervisor)

    again = services.nominate_workers(event=event, workers=[worker], by=tashkent_supervisor)

    assert again == first
    assert Participation.objects.count() == 1


def test_a_closed_event_takes_no_nominations(make_event, make_worker, tashkent_supervisor):
    event = make_event(status=TrainingEvent.Status.RUNNING)

    with pytest.raises(ValidationError, match="no longer takes nominations"):
        services.nominate_workers(event=event, workers=[make_worker()], by=tashkent_supervisor)


def test_self_registration_takes_a_place_then_the_waiting_list_and_twice_changes_nothing(make_event, make_worker):
    event = make_event(capacity=1, self_registration=True)
    first, second = make_worker().user, make_worker().user

    registered = services.register_for_event(event=event, user=first)
    waiting = services.register_for_event(event=event, user=second)
    again = services.register_for_event(event=event, user=first)

    assert registered.status == Status.REGISTERED
    assert registered.worker == first.health_worker
    assert waiting.status == Status.WAITING_LIST
    assert again == registered
    assert Participation.objects.count() == 2


def test_an_event_without_self_registration_refuses_it(event, learner):
    with pytest.raises(ValidationError, match="does not take registrations"):
        services.register_for_event(event=event, user=learner)


def test_registration_needing_approval_waits_for_the_workers_supervisor(
    make_event, make_worker, tashkent_supervisor, org_tree
):
    event = make_event(self_registration=True, needs_approval=True)
    participation = services.register_for_event(event=event, user=make_worker().user)
    samarkand_supervisor = grant_role(user=UserFactory(), role=Role.SUPERVISOR, org_unit=org_tree["samarkand"])

    with pytest.raises(PermissionDenied):
        services.approve_registration(participation=participation, by=samarkand_supervisor)
    approved = services.approve_registration(participation=participation, by=tashkent_supervisor)

    assert participation.status == Status.AWAITING_APPROVAL
    assert approved.status == Status.REGISTERED
    assert approved.approved_by == tashkent_supervisor


def test_a_withdrawal_moves_the_first_waiting_up_and_emails_them(
    make_event, make_worker, tashkent_supervisor, mailoutbox, django_capture_on_commit_callbacks
):
    event = make_event(capacity=1, self_registration=True)
    leaving = services.register_for_event(event=event, user=make_worker().user)
    first_waiting = services.register_for_event(event=event, user=make_worker(full_name="Gulnora Ergasheva").user)
    second_waiting = services.register_for_event(event=event, user=make_worker().user)

    with django_capture_on_commit_callbacks(execute=True):
        services.withdraw(participation=leaving, by=leaving.user)

    leaving.refresh_from_db()
    first_waiting.refresh_from_db()
    second_waiting.refresh_from_db()
    assert leaving.status == Status.WITHDRAWN
    assert first_waiting.status == Status.REGISTERED
    assert second_waiting.status == Status.WAITING_LIST
    assert [message.to for message in mailoutbox] == [[first_waiting.user.email]]
    assert "Hand hygiene workshop" in mailoutbox[0].subject
    assert "Gulnora Ergasheva" in mailoutbox[0].body


def test_the_email_of_a_place_offered_is_in_the_participants_language(
    make_event, make_worker, mailoutbox, django_capture_on_commit_callbacks
):
    event = make_event(capacity=1, self_registration=True)
    leaving = services.register_for_event(event=event, user=make_worker().user)
    services.register_for_event(event=event, user=make_worker(language="ru").user)

    with django_capture_on_commit_callbacks(execute=True):
        services.withdraw(participation=leaving, by=leaving.user)

    assert "Семинар по гигиене рук" in mailoutbox[0].subject


def test_someone_else_cannot_withdraw_a_participant(make_event, make_worker, learner):
    participation = services.register_for_event(event=make_event(self_registration=True), user=make_worker().user)

    with pytest.raises(PermissionDenied):
        services.withdraw(participation=participation, by=learner)


def test_a_waiting_external_participant_added_by_the_organiser_moves_up_as_registered(
    make_event, make_worker, tashkent_supervisor
):
    event = make_event(capacity=1)
    [held] = services.nominate_workers(event=event, workers=[make_worker()], by=tashkent_supervisor)
    external = services.add_external_participant(
        event=event, by=tashkent_supervisor, name="Dr. Anna Weber", organisation="WHO", email="weber@who.example"
    )

    services.withdraw(participation=held, by=tashkent_supervisor)

    external.refresh_from_db()
    assert external.is_external
    assert external.status == Status.REGISTERED
