"""CSV files: their text encoding (UTF-8, UTF-16 with a byte-order mark, Windows-1251), separator and records."""

import codecs
import csv
import io
import re
from collections.abc import Iterator
from contextlib import contextmanager

from django.utils.translation import gettext as _

from .tables import ImportFileError, Table, build_table


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
def open_csv(file, sample: bytes, kind: str) -> Iterator[Table]:
    encoding = csv_encoding(sample)
    decoded = sample.decode(encoding, errors="replace")
    lines = decoded.splitlines()
    first_line = next((line for line in lines if line.strip()), "")
    average_line = max(1, len(sample) // max(1, len(lines)))
    text = io.TextIOWrapper(file, encoding=encoding, newline="")
    try:
        reader = csv.reader(text, delimiter=csv_delimiter(first_line))
        raw_rows = _decoded(enumerate(reader, start=1), encoding)
        yield build_table("csv", raw_rows, kind, estimated_rows=max(0, (file.size or 0) // average_line - 1))
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
