"""Numbers as people type them: a learner's single answer, a trainer's answer key (a number, a range or a value
with a tolerance). Used by the quiz grader and by lesson knowledge checks alike, so both read "5,5" the same way."""

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.utils import formats
from django.utils.translation import gettext_lazy as _

_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_GROUPED_NUMBER = re.compile(r"[+-]?[0-9]{1,3}(?: [0-9]{3})+(?:[.,][0-9]*)?(?:[eE][+-]?[0-9]+)?")
# "110 ± 10", "110 +/- 10", "110 +- 10"
_PLUS_MINUS = re.compile(r"^(.+?)\s*(?:±|\+/-|\+-)\s*(.+)$")
# Between two numbers: en or em dash, "...", "…", "to" / "до" / "dan" as words, or a hyphen right after a digit
# (so "-5-5" is -5 to 5 and "1e-5" stays one number).
_RANGE_SEPARATOR = re.compile(
    r"\s*(?:[\u2013\u2014]|\.\.\.?|\u2026|\s(?:to|до|dan)\s)\s*|(?<=[0-9.,])\s*-\s*(?=[+\-]?[0-9.,])", re.IGNORECASE
)
# Words around a range: "from 100 to 120", "от 100 до 120", "100 dan 120 gacha", "between 100 and 120".
_RANGE_PREFIX = re.compile(r"^(?:from|between|от)\s+", re.IGNORECASE)
_RANGE_SUFFIX = re.compile(r"\s+gacha$", re.IGNORECASE)
_AND = re.compile(r"\s+and\s+", re.IGNORECASE)


def _clean(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).replace("\u2212", "-").split())


def parse_number(text: object) -> Decimal | None:
    """A finite Decimal from a number as a learner types it ("1,5", "1 500", "−2", "7.4e1"), else None.

    A single comma is the decimal separator (so "1,500" is 1.5); spaces, thin spaces and no-break
    spaces may only group thousands ("12 345,6"); NaN, infinities, units and anything else are None.
    """
    if isinstance(text, bool):
        return None
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, Decimal):
        return text if text.is_finite() else None
    if isinstance(text, float):
        text = repr(text)  # shortest round-trip digits; "nan" and "inf" fail the pattern below
    if not isinstance(text, str):
        return None
    cleaned = _clean(text)
    if " " in cleaned:
        if not _GROUPED_NUMBER.fullmatch(cleaned):
            return None
        cleaned = cleaned.replace(" ", "")
    if "." not in cleaned and cleaned.count(",") == 1:
        cleaned = cleaned.replace(",", ".")
    if not _NUMBER.fullmatch(cleaned):
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:  # an exponent too large for Decimal at all
        return None


@dataclass(frozen=True)
class NumericKey:
    """The numbers that earn a numeric question's points: from `low` to `high`, both included.

    `is_range` says the author wrote a range ("100–120") rather than a value with a tolerance ("110 ± 10"),
    so the key is shown to learners the way it was written.
    """

    low: Decimal
    high: Decimal
    is_range: bool = False

    @property
    def value(self) -> Decimal:
        return (self.low + self.high) / 2

    @property
    def tolerance(self) -> Decimal:
        return (self.high - self.low) / 2


class UnreadableKey(ValueError):
    """An answer key that is not one number, a range or a value with a tolerance; `code` says what is wrong."""

    MESSAGES = {
        "not_a_number": _("Write one number (110), a range (100–120) or a number with a tolerance (110 ± 10)."),
        "reversed_range": _("Write the smaller number first, for example 100–120."),
        "negative_tolerance": _("The tolerance cannot be negative."),
        "not_a_tolerance": _("Write the tolerance as one number, for example 0,5 (or 0 for an exact answer)."),
        "range_and_tolerance": _(
            "Give either a range or a tolerance, not both: a range already says what is accepted."
        ),
    }

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code

    @property
    def message(self) -> str:
        """What to write instead, for the trainer."""
        return self.MESSAGES[self.code]


def parse_numeric_key(text: str, *, tolerance: object = 0) -> NumericKey:
    """The key a trainer writes: "110", "100–120" (also "100-120", "100 to 120", "от 100 до 120",
    "100 dan 120 gacha"), or "110 ± 10"; decimal commas as in "5,5–6,5". A plain value takes `tolerance`.

    Raises UnreadableKey: "not_a_number", "reversed_range" (the larger number first), "negative_tolerance",
    or "range_and_tolerance" (a range given together with a tolerance).
    """
    cleaned = _clean(text)
    given_tolerance = parse_number(tolerance if tolerance not in (None, "") else 0)
    if given_tolerance is None:
        raise UnreadableKey("not_a_number")
    plus_minus = _PLUS_MINUS.match(cleaned)
    if plus_minus:
        value, spread = parse_number(plus_minus[1]), parse_number(plus_minus[2])
        if value is None or spread is None:
            raise UnreadableKey("not_a_number")
        if given_tolerance:
            raise UnreadableKey("range_and_tolerance")
        given_tolerance = spread
    elif (value := parse_number(cleaned)) is None:
        return _parse_range(cleaned, given_tolerance)
    if given_tolerance < 0:
        raise UnreadableKey("negative_tolerance")
    return NumericKey(low=value - given_tolerance, high=value + given_tolerance)


def _parse_range(cleaned: str, tolerance: Decimal) -> NumericKey:
    words = _AND.sub(" to ", _RANGE_SUFFIX.sub("", _RANGE_PREFIX.sub("", cleaned)))
    parts = _RANGE_SEPARATOR.split(words, maxsplit=1)
    if len(parts) != 2:
        raise UnreadableKey("not_a_number")
    low, high = parse_number(parts[0]), parse_number(parts[1])
    if low is None or high is None:
        raise UnreadableKey("not_a_number")
    if low > high:
        raise UnreadableKey("reversed_range")
    if tolerance:
        raise UnreadableKey("range_and_tolerance")
    return NumericKey(low=low, high=high, is_range=low != high)


def format_number(value: Decimal) -> str:
    """A number in the active language's style with only the decimals it has: 5.5000 is "5,5" in Russian."""
    number = Decimal(value).normalize()
    return formats.number_format(number.quantize(1) if number == number.to_integral() else number, use_l10n=True)


def describe_key(key: NumericKey) -> str:
    """A key as its author wrote it, in the active language's number style: "100–120", "5,5 ± 0,5" or "100"."""
    if key.is_range:
        return f"{format_number(key.low)}–{format_number(key.high)}"
    if key.tolerance:
        return f"{format_number(key.value)} ± {format_number(key.tolerance)}"
    return format_number(key.value)
