"""Staff in the Wagtail admin: their account page saves, the admin speaks their language, and pages exist only
once a trainer saves them."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Page
from wagtail.users.models import UserProfile

from courses.authoring import ensure_authoring_setup
from courses.models import CourseCatalogPage
from lms.services import ensure_site_structure
from tests.factories import UserFactory
from workforce.roles import Role
from workforce.services import grant_role


@pytest.fixture
def trainer(db):
    ensure_site_structure()
    ensure_authoring_setup()
    return grant_role(
        user=UserFactory(email="trainer@example.test", full_name="Karimova Dilnoza", preferred_language="uz"),
        role=Role.TRAINER,
    )


def account_form(user, **changes):
    """What the account page posts when its owner presses Save without touching anything else."""
    return {
        "name_email-full_name": user.full_name,
        "name_email-email": user.email,
        "locale-preferred_language": "",
        "locale-current_time_zone": "",
        "theme-theme": "system",
        "theme-contrast": "system",
        "theme-density": "default",
        **changes,
    }


def admin_language(client, **headers) -> str:
    html = client.get(reverse("wagtailadmin_home"), headers=headers).content.decode()
    return BeautifulSoup(html, "html.parser").html["lang"]


def test_account_page_asks_for_one_full_name_not_first_and_last_names(client, trainer):
    client.force_login(trainer)

    soup = BeautifulSoup(client.get(reverse("wagtailadmin_account")).content, "html.parser")

    assert soup.select_one("input[name='name_email-full_name']")["value"] == "Karimova Dilnoza"
    assert soup.select_one("input[name='name_email-first_name']") is None
    assert soup.select_one("input[name='name_email-last_name']") is None


def test_account_page_saves_the_full_name_and_the_admin_language(client, trainer):
    client.force_login(trainer)

    response = client.post(
        reverse("wagtailadmin_account"),
        account_form(
            trainer, **{"name_email-full_name": "Karimova Dilnoza Rustamovna", "locale-preferred_language": "ru"}
        ),
    )

    assert response.status_code == 302
    trainer.refresh_from_db()
    assert trainer.full_name == "Karimova Dilnoza Rustamovna"
    assert UserProfile.get_for_user(trainer).preferred_language == "ru"
    assert admin_language(client) == "ru"


def test_account_page_refuses_an_empty_full_name(client, trainer):
    client.force_login(trainer)

    response = client.post(reverse("wagtailadmin_account"), account_form(trainer, **{"name_email-full_name": ""}))

    assert response.status_code == 200
    trainer.refresh_from_db()
    assert trainer.full_name == "Karimova Dilnoza"


def test_admin_offers_uzbek_russian_and_english_by_their_own_names(client, trainer):
    client.force_login(trainer)

    soup = BeautifulSoup(client.get(reverse("wagtailadmin_account")).content, "html.parser")

    options = soup.select("select[name='locale-preferred_language'] option")
    assert [(option["value"], option.text) for option in options[1:]] == [
        ("uz", "Oʻzbekcha"),
        ("ru", "Русский"),
        ("en", "English"),
    ]
    assert options[0]["value"] == ""
    assert "Oʻzbekcha" in options[0].text


def test_admin_opens_in_the_accounts_language_whatever_the_browser_asks_for(client, trainer):
    client.force_login(trainer)

    assert admin_language(client, accept_language="ru") == "uz"


def test_an_admin_language_chosen_on_the_account_page_wins_over_the_accounts_language(client, trainer):
    profile = UserProfile.get_for_user(trainer)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(trainer)

    assert admin_language(client) == "en"


def test_new_page_editor_does_not_autosave_before_the_first_explicit_save(client, trainer):
    catalogue = CourseCatalogPage.objects.get(locale__language_code="uz")
    client.force_login(trainer)
    pages_before = Page.objects.count()

    response = client.get(reverse("wagtailadmin_pages:add", args=["courses", "coursepage", catalogue.pk]))

    form = BeautifulSoup(response.content, "html.parser").select_one("form[data-edit-form]")
    assert response.status_code == 200
    assert "w-autosave" not in form["data-controller"].split()
    assert "w-autosave" not in form.get("data-action", "")
    assert form.get("data-w-autosave-interval-value") is None
    assert Page.objects.count() == pages_before
