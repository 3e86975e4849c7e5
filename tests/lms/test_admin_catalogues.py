"""The Wagtail admin speaks Uzbek and Russian completely: every string of Wagtail's apps, Python and JavaScript."""

import json

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from lms import wagtail_catalogues
from tests.factories import UserFactory
from workforce.roles import Role
from workforce.services import grant_role


@pytest.mark.parametrize("language", ["uz", "ru"])
def test_every_wagtail_string_has_a_translation(language):
    gaps = wagtail_catalogues.gaps(language)

    assert not gaps, (
        f"{len(gaps)} Wagtail strings would show in English in the {language} admin, first: {gaps[0]}; "
        "run `manage.py update_wagtail_catalogues` and translate lms/wagtail_locale/"
    )


def test_the_uzbek_catalogue_covers_every_app_that_the_admin_shows():
    covered = {entry for entry in wagtail_catalogues.source_entries("django")}

    for app in ("admin", "snippets", "images", "documents", "users", "contrib/simple_translation", "locales"):
        path = wagtail_catalogues.WAGTAIL_ROOT / app / "locale" / "en" / "LC_MESSAGES" / "django.po"
        assert path.exists(), path
    assert ((None, "Pages")) in covered
    assert len(covered) > 1500


@pytest.mark.parametrize(
    ("language", "english", "expected"),
    [("uz", "Pages", "Sahifalar"), ("ru", "Pages", "Страницы")],
)
def test_our_catalogue_wins_over_the_apps(language, english, expected):
    with translation.override(language):
        assert gettext(english) == expected


def test_a_wagtail_string_missing_from_the_russian_app_is_translated_by_ours():
    # Wagtail's own Russian leaves "View latest version" in English.
    with translation.override("ru"):
        assert gettext("View latest version") != "View latest version"


@pytest.mark.parametrize("language", ["uz", "ru"])
def test_the_admin_javascript_speaks_the_accounts_language(client, db, language):
    trainer = grant_role(user=UserFactory(preferred_language=language), role=Role.TRAINER)
    client.force_login(trainer)

    script = client.get(reverse("wagtailadmin_javascript_catalog")).content.decode()

    catalogue = json.loads(script.split("const newcatalog = ")[1].split(";\n")[0])
    missing = [msgid for (_, msgid) in wagtail_catalogues.source_entries("djangojs") if not catalogue.get(msgid)]
    assert not missing, f"{len(missing)} of the admin's JavaScript strings are not translated, first: {missing[0]}"
