"""Files to rows: CSV and XLSX tables with their headings matched to the fields of an import.

CSV may be UTF-8 (with or without a byte-order mark) or Windows-1251, separated by
`;`, `,` or tabs; XLSX is streamed with openpyxl in read-only mode. A file is
refused before it is read whole when it is too large, when its bytes are those of
another kind of file, (CSV) when it is not text in any of those encodings, or
(XLSX) when it would unpack too large or too tightly packed (a zip bomb), when a
cell holds a formula or cells are merged.
"""

import codecs
import csv
import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from itertools import islice
from typing import NamedTuple

import openpyxl
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils import translation
from django.utils.functional import Promise
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from openpyxl.utils.exceptions import InvalidFileException

from spreadsheets import UnsafeWorkbook, check_workbook_archive

SAMPLE_BYTES = 64 * 1024
XML_CHUNK_BYTES = 1024 * 1024

# Signatures of files people upload by mistake, to name what was sent instead of a table.
BINARY_SIGNATURES = (
    (b"\x89PNG", gettext_lazy("a PNG image")),
    (b"\xff\xd8\xff", gettext_lazy("a JPEG image")),
    (b"GIF8", gettext_lazy("a GIF image")),
    (b"%PDF", gettext_lazy("a PDF document")),
    (b"\xd0\xcf\x11\xe0", gettext_lazy("an old Excel (.xls) or Word (.doc) file")),
    (b"Rar!", gettext_lazy("a RAR archive")),
    (b"\x1f\x8b", gettext_lazy("a gzip archive")),
)
ZIP_SIGNATURE = b"PK\x03\x04"
FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")
MERGED_CELLS = re.compile(rb"<(?:\w+:)?mergeCell\s[^>]*?ref=\"([A-Za-z0-9:$]+)\"")
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


def check_size(file) -> None:
    """Refuse a file over ROSTER_IMPORT_MAX_BYTES by its reported size, before reading any of it."""
    limit = settings.ROSTER_IMPORT_MAX_BYTES
    if file.size is not None and file.size > limit:
        raise ImportFileError(
            _("The file is %(size)s; files up to %(limit)s can be imported. Split it into smaller files.")
            % {"size": filesizeformat(file.size), "limit": filesizeformat(limit)}
        )


def detect_format(sample: bytes, name: str = "") -> str:
    """`"xlsx"` or `"csv"` from the file's first bytes; a file of another kind is refused, naming what it is."""
    if not sample:
        raise ImportFileError(_("The file is empty."))
    if sample.startswith(ZIP_SIGNATURE):
        return "xlsx"
    for signature, what in BINARY_SIGNATURES:
        if sample.startswith(signature):
            raise ImportFileError(
                _("This file is %(what)s, not a table. Upload a CSV file or an Excel workbook (.xlsx).")
                % {"what": what}
            )
    if name.lower().endswith(".xlsx"):
        raise ImportFileError(_("This file is named .xlsx but is not an Excel workbook."))
    if b"\x00" in sample and not sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ImportFileError(_("This file is not a text CSV file. Upload a CSV file or an Excel workbook (.xlsx)."))
    return "csv"


@contextmanager
def open_table(file, *, kind: str, name: str = "") -> Iterator[Table]:
    """Open an uploaded or stored file as a table of this kind of import (`facilities` or `roster`).

    Raises ImportFileError, before or while the rows are read, for a file that
    cannot be imported; the file itself is left open for its owner to close.
    """
    sample = check_file(file, name=name)
    if detect_format(sample, name) == "xlsx":
        with _open_xlsx(file, kind) as table:
            yield table
    else:
        with _open_csv(file, sample, kind) as table:
            yield table


def check_file(file, *, name: str = "") -> bytes:
    """The checks that need no parsing: size, kind, text encoding (CSV) or unpacked size (XLSX); the first bytes.

    Raises ImportFileError; cheap enough for a web request, whatever the file holds.
    """
    check_size(file)
    file.seek(0)
    sample = file.read(SAMPLE_BYTES)
    file.seek(0)
    if detect_format(sample, name) == "xlsx":
        check_archive(file)
    else:
        csv_encoding(sample)
    return sample


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


def _table(format: str, raw_rows, kind: str, estimated_rows: int) -> Table:
    headings = _first_row(raw_rows)
    positions = match_headings(headings, kind)
    return Table(
        format=format,
        headings={field: headings[position] for field, position in positions.items()},
        rows=_rows(raw_rows, positions),
        estimated_rows=estimated_rows,
    )


# CSV


def csv_encoding(sample: bytes) -> str:
    """UTF-8 (a byte-order mark is dropped), UTF-16 with a byte-order mark, otherwise Windows-1251.

    Raises ImportFileError, naming the encodings tried, when the first bytes are
    not text in any of them: control characters, bytes Windows-1251 does not
    use, or letters that only come from reading another encoding as this one.
    """
    if sample.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        try:
            codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        except UnicodeDecodeError:
            encoding = "cp1251"
        else:
            encoding = "utf-8"
    try:
        text = codecs.getincrementaldecoder(encoding)().decode(sample, final=False)
    except UnicodeDecodeError:
        text = None
    if text is None or not _looks_like_text(text, encoding):
        raise ImportFileError(
            _(
                "This file is not text in any encoding that can be read (tried %(encodings)s). "
                "Save it from Excel as “CSV UTF-8”, or upload the workbook (.xlsx)."
            )
            % {"encodings": ENCODINGS_TRIED}
        )
    return encoding


ENCODINGS_TRIED = "UTF-8, UTF-16 (with a byte-order mark), Windows-1251"
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Windows-1251 text holds ASCII, Cyrillic and a little punctuation; its other symbols (Ђ ‰ ™ ¤ ...) and Latin
# letters next to Cyrillic ones in one word are what Latin-1 or another code page read as Windows-1251 looks like.
CP1251_USUAL = re.compile(
    r"[\t\r\n\x20-\x7e\u0400-\u045f\u00a0\u00ab\u00bb\u00b0\u2013\u2014\u2018-\u201e\u2026\u2116]"
)
MIXED_WORD = re.compile(r"\b(?=\w*[a-zA-Z])(?=\w*[\u0400-\u045f])\w+\b")
WORD_WITH_CYRILLIC = re.compile(r"\b\w*[\u0400-\u045f]\w*\b")


def _looks_like_text(text: str, encoding: str) -> bool:
    if CONTROL_CHARACTERS.search(text):
        return False
    if encoding != "cp1251":
        return True
    unusual = len(CP1251_USUAL.sub("", text))
    if unusual > max(2, len(text) // 200):
        return False
    mixed = len(MIXED_WORD.findall(text))
    return mixed <= max(2, len(WORD_WITH_CYRILLIC.findall(text)) // 10)


def csv_delimiter(first_line: str) -> str:
    """The separator the heading row uses most: `;` (Excel in Russian and Uzbek), `,` or a tab."""
    counts = {delimiter: first_line.count(delimiter) for delimiter in (";", ",", "\t")}
    delimiter = max(counts, key=counts.get)
    return delimiter if counts[delimiter] else ","


@contextmanager
def _open_csv(file, sample: bytes, kind: str) -> Iterator[Table]:
    encoding = csv_encoding(sample)
    decoded = sample.decode(encoding, errors="replace")
    lines = decoded.splitlines()
    first_line = next((line for line in lines if line.strip()), "")
    average_line = max(1, len(sample) // max(1, len(lines)))
    text = io.TextIOWrapper(file, encoding=encoding, newline="")
    try:
        reader = csv.reader(text, delimiter=csv_delimiter(first_line))
        raw_rows = _decoded(enumerate(reader, start=1), encoding)
        yield _table("csv", raw_rows, kind, estimated_rows=max(0, (file.size or 0) // average_line - 1))
    finally:
        text.detach()  # the file belongs to the caller


def _decoded(raw_rows, encoding: str):
    """CSV records, turning a decoding failure half-way through into a message naming the row."""
    number = 0
    try:
        for number, record in raw_rows:  # noqa: B007 - the last number names the row that failed
            yield number, record
    except UnicodeDecodeError as error:
        raise ImportFileError(
            _("Row %(row)d is not valid %(encoding)s text. Save the whole file as CSV UTF-8.")
            % {"row": number + 1, "encoding": encoding.upper()}
        ) from error
    except csv.Error as error:
        message = _("Row %(row)d cannot be read as CSV: %(error)s") % {"row": number + 1, "error": error}
        raise ImportFileError(message) from error


# XLSX


def check_archive(file) -> None:
    """Refuse a workbook that would unpack too large or too tightly packed (a zip bomb), before opening it."""
    try:
        check_workbook_archive(file)
    except zipfile.BadZipFile as error:
        raise ImportFileError(_("This file is not an Excel workbook (.xlsx) that can be read.")) from error
    except UnsafeWorkbook as error:
        raise ImportFileError(str(error)) from error


@contextmanager
def _open_xlsx(file, kind: str) -> Iterator[Table]:
    try:
        workbook = openpyxl.load_workbook(file, read_only=True, data_only=False)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as error:
        raise ImportFileError(_("This file is not an Excel workbook (.xlsx) that can be read.")) from error
    try:
        if not workbook.worksheets:
            raise ImportFileError(_("The workbook has no sheets."))
        sheet = workbook.worksheets[0]
        estimated_rows = max(0, (sheet.max_row or 1) - 1)
        # The stored dimensions may be wrong (too few rows, or a million): read what the sheet holds.
        sheet.reset_dimensions()
        check_sheet(sheet)
        raw_rows = enumerate(sheet.iter_rows(values_only=True), start=1)
        yield _table("xlsx", raw_rows, kind, estimated_rows)
    finally:
        workbook.close()


def check_sheet(sheet) -> None:
    """Refuse merged cells and formulas, naming the cell; the sheet's XML is scanned as bytes, in chunks."""
    formula_seen = False
    tail = b""
    # Read-only worksheets do not parse merged ranges, so the raw XML is scanned (openpyxl's own source).
    with sheet._get_source() as source:
        while chunk := source.read(XML_CHUNK_BYTES):
            window = tail + chunk
            if merged := MERGED_CELLS.search(window):
                raise ImportFileError(
                    _("Cells %(cells)s are merged. Unmerge every cell so that each row holds one worker or unit.")
                    % {"cells": merged.group(1).decode()}
                )
            formula_seen = formula_seen or FORMULA_TAG.search(window) is not None
            tail = window[-512:]
    if formula_seen:
        raise ImportFileError(
            _("Cell %(cell)s holds a formula. Replace formulas with their values (Paste special → Values).")
            % {"cell": _first_formula_cell(sheet)}
        )


def _first_formula_cell(sheet) -> str:
    for row in sheet.iter_rows():
        for cell in row:
            if getattr(cell, "data_type", None) == "f":
                return cell.coordinate
    return "?"


def chunked(iterable: Iterable, size: int) -> Iterator[list]:
    """Lists of `size` items (the last may be shorter), read lazily."""
    iterator = iter(iterable)
    while chunk := list(islice(iterator, size)):
        yield chunk
