"""A fresh installation gets its locales, home pages and site once, and keeps editors' changes."""

from django.core.management import call_command
from wagtail.models import Locale, Page, Site

from lms.models import HomePage


def test_setup_site_creates_a_home_page_per_language_and_replaces_the_placeholder(db):
    call_command("setup_site")
    call_command("setup_site")

    assert sorted(Locale.objects.values_list("language_code", flat=True)) == ["en", "ru", "uz"]
    assert sorted(HomePage.objects.values_list("locale__language_code", flat=True)) == ["en", "ru", "uz"]
    assert not Page.objects.filter(title__startswith="Welcome to your new Wagtail site").exists()
    assert Site.objects.get(is_default_site=True).root_page.specific.locale.language_code == "uz"


def test_setup_site_keeps_what_editors_changed(db):
    call_command("setup_site")
    home = HomePage.objects.get(locale__language_code="ru")
    home.title = "Добро пожаловать"
    home.save_revision().publish()

    call_command("setup_site")

    assert HomePage.objects.get(locale__language_code="ru").title == "Добро пожаловать"


def test_home_page_can_only_sit_at_the_top_of_the_tree(db):
    assert HomePage.parent_page_types == ["wagtailcore.Page"]
    assert not HomePage.can_create_at(HomePage())
