"""GET and POST /api/v1/roster/: the roster of the caller's units, and upserts checked as a roster import is."""

import pytest
from django.test import Client

from api import services as token_services
from api.models import ApiToken
from api.services import issue_token
from reports.models import SummaryRefresh
from tests.api.conftest import TokenClient
from tests.factories import CadreFactory, HealthWorkerFactory, UserFactory
from workforce.models import HealthWorker

URL = "/api/v1/roster/"


def writer(user) -> TokenClient:
    """A client with a read-write token of this user, asking for answers in English."""
    return TokenClient(
        issue_token(user=user, name="HR system", scope=ApiToken.Scope.WRITE)[1], HTTP_ACCEPT_LANGUAGE="en"
    )


def worker(number, facility="F-1726-001", *, name=None, cadre="2221", **extra) -> dict:
    return {"employee_number": number, "full_name": name or f"Worker {number}", "facility_code": facility,
            "cadre": cadre, **extra}  # fmt: skip


def post(client, *workers, **query):
    suffix = "".join(f"?{key}={value}" for key, value in query.items())
    return client.post(URL + suffix, {"workers": list(workers)}, content_type="application/json")


@pytest.fixture
def karimova(org_tree, nurse_cadre):
    return HealthWorkerFactory(employee_number="E1", full_name="Karimova D.", facility=org_tree["polyclinic"],
                               cadre=nurse_cadre, position="Hamshira")  # fmt: skip


def test_workers_are_created_and_updated_by_employee_number(org_tree, nurse_cadre, karimova, ministry_user):
    response = post(
        writer(ministry_user),
        worker("E1", "F-1726-002", name="Karimova Dilnoza", position="Katta hamshira"),
        worker("E2", "f-1718-001", name="Toshmatov Jasur", active=False, email="jasur@example.uz"),
        worker("E3", position=None),
    )

    assert response.status_code == 200, response.json()
    assert response.json() == {"applied": True, "rows": 3, "created": 2, "updated": 1, "unchanged": 0}
    karimova.refresh_from_db()
    assert (karimova.full_name, karimova.facility, karimova.position) == (
        "Karimova Dilnoza",
        org_tree["hospital"],
        "Katta hamshira",
    )
    jasur = HealthWorker.objects.get(employee_number="E2")
    assert (jasur.facility, jasur.cadre, jasur.is_active) == (org_tree["health_post"], nurse_cadre, False)
    assert HealthWorker.objects.get(employee_number="E3").is_active


def test_sending_the_same_roster_again_changes_nothing(org_tree, nurse_cadre, karimova, ministry_user):
    client = writer(ministry_user)
    same = worker("E1", name="Karimova D.", position="Hamshira", active=True)

    assert post(client, same).json() == {"applied": True, "rows": 1, "created": 0, "updated": 0, "unchanged": 1}


def test_a_dry_run_counts_without_saving(org_tree, nurse_cadre, ministry_user):
    response = post(writer(ministry_user), worker("E1"), worker("E2"), dry_run="true")

    assert response.json() == {"applied": False, "rows": 2, "created": 2, "updated": 0, "unchanged": 0}
    assert not HealthWorker.objects.exists()


def test_any_invalid_row_saves_nothing_and_every_problem_is_listed(org_tree, nurse_cadre, karimova, ministry_user):
    response = post(
        writer(ministry_user),
        worker("E1", name="Renamed"),
        worker("E2", "F-9999-999"),
        worker("E3", cadre="9999", email="not-an-address"),
        worker("E4", "1726269", name="   "),
        worker("E1"),
    )

    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert body["code"] == "roster_rows"
    assert "Nothing was saved" in body["detail"]
    assert {(error["row"], error["column"]) for error in body["errors"]} == {
        (2, "facility_code"),
        (3, "cadre"),
        (3, "email"),
        (4, "facility_code"),
        (4, "full_name"),
        (5, "employee_number"),
    }
    assert all(error["message"] for error in body["errors"])
    assert HealthWorker.objects.count() == 1
    karimova.refresh_from_db()
    assert karimova.full_name == "Karimova D."


@pytest.mark.django_db(transaction=True)
def test_a_problem_after_thousands_of_good_rows_still_saves_nothing(org_tree, nurse_cadre, ministry_user):
    good = [worker(f"E{n}") for n in range(2500)]  # more than one chunk is written before the last row is read

    response = post(writer(ministry_user), *good, worker("E-last", "F-9999-999"))

    assert response.status_code == 400
    assert [error["row"] for error in response.json()["errors"]] == [2501]
    assert not HealthWorker.objects.exists()


def test_rows_outside_the_callers_area_are_errors(org_tree, nurse_cadre, tashkent_supervisor):
    HealthWorkerFactory(employee_number="S1", facility=org_tree["health_post"], cadre=nurse_cadre)

    response = post(
        writer(tashkent_supervisor),
        worker("T1"),
        worker("T2", "F-1718-001"),
        worker("S1", "F-1726-001", name="Moved here"),
    )

    assert response.status_code == 400
    messages = {error["row"]: error["message"] for error in response.json()["errors"]}
    assert set(messages) == {2, 3}
    assert "outside your area" in messages[2] and "outside your area" in messages[3]
    assert list(HealthWorker.objects.values_list("employee_number", flat=True)) == ["S1"]


def test_a_body_that_breaks_the_schema_is_a_422_naming_the_location(org_tree, ministry_user):
    response = post(writer(ministry_user), {"employee_number": "E1", "facility_code": "F-1726-001", "cadre": "2221"})

    assert response.status_code == 422
    assert [error["location"] for error in response.json()["errors"]] == ["body.payload.workers.0.full_name"]


def test_too_many_rows_are_refused_before_any_is_checked(org_tree, ministry_user):
    response = post(writer(ministry_user), *[worker(f"E{n}") for n in range(10_001)])

    assert response.status_code == 413
    assert "10,000" in response.json()["detail"]
    assert not HealthWorker.objects.exists()


def test_a_change_refreshes_the_dashboard_figures_after_commit(
    org_tree, nurse_cadre, ministry_user, django_capture_on_commit_callbacks
):
    client = writer(ministry_user)

    with django_capture_on_commit_callbacks(execute=True) as changed:
        post(client, worker("E1"))
    with django_capture_on_commit_callbacks(execute=True) as unchanged:
        post(client, worker("E1"))

    assert (len(changed), len(unchanged)) == (1, 0)
    assert SummaryRefresh.objects.exists()


def test_who_may_write_the_roster(org_tree, nurse_cadre, ministry_user, trainer, learner):
    read_only = TokenClient(issue_token(user=ministry_user, name="BI", scope=ApiToken.Scope.READ)[1])
    revoked_token, revoked_text = issue_token(user=ministry_user, name="Old", scope=ApiToken.Scope.WRITE)
    token_services.revoke_token(token=revoked_token)
    session = Client()
    session.force_login(learner)

    assert post(read_only, worker("E1")).status_code == 403
    assert post(TokenClient(revoked_text), worker("E1")).status_code == 401
    assert post(writer(trainer), worker("E1")).status_code == 403, "a trainer oversees no unit"
    assert post(session, worker("E1")).status_code == 403
    assert post(Client(), worker("E1")).status_code == 401
    assert not HealthWorker.objects.exists()


def test_the_roster_lists_the_callers_workers_with_their_accounts(org_tree, nurse_cadre, tashkent_supervisor):
    account = UserFactory(email="dilnoza@example.uz")
    HealthWorkerFactory(employee_number="E1", full_name="Karimova", facility=org_tree["polyclinic"],
                        cadre=nurse_cadre, user=account, position="Hamshira")  # fmt: skip
    HealthWorkerFactory(employee_number="E2", full_name="Gone", facility=org_tree["hospital"], cadre=nurse_cadre,
                        is_active=False)  # fmt: skip
    HealthWorkerFactory(employee_number="S1", facility=org_tree["health_post"], cadre=nurse_cadre)

    body = TokenClient(issue_token(user=tashkent_supervisor, name="HR", scope="read")[1]).get(URL).json()

    assert body["count"] == 2
    assert body["items"] == [
        {"employee_number": "E1", "full_name": "Karimova", "facility_code": "F-1726-001", "cadre": "2221",
         "position": "Hamshira", "email": "dilnoza@example.uz", "active": True, "has_account": True},
        {"employee_number": "E2", "full_name": "Gone", "facility_code": "F-1726-002", "cadre": "2221",
         "position": "", "email": None, "active": False, "has_account": False},
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("query", "numbers"),
    [
        ({}, ["E1", "E2", "E3", "S1"]),
        ({"org_unit": "F-1726-002"}, ["E2", "E3"]),
        ({"org_unit": "1718"}, ["S1"]),
        ({"cadre": "2211"}, ["E3"]),
        ({"active": "false"}, ["E2"]),
        ({"employee_number": "S1"}, ["S1"]),
        ({"org_unit": "1726", "active": "true", "cadre": "2221"}, ["E1"]),
    ],
)
def test_roster_filters(org_tree, nurse_cadre, ministry_user, query, numbers):
    HealthWorkerFactory(employee_number="E3", facility=org_tree["hospital"], cadre=CadreFactory(isco_code="2211"))
    HealthWorkerFactory(employee_number="E1", facility=org_tree["polyclinic"], cadre=nurse_cadre)
    HealthWorkerFactory(employee_number="E2", facility=org_tree["hospital"], cadre=nurse_cadre, is_active=False)
    HealthWorkerFactory(employee_number="S1", facility=org_tree["health_post"], cadre=nurse_cadre)

    body = TokenClient(issue_token(user=ministry_user, name="BI", scope="read")[1]).get(URL, query).json()

    assert [item["employee_number"] for item in body["items"]] == numbers


def test_reading_the_roster_is_scoped_like_the_dashboard(org_tree, nurse_cadre, tashkent_supervisor, learner):
    HealthWorkerFactory(employee_number="S1", facility=org_tree["health_post"], cadre=nurse_cadre)
    supervisor = TokenClient(issue_token(user=tashkent_supervisor, name="HR", scope="read")[1])
    session = Client()
    session.force_login(learner)

    assert supervisor.get(URL, {"org_unit": "1718"}).status_code == 404
    assert supervisor.get(URL, {"employee_number": "S1"}).json()["count"] == 0
    assert supervisor.get(URL, {"cadre": "0000"}).status_code == 400
    assert session.get(URL).status_code == 403
    assert Client().get(URL).status_code == 401


def test_a_misspelt_field_is_refused_rather_than_ignored(org_tree, nurse_cadre, karimova, ministry_user):
    response = post(writer(ministry_user), worker("E1", name="Karimova D.", positon="Hamshira"))

    assert response.status_code == 422
    assert [error["location"] for error in response.json()["errors"]] == ["body.payload.workers.0.positon"]
    karimova.refresh_from_db()
    assert karimova.position == "Hamshira"


@pytest.mark.parametrize("text", ["E\\u0000", "\\ud800"], ids=["nul", "lone-surrogate"])
def test_text_no_database_can_store_is_refused_not_a_500(org_tree, nurse_cadre, ministry_user, text):
    body = '{"workers": [{"employee_number": "%s", "full_name": "A", "facility_code": "F-1726-001", "cadre": "2221"}]}'

    response = writer(ministry_user).post(URL, body % text, content_type="application/json")

    assert response.status_code in (400, 422)  # NUL: refused for every API request; a lone surrogate: by the schema
    assert not HealthWorker.objects.exists()
