"""Places are counted in the database: people registering at the same moment never overfill an event (PostgreSQL)."""

import threading

import pytest
from django.db import connection

from certificates.models import Certificate
from events import attendance, services
from events.completion import close_event
from events.models import Attendance, Participation

THREADS = 8


def run_concurrently(actions):
    barrier = threading.Barrier(len(actions))
    errors = []

    def worker(action):
        try:
            barrier.wait()
            action()
        except Exception as error:  # noqa: BLE001 - collected and asserted below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(action,)) for action in actions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


@pytest.mark.django_db(transaction=True)
def test_concurrent_registrations_fill_the_places_exactly_and_wait_the_rest(postgres, make_event, make_worker):
    event = make_event(capacity=3, self_registration=True)
    users = [make_worker().user for _ in range(THREADS)]

    errors = run_concurrently([lambda user=user: services.register_for_event(event=event, user=user) for user in users])

    statuses = list(Participation.objects.filter(event=event).values_list("status", flat=True))
    assert errors == []
    assert len(statuses) == THREADS
    assert statuses.count(Participation.Status.REGISTERED) == 3
    assert statuses.count(Participation.Status.WAITING_LIST) == THREADS - 3


@pytest.mark.django_db(transaction=True)
def test_the_same_person_registering_in_several_tabs_gets_one_place(postgres, make_event, make_worker):
    event = make_event(capacity=3, self_registration=True)
    user = make_worker().user

    errors = run_concurrently([lambda: services.register_for_event(event=event, user=user)] * 4)

    assert errors == []
    assert Participation.objects.filter(event=event, user=user).count() == 1


@pytest.mark.django_db(transaction=True)
def test_concurrent_withdrawals_move_up_as_many_as_left(postgres, make_event, make_worker):
    event = make_event(capacity=3, self_registration=True)
    seated = [services.register_for_event(event=event, user=make_worker().user) for _ in range(3)]
    waiting = [services.register_for_event(event=event, user=make_worker().user) for _ in range(4)]

    errors = run_concurrently([lambda p=p: services.withdraw(participation=p, by=p.user) for p in seated])

    statuses = dict(Participation.objects.filter(pk__in=[p.pk for p in waiting]).values_list("pk", "status"))
    assert errors == []
    assert [statuses[p.pk] for p in waiting] == [Participation.Status.REGISTERED] * 3 + [
        Participation.Status.WAITING_LIST
    ]


@pytest.mark.django_db(transaction=True)
def test_closing_an_event_from_several_phones_at_once_completes_and_certifies_once(
    postgres, make_event, make_worker, tashkent_supervisor
):
    event = make_event()
    nominated = services.nominate_workers(
        event=event, workers=[make_worker() for _ in range(3)], by=tashkent_supervisor
    )
    for participation in nominated:
        for session in event.sessions.all():
            attendance.record_attendance(
                session=session, participation=participation, status="present", by=tashkent_supervisor
            )

    errors = run_concurrently([lambda: close_event(event=event, by=tashkent_supervisor)] * 4)

    assert errors == []
    assert Participation.objects.filter(event=event, status=Participation.Status.COMPLETED).count() == 3
    assert Certificate.objects.count() == 3


@pytest.mark.django_db(transaction=True)
def test_a_participant_scanning_twice_at_once_is_recorded_once(postgres, event, make_worker, tashkent_supervisor):
    [participation] = services.nominate_workers(event=event, workers=[make_worker()], by=tashkent_supervisor)
    morning = event.sessions.first()
    now = morning.start
    token = attendance.check_in_token(session=morning, now=now)

    errors = run_concurrently(
        [lambda: attendance.check_in(token=token, session=morning, user=participation.user, now=now)] * 4
    )

    assert errors == []
    assert Attendance.objects.filter(session=morning, participation=participation).count() == 1
