"""The dashboard through real HTTP requests: who sees what, drill-down, exports and the supervisor's actions."""

import csv
import io
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation
from openpyxl import load_workbook

from courses.models import Assignment
from reports import summaries
from tests.factories import UserFactory
from tests.reports.test_indicators import Country
from workforce.roles import Role
from workforce.services import grant_role


@pytest.fixture
def country(org_tree):
    return Country(org_tree)


@pytest.fixture
def samarkand_supervisor(org_tree):
    user = UserFactory(email="samarkand@example.test")
    return grant_role(user=user, role=Role.SUPERVISOR, org_unit=org_tree["samarkand"])


def dashboard_urls(unit) -> list[str]:
    return [
        reverse("dashboard:unit", args=[unit.pk]),
        reverse("dashboard:workers", args=[unit.pk]),
        reverse("dashboard:export", args=[unit.pk, "units", "csv"]),
        reverse("dashboard:export", args=[unit.pk, "units", "xlsx"]),
        reverse("dashboard:export", args=[unit.pk, "workers", "csv"]),
        reverse("dashboard:export", args=[unit.pk, "workers", "xlsx"]),
        reverse("dashboard:certificates_zip", args=[unit.pk]),
    ]


@pytest.mark.parametrize(
    ("who", "unit", "expected"),
    [
        ("ministry", "country", 200),
        ("ministry", "samarkand", 200),
        ("ministry", "hospital", 200),
        ("tashkent_supervisor", "tashkent", 200),
        ("tashkent_supervisor", "hospital", 200),
        ("tashkent_supervisor", "country", 404),
        ("tashkent_supervisor", "samarkand", 404),
        ("tashkent_supervisor", "health_post", 404),
        ("samarkand_supervisor", "tashkent", 404),
        ("samarkand_supervisor", "urgut", 200),
        ("learner", "tashkent", 404),
        ("learner", "polyclinic", 404),
    ],
)
def test_scope_matrix(client, country, request, who, unit, expected):
    users = {
        "ministry": "ministry_user",
        "tashkent_supervisor": "tashkent_supervisor",
        "samarkand_supervisor": "samarkand_supervisor",
        "learner": "learner",
    }
    client.force_login(request.getfixturevalue(users[who]))

    for url in dashboard_urls(country.units[unit]):
        status = client.get(url).status_code
        if url.endswith("certificates.zip") and expected == 200:
            assert status in (200, 302), url  # 302 back to the dashboard when there is nothing to download
        else:
            assert status == expected, url
    for url in (reverse("dashboard:assign", args=[country.units[unit].pk]),):
        assert (client.post(url).status_code == 404) == (expected == 404)


def test_anonymous_visitors_are_sent_to_sign_in(client, country):
    response = client.get(reverse("dashboard:unit", args=[country.units["country"].pk]))

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_each_user_starts_at_their_own_unit(client, country, ministry_user, tashkent_supervisor, learner):
    client.force_login(ministry_user)
    assert client.get(reverse("dashboard:home"))["Location"].endswith(f"/units/{country.units['country'].pk}/")
    client.force_login(tashkent_supervisor)
    assert client.get(reverse("dashboard:home"))["Location"].endswith(f"/units/{country.units['tashkent'].pk}/")
    client.force_login(learner)
    assert client.get(reverse("dashboard:home")).status_code == 404


@pytest.mark.parametrize("refreshed", [False, True])
def test_the_region_page_shows_its_figures_and_its_districts(client, country, ministry_user, refreshed):
    if refreshed:
        summaries.refresh_summaries()
    client.force_login(ministry_user)

    with translation.override("en"):
        url = reverse("dashboard:unit", args=[country.units["tashkent"].pk])
    response = client.get(url, {"course": country.hygiene.pk})

    assert response.status_code == 200
    figures = response.context["figures"]
    assert (figures.workers, figures.trained, figures.overdue) == (5, 1, 1)
    assert [child.name for child, _counters in response.context["children"]] == ["Chilonzor district"]
    page = response.content.decode()
    assert "20.0" in page
    assert ("Figures as of" in page) == refreshed


def test_drill_down_to_a_facility_lists_who_is_trained_and_who_is_overdue(client, country, ministry_user):
    client.force_login(ministry_user)

    response = client.get(
        reverse("dashboard:workers", args=[country.units["hospital"].pk]), {"course": country.hygiene.pk}
    )

    standings = {row.full_name: row.standing.value for row, _label in response.context["rows"]}
    assert standings == {"w2": "lapsed", "w3": "overdue", "w4": "lapsed"}


def test_bad_filters_get_a_message_and_the_defaults(client, country, ministry_user):
    client.force_login(ministry_user)

    with translation.override("en"):
        url = reverse("dashboard:unit", args=[country.units["tashkent"].pk])
    response = client.get(url, {"course": "abc", "period": "forever"})

    assert response.status_code == 200
    assert response.context["filters"].course_id is None
    assert "not understood" in response.content.decode()


def test_unit_export_as_csv_and_xlsx_holds_the_numbers_on_screen(client, country, ministry_user):
    client.force_login(ministry_user)
    unit = country.units["tashkent"]
    query = {"course": country.hygiene.pk}
    screen = client.get(reverse("dashboard:unit", args=[unit.pk]), query).context["figures"]

    csv_response = client.get(reverse("dashboard:export", args=[unit.pk, "units", "csv"]), query)
    rows = list(csv.reader(io.StringIO(b"".join(csv_response.streaming_content).decode("utf-8-sig"))))
    xlsx_response = client.get(reverse("dashboard:export", args=[unit.pk, "units", "xlsx"]), query)
    sheet = load_workbook(io.BytesIO(b"".join(xlsx_response.streaming_content)), read_only=True).active
    cells = [list(row) for row in sheet.iter_rows(values_only=True)]

    assert rows[1][:3] == [unit.code, unit.name, str(screen.workers)]
    assert float(rows[1][8].replace(",", ".")) == float(screen.coverage_percent)  # "50,0" in Uzbek
    assert cells[1][2] == screen.workers
    assert cells[1][7] == screen.trained
    assert cells[2][1] == "Chilonzor district"


def test_worker_export_streams_every_active_worker(client, country, ministry_user):
    client.force_login(ministry_user)

    response = client.get(reverse("dashboard:export", args=[country.units["country"].pk, "workers", "csv"]))

    assert response.streaming
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert sorted(row[1] for row in rows[1:]) == ["w1", "w2", "w3", "w4", "w5", "w7"]


def test_a_supervisor_assigns_a_course_to_their_unit_and_cadre(client, country, tashkent_supervisor):
    client.force_login(tashkent_supervisor)
    due = (timezone.localdate() + timedelta(days=30)).isoformat()

    response = client.post(
        reverse("dashboard:assign", args=[country.units["chilonzor"].pk]),
        {"course": country.ehr.pk, "cadre": country.doctor.pk, "due_date": due},
    )

    assert response.status_code == 302
    assignment = Assignment.objects.get(course=country.ehr)
    assert assignment.org_unit == country.units["chilonzor"]
    assert list(assignment.cadres.all()) == [country.doctor]


def test_assigning_with_a_past_due_date_is_refused_with_a_message(client, country, tashkent_supervisor):
    client.force_login(tashkent_supervisor)

    with translation.override("en"):
        url = reverse("dashboard:assign", args=[country.units["chilonzor"].pk])
    response = client.post(url, {"course": country.ehr.pk, "due_date": "2001-01-01"}, follow=True)

    assert "past" in response.content.decode()
    assert not Assignment.objects.filter(course=country.ehr).exists()


def test_reminders_go_to_overdue_workers_once_a_day(
    client, country, tashkent_supervisor, django_capture_on_commit_callbacks
):
    client.force_login(tashkent_supervisor)
    url = reverse("dashboard:remind", args=[country.units["tashkent"].pk])
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"course": country.hygiene.pk})
        client.post(url, {"course": country.hygiene.pk})

    assert [message.to for message in mail.outbox] == [["w3@example.test"]]
    assert "overdue" in mail.outbox[0].subject.lower()
