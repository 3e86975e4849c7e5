"""Item analysis for trainers: pure statistics over graded attempts, in floats.

Paired sequences (scores and results) hold one entry per learner in the same
order; sequences of different lengths raise ValueError. Decimal scores are
accepted and read as floats.
"""

import math
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

BINS = 10


@dataclass(frozen=True)
class QuizSummary:
    """Headline numbers of a quiz: pass rate as a share 0–1; mean, median and ten 10-point bins of per cent scores."""

    attempts: int
    pass_rate: float | None
    mean: float | None
    median: float | None
    distribution: tuple[int, ...]


def summarise(percents: Sequence[float], passed: Sequence[bool]) -> QuizSummary:
    """Attempts, pass rate, mean, median and distribution of per cent scores (None where there are no attempts).

    Bins are [0, 10), [10, 20), … [90, 100]: 100 falls in the last bin; scores outside 0–100 go to the end bins.
    """
    pairs = list(zip(percents, passed, strict=True))
    scores = [float(percent) for percent, _ in pairs]
    bins = [0] * BINS
    for score in scores:
        bins[min(BINS - 1, max(0, int(score // 10)))] += 1
    if not scores:
        return QuizSummary(attempts=0, pass_rate=None, mean=None, median=None, distribution=tuple(bins))
    return QuizSummary(
        attempts=len(scores),
        pass_rate=sum(1 for _, ok in pairs if ok) / len(scores),
        mean=statistics.fmean(scores),
        median=float(statistics.median(scores)),
        distribution=tuple(bins),
    )


def difficulty(correct: Sequence[bool]) -> float | None:
    """Item difficulty (p-value): the share of learners who answered correctly; None without answers."""
    if not correct:
        return None
    return sum(1 for ok in correct if ok) / len(correct)


def discrimination_index(totals: Sequence[float], correct: Sequence[bool], fraction: float = 0.27) -> float | None:
    """Upper–lower discrimination index D = p_upper − p_lower, from −1 to 1.

    Learners are ranked by total score, highest first; among equal totals the earlier learner in the
    input ranks higher. The upper group is the first g and the lower group the last g of that ranking,
    g = max(1, round(n · fraction)); p is the share correct within a group. None when n < 2 or when
    g = n (both groups are everyone). A fraction above 0.5 makes the groups share middle learners.
    """
    pairs = list(zip(totals, correct, strict=True))
    n = len(pairs)
    size = min(n, max(1, round(n * fraction)))
    if n < 2 or size == n:
        return None
    ranked = sorted(pairs, key=lambda pair: float(pair[0]), reverse=True)  # sorted() is stable even reversed
    upper, lower = ranked[:size], ranked[-size:]
    return _share_correct(upper) - _share_correct(lower)


def point_biserial(totals: Sequence[float], correct: Sequence[bool]) -> float | None:
    """Point-biserial correlation of an item with the total score, from −1 to 1.

    r_pb = (M1 − M0) / s_n · √(p · q), where M1 and M0 are the mean totals of learners who answered
    correctly and wrongly, s_n the population standard deviation of all totals, p the share correct
    and q = 1 − p. None when everyone (or no one) answered correctly, or when all totals are equal.
    """
    pairs = list(zip(totals, correct, strict=True))
    right = [float(total) for total, ok in pairs if ok]
    wrong = [float(total) for total, ok in pairs if not ok]
    if not right or not wrong:
        return None
    spread = statistics.pstdev(right + wrong)
    if spread == 0:
        return None
    p = len(right) / len(pairs)
    return (statistics.fmean(right) - statistics.fmean(wrong)) / spread * math.sqrt(p * (1 - p))


def most_chosen_wrong_option(
    choices: Sequence[Iterable[int]], correct_options: frozenset[int]
) -> tuple[int, int] | None:
    """The incorrect option chosen by the most learners, as (option id, learners who chose it).

    Each learner counts once per option; ties go to the smallest option id; None when no learner
    chose an incorrect option.
    """
    counts = Counter(option for chosen in choices for option in set(chosen) if option not in correct_options)
    if not counts:
        return None
    return min(counts.items(), key=lambda item: (-item[1], item[0]))


def _share_correct(group: list[tuple[float, bool]]) -> float:
    return sum(1 for _, ok in group if ok) / len(group)
