"""The quiz rules as pure functions: availability, deadline, drawing and when answers are released."""

import random
from datetime import UTC, datetime, timedelta

import pytest

from assessments import rules

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("policy", "graded", "passed", "used", "limit", "released"),
    [
        ("never", True, True, 3, 3, False),
        ("after_each_attempt", True, False, 1, 3, True),
        ("after_each_attempt", False, False, 1, 3, False),
        ("once_passed", True, False, 1, 3, False),
        ("once_passed", True, True, 2, 3, True),
        ("after_last_attempt", True, False, 2, 3, False),
        ("after_last_attempt", True, False, 3, 3, True),
        ("after_last_attempt", True, False, 9, None, False),
        ("after_last_attempt", True, True, 1, 3, True),
    ],
)
def test_answers_are_released_only_as_the_policy_allows(policy, graded, passed, used, limit, released):
    assert (
        rules.answers_released(policy, attempt_graded=graded, passed_any=passed, attempts_used=used, max_attempts=limit)
        is released
    )


def test_no_attempt_left_once_the_limit_is_used():
    availability = rules.attempt_availability(
        max_attempts=2, attempts_used=2, wait_minutes=0, last_finished_at=NOW, now=NOW
    )

    assert not availability.allowed
    assert availability.reason == "no_attempts_left"


def test_waiting_time_counts_from_the_last_submission():
    waiting = rules.attempt_availability(
        max_attempts=None, attempts_used=1, wait_minutes=15, last_finished_at=NOW, now=NOW + timedelta(minutes=14)
    )
    ready = rules.attempt_availability(
        max_attempts=None, attempts_used=1, wait_minutes=15, last_finished_at=NOW, now=NOW + timedelta(minutes=15)
    )

    assert waiting.reason == "waiting"
    assert waiting.available_at == NOW + timedelta(minutes=15)
    assert ready.allowed


def test_deadline_is_start_plus_limit_and_answers_count_until_the_grace_ends():
    deadline = rules.deadline_for(NOW, 20)

    assert deadline == NOW + timedelta(minutes=20)
    assert rules.accepts_answers(deadline=deadline, now=deadline + rules.GRACE)
    assert not rules.accepts_answers(deadline=deadline, now=deadline + rules.GRACE + timedelta(seconds=1))
    assert rules.accepts_answers(deadline=None, now=NOW + timedelta(days=30))


def test_drawing_keeps_chosen_questions_and_adds_distinct_ones_from_the_bank():
    drawn = rules.draw_questions(
        chosen=[1, 2],
        bank=[1, 2, 3, 4, 5, 6],
        draw_count=3,
        option_counts={1: 4, 2: 0, 3: 3, 4: 3, 5: 3, 6: 3},
        shuffle_questions=False,
        shuffle_options=True,
        rng=random.Random(7),
    )

    ids = [entry["question"] for entry in drawn]
    assert ids[:2] == [1, 2]
    assert len(set(ids)) == 5
    assert set(ids[2:]) <= {3, 4, 5, 6}
    assert sorted(drawn[0]["options"]) == [0, 1, 2, 3]
    assert drawn[1]["options"] == []


def test_drawing_more_than_the_bank_holds_takes_what_there_is():
    drawn = rules.draw_questions(
        chosen=[],
        bank=[1, 2],
        draw_count=10,
        option_counts={},
        shuffle_questions=True,
        shuffle_options=False,
        rng=random.Random(1),
    )

    assert sorted(entry["question"] for entry in drawn) == [1, 2]


def test_knowledge_gain_needs_both_scores():
    assert rules.knowledge_gain(pre_test_percent=40, best_final_percent=85) == 45
    assert rules.knowledge_gain(pre_test_percent=None, best_final_percent=85) is None


@pytest.mark.parametrize(
    ("started", "same"),
    [
        (NOW + timedelta(milliseconds=50), True),  # another request got the lock first and created it
        (NOW - timedelta(seconds=2), True),  # created while this request was on its way
        (NOW - timedelta(minutes=5), False),  # a later visit resumes it
    ],
)
def test_starts_arriving_together_are_the_same_start_and_later_ones_resume(started, same):
    assert rules.is_same_start(started_at=started, now=NOW) is same
