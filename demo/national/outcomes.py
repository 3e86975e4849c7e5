"""Learning outcomes: a pre-test and a best final score for a share of the assessed courses taken."""

from collections.abc import Iterator
from decimal import Decimal

from assessments.models import LearningOutcome
from courses.models import Enrolment
from demo.national.learning import learning_histories
from demo.national.plan import World, moment
from demo.national.writing import write_rows

OUTCOME_SHARE = 0.6  # completions of assessed courses whose outcome row exists
PRE_TEST_SHARE = 0.8
IN_PROGRESS_OUTCOME_SHARE = 0.3
PRE_TEST_MEAN = {"2211": 58, "2212": 62, "2221": 50, "2261": 55, "2262": 55}
PRE_TEST_MEAN_DEFAULT = 45


OUTCOME_FIELDS = ("learner_id", "course_id", "pre_test_percent", "best_final_percent", "knowledge_gain", "updated_at")


def learning_outcome_rows(world: World) -> Iterator[tuple]:
    """Pre-test and best final score for a share of the assessed courses taken; the final beats the pre-test."""
    rng = world.plan.rng("outcomes")
    for worker, studies in learning_histories(world):
        for study in studies:
            if not study.course.has_final:
                continue
            if study.status == Enrolment.Status.COMPLETED and rng.random() < OUTCOME_SHARE:
                final = _percent(rng.gauss(86, 8), low=70)
                pre = None
                if rng.random() < PRE_TEST_SHARE:
                    pre = _percent(
                        rng.gauss(PRE_TEST_MEAN.get(worker.cadre, PRE_TEST_MEAN_DEFAULT), 14), high=final - 5
                    )
                gain = final - pre if pre is not None else None
                yield worker.user_id, study.course.id, pre, final, gain, moment(study.completions[-1])
            elif study.status == Enrolment.Status.IN_PROGRESS and rng.random() < IN_PROGRESS_OUTCOME_SHARE:
                pre = _percent(rng.gauss(PRE_TEST_MEAN.get(worker.cadre, PRE_TEST_MEAN_DEFAULT), 14))
                yield worker.user_id, study.course.id, pre, None, None, moment(study.last_activity_ts)


def _percent(value: float, *, low: float = 5, high: float = 100) -> Decimal:
    """A score of a twenty-question test: a multiple of five within bounds."""
    return Decimal(5 * round(min(high, max(low, value)) / 5))


def create_learning_outcomes(world: World) -> int:
    return write_rows(LearningOutcome, OUTCOME_FIELDS, learning_outcome_rows(world))
