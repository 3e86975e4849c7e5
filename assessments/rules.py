"""The quiz rules as pure functions: when an attempt may start, its deadline, what it draws,
and when correct answers may be shown. The current time is always an argument."""

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

# Network latency allowance after the deadline; answers saved later are refused.
GRACE = timedelta(seconds=30)


@dataclass(frozen=True)
class Availability:
    """Whether a learner may start another attempt now, and if not, why and until when."""

    allowed: bool
    reason: str = ""  # "no_attempts_left" or "waiting"
    available_at: datetime | None = None


def attempt_availability(
    *, max_attempts: int | None, attempts_used: int, wait_minutes: int, last_finished_at: datetime | None, now: datetime
) -> Availability:
    if max_attempts is not None and attempts_used >= max_attempts:
        return Availability(False, "no_attempts_left")
    if wait_minutes and last_finished_at is not None:
        available_at = last_finished_at + timedelta(minutes=wait_minutes)
        if now < available_at:
            return Availability(False, "waiting", available_at)
    return Availability(True)


# Start requests this close to an attempt's start (concurrent calls, a retry, a double tap) are that one start.
SAME_START = timedelta(seconds=10)


def is_same_start(*, started_at: datetime, now: datetime) -> bool:
    """Whether a start request arriving at `now` belongs to the start of an attempt started at `started_at`.

    Decided from the attempt alone, so requests racing to start answer alike,
    whichever of them happened to create the attempt.
    """
    return started_at >= now - SAME_START


def deadline_for(started_at: datetime, time_limit_minutes: int | None) -> datetime | None:
    return started_at + timedelta(minutes=time_limit_minutes) if time_limit_minutes else None


def accepts_answers(*, deadline: datetime | None, now: datetime) -> bool:
    """Answers are accepted until the deadline plus the grace period (always, without a limit)."""
    return deadline is None or now <= deadline + GRACE


def draw_questions(
    *,
    chosen: list[int],
    bank: list[int],
    draw_count: int,
    option_counts: dict[int, int],
    shuffle_questions: bool,
    shuffle_options: bool,
    rng: random.Random,
) -> list[dict]:
    """The questions of a new attempt with each one's option order (positions in the original).

    Chosen questions come first (in the trainer's order unless shuffled), then
    `draw_count` questions drawn at random from the bank, never repeating one.
    """
    drawn = [question for question in bank if question not in chosen]
    drawn = rng.sample(drawn, min(draw_count, len(drawn)))
    questions = [*chosen, *drawn]
    if shuffle_questions:
        rng.shuffle(questions)
    result = []
    for question in questions:
        positions = list(range(option_counts.get(question, 0)))
        if shuffle_options:
            rng.shuffle(positions)
        result.append({"question": question, "options": positions})
    return result


def answers_released(
    policy: str, *, attempt_graded: bool, passed_any: bool, attempts_used: int, max_attempts: int | None
) -> bool:
    """Whether correct answers and explanations may be shown for a graded attempt."""
    if not attempt_graded:
        return False
    if policy == "after_each_attempt":
        return True
    if policy == "once_passed":
        return passed_any
    if policy == "after_last_attempt":
        return passed_any or (max_attempts is not None and attempts_used >= max_attempts)
    return False


def knowledge_gain(*, pre_test_percent, best_final_percent):
    """Best final score minus the pre-test score, in points of per cent (None until both exist)."""
    if pre_test_percent is None or best_final_percent is None:
        return None
    return best_final_percent - pre_test_percent
