"""Exported files: fractions in the style of the language (CSV) or as numbers (XLSX), dates said to be ISO."""

import csv
import io
import re

import pytest
from django.urls import reverse
from django.utils import translation
from openpyxl import load_workbook

from tests.reports.test_indicators import Country

DECIMAL_SIGN = {"uz": ",", "ru": ",", "en": "."}
FRACTION = re.compile(r"^-?\d+([.,])\d+$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DATE_FORMAT_IN_HEADING = re.compile(r"\(\w{4}-\w{2}-\w{2}\)")


@pytest.fixture
def country(org_tree):
    return Country(org_tree)


def exported(client, unit, table: str, file_format: str, language: str, query: dict):
    with translation.override(language):
        url = reverse("dashboard:export", args=[unit.pk, table, file_format])
    content = b"".join(client.get(url, query).streaming_content)
    if file_format == "csv":
        return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    return [list(row) for row in load_workbook(io.BytesIO(content), read_only=True).active.iter_rows(values_only=True)]


@pytest.mark.parametrize("language", ["uz", "ru", "en"])
def test_csv_exports_write_fractions_as_the_language_does_and_xlsx_keeps_numbers(
    client, country, ministry_user, language
):
    client.force_login(ministry_user)
    query = {"course": country.hygiene.pk}

    rows = exported(client, country.units["tashkent"], "units", "csv", language, query)
    cells = exported(client, country.units["tashkent"], "units", "xlsx", language, query)

    signs = {match.group(1) for row in rows[1:] for cell in row if (match := FRACTION.match(cell))}
    assert signs == {DECIMAL_SIGN[language]}
    assert all(isinstance(cell, int | float) for row in cells[1:] for cell in row[2:] if cell not in (None, ""))


@pytest.mark.parametrize("language", ["uz", "ru", "en"])
@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_exported_date_columns_say_their_format_in_the_heading(client, country, ministry_user, language, file_format):
    client.force_login(ministry_user)
    query = {"course": country.hygiene.pk}

    rows = exported(client, country.units["country"], "workers", file_format, language, query)

    date_columns = {index for row in rows[1:] for index, cell in enumerate(row) if ISO_DATE.match(str(cell or ""))}
    assert date_columns
    assert all(DATE_FORMAT_IN_HEADING.search(rows[0][index]) for index in date_columns), rows[0]
