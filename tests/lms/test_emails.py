"""E-mails name the site and link to its configured address, in the language of the reader."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import trans_real

from tests.lms.test_accounts import signup

SITE_URL = "https://malaka.example.uz"
SENTENCE_RUN_ON = re.compile(r"[.!?][»\"”]?[A-ZА-ЯЁ]")


@pytest.mark.parametrize("language", ["uz", "ru", "en"])
def test_signup_verification_email_names_the_site_and_links_to_its_configured_address(
    client, org_tree, nurse_cadre, settings, language
):
    settings.WAGTAILADMIN_BASE_URL = SITE_URL + "/"
    with translation.override(language):
        signup(client, org_tree["polyclinic"], nurse_cadre, language=language)

    body = mail.outbox[0].body
    links = re.findall(r"https?://[^\s]+", body)
    assert settings.WAGTAIL_SITE_NAME in body.split("\n", 1)[0]
    assert links and all(link.startswith(f"{SITE_URL}/{language}/") for link in links), links
    assert " !" not in body


def test_password_reset_email_links_to_the_configured_address(client, learner, settings):
    settings.WAGTAILADMIN_BASE_URL = SITE_URL

    client.post(reverse("account_reset_password"), {"email": learner.email})

    links = re.findall(r"https?://[^\s]+", mail.outbox[0].body)
    assert links and all(link.startswith(SITE_URL + "/") for link in links), links


def test_links_outside_requests_are_built_in_one_place():
    """Only `core.links` reads the site's address: a new e-mail builds its links with `absolute_url`."""
    readers = [
        str(path.relative_to(settings.BASE_DIR))
        for package in Path(settings.BASE_DIR).glob("*/__init__.py")
        if package.parent.name not in ("tests", "bench")
        for path in package.parent.rglob("*.py")
        if "WAGTAILADMIN_BASE_URL" in path.read_text(encoding="utf-8")
    ]

    assert sorted(readers) == ["core/links.py", "lms/settings.py"]


@pytest.mark.parametrize("language", ["uz", "ru"])
def test_no_translated_sentence_runs_into_the_next_without_a_space(language):
    catalogue = trans_real.translation(language)._catalog
    run_on = [
        catalogue[key]  # looked up: the first catalogue that holds a message wins
        for key in catalogue.keys()  # noqa: SIM118 - a TranslationCatalog is not iterable
        if (msgid := key[0] if isinstance(key, tuple) else key)
        and SENTENCE_RUN_ON.search(catalogue[key])
        and not SENTENCE_RUN_ON.search(msgid)
    ]

    assert not run_on, run_on
