"""Grading of one response per question type, text folding, number parsing and the pass decision."""

from decimal import Decimal

import pytest

from assessments.grading import (
    AnswerKey,
    Grade,
    Kind,
    attempt_percent,
    grade,
    is_pass,
    normalise_text,
    parse_number,
)

D = Decimal
UNANSWERED = Grade(points=D("0.00"), is_correct=False, answered=False)
WRONG = Grade(points=D("0.00"), is_correct=False, answered=True)


def single(*correct, points="2"):
    return AnswerKey(kind=Kind.SINGLE, points=D(points), correct_options=frozenset(correct))


def multiple(*correct, partial=False, points="3"):
    return AnswerKey(kind=Kind.MULTIPLE, points=D(points), correct_options=frozenset(correct), partial_credit=partial)


def true_false(answer):
    return AnswerKey(kind=Kind.TRUE_FALSE, points=D(1), true_false=answer)


def numeric(answer, tolerance="0"):
    return AnswerKey(kind=Kind.NUMERIC, points=D(1), numeric_answer=D(answer), numeric_tolerance=D(tolerance))


def short_text(*accepted):
    return AnswerKey(kind=Kind.SHORT_TEXT, points=D(1), accepted_answers=accepted)


# Single choice


def test_single_choice_earns_full_points_for_the_correct_option():
    assert grade(single(2), 2) == Grade(points=D("2.00"), is_correct=True, answered=True)


def test_single_choice_accepts_the_option_id_as_a_numeric_string():
    assert grade(single(2), " 2 ").is_correct


def test_single_choice_earns_nothing_for_a_wrong_option():
    assert grade(single(2), 0) == WRONG


def test_single_choice_with_a_non_existent_option_is_answered_but_wrong():
    assert grade(single(2), 999) == WRONG


@pytest.mark.parametrize("response", [None, "", "   "])
def test_single_choice_without_a_choice_is_unanswered(response):
    assert grade(single(2), response) == UNANSWERED


@pytest.mark.parametrize("response", ["two", "2.0", 2.0, True, [2], {"option": 2}, "-1", "9" * 5000])
def test_single_choice_with_a_malformed_response_is_unanswered(response):
    assert grade(single(1, 2), response) == UNANSWERED


def test_single_choice_with_more_than_one_correct_option_accepts_any_of_them():
    assert grade(single(1, 3), 3).is_correct


# Multiple choice, all or nothing


def test_multiple_choice_earns_full_points_for_exactly_the_correct_set():
    assert grade(multiple(1, 3), [3, 1]) == Grade(points=D("3.00"), is_correct=True, answered=True)


def test_multiple_choice_ignores_duplicate_ids():
    assert grade(multiple(1, 3), [1, 3, 3, 1]).is_correct


def test_multiple_choice_without_partial_credit_gives_nothing_for_a_subset():
    assert grade(multiple(1, 3), [1]) == WRONG


def test_multiple_choice_without_partial_credit_gives_nothing_for_a_superset():
    assert grade(multiple(1, 3), [1, 2, 3]) == WRONG


@pytest.mark.parametrize("response", [None, []])
def test_multiple_choice_with_nothing_chosen_is_unanswered(response):
    assert grade(multiple(1, 3), response) == UNANSWERED


@pytest.mark.parametrize("response", [1, "1,3", {"1": True}, [1, "x"], [1, None], [True, 3]])
def test_multiple_choice_with_a_malformed_response_is_unanswered(response):
    assert grade(multiple(1, 3, partial=True), response) == UNANSWERED


# Multiple choice, partial credit: (correct chosen − incorrect chosen) / correct options, at least 0


def test_partial_credit_for_the_exact_set_is_full_marks():
    assert grade(multiple(0, 1, 2, partial=True), [0, 1, 2]) == Grade(points=D("3.00"), is_correct=True, answered=True)


def test_partial_credit_counts_each_correct_option_chosen():
    # 2 of 3 correct, none wrong: 2/3 × 3 points = 2.00
    assert grade(multiple(0, 1, 2, partial=True), [0, 2]) == Grade(points=D("2.00"), is_correct=False, answered=True)


def test_partial_credit_subtracts_each_incorrect_option_chosen():
    # 2 correct − 1 wrong = 1 of 3: 1/3 × 3 points = 1.00
    assert grade(multiple(0, 1, 2, partial=True), [0, 2, 4]).points == D("1.00")


def test_partial_credit_rounds_to_the_cent_half_up():
    # 2 of 3 correct on a 1-point question: 0.666… → 0.67; 1 of 3 → 0.333… → 0.33
    assert grade(multiple(0, 1, 2, partial=True, points="1"), [0, 1]).points == D("0.67")
    assert grade(multiple(0, 1, 2, partial=True, points="1"), [0]).points == D("0.33")


def test_partial_credit_never_rewards_choosing_every_option():
    # options 0–3, correct {0, 1}: 2 correct − 2 wrong = 0
    assert grade(multiple(0, 1, partial=True), [0, 1, 2, 3]) == WRONG


def test_partial_credit_floors_a_negative_raw_score_at_zero():
    # 1 correct − 3 wrong = −2 of 2 → 0, never negative
    assert grade(multiple(0, 1, partial=True), [0, 5, 6, 7]) == WRONG


def test_partial_credit_with_only_wrong_options_is_zero():
    assert grade(multiple(0, 1, partial=True), [2]) == WRONG


# True or false


@pytest.mark.parametrize("response", [True, "true", "True", " TRUE "])
def test_true_false_accepts_booleans_and_their_words(response):
    assert grade(true_false(True), response) == Grade(points=D("1.00"), is_correct=True, answered=True)


@pytest.mark.parametrize("response", [False, "false"])
def test_true_false_earns_nothing_for_the_opposite(response):
    assert grade(true_false(True), response) == WRONG


def test_true_false_false_statement_answered_false_is_correct():
    assert grade(true_false(False), False).is_correct


@pytest.mark.parametrize("response", [None, ""])
def test_true_false_without_an_answer_is_unanswered(response):
    assert grade(true_false(True), response) == UNANSWERED


@pytest.mark.parametrize("response", [1, 0, "yes", "ha", "t", [True], {"value": True}])
def test_true_false_with_a_malformed_response_is_unanswered(response):
    assert grade(true_false(True), response) == UNANSWERED


def test_true_false_key_without_an_answer_marks_nothing_correct():
    assert grade(true_false(None), True) == WRONG


# Numeric: |value − answer| ≤ tolerance, in Decimal


def test_numeric_exact_answer_without_tolerance():
    assert grade(numeric("1.5"), "1.5") == Grade(points=D("1.00"), is_correct=True, answered=True)


@pytest.mark.parametrize("response", ["1,5", " 1.5 ", "1.50", "+1.5", "15e-1", 1.5, D("1.5")])
def test_numeric_accepts_the_ways_a_learner_writes_one_and_a_half(response):
    assert grade(numeric("1.5"), response).is_correct


@pytest.mark.parametrize("response", ["36.5", "37.5"])
def test_numeric_tolerance_includes_both_bounds(response):
    assert grade(numeric("37", tolerance="0.5"), response).is_correct


@pytest.mark.parametrize("response", ["36.49", "37.51", "36.4999999999", "37.5000000001"])
def test_numeric_just_outside_the_tolerance_is_wrong(response):
    assert grade(numeric("37", tolerance="0.5"), response) == WRONG


def test_numeric_tolerance_uses_decimal_arithmetic_not_floats():
    # In floats 36.6 − 36.5 = 0.10000000000000142 > 0.1, which would reject an answer exactly at the bound.
    assert grade(numeric("36.5", tolerance="0.1"), "36.6").is_correct
    assert grade(numeric("0.3", tolerance="0.1"), "0.4").is_correct


@pytest.mark.parametrize("response", ["1 500", "1\u00a0500", "1\u2009500", "1\u202f500", "1 500,0"])
def test_numeric_accepts_spaces_as_thousands_separators(response):
    assert grade(numeric("1500"), response).is_correct


def test_numeric_negative_and_exponent_forms():
    assert grade(numeric("-2"), "-2").is_correct
    assert grade(numeric("-2"), "\u22122").is_correct  # the typographic minus sign
    assert grade(numeric("74"), "7.4e1").is_correct


@pytest.mark.parametrize("response", ["NaN", "nan", "Infinity", "-Infinity", "inf", float("nan"), float("inf")])
def test_numeric_not_a_finite_number_is_answered_but_wrong(response):
    assert grade(numeric("1"), response) == WRONG


@pytest.mark.parametrize("response", ["abc", "1.5 mg", "1,5,0", "1.500,5", "1 5", "1_000", "--2", "1e99999999999999"])
def test_numeric_text_that_is_not_a_number_is_answered_but_wrong(response):
    assert grade(numeric("1.5"), response) == WRONG


def test_numeric_with_an_astronomical_exponent_is_wrong_without_raising():
    assert grade(numeric("1", tolerance="1"), "1e999999999") == WRONG


@pytest.mark.parametrize("response", [None, "", "   ", "\u00a0"])
def test_numeric_empty_answer_is_unanswered(response):
    assert grade(numeric("1"), response) == UNANSWERED


@pytest.mark.parametrize("response", [True, [1], {"value": 1}])
def test_numeric_malformed_response_is_unanswered(response):
    assert grade(numeric("1"), response) == UNANSWERED


# Short text


def test_short_text_matches_any_accepted_answer_after_folding():
    key = short_text("Paracetamol", "Acetaminophen")
    assert grade(key, "  acetaminophen. ") == Grade(points=D("1.00"), is_correct=True, answered=True)


def test_short_text_wrong_word_earns_nothing():
    assert grade(short_text("Paracetamol"), "Ibuprofen") == WRONG


@pytest.mark.parametrize("response", ["Oʻzbekiston", "O'zbekiston", "o‘zbekiston ", "O`ZBEKISTON.", "Oʼzbekiston!"])
def test_short_text_accepts_every_uzbek_apostrophe_variant(response):
    assert grade(short_text("Oʻzbekiston"), response).is_correct


def test_short_text_cyrillic_is_compared_without_case():
    assert grade(short_text("Ёд"), "ёд").is_correct
    assert grade(short_text("Йод"), "ЙОД").is_correct


def test_short_text_treats_yo_and_ye_as_the_same_letter():
    assert grade(short_text("Жёлчь"), "желчь").is_correct
    assert grade(short_text("желчь"), "ЖЁЛЧЬ").is_correct


def test_short_text_cyrillic_is_not_confused_with_latin():
    assert grade(short_text("йод"), "iod") == WRONG


@pytest.mark.parametrize("response", [None, "", "   ", ".", 42, ["yod"]])
def test_short_text_empty_or_malformed_is_unanswered(response):
    assert grade(short_text("yod"), response) == UNANSWERED


# normalise_text and parse_number on their own


def test_normalise_text_folds_case_spaces_and_final_punctuation():
    assert normalise_text("  Qon   bosimi!  ") == "qon bosimi"


def test_normalise_text_unifies_all_apostrophes_into_the_uzbek_letter_sign():
    variants = ["gʻ", "gʼ", "g‘", "g’", "g`", "g´", "gʹ", "g'", "g\uff07"]
    assert {normalise_text(variant) for variant in variants} == {"g\u02bb"}


def test_normalise_text_keeps_an_apostrophe_at_the_end_of_a_word():
    assert normalise_text("mo'") == "mo\u02bb"


def test_normalise_text_applies_compatibility_forms():
    # fullwidth letters and a decomposed ё (е + combining diaeresis) fold like their plain forms
    assert normalise_text("ＡＢＣ") == "abc"
    assert normalise_text("е\u0308д") == "ед"


@pytest.mark.parametrize(
    ("text", "number"),
    [("1,5", "1.5"), (" 1.5 ", "1.5"), ("-2", "-2"), ("1 500", "1500"), ("12 345 678,9", "12345678.9"),
     ("7.4e1", "74"), (".5", "0.5"), ("1,500", "1.5"), (3, "3"), (0.1, "0.1")],
)  # fmt: skip
def test_parse_number_reads_what_learners_type(text, number):
    assert parse_number(text) == D(number)


@pytest.mark.parametrize(
    "text", ["", "NaN", "sNaN", "Infinity", "-inf", "1.2.3", "1,2,3", "12 34", "1 2345", "e5", None, True]
)
def test_parse_number_refuses_anything_else(text):
    assert parse_number(text) is None


# The attempt's score and the pass decision


def test_attempt_percent_is_awarded_over_possible():
    assert attempt_percent([D("1.00"), D("0.50"), D("0.00")], [D(1), D(1), D(2)]) == D("37.50")


def test_attempt_percent_cuts_to_the_cent_rather_than_rounding_up():
    # 2/3 = 66.666…% → 66.66, and 139.99/200 = 69.995% → 69.99 (which must not reach a 70 % pass mark)
    assert attempt_percent([D(2)], [D(3)]) == D("66.66")
    assert attempt_percent([D("139.99")], [D(200)]) == D("69.99")


def test_attempt_percent_accepts_generators():
    assert attempt_percent((D(1) for _ in range(3)), (D(2) for _ in range(3))) == D("50.00")


def test_attempt_percent_is_zero_when_nothing_was_possible():
    assert attempt_percent([], []) == D("0.00")
    assert attempt_percent([D(0)], [D(0)]) == D("0.00")


def test_attempt_percent_full_marks_is_one_hundred():
    assert attempt_percent([D("2.50"), D(1)], [D("2.50"), D(1)]) == D("100.00")


def test_exactly_at_the_pass_mark_passes():
    assert is_pass(D("70.00"), D(70))


def test_just_below_the_pass_mark_fails():
    assert not is_pass(D("69.99"), D(70))


def test_above_the_pass_mark_passes():
    assert is_pass(D("100.00"), D("80.00"))


# The answer key itself


def test_answer_key_normalises_plain_types_from_unsaved_models():
    key = AnswerKey(kind="multiple", points=1, correct_options=[1, 2], numeric_tolerance=0)
    assert key.kind is Kind.MULTIPLE
    assert key.correct_options == frozenset({1, 2})
    assert grade(key, [2, 1]).points == D("1.00")


def test_answer_key_refuses_negative_points_or_tolerance():
    with pytest.raises(ValueError):
        AnswerKey(kind=Kind.SINGLE, points=D(-1))
    with pytest.raises(ValueError):
        AnswerKey(kind=Kind.NUMERIC, points=D(1), numeric_answer=D(1), numeric_tolerance=D("-0.1"))


def test_answer_key_refuses_an_unknown_question_type():
    with pytest.raises(ValueError):
        AnswerKey(kind="essay", points=D(1))
