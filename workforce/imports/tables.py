"""What an import reads a file as: a table whose headings name the fields of the import, and rows of text.

The columns of each kind of import (roster, facility list) are named by
English, Russian or Uzbek headings; case, apostrophes, punctuation and spacing
do not matter. `ImportFileError` is the refusal of a file that cannot be
imported at all, wherever it is found.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple

from django.conf import settings
from django.utils import translation
from django.utils.functional import Promise
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

APOSTROPHES = str.maketrans({"ʻ": "'", "ʼ": "'", "‘": "'", "’": "'", "`": "'", "ё": "е"})
HEADING_PUNCTUATION = re.compile(r"[\s_\-./(),:№#*]+")


class ImportFileError(Exception):
    """A file that cannot be imported at all; the message is meant for the person who uploaded it."""


def normalise_heading(heading: str) -> str:
    """`" Employee_No. "` → `"employee no"`: case, apostrophes, punctuation and spacing do not matter."""
    text = str(heading).replace("\ufeff", "").casefold().translate(APOSTROPHES)
    return HEADING_PUNCTUATION.sub(" ", text).strip()


@dataclass(frozen=True)
class Column:
    """A field of an import and the headings (English, Russian, Uzbek) that name it in a file."""

    field: str
    label: Promise
    aliases: tuple[str, ...]
    required: bool = True


ROSTER_COLUMNS = (
    Column(
        "employee_number",
        gettext_lazy("employee number"),
        ("employee number", "employee no", "employee id", "employee", "табельный номер", "табельный",
         "таб номер", "табельный №", "номер сотрудника", "tabel raqami", "tabel raqam", "xodim raqami"),
    ),
    Column(
        "full_name",
        gettext_lazy("full name"),
        ("full name", "name", "фио", "ф и о", "полное имя", "имя", "familiya ism sharif", "f i sh", "fish",
         "to'liq ism", "ism familiya"),
    ),
    Column(
        "facility_code",
        gettext_lazy("facility code"),
        ("facility code", "facility", "код учреждения", "код организации", "учреждение", "код мо",
         "muassasa kodi", "muassasa"),
    ),
    Column(
        "cadre_code",
        gettext_lazy("cadre"),
        ("cadre", "cadre code", "isco", "isco code", "isco 08", "isco 08 code", "кадр", "код кадра", "код isco",
         "isco код", "kadr", "kadr kodi", "isco kodi"),
    ),
    Column("position", gettext_lazy("position"), ("position", "job title", "должность", "lavozim", "lavozimi"), False),
    Column(
        "email",
        gettext_lazy("email"),
        ("email", "e mail", "email address", "электронная почта", "эл почта", "почта", "e почта",
         "elektron pochta", "pochta"),
        False,
    ),
    Column("active", gettext_lazy("active"), ("active", "is active", "активен", "активный", "работает", "faol"), False),
)  # fmt: skip

FACILITY_COLUMNS = (
    Column("code", gettext_lazy("code"), ("code", "unit code", "facility code", "код", "kod", "kodi")),
    Column("name", gettext_lazy("name"), ("name", "название", "наименование", "nomi", "nom"), False),
    Column(
        "name_uz",
        gettext_lazy("name (Uzbek)"),
        ("name uz", "name uzbek", "название узб", "название uz", "наименование uz", "nomi uz", "nomi o'zbekcha"),
        False,
    ),
    Column(
        "name_ru",
        gettext_lazy("name (Russian)"),
        ("name ru", "name russian", "название рус", "название ru", "наименование ru", "nomi ru", "nomi ruscha"),
        False,
    ),
    Column(
        "name_en",
        gettext_lazy("name (English)"),
        ("name en", "name english", "название англ", "название en", "наименование en", "nomi en",
         "nomi inglizcha"),
        False,
    ),
    Column("type", gettext_lazy("type"), ("type", "facility type", "unit type", "level", "тип", "уровень", "turi")),
    Column(
        "parent_code",
        gettext_lazy("parent code"),
        ("parent code", "parent", "код родителя", "родитель", "код вышестоящего", "вышестоящий",
         "yuqori kod", "yuqori tashkilot kodi", "ota kod"),
    ),
)  # fmt: skip

NAME_FIELDS = ("name", "name_uz", "name_ru", "name_en")


def columns_for(kind: str) -> tuple[Column, ...]:
    return FACILITY_COLUMNS if kind == "facilities" else ROSTER_COLUMNS


def template_headings(kind: str) -> list[str]:
    """The headings of an empty template for this kind of import, in the active language."""
    columns = columns_for(kind)
    if kind == "facilities":
        columns = [column for column in columns if column.field != "name"]
    return [capfirst(str(column.label)) for column in columns]


def _names_of(column: Column) -> list[str]:
    """The headings that name a column: its aliases and its label in every language (a template reads back)."""
    labels = []
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            labels.append(str(column.label))
    return [*column.aliases, *labels]


class Row(NamedTuple):
    """A data row: its number as a spreadsheet shows it (the headings are row 1) and its values by field."""

    number: int
    values: dict[str, str]


@dataclass
class Table:
    """An opened file: which field each heading names, and the data rows, read lazily."""

    format: str
    headings: dict[str, str]
    rows: Iterator[Row]
    estimated_rows: int


def match_headings(headings: list[str], kind: str) -> dict[str, int]:
    """Which column (by position) holds each field; other columns are ignored, missing or doubled ones refused."""
    wanted = {normalise_heading(name): column for column in columns_for(kind) for name in _names_of(column)}
    found: dict[str, int] = {}
    for position, heading in enumerate(headings):
        column = wanted.get(normalise_heading(heading)) if heading else None
        if column is None:
            continue
        if column.field in found:
            raise ImportFileError(
                _("Two columns are both read as “%(column)s”: “%(first)s” and “%(second)s”. Keep one.")
                % {"column": column.label, "first": headings[found[column.field]], "second": heading}
            )
        found[column.field] = position
    missing = [str(column.label) for column in columns_for(kind) if column.required and column.field not in found]
    if kind == "facilities" and not any(field in found for field in NAME_FIELDS):
        missing.append(f"{_('name')} / {_('name (Uzbek)')}")
    if missing:
        shown = ", ".join(f"“{heading}”" for heading in headings if heading) or "—"
        raise ImportFileError(
            _("The file lacks the columns %(missing)s. Its first row holds %(found)s.")
            % {"missing": ", ".join(f"“{label}”" for label in missing), "found": shown}
        )
    return found


def _cell_text(value) -> str:
    """A cell as text: `12345.0` → `"12345"`, dates as ISO dates, surrounding spaces removed."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _rows(raw_rows: Iterator[tuple[int, list]], positions: dict[str, int]) -> Iterator[Row]:
    fields = list(positions.items())
    for number, raw in raw_rows:
        width = len(raw)
        values = {field: _cell_text(raw[position]) if position < width else "" for field, position in fields}
        if any(values.values()):
            yield Row(number, values)


def _first_row(raw_rows: Iterator[tuple[int, list]]) -> list[str]:
    """The headings: the first row with any text in it."""
    for _number, raw in raw_rows:
        headings = [_cell_text(value) for value in raw]
        if any(headings):
            return headings
    raise ImportFileError(_("The file has no rows."))


def build_table(format: str, raw_rows, kind: str, estimated_rows: int) -> Table:
    """The table of a file's raw rows: the first row with text holds the headings, matched to the import's fields."""
    headings = _first_row(raw_rows)
    positions = match_headings(headings, kind)
    return Table(
        format=format,
        headings={field: headings[position] for field, position in positions.items()},
        rows=_rows(raw_rows, positions),
        estimated_rows=estimated_rows,
    )
