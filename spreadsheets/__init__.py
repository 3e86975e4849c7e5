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
"""

import csv
import re
import tempfile
from collections.abc import Iterable, Iterator

from django.http import FileResponse, StreamingHttpResponse
from django.utils.encoding import force_str
from django.utils.functional import Promise

CSV_TYPE = "text/csv; charset=utf-8"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"-?\d+(\.\d+)?")


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


def csv_response(filename: str, rows: Iterable[Iterable]) -> StreamingHttpResponse:
    """Rows as a streamed CSV file, UTF-8 with a byte-order mark (which Excel needs to read UTF-8)."""
    writer = csv.writer(_Echo())

    def lines() -> Iterator[str]:
        yield "\ufeff"
        for row in rows:
            yield writer.writerow(safe_row(row))

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
