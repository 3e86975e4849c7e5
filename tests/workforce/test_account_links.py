"""Sign-up joins an account to a roster entry only with proof; otherwise the supervisor approves the request.

Supervisors see, approve, refuse and undo these links in their own area.
"""

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.selectors import assignments_for_user
from reports import facts
from tests.factories import HealthWorkerFactory, UserFactory
from workforce.models import AccountClaim, HealthWorker
from workforce.roles import Role
from workforce.services import (
    approve_account_claim,
    grant_role,
    refuse_account_claim,
    register_health_worker,
    undo_account_match,
)


@pytest.fixture
def roster_nurse(org_tree, nurse_cadre):
    return HealthWorkerFactory(employee_number="UZ-000777", facility=org_tree["polyclinic"], cadre=nurse_cadre)


def register(user, org_tree, cadre, *, facility="polyclinic", employee_number="UZ-000777", invited_worker=None):
    return register_health_worker(
        user=user,
        full_name=user.full_name,
        facility=org_tree[facility],
        cadre=cadre,
        employee_number=employee_number,
        invited_worker=invited_worker,
    )


def matched(user, org_tree, cadre, roster_entry):
    """Sign up with the proof of an invitation for the roster entry."""
    return register(user, org_tree, cadre, invited_worker=roster_entry)


def test_an_invited_worker_is_joined_to_the_roster_entry_at_once(org_tree, nurse_cadre, roster_nurse):
    user = UserFactory()

    worker = matched(user, org_tree, nurse_cadre, roster_nurse)

    assert worker.pk == roster_nurse.pk
    assert worker.user == user
    assert worker.account_link == HealthWorker.AccountLink.SIGNUP_MATCH


def test_a_stranger_with_the_facility_code_and_number_only_asks_to_join(org_tree, nurse_cadre, roster_nurse):
    stranger = UserFactory()

    claim = register(stranger, org_tree, nurse_cadre)

    assert isinstance(claim, AccountClaim)
    assert claim.status == AccountClaim.Status.PENDING and claim.worker == roster_nurse
    roster_nurse.refresh_from_db()
    assert roster_nurse.user is None
    assert not HealthWorker.objects.filter(user=stranger).exists()


def test_an_invitation_for_another_entry_is_no_proof(org_tree, nurse_cadre, roster_nurse):
    other = HealthWorkerFactory(employee_number="UZ-000778", facility=org_tree["polyclinic"], cadre=nurse_cadre)

    outcome = register(UserFactory(), org_tree, nurse_cadre, invited_worker=other)

    assert isinstance(outcome, AccountClaim)


def test_while_pending_the_account_gets_nothing_of_the_workers_record(org_tree, nurse_cadre, roster_nurse):
    stranger = UserFactory()
    register(stranger, org_tree, nurse_cadre)
    stranger.refresh_from_db()

    assert not assignments_for_user(stranger).exists()
    counted = [fact for _row, fact in facts.worker_facts(HealthWorker.objects.all(), now=timezone.now())]
    assert [fact.has_account for fact in counted] == [False]


def test_the_supervisor_approves_a_request_and_the_account_gets_the_entry(
    org_tree, nurse_cadre, roster_nurse, tashkent_supervisor
):
    user = UserFactory()
    claim = register(user, org_tree, nurse_cadre)

    worker = approve_account_claim(claim=claim, decided_by=tashkent_supervisor)

    claim.refresh_from_db()
    assert worker.pk == roster_nurse.pk and worker.user == user
    assert claim.status == AccountClaim.Status.APPROVED and claim.decided_by == tashkent_supervisor
    with pytest.raises(ValueError):
        approve_account_claim(claim=claim, decided_by=tashkent_supervisor)


def test_a_refused_request_leaves_the_entry_free_and_gives_the_person_a_profile(
    org_tree, nurse_cadre, roster_nurse, tashkent_supervisor
):
    user = UserFactory()
    claim = register(user, org_tree, nurse_cadre)

    own = refuse_account_claim(claim=claim, decided_by=tashkent_supervisor)

    roster_nurse.refresh_from_db()
    assert roster_nurse.user is None
    assert own.user == user and own.employee_number is None
    assert own.reported_employee_number == "UZ-000777"
    assert AccountClaim.objects.get(pk=claim.pk).status == AccountClaim.Status.REFUSED


def test_a_request_for_an_entry_taken_meanwhile_cannot_be_approved(
    org_tree, nurse_cadre, roster_nurse, tashkent_supervisor
):
    claim = register(UserFactory(), org_tree, nurse_cadre)
    matched(UserFactory(), org_tree, nurse_cadre, roster_nurse)

    with pytest.raises(ValueError):
        approve_account_claim(claim=claim, decided_by=tashkent_supervisor)


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
    matched(first, org_tree, nurse_cadre, roster_nurse)

    second_worker = register(UserFactory(), org_tree, nurse_cadre)

    assert second_worker.pk != roster_nurse.pk
    assert HealthWorker.objects.get(pk=roster_nurse.pk).user == first


def test_a_new_employee_number_is_recorded_on_the_new_entry(org_tree, nurse_cadre):
    worker = register(UserFactory(), org_tree, nurse_cadre, employee_number="UZ-999999")

    assert worker.employee_number == "UZ-999999"
    assert worker.account_link == HealthWorker.AccountLink.SIGNUP


def test_undoing_a_match_frees_the_entry_and_keeps_the_person_a_profile(org_tree, nurse_cadre, roster_nurse):
    user = UserFactory()
    matched(user, org_tree, nurse_cadre, roster_nurse)

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
    matched(UserFactory(email="matched@example.test"), org_tree, nurse_cadre, roster_nurse)
    client.force_login(tashkent_supervisor)

    listing = client.get(reverse("workforce:account_links"))
    undo = client.post(reverse("workforce:undo_account_link", args=[roster_nurse.pk]))

    assert listing.status_code == 200
    assert b"matched@example.test" in listing.content
    assert undo.status_code == 302
    assert HealthWorker.objects.get(pk=roster_nurse.pk).user is None


def test_supervisor_of_another_region_can_neither_see_nor_undo(client, org_tree, nurse_cadre, roster_nurse):
    matched(UserFactory(email="matched@example.test"), org_tree, nurse_cadre, roster_nurse)
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


@pytest.mark.parametrize("decision", ["approve", "refuse"])
def test_supervisor_decides_requests_in_their_region(
    client, org_tree, nurse_cadre, roster_nurse, tashkent_supervisor, decision
):
    claim = register(UserFactory(email="asking@example.test"), org_tree, nurse_cadre)
    client.force_login(tashkent_supervisor)

    listing = client.get(reverse("workforce:account_links"))
    response = client.post(reverse("workforce:decide_account_claim", args=[claim.pk, decision]))

    assert b"asking@example.test" in listing.content
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.status == {"approve": AccountClaim.Status.APPROVED, "refuse": AccountClaim.Status.REFUSED}[decision]


def test_supervisor_of_another_region_can_neither_see_nor_decide_requests(client, org_tree, nurse_cadre, roster_nurse):
    claim = register(UserFactory(email="asking@example.test"), org_tree, nurse_cadre)
    client.force_login(grant_role(user=UserFactory(), role=Role.SUPERVISOR, org_unit=org_tree["samarkand"]))

    listing = client.get(reverse("workforce:account_links"))
    response = client.post(reverse("workforce:decide_account_claim", args=[claim.pk, "approve"]))
    unknown = client.post(reverse("workforce:decide_account_claim", args=[claim.pk, "delete"]))

    assert b"asking@example.test" not in listing.content
    assert response.status_code == unknown.status_code == 404
    assert AccountClaim.objects.get(pk=claim.pk).status == AccountClaim.Status.PENDING
