"""Racing "Start" buttons never exceed the attempt limit (PostgreSQL); racing submits: `test_submit_race.py`."""

import contextlib

import pytest

from assessments import services
from assessments.models import Attempt
from tests.assessments.conftest import QuizBuilder
from tests.courses.test_concurrency import run_concurrently
from tests.factories import UserFactory


@pytest.mark.django_db(transaction=True)
def test_concurrent_starts_never_exceed_the_attempt_limit(postgres):
    quizzes = QuizBuilder()
    learner = UserFactory()
    course = quizzes.course()
    quizzes.enrol(learner, course)
    quiz = quizzes.quiz(course, max_attempts=3)

    def start_and_submit_until_refused():
        with contextlib.suppress(services.AttemptNotAllowed):
            for _ in range(5):  # a thread may resume another's open attempt, so each keeps going until refused
                services.submit_attempt(attempt=services.start_attempt(learner=learner, quiz=quiz))

    errors = run_concurrently(start_and_submit_until_refused, count=12)

    assert errors == []
    numbers = sorted(Attempt.objects.filter(learner=learner, quiz=quiz).values_list("number", flat=True))
    assert numbers == [1, 2, 3]
