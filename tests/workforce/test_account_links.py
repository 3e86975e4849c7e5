"""Sign-up joins an account to a matching roster entry; supervisors can see and undo it."""

import pytest
from django.urls import reverse

from tests.factories import HealthWorkerFactory, UserFactory
from workforce.models import HealthWorker
from workforce.roles import Role
from workforce.services import grant_role, register_health_worker, undo_account_match


@pytest.fixture
def roster_nurse(org_tree, nurse_cadre):
    return HealthWorkerFactory(employee_number="UZ-000777", facility=org_tree["polyclinic"], cadre=nurse_cadre)


def register(user, org_tree, cadre, *, facility="polyclinic", employee_number="UZ-000777"):
    return register_health_worker(
        user=user, full_name=user.full_name, facility=org_tree[facility], cadre=cadre, employee_number=employee_number
    )


def test_matching_employee_number_at_the_same_facility_joins_the_roster_entry(org_tree, nurse_cadre, roster_nurse):
    user = UserFactory()

    worker = register(user, org_tree, nurse_cadre)

    assert worker.pk == roster_nurse.pk
    assert worker.user == user
    assert worker.account_link == HealthWorker.AccountLink.SIGNUP_MATCH


def test_same_number_at_another_facility_creates_a_new_entry_and_keeps_the_number_aside(
    org_tree, nurse_cadre, roster_nurse
):
    worker = register(UserFactory(), org_tree, nurse_cadre, facility="hospital")

    assert worker.pk != roster_nurse.pk
    assert worker.employee_number is None
    assert worker.reported_employee_number == "UZ-000777"
    assert HealthWorker.objects.get(pk=roster_nurse.pk).user is None


def test_an_entry_already_linked_to_another_account_is_never_taken_over(org_tree, nurse_cadre, roster_nurse):
    first = UserFactory()
    register(first, org_tree, nurse_cadre)

    second_worker = register(UserFactory(), org_tree, nurse_cadre)

    assert second_worker.pk != roster_nurse.pk
    assert HealthWorker.objects.get(pk=roster_nurse.pk).user == first


def test_a_new_employee_number_is_recorded_on_the_new_entry(org_tree, nurse_cadre):
    worker = register(UserFactory(), org_tree, nurse_cadre, employee_number="UZ-999999")

    assert worker.employee_number == "UZ-999999"
    assert worker.account_link == HealthWorker.AccountLink.SIGNUP


def test_undoing_a_match_frees_the_entry_and_keeps_the_person_a_profile(org_tree, nurse_cadre, roster_nurse):
    user = UserFactory()
    register(user, org_tree, nurse_cadre)

    own = undo_account_match(worker=roster_nurse)

    roster_nurse.refresh_from_db()
    assert roster_nurse.user is None
    assert own.user == user
    assert own.reported_employee_number == "UZ-000777"
    assert own.facility == roster_nurse.facility


def test_only_signup_matches_can_be_undone(org_tree, nurse_cadre):
    worker = register(UserFactory(), org_tree, nurse_cadre, employee_number="")

    with pytest.raises(ValueError):
        undo_account_match(worker=worker)


def test_supervisor_lists_and_undoes_matches_in_their_region(
    client, org_tree, nurse_cadre, roster_nurse, tashkent_supervisor
):
    register(UserFactory(email="matched@example.test"), org_tree, nurse_cadre)
    client.force_login(tashkent_supervisor)

    listing = client.get(reverse("workforce:account_links"))
    undo = client.post(reverse("workforce:undo_account_link", args=[roster_nurse.pk]))

    assert listing.status_code == 200
    assert b"matched@example.test" in listing.content
    assert undo.status_code == 302
    assert HealthWorker.objects.get(pk=roster_nurse.pk).user is None


def test_supervisor_of_another_region_can_neither_see_nor_undo(client, org_tree, nurse_cadre, roster_nurse):
    register(UserFactory(email="matched@example.test"), org_tree, nurse_cadre)
    samarkand = grant_role(user=UserFactory(), role=Role.SUPERVISOR, org_unit=org_tree["samarkand"])
    client.force_login(samarkand)

    listing = client.get(reverse("workforce:account_links"))
    undo = client.post(reverse("workforce:undo_account_link", args=[roster_nurse.pk]))

    assert b"matched@example.test" not in listing.content
    assert undo.status_code == 404
    assert HealthWorker.objects.get(pk=roster_nurse.pk).user is not None


def test_learner_cannot_open_the_account_links_review(client, learner):
    client.force_login(learner)

    assert client.get(reverse("workforce:account_links")).status_code == 404
