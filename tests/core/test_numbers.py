"""Numbers as trainers and learners type them: one reading for the quiz grader and the lesson knowledge checks."""

from decimal import Decimal as D

import pytest
from django.utils import translation

from core.numbers import NumericKey, UnreadableKey, describe_key, parse_numeric_key


@pytest.mark.parametrize(
    ("typed", "low", "high"),
    [
        ("100–120", "100", "120"),
        ("100—120", "100", "120"),
        ("100-120", "100", "120"),
        ("100 - 120", "100", "120"),
        ("100 to 120", "100", "120"),
        ("от 100 до 120", "100", "120"),
        ("100 dan 120 gacha", "100", "120"),
        ("100…120", "100", "120"),
        ("36,5–37,2", "36.5", "37.2"),
        ("1 500–2 000", "1500", "2000"),
        ("−5–−3", "-5", "-3"),
        ("-5-5", "-5", "5"),
    ],
)
def test_a_range_is_read_with_any_usual_separator_and_decimal_commas(typed, low, high):
    assert parse_numeric_key(typed) == NumericKey(low=D(low), high=D(high), is_range=True)


@pytest.mark.parametrize(
    ("typed", "tolerance", "low", "high"),
    [
        ("110", 0, "110", "110"),
        ("110", "10", "100", "120"),
        ("110 ± 10", 0, "100", "120"),
        ("5,5 +/- 0,5", 0, "5", "6"),
    ],
)
def test_a_value_takes_its_tolerance_and_is_no_range(typed, tolerance, low, high):
    key = parse_numeric_key(typed, tolerance=tolerance)

    assert (key.low, key.high, key.is_range) == (D(low), D(high), False)


def test_an_exponent_is_one_number_not_a_range():
    assert parse_numeric_key("1e-5").is_range is False


@pytest.mark.parametrize(
    ("typed", "tolerance", "code"),
    [
        ("about 100", 0, "not_a_number"),
        ("100–", 0, "not_a_number"),
        ("100 mg", 0, "not_a_number"),
        ("120–100", 0, "reversed_range"),
        ("100–120", 5, "range_and_tolerance"),
        ("110 ± 10", 5, "range_and_tolerance"),
        ("110", -1, "negative_tolerance"),
    ],
)
def test_what_cannot_be_read_says_why(typed, tolerance, code):
    with pytest.raises(UnreadableKey) as unreadable:
        parse_numeric_key(typed, tolerance=tolerance)

    assert unreadable.value.code == code
    assert unreadable.value.message


@pytest.mark.parametrize(("language", "shown"), [("ru", "36,5–37,2"), ("uz", "36,5–37,2"), ("en", "36.5–37.2")])
def test_a_range_is_described_in_the_readers_number_style(language, shown):
    with translation.override(language):
        assert describe_key(parse_numeric_key("36.5-37.2")) == shown


def test_a_value_with_a_tolerance_is_described_as_such():
    with translation.override("ru"):
        assert describe_key(parse_numeric_key("5.5", tolerance="0.5")) == "5,5 ± 0,5"
