"""The interface speaks Uzbek, Russian and English, completely."""

import gettext as gnu_gettext
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext

from lms.services import ensure_site_structure
from tests.conftest import needs_service

CATALOGUES = [
    *sorted(Path(settings.BASE_DIR, "locale").glob("*/LC_MESSAGES/django.po")),
    *sorted(Path(settings.BASE_DIR, "lms", "locale").glob("*/LC_MESSAGES/django.po")),
    *sorted(Path(settings.BASE_DIR, "lms", "wagtail_locale").glob("*/LC_MESSAGES/*.po")),
]
UI_STRINGS = ["Skip to main content", "Sign in", "Health workers", "Trainers"]


@pytest.fixture
def site(db):
    return ensure_site_structure()


@pytest.mark.parametrize("language", ["uz", "ru", "en"])
def test_home_page_renders_in_each_language_with_translated_interface(client, site, language):
    response = client.get(f"/{language}/")

    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    with translation.override(language):
        for text in UI_STRINGS:
            translated = gettext(text)
            if language != "en":
                assert translated != text, f"{text!r} is not translated into {language}"
            assert translated in html


@pytest.mark.parametrize("language", ["uz", "ru"])
def test_home_page_content_is_in_the_pages_own_language(client, site, language):
    from lms.services import HOME_PAGE_TEXT

    response = client.get(f"/{language}/")

    assert HOME_PAGE_TEXT[language]["title"] in response.content.decode()


def test_language_switcher_leads_to_the_same_page_in_each_language(client, site):
    html = client.get("/en/").content.decode()

    for language in ("uz", "ru", "en"):
        assert f'/i18n/{language}/?next=/{language}/"' in html.replace("%2F", "/")


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda path: str(path.relative_to(settings.BASE_DIR)))
def test_every_catalogue_entry_is_translated(catalogue):
    text = catalogue.read_text(encoding="utf-8")
    entries = text.split("\n\n")[1:]
    untranslated = [
        entry for entry in entries if re.search(r'^msgstr(\[\d\])? ""\n(?!")', entry + "\n", re.M) and "msgid" in entry
    ]
    fuzzy = [entry for entry in entries if "#, fuzzy" in entry]

    assert not untranslated, f"{len(untranslated)} untranslated entries, first:\n{untranslated[0]}"
    assert not fuzzy, f"{len(fuzzy)} fuzzy entries, first:\n{fuzzy[0]}"


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda path: str(path.relative_to(settings.BASE_DIR)))
def test_compiled_catalogues_match_their_sources(catalogue, tmp_path):
    if shutil.which("msgfmt") is None:
        needs_service("needs gettext's msgfmt (apt-get install gettext)")
    fresh = tmp_path / "fresh.mo"
    subprocess.run(["msgfmt", "--check", "-o", fresh, catalogue], check=True)

    with fresh.open("rb") as compiled_now, catalogue.with_suffix(".mo").open("rb") as committed:
        assert gnu_gettext.GNUTranslations(committed)._catalog == gnu_gettext.GNUTranslations(compiled_now)._catalog, (
            f"{catalogue.with_suffix('.mo')} is stale: run make messages"
        )


@pytest.mark.parametrize("language", ["uz", "ru", "en"])
def test_page_not_found_is_friendly_in_each_language(client, site, language):
    response = client.get(f"/{language}/no-such-page/")

    assert response.status_code == 404
    with translation.override(language):
        assert gettext("Page not found") in response.content.decode()
