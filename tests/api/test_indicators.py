"""GET /api/v1/indicators/: the dashboard's figures for the same unit and filters, scoped as the dashboard is."""

from datetime import datetime
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from api.models import ApiToken
from api.services import issue_token
from reports import summaries
from tests.api.conftest import TokenClient
from tests.factories import UserFactory
from tests.reports.test_indicators import NOW, Country
from workforce.roles import Role
from workforce.services import grant_role

URL = "/api/v1/indicators/"
FIGURES = ("workers", "with_account", "assigned", "enrolled", "completed", "trained", "coverage_percent", "overdue",
           "expiring_30", "expiring_90", "completions", "cpd_hours", "cpd_hours_per_worker", "mean_knowledge_gain")  # fmt: skip


@pytest.fixture
def country(org_tree):
    return Country(org_tree)


@pytest.fixture(params=["live", "summaries"])
def source(request, country):
    """Each figure is compared counted live and as read from the summaries Celery rebuilds."""
    if request.param == "summaries":
        assert summaries.refresh_summaries(now=NOW) is not None
    return request.param


@pytest.fixture
def samarkand_supervisor(org_tree):
    return grant_role(user=UserFactory(email="samarkand@example.test"), role=Role.SUPERVISOR,
                      org_unit=org_tree["samarkand"])  # fmt: skip


def reader(user) -> TokenClient:
    """A client with a read-only token of this (staff) user: reading is all the indicators need."""
    return TokenClient(issue_token(user=user, name="BI", scope=ApiToken.Scope.READ)[1])


def as_numbers(figures) -> dict:
    """The API's figures (decimals as JSON strings) or a dashboard's Counters, as comparable numbers."""
    if isinstance(figures, dict):
        values = {name: figures[name] for name in FIGURES}
    else:
        values = {name: getattr(figures, name) for name in FIGURES}
    return {name: None if value is None else Decimal(str(value)) for name, value in values.items()}


def moment(text: str | None) -> datetime | None:
    """A datetime as the API writes it: ISO 8601 to the millisecond."""
    return datetime.fromisoformat(text.replace("Z", "+00:00")) if text else None


def to_the_millisecond(moment: datetime | None) -> datetime | None:
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000) if moment else None


def test_a_region_for_one_course_has_the_hand_computed_figures(country, source, ministry_user):
    body = reader(ministry_user).get(URL, {"org_unit": "1726", "course": country.hygiene.pk}).json()

    assert body["unit"] == {"id": country.units["tashkent"].pk, "code": "1726", "name": "Tashkent city",
                            "level": "region"}  # fmt: skip
    figures = as_numbers(body["figures"])
    assert (figures["workers"], figures["with_account"], figures["assigned"], figures["enrolled"]) == (5, 5, 4, 4)
    assert (figures["completed"], figures["trained"], figures["expiring_30"], figures["overdue"]) == (3, 1, 1, 1)
    assert (figures["completions"], figures["cpd_hours"], figures["mean_knowledge_gain"]) == (3, 6, 25)
    assert (figures["coverage_percent"], figures["cpd_hours_per_worker"]) == (Decimal("20.0"), Decimal("1.20"))
    assert [child["unit"]["code"] for child in body["children"]] == ["1726269"]
    assert body["children"][0]["figures"]["workers"] == 5


@pytest.mark.parametrize(
    ("unit", "filters"),
    [
        ("country", {}),
        ("country", {"course": "hygiene", "period": "90d"}),
        ("tashkent", {"cadre": "doctor", "course": "hygiene"}),
        ("samarkand", {"course": "ehr", "period": "12m"}),
        ("chilonzor", {"course": "hygiene"}),
        ("hospital", {"cadre": "nurse", "period": "year"}),
    ],
)
def test_the_same_numbers_as_the_dashboard_for_the_same_filters(client, country, source, ministry_user, unit,
                                                                 filters):  # fmt: skip
    course = getattr(country, filters["course"]) if "course" in filters else None
    cadre = getattr(country, filters["cadre"]) if "cadre" in filters else None
    period = filters.get("period", "all")
    client.force_login(ministry_user)
    with translation.override("en"):
        dashboard = client.get(
            reverse("dashboard:unit", args=[country.units[unit].pk]),
            {"course": course.pk if course else "", "cadre": cadre.pk if cadre else "", "period": period},
        ).context

    body = reader(ministry_user).get(URL, {
        "org_unit": country.units[unit].code, "period": period,
        **({"course": course.pk} if course else {}), **({"cadre": cadre.isco_code} if cadre else {}),
    }).json()  # fmt: skip

    assert as_numbers(body["figures"]) == as_numbers(dashboard["figures"])
    assert [(child["unit"]["id"], as_numbers(child["figures"])) for child in body["children"]] == [
        (child.pk, as_numbers(counters)) for child, counters in dashboard["children"]
    ]
    assert moment(body["as_of"]) == to_the_millisecond(dashboard["as_of"])


def test_figures_say_how_fresh_they_are(country, ministry_user):
    refresh = summaries.refresh_summaries(now=NOW)
    client = reader(ministry_user)

    region = client.get(URL, {"org_unit": "1726"}).json()
    facility = client.get(URL, {"org_unit": "F-1726-002"}).json()

    assert moment(region["as_of"]) == to_the_millisecond(refresh.finished_at)
    assert [child["as_of"] is not None for child in region["children"]] == [True], "a district is summarised"
    assert facility["as_of"] is None, "a facility is counted live"
    assert facility["children"] == []


def test_without_a_unit_it_is_the_callers_dashboard_home(country, ministry_user, tashkent_supervisor):
    assert reader(ministry_user).get(URL).json()["unit"]["code"] == "17"
    assert reader(tashkent_supervisor).get(URL).json()["unit"]["code"] == "1726"


@pytest.mark.parametrize(
    ("who", "unit", "expected"),
    [
        ("ministry", "17", 200),
        ("ministry", "1718233", 200),
        ("ministry", "F-1726-002", 200),
        ("tashkent_supervisor", "1726", 200),
        ("tashkent_supervisor", "f-1726-002", 200),
        ("tashkent_supervisor", "17", 404),
        ("tashkent_supervisor", "1718", 404),
        ("tashkent_supervisor", "F-1718-001", 404),
        ("samarkand_supervisor", "1726", 404),
        ("samarkand_supervisor", "1718233", 200),
        ("ministry", "NO-SUCH-UNIT", 404),
    ],
)
def test_scope_matrix(country, request, who, unit, expected):
    users = {"ministry": "ministry_user", "tashkent_supervisor": "tashkent_supervisor",
             "samarkand_supervisor": "samarkand_supervisor"}  # fmt: skip
    response = reader(request.getfixturevalue(users[who])).get(URL, {"org_unit": unit})

    assert response.status_code == expected
    if expected == 404:
        assert response["Content-Type"] == "application/problem+json"


def test_learners_and_anonymous_callers_see_no_indicators(country, learner):
    session = Client()
    session.force_login(learner)

    assert Client().get(URL).status_code == 401
    assert session.get(URL).status_code == 404
    assert session.get(URL, {"org_unit": "1726"}).status_code == 404


@pytest.mark.parametrize(
    ("query", "status", "words"),
    [
        ({"cadre": "9999"}, 400, "9999"),
        ({"course": 999999}, 400, "999999"),
        ({"course": "hygiene"}, 422, "course"),
        ({"period": "week"}, 422, "period"),
    ],
)
def test_unknown_filters_are_a_problem_that_says_which(country, ministry_user, query, status, words):
    response = reader(ministry_user).get(URL, query)

    assert response.status_code == status
    assert response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert words in body["detail"] + " ".join(error["location"] for error in body.get("errors", []))
