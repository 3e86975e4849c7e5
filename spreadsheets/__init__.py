"""Every CSV and XLSX file the platform hands out is written here, so no cell can run as a formula.

A spreadsheet runs a text cell that starts with `=`, `+`, `-`, `@`, a tab or a
carriage return (also after leading spaces) as a formula ("CSV injection",
OWASP). Such text is written with a single quote in front, as OWASP
recommends: Excel and LibreOffice then show it as text, and the quote tells a
reader the text was neutralised. Text that is just a decimal number ("-0.25")
is left alone: a spreadsheet reads it as that number, never as a formula.
Numbers and dates stay numbers and dates. XLSX cells are always written as
strings, never as formulas.

Wagtail's own exports (reports, redirects, form submissions) go through
`neutralise_wagtail_exports`, installed by this app's `ready()`.

Uploaded workbooks are checked by `check_workbook_archive` before anything
opens them: an XLSX file is a zip archive, and one built to unpack to
gigabytes (a "zip bomb") would exhaust the server that parses it.
"""

import csv
import re
import tempfile
import zipfile
from collections.abc import Iterable, Iterator
from decimal import Decimal

from django.conf import settings
from django.http import FileResponse, StreamingHttpResponse
from django.template.defaultfilters import filesizeformat
from django.utils.encoding import force_str
from django.utils.formats import number_format
from django.utils.functional import Promise
from django.utils.translation import gettext as _

CSV_TYPE = "text/csv; charset=utf-8"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"-?\d+([.,]\d+)?")
MAX_PACKING_RATIO = 100  # a workbook's XML packs 5 to 20 times; a zip bomb thousands of times
RATIO_CHECKED_FROM_BYTES = 1024 * 1024  # smaller parts may pack tightly without harm
MAX_ARCHIVE_MEMBERS = 10_000


def is_formula_like(text: str) -> bool:
    """Whether a spreadsheet would run this text as a formula."""
    return (text.startswith(FORMULA_STARTS) or text.lstrip().startswith(FORMULA_STARTS)) and not PLAIN_NUMBER.fullmatch(
        text
    )


def safe_cell(value):
    """The value as a spreadsheet should hold it: formula-like text gets a leading quote; other values unchanged."""
    if isinstance(value, Promise):
        value = force_str(value)
    if isinstance(value, str) and is_formula_like(value):
        return "'" + value
    return value


def safe_row(row: Iterable) -> list:
    return [safe_cell(value) for value in row]


class _Echo:
    """A file-like object whose write hands back the line, so csv.writer can feed a streaming response."""

    def write(self, value):
        return value


def _csv_cell(value):
    """A fractional number as the language of the request writes it (`12,5` in Russian and Uzbek), as a
    spreadsheet of that language reads it; other cells as they are."""
    return number_format(value) if isinstance(value, float | Decimal) else value


def csv_response(filename: str, rows: Iterable[Iterable]) -> StreamingHttpResponse:
    """Rows as a streamed CSV file, UTF-8 with a byte-order mark (which Excel needs to read UTF-8)."""
    writer = csv.writer(_Echo())

    def lines() -> Iterator[str]:
        yield "\ufeff"
        for row in rows:
            yield writer.writerow(safe_row(_csv_cell(value) for value in row))

    response = StreamingHttpResponse(lines(), content_type=CSV_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def xlsx_response(filename: str, rows: Iterable[Iterable], *, title: str = "") -> FileResponse:
    """Rows as an XLSX workbook of one sheet, written row by row into a temporary file so memory stays flat."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31] or None)
    for row in rows:
        cells = []
        for value in safe_row(row):
            cell = WriteOnlyCell(sheet, value)
            if cell.data_type == "f":
                cell.data_type = "s"
            cells.append(cell)
        sheet.append(cells)
    handle = tempfile.TemporaryFile()  # noqa: SIM115 - FileResponse closes it when the response is done
    workbook.save(handle)
    handle.seek(0)
    return FileResponse(handle, as_attachment=True, filename=f"{filename}.xlsx", content_type=XLSX_TYPE)


def neutralise_wagtail_exports() -> None:
    """Route every value of Wagtail's spreadsheet exports (reports, redirects, form submissions) through `safe_cell`.

    Wagtail keeps XLSX formulas out but writes CSV text as it is; its
    `SpreadsheetExportMixin` has no setting for this, so its one preprocessing
    method is wrapped, once, at start-up.
    """
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    original = SpreadsheetExportMixin.preprocess_field_value
    if getattr(original, "neutralised", False):
        return

    def preprocess_field_value(self, field, value, export_format):
        return safe_cell(original(self, field, value, export_format))

    preprocess_field_value.neutralised = True
    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value


class UnsafeWorkbook(ValueError):
    """An uploaded workbook that would unpack too large; the message is meant for the person who uploaded it."""


def check_workbook_archive(file) -> None:
    """Refuse (UnsafeWorkbook) a workbook that unpacks past SPREADSHEET_MAX_UNPACKED_BYTES or packs too tightly.

    Read from the archive's table of contents, before any of it is unpacked;
    Python's zipfile then never unpacks more than the sizes listed there.
    Raises zipfile.BadZipFile for a file that is not a zip archive.
    """
    try:
        with zipfile.ZipFile(file) as archive:
            members = archive.infolist()
    except (OSError, ValueError) as error:
        raise zipfile.BadZipFile(str(error)) from error
    finally:
        file.seek(0)
    unpacked = sum(member.file_size for member in members)
    packed = max(1, sum(member.compress_size for member in members))
    large = [member for member in members if member.file_size > RATIO_CHECKED_FROM_BYTES]
    tightest = max(large, key=lambda member: member.file_size / max(1, member.compress_size), default=None)
    if tightest is not None and tightest.file_size > MAX_PACKING_RATIO * max(1, tightest.compress_size):
        unpacked, packed = tightest.file_size, max(1, tightest.compress_size)
    limit = settings.SPREADSHEET_MAX_UNPACKED_BYTES
    if len(members) > MAX_ARCHIVE_MEMBERS or unpacked > limit or unpacked > MAX_PACKING_RATIO * packed:
        raise UnsafeWorkbook(
            _(
                "This workbook would unpack to %(size)s, %(ratio)s times its size; workbooks up to %(limit)s "
                "unpacked, and packed at most %(max_ratio)s times, can be imported. Save it again from Excel "
                "or split it into smaller files."
            )
            % {
                "size": filesizeformat(unpacked),
                "ratio": unpacked // packed,
                "limit": filesizeformat(limit),
                "max_ratio": MAX_PACKING_RATIO,
            }
        )
