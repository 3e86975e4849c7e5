"""Excel workbooks (XLSX): streamed with openpyxl in read-only mode, after the checks that make that safe.

A workbook is refused when it would unpack too large or too tightly packed (a
zip bomb), when a cell holds a formula or when cells are merged.
"""

import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager

import openpyxl
from django.utils.translation import gettext as _
from openpyxl.utils.exceptions import InvalidFileException

from spreadsheets import UnsafeWorkbook, check_workbook_archive

from .tables import ImportFileError, Table, build_table

XML_CHUNK_BYTES = 1024 * 1024
FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")
MERGED_CELLS = re.compile(rb"<(?:\w+:)?mergeCell\s[^>]*?ref=\"([A-Za-z0-9:$]+)\"")


def check_archive(file) -> None:
    """Refuse a workbook that would unpack too large or too tightly packed (a zip bomb), before opening it."""
    try:
        check_workbook_archive(file)
    except zipfile.BadZipFile as error:
        raise ImportFileError(_("This file is not an Excel workbook (.xlsx) that can be read.")) from error
    except UnsafeWorkbook as error:
        raise ImportFileError(str(error)) from error


@contextmanager
def open_xlsx(file, kind: str) -> Iterator[Table]:
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
        yield build_table("xlsx", raw_rows, kind, estimated_rows)
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
