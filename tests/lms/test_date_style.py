"""Each language writes the same kind of date one way everywhere; Uzbek writes month names in lower case."""

import datetime
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format

from api.models import ApiToken
from api.services import issue_token
from tests.factories import UserFactory
from workforce.roles import Role
from workforce.services import grant_role

# Format letters that spell a name (month, weekday, a.m./p.m.): a template spelling its own pattern with them
# would show that kind of date differently from every other place.
NAMED_LETTERS = set("FENbMlDaAP")
LITERAL_PATTERN = re.compile(r"""\|date:["']([^"']+)["']""")
FORMAT_NAME = re.compile(r"^[A-Z_]+_FORMAT$")
DECEMBER_THIRD = datetime.datetime(2026, 12, 3, 14, 5)


@pytest.mark.parametrize(
    ("language", "kind", "expected"),
    [
        ("uz", "DATE_FORMAT", "3-dekabr, 2026-yil"),
        ("uz", "DATETIME_FORMAT", "3-dekabr, 2026-yil, 14:05"),
        ("uz", "YEAR_MONTH_FORMAT", "2026-yil dekabr"),
        ("ru", "DATE_FORMAT", "3 декабря 2026"),
        ("ru", "DATETIME_FORMAT", "3 декабря 2026, 14:05"),
        ("en", "DATE_FORMAT", "3 December 2026"),
        ("en", "DATETIME_FORMAT", "3 December 2026, 14:05"),
    ],
)
def test_each_language_has_one_style_per_kind_of_date(language, kind, expected):
    with translation.override(language):
        assert date_format(DECEMBER_THIRD, kind) == expected


@pytest.mark.parametrize("month", range(1, 13))
def test_uzbek_month_and_weekday_names_are_in_lower_case(month):
    day = datetime.date(2026, month, 1)
    with translation.override("uz"):
        names = [date_format(day, letter) for letter in ("F", "E", "N", "l", "D")]

    assert all(name == name.lower() for name in names), names


def test_templates_name_their_date_formats_instead_of_spelling_them():
    spelled = [
        f"{path.relative_to(settings.BASE_DIR)}: {pattern}"
        for path in Path(settings.BASE_DIR, "templates").rglob("*.*")
        for pattern in LITERAL_PATTERN.findall(path.read_text(encoding="utf-8"))
        if not FORMAT_NAME.match(pattern) and NAMED_LETTERS & set(pattern)
    ]

    assert not spelled, "use DATE_FORMAT, DATETIME_FORMAT, YEAR_MONTH_FORMAT… (lms/formats): " + ", ".join(spelled)


def test_a_page_shows_uzbek_dates_in_the_uzbek_style(client, db):
    trainer = grant_role(user=UserFactory(), role=Role.TRAINER)
    issue_token(user=trainer, name="HR system", scope=ApiToken.Scope.READ)
    client.force_login(trainer)

    with translation.override("uz"):
        page = client.get(reverse("api:tokens")).content.decode()

    assert re.search(r"\b\d{1,2}-[a-z]+, \d{4}-yil, \d\d:\d\d\b", page), "no date in the Uzbek style on the tokens page"
