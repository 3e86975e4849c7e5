"""Item analysis for trainers, checked against values computed by hand in the comments."""

from decimal import Decimal

import pytest

from assessments.statistics import (
    QuizSummary,
    difficulty,
    discrimination_index,
    most_chosen_wrong_option,
    point_biserial,
    summarise,
)

# Six learners, deliberately not in score order.
#   learner   A  B  C  D  E  F
#   total     5  9  2  8  6  3
#   item      ✓  ✓  ✗  ✗  ✓  ✗
# Ranked by total: B 9 ✓, D 8 ✗, E 6 ✓, A 5 ✓, F 3 ✗, C 2 ✗
SIX_TOTALS = [5, 9, 2, 8, 6, 3]
SIX_ITEM = [True, True, False, False, True, False]


# summarise


def test_summary_of_eight_attempts():
    percents = [100.0, 90.0, 72.5, 72.5, 55.0, 10.0, 9.99, 0.0]
    passed = [True, True, True, True, False, False, False, False]
    # pass rate 4/8 = 0.5
    # mean   (100 + 90 + 72.5 + 72.5 + 55 + 10 + 9.99 + 0) / 8 = 409.99 / 8 = 51.24875
    # median sorted 0, 9.99, 10, 55, 72.5, 72.5, 90, 100 → (55 + 72.5) / 2 = 63.75
    # bins   [0,10): 0, 9.99 | [10,20): 10 | [50,60): 55 | [70,80): 72.5 ×2 | [90,100]: 90, 100
    summary = summarise(percents, passed)
    assert summary.attempts == 8
    assert summary.pass_rate == pytest.approx(0.5)
    assert summary.mean == pytest.approx(51.24875)
    assert summary.median == pytest.approx(63.75)
    assert summary.distribution == (2, 1, 0, 0, 0, 1, 0, 2, 0, 2)


def test_summary_puts_one_hundred_in_the_last_bin_and_ten_in_the_second():
    assert summarise([100.0, 10.0], [True, False]).distribution == (0, 1, 0, 0, 0, 0, 0, 0, 0, 1)


def test_summary_accepts_decimal_percents_from_grading():
    summary = summarise([Decimal("50.00"), Decimal("75.50")], [False, True])
    assert summary.mean == pytest.approx(62.75)
    assert summary.median == pytest.approx(62.75)
    assert summary.distribution == (0, 0, 0, 0, 0, 1, 0, 1, 0, 0)


def test_summary_without_attempts_has_no_rates():
    assert summarise([], []) == QuizSummary(attempts=0, pass_rate=None, mean=None, median=None, distribution=(0,) * 10)


def test_summary_of_one_attempt():
    assert summarise([64.0], [False]) == QuizSummary(
        attempts=1, pass_rate=0.0, mean=64.0, median=64.0, distribution=(0, 0, 0, 0, 0, 0, 1, 0, 0, 0)
    )


def test_summary_refuses_scores_and_results_of_different_lengths():
    with pytest.raises(ValueError):
        summarise([50.0, 60.0], [True])


# difficulty


def test_difficulty_is_the_share_answering_correctly():
    # 3 of 6 correct
    assert difficulty(SIX_ITEM) == pytest.approx(0.5)


def test_difficulty_when_all_correct_is_one():
    assert difficulty([True, True, True]) == 1.0


def test_difficulty_without_answers_is_none():
    assert difficulty([]) is None


# discrimination_index


def test_discrimination_of_six_learners_uses_groups_of_two():
    # g = max(1, round(6 × 0.27)) = round(1.62) = 2
    # upper: B ✓, D ✗ → 1/2 = 0.5;  lower: F ✗, C ✗ → 0/2 = 0.0;  D = 0.5 − 0.0 = 0.5
    assert discrimination_index(SIX_TOTALS, SIX_ITEM) == pytest.approx(0.5)


def test_discrimination_of_ten_learners_uses_groups_of_three():
    totals = [20, 18, 17, 15, 14, 12, 11, 9, 7, 4]
    item = [True, True, False, True, False, True, False, False, True, False]
    # g = round(10 × 0.27) = round(2.7) = 3
    # upper 20 ✓, 18 ✓, 17 ✗ → 2/3;  lower 9 ✗, 7 ✓, 4 ✗ → 1/3;  D = 1/3
    assert discrimination_index(totals, item) == pytest.approx(1 / 3)


def test_discrimination_is_negative_when_weaker_learners_do_better():
    # g = round(4 × 0.27) = round(1.08) = 1: upper 10 ✗ → 0, lower 1 ✓ → 1; D = −1
    assert discrimination_index([10, 1, 5, 6], [False, True, True, False]) == pytest.approx(-1.0)


def test_discrimination_breaks_ties_by_input_order():
    # fraction 0.5 → g = 2. Ranking: 7 ✓, 5 ✓ (2nd in input), 5 ✗ (3rd in input), 3 ✗
    # upper 7 ✓, 5 ✓ → 1.0;  lower 5 ✗, 3 ✗ → 0.0;  D = 1.0
    # (had the tie gone the other way, both groups would be 0.5 and D = 0)
    assert discrimination_index([7, 5, 5, 3], [True, True, False, False], fraction=0.5) == pytest.approx(1.0)


def test_discrimination_with_all_totals_equal_keeps_the_groups_apart():
    # ranking is the input order: upper = learner 1 ✓, lower = learner 4 ✗ (never the same learner twice)
    assert discrimination_index([5, 5, 5, 5], [True, False, True, False]) == pytest.approx(1.0)


def test_discrimination_of_two_learners_compares_one_with_the_other():
    # g = max(1, round(0.54)) = 1
    assert discrimination_index([8, 3], [True, False]) == pytest.approx(1.0)


def test_discrimination_when_all_correct_is_zero():
    assert discrimination_index(SIX_TOTALS, [True] * 6) == 0.0


@pytest.mark.parametrize(("totals", "item"), [([], []), ([7.0], [True])])
def test_discrimination_needs_two_learners(totals, item):
    assert discrimination_index(totals, item) is None


def test_discrimination_is_none_when_both_groups_are_everyone():
    # fraction 1.0 → g = n: the groups overlap entirely
    assert discrimination_index(SIX_TOTALS, SIX_ITEM, fraction=1.0) is None


# point_biserial: r_pb = (M1 − M0) / s_n · √(p·q), s_n the population standard deviation


def test_point_biserial_of_six_learners():
    # correct: 9, 6, 5 → M1 = 20/3;  wrong: 8, 3, 2 → M0 = 13/3;  M1 − M0 = 7/3
    # mean of all = 33/6 = 5.5; deviations ±3.5, ±2.5, ±0.5 → squares 12.25 + 6.25 + 0.25, twice = 37.5
    # s_n = √(37.5 / 6) = √6.25 = 2.5;  p = q = 1/2 → √(p·q) = 0.5
    # r_pb = (7/3) / 2.5 × 0.5 = 7/15 ≈ 0.4667
    assert point_biserial(SIX_TOTALS, SIX_ITEM) == pytest.approx(7 / 15)


def test_point_biserial_with_an_unequal_split():
    # correct: 9, 8, 6, 5 → M1 = 7;  wrong: 3, 2 → M0 = 2.5;  s_n = 2.5 (same totals as above)
    # p = 4/6, q = 2/6 → √(p·q) = √(8/36) = √2 / 3
    # r_pb = 4.5 / 2.5 × √2 / 3 = 0.6 × √2 ≈ 0.8485
    item = [True, True, True, True, False, False]
    assert point_biserial([9, 8, 6, 5, 3, 2], item) == pytest.approx(0.848528, abs=1e-6)


def test_point_biserial_of_ten_learners():
    totals = [20, 18, 17, 15, 14, 12, 11, 9, 7, 4]
    item = [True, True, False, True, False, True, False, False, True, False]
    # correct: 20, 18, 15, 12, 7 → M1 = 72/5 = 14.4;  wrong: 17, 14, 11, 9, 4 → M0 = 55/5 = 11
    # mean = 127/10 = 12.7; squared deviations 53.29, 28.09, 18.49, 5.29, 1.69, 0.49, 2.89, 13.69, 32.49, 75.69
    # sum = 232.1 → s_n = √23.21 ≈ 4.81768;  p = q = 0.5
    # r_pb = 3.4 / 4.81768 × 0.5 ≈ 0.35287
    assert point_biserial(totals, item) == pytest.approx(0.35287, abs=1e-5)


def test_point_biserial_is_negative_when_weaker_learners_do_better():
    # the six-learner item reversed: M1 − M0 = −7/3 → r_pb = −7/15
    assert point_biserial(SIX_TOTALS, [not ok for ok in SIX_ITEM]) == pytest.approx(-7 / 15)


@pytest.mark.parametrize("item", [[True] * 6, [False] * 6])
def test_point_biserial_is_none_when_everyone_or_no_one_is_correct(item):
    assert point_biserial(SIX_TOTALS, item) is None


def test_point_biserial_is_none_when_all_totals_are_equal():
    assert point_biserial([10, 10, 10], [True, False, True]) is None


@pytest.mark.parametrize(("totals", "item"), [([], []), ([7.0], [True])])
def test_point_biserial_needs_learners_on_both_sides(totals, item):
    assert point_biserial(totals, item) is None


def test_point_biserial_refuses_totals_and_results_of_different_lengths():
    with pytest.raises(ValueError):
        point_biserial([1, 2, 3], [True, False])


# most_chosen_wrong_option


def test_most_chosen_wrong_option_counts_learners():
    # correct option 1; wrong choices: 2 ×1, 3 ×3, 4 ×1
    choices = [[1], [3], [2], [3], [1], [3], [4]]
    assert most_chosen_wrong_option(choices, frozenset({1})) == (3, 3)


def test_most_chosen_wrong_option_ties_go_to_the_smallest_id():
    # wrong choices: 4 ×2, 2 ×2, 3 ×1 (learner 5 chose 4 twice: counted once)
    choices = [[4], [2], [2, 3], [1], [4, 4]]
    assert most_chosen_wrong_option(choices, frozenset({1})) == (2, 2)


def test_most_chosen_wrong_option_of_multiple_choice_ignores_correct_options():
    # correct {0, 1}; wrong: 2 ×2, 3 ×1
    choices = [[0, 1], [0, 1, 2], [0, 2, 3], [1]]
    assert most_chosen_wrong_option(choices, frozenset({0, 1})) == (2, 2)


@pytest.mark.parametrize("choices", [[], [[], []], [[1], [1, 2]]])
def test_most_chosen_wrong_option_is_none_when_no_wrong_option_was_chosen(choices):
    assert most_chosen_wrong_option(choices, frozenset({1, 2})) is None
