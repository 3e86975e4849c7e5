"""Files to rows: CSV and XLSX tables with their headings matched to the fields of an import.

CSV may be UTF-8 (with or without a byte-order mark) or Windows-1251, separated by
`;`, `,` or tabs; XLSX is streamed with openpyxl in read-only mode. A file is
refused before it is read whole when it is too large, when its bytes are those of
another kind of file, (CSV) when it is not text in any of those encodings, or
(XLSX) when it would unpack too large or too tightly packed (a zip bomb), when a
cell holds a formula or cells are merged.
"""

import codecs
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .csv_files import csv_encoding, open_csv
from .tables import ImportFileError, Table
from .workbooks import check_archive, open_xlsx

SAMPLE_BYTES = 64 * 1024

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
        with open_xlsx(file, kind) as table:
            yield table
    else:
        with open_csv(file, sample, kind) as table:
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


def chunked(iterable: Iterable, size: int) -> Iterator[list]:
    """Lists of `size` items (the last may be shorter), read lazily."""
    iterator = iter(iterable)
    while chunk := list(islice(iterator, size)):
        yield chunk
