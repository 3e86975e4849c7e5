"""Grading of one question's response, as pure functions the quiz services call.

Responses arrive as the services stored them in JSON and may be malformed: a
malformed or empty response scores nothing and never raises. Points are
Decimal throughout; no float touches a score.
"""

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_UP, Context, Decimal, localcontext
from enum import StrEnum
from fractions import Fraction

from core.numbers import parse_number

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
HUNDRED = Decimal("100.00")
FULL, NONE = Fraction(1), Fraction(0)

# Every apostrophe-like character learners type for the Uzbek oʻ, gʻ and ʼ becomes U+02BB ʻ.
# Applied before NFKC too, because NFKC turns the acute accent ´ into a space and a combining accent.
_APOSTROPHES = dict.fromkeys(map(ord, "\u02bc\u2018\u2019\u0060\u00b4\u02b9\u0027"), "\u02bb")
_TRAILING_PUNCTUATION = ".,;:!? "
_TRUE_FALSE_WORDS = {"true": True, "false": False}
_OPTION_ID = re.compile(r"[0-9]{1,18}")
# Tolerance arithmetic: generous precision, and an absurd exponent overflows to Infinity (never within
# tolerance) instead of raising.
_TOLERANCE_CONTEXT = Context(prec=100, traps=[])


class Kind(StrEnum):
    """The question types the quiz engine grades."""

    SINGLE = "single"
    MULTIPLE = "multiple"
    TRUE_FALSE = "true_false"
    NUMERIC = "numeric"
    SHORT_TEXT = "short_text"


@dataclass(frozen=True)
class AnswerKey:
    """What earns the points of one question; options are identified by the ids the responses use."""

    kind: Kind
    points: Decimal
    correct_options: frozenset[int] = frozenset()
    partial_credit: bool = False
    true_false: bool | None = None
    numeric_answer: Decimal | None = None
    numeric_tolerance: Decimal = Decimal(0)
    accepted_answers: tuple[str, ...] = ()

    def __post_init__(self):
        # A list of options compared with a set would silently never match, and an int from an unsaved
        # model field would turn points into floats: normalise the types once, here.
        object.__setattr__(self, "kind", Kind(self.kind))
        object.__setattr__(self, "correct_options", frozenset(self.correct_options))
        object.__setattr__(self, "accepted_answers", tuple(self.accepted_answers))
        object.__setattr__(self, "points", Decimal(str(self.points)))
        object.__setattr__(self, "numeric_tolerance", Decimal(str(self.numeric_tolerance)))
        if self.numeric_answer is not None:
            object.__setattr__(self, "numeric_answer", Decimal(str(self.numeric_answer)))
        if self.points < 0 or self.numeric_tolerance < 0:
            raise ValueError("Points and numeric tolerance cannot be negative.")


@dataclass(frozen=True)
class Grade:
    """Points awarded for one response (0 to the key's points, to the cent), full marks, and whether answered."""

    points: Decimal
    is_correct: bool
    answered: bool


def grade(key: AnswerKey, response: object) -> Grade:
    """Grade one response against its key; empty or malformed responses are unanswered and score nothing."""
    share = _GRADERS[key.kind](key, response)
    if share is None:
        return Grade(points=ZERO, is_correct=False, answered=False)
    awarded = (key.points * share.numerator / share.denominator).quantize(CENT, ROUND_HALF_UP)
    return Grade(points=min(awarded, key.points.quantize(CENT, ROUND_DOWN)), is_correct=share == FULL, answered=True)


def normalise_text(text: str) -> str:
    """Fold a short answer for comparison: NFKC, casefold, ё as е, one apostrophe, single spaces, no final stop.

    ё and е are equal because Russian medical answers often write ё as е. Every apostrophe-like
    character (ʻ ʼ ‘ ’ ` ´ ʹ ') becomes U+02BB, so "Oʻzbekiston" and "O'zbekiston" compare equal.
    Trailing . , ; : ! ? are dropped.
    """
    text = unicodedata.normalize("NFKC", text.translate(_APOSTROPHES)).translate(_APOSTROPHES)
    text = " ".join(text.casefold().replace("ё", "е").split())
    return text.rstrip(_TRAILING_PUNCTUATION)


def attempt_percent(points_awarded: Iterable[Decimal], points_possible: Iterable[Decimal]) -> Decimal:
    """Score of an attempt in per cent, 0 to 100, cut (not rounded) to the cent; 0 when nothing was possible.

    Cutting means a score just under the pass mark is never shown, or counted, as reaching it.
    """
    awarded = sum(points_awarded, Decimal(0))
    possible = sum(points_possible, Decimal(0))
    if possible <= 0:
        return ZERO
    percent = (awarded * 100 / possible).quantize(CENT, ROUND_DOWN)
    return min(max(percent, ZERO), HUNDRED)


def is_pass(percent: Decimal, pass_mark: Decimal) -> bool:
    """A score passes when it reaches the pass mark; exactly at the mark passes."""
    return percent >= pass_mark


def _option_id(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and _OPTION_ID.fullmatch(value.strip()):
        return int(value.strip())
    return None


def _grade_single(key: AnswerKey, response: object) -> Fraction | None:
    option = _option_id(response)
    if option is None:
        return None
    return FULL if option in key.correct_options else NONE


def _grade_multiple(key: AnswerKey, response: object) -> Fraction | None:
    if not isinstance(response, list | tuple | set | frozenset) or not response:
        return None
    chosen = {_option_id(item) for item in response}
    if None in chosen:  # one corrupt id makes the whole selection untrustworthy
        return None
    if not key.partial_credit:
        return FULL if chosen == key.correct_options else NONE
    if not key.correct_options:
        return NONE
    hits = len(chosen & key.correct_options)
    misses = len(chosen - key.correct_options)
    return max(Fraction(hits - misses, len(key.correct_options)), NONE)


def _grade_true_false(key: AnswerKey, response: object) -> Fraction | None:
    if isinstance(response, str):
        response = _TRUE_FALSE_WORDS.get(response.strip().lower())
    if not isinstance(response, bool):
        return None
    return FULL if response is key.true_false else NONE


def _grade_numeric(key: AnswerKey, response: object) -> Fraction | None:
    if isinstance(response, str):
        if not response.strip():
            return None
    elif isinstance(response, bool) or not isinstance(response, int | float | Decimal):
        return None
    value = parse_number(response)
    if value is None or key.numeric_answer is None:
        return NONE
    with localcontext(_TOLERANCE_CONTEXT):
        return FULL if abs(value - key.numeric_answer) <= key.numeric_tolerance else NONE


def _grade_short_text(key: AnswerKey, response: object) -> Fraction | None:
    if not isinstance(response, str):
        return None
    given = normalise_text(response)
    if not given:
        return None
    return FULL if any(given == normalise_text(answer) for answer in key.accepted_answers) else NONE


# Each grader returns the share of the points earned, or None for an unanswered (or malformed) response.
_GRADERS: dict[Kind, Callable[[AnswerKey, object], Fraction | None]] = {
    Kind.SINGLE: _grade_single,
    Kind.MULTIPLE: _grade_multiple,
    Kind.TRUE_FALSE: _grade_true_false,
    Kind.NUMERIC: _grade_numeric,
    Kind.SHORT_TEXT: _grade_short_text,
}
