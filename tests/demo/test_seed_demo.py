"""`manage.py seed_demo`: demo data that can be loaded again and again, and logins that work."""

from io import StringIO

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from assessments.models import LearningOutcome
from certificates.models import Certificate
from courses.models import Enrolment, LessonProgress
from demo.accounts import DEMO_ACCOUNTS, DEMO_PASSWORD
from demo.history import EMAIL_DOMAIN
from demo.workforce import WORKER_COUNT, roster_entries
from workforce.models import Cadre, HealthWorker, OrgUnit
from workforce.selectors import visible_org_units

DEMO_EMAILS = [account.email for account in DEMO_ACCOUNTS]


def seed_demo(**options) -> str:
    out = StringIO()
    call_command("seed_demo", stdout=out, **options)
    return out.getvalue()


def counts() -> dict[str, int]:
    User = get_user_model()
    return {
        "org units": OrgUnit.objects.count(),
        "cadres": Cadre.objects.count(),
        "health workers": HealthWorker.objects.count(),
        "users": User.objects.count(),
        "e-mail addresses": EmailAddress.objects.count(),
        "group memberships": User.groups.through.objects.count(),
        "roster accounts": HealthWorker.objects.filter(user__email__endswith=f"@{EMAIL_DOMAIN}").count(),
        "enrolments": Enrolment.objects.count(),
        "lesson progress": LessonProgress.objects.count(),
        "certificates": Certificate.objects.count(),
        "learning outcomes": LearningOutcome.objects.count(),
    }


@pytest.fixture
def seeded(db, demo_seed, settings):
    # pytest-django runs tests with DEBUG off; the command is meant for DEBUG on.
    settings.DEBUG = True
    return demo_seed


def test_seed_demo_twice_gives_the_same_counts(seeded):
    first = counts()

    output = seed_demo()

    assert counts() == first
    assert first["cadres"] == 11
    assert first["health workers"] == WORKER_COUNT
    assert first["users"] == len(DEMO_ACCOUNTS) + first["roster accounts"]
    assert first["e-mail addresses"] == first["users"]
    assert first["roster accounts"] > WORKER_COUNT / 2
    assert first["enrolments"] > first["certificates"] > 0
    assert first["lesson progress"] > first["enrolments"]
    assert first["learning outcomes"] > 0
    assert "(0 new)" in output


def test_seed_demo_restores_changed_demo_data_on_a_second_run(seeded):
    OrgUnit.objects.filter(code="1730").update(name_uz="Fargona")
    HealthWorker.objects.filter(employee_number="UZ-000002").update(position="Changed")

    seed_demo()

    assert OrgUnit.objects.get(code="1730").name_uz == "Fargʻona viloyati"
    expected = next(entry for entry in roster_entries() if entry["employee_number"] == "UZ-000002")
    assert HealthWorker.objects.get(employee_number="UZ-000002").position == expected["position"]


def test_seed_demo_puts_fourteen_first_level_units_under_the_country(seeded):
    country = OrgUnit.objects.get(code="17")

    regions = country.get_children()

    assert regions.count() == 14
    assert set(regions.values_list("level", flat=True)) == {OrgUnit.Level.REGION}
    assert OrgUnit.objects.get(code="1726").name_ru == "город Ташкент"


def test_seed_demo_places_every_facility_under_a_district(seeded):
    facilities = OrgUnit.objects.filter(level=OrgUnit.Level.FACILITY)

    assert facilities.count() >= 12
    for facility in facilities:
        assert facility.get_parent().level == OrgUnit.Level.DISTRICT
        assert facility.facility_type


def test_roster_entries_are_the_same_on_every_call():
    entries = roster_entries()

    assert entries == roster_entries()
    assert len({entry["employee_number"] for entry in entries}) == WORKER_COUNT
    assert not all(entry["is_active"] for entry in entries)


def test_demo_supervisor_sees_exactly_tashkent_city(seeded):
    supervisor = get_user_model().objects.get(email="supervisor@demo.test")
    tashkent = OrgUnit.objects.get(code="1726")
    subtree = {tashkent.pk, *tashkent.get_descendants().values_list("pk", flat=True)}

    assert set(visible_org_units(supervisor).values_list("pk", flat=True)) == subtree


def test_demo_learner_is_linked_to_a_tashkent_roster_entry(seeded):
    learner = get_user_model().objects.get(email="learner@demo.test")
    tashkent = OrgUnit.objects.get(code="1726")

    worker = learner.health_worker

    assert worker.account_link == HealthWorker.AccountLink.STAFF
    assert worker.facility.path.startswith(tashkent.path)
    assert not learner.is_staff


@pytest.mark.parametrize("email", DEMO_EMAILS)
def test_demo_account_can_log_in(seeded, client, email):
    response = client.post(reverse("account_login"), {"login": email, "password": DEMO_PASSWORD})

    assert response.status_code == 302
    assert "confirm-email" not in response.url
    assert client.session["_auth_user_id"] == str(get_user_model().objects.get(email=email).pk)


def test_seed_demo_sums_up_the_training_history(seeded):
    accounts = get_user_model().objects.filter(email__endswith=f"@{EMAIL_DOMAIN}").count()

    assert (
        f"Training history: {accounts} accounts, {Enrolment.objects.count()} enrolments, "
        f"{Certificate.objects.count()} certificates"
    ) in seeded


def test_seed_demo_lists_every_demo_login(seeded):
    for email in DEMO_EMAILS:
        assert email in seeded
    assert DEMO_PASSWORD in seeded


def test_seed_demo_refuses_without_force_when_debug_is_off(seeded, settings):
    learner = get_user_model().objects.get(email="learner@demo.test")
    learner.set_password("Changed-by-the-owner-1")
    learner.save()
    settings.DEBUG = False

    with pytest.raises(CommandError, match="--force"):
        seed_demo()

    learner.refresh_from_db()
    assert learner.check_password("Changed-by-the-owner-1"), "nothing was reset"


def test_seed_demo_runs_with_force_when_debug_is_off(db, settings):
    settings.DEBUG = False

    seed_demo(force=True)

    assert get_user_model().objects.filter(email__in=DEMO_EMAILS).count() == len(DEMO_EMAILS)
