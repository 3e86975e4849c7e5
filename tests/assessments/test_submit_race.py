"""Fifty "Submit" requests for the same attempt at the same moment grade it once, attempt after attempt (PostgreSQL).

The requests go through the API, each thread with its own client and database connection, so they compete for
the same attempt row the way double clicks, retries and a second tab do. `LMS_EXHAUSTIVE=1` runs 1,000 attempts.
"""

import os
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection
from django.test import Client

from assessments.models import Attempt, AttemptAnswer
from tests.assessments.conftest import QuizBuilder
from tests.factories import UserFactory

SUBMITS = 50
ATTEMPTS = 1000 if os.environ.get("LMS_EXHAUSTIVE") else 100


class Racers:
    """SUBMITS threads, each with its own signed-in client and database connection, released together."""

    def __init__(self, learner):
        self.learner = learner
        self.local = threading.local()
        self.pool = ThreadPoolExecutor(max_workers=SUBMITS)

    def client(self) -> Client:
        if not hasattr(self.local, "client"):
            self.local.client = Client(HTTP_ACCEPT_LANGUAGE="en")
            self.local.client.force_login(self.learner)
        return self.local.client

    def all_at_once(self, action) -> list:
        barrier = threading.Barrier(SUBMITS, timeout=60)

        def run():
            barrier.wait()  # every thread holds its own client before any of them sends
            return action(self.client())

        return [future.result() for future in [self.pool.submit(run) for _ in range(SUBMITS)]]

    def close(self) -> None:
        self.all_at_once(lambda client: connection.close())
        self.pool.shutdown()


@pytest.mark.django_db(transaction=True)
def test_fifty_concurrent_submits_of_one_attempt_grade_it_once_for_each_of_a_hundred_attempts(client, postgres):
    quizzes = QuizBuilder()
    learner = UserFactory()
    course = quizzes.course()
    quizzes.enrol(learner, course)
    quiz = quizzes.quiz(course, max_attempts=None)
    client.force_login(learner)
    racers = Racers(learner)
    graded = []
    try:
        for _ in range(ATTEMPTS):
            started = client.post(f"/api/v1/quizzes/{quiz.pk}/attempts/", HTTP_ACCEPT_LANGUAGE="en")
            assert started.status_code == 201, started.content
            attempt = started.json()
            true_false = next(question["id"] for question in attempt["questions"] if question["kind"] == "true_false")
            saved = client.put(
                f"/api/v1/attempts/{attempt['id']}/answers/",
                {"answers": {str(true_false): False}},
                content_type="application/json",
            )
            assert saved.status_code == 200, saved.content

            responses = racers.all_at_once(lambda racer, pk=attempt["id"]: racer.post(f"/api/v1/attempts/{pk}/submit/"))

            assert [response.status_code for response in responses] == [200] * SUBMITS
            results = {(r.json()["submitted_at"], r.json()["points"], r.json()["status"]) for r in responses}
            assert len(results) == 1, "every submit answers with the one grade"
            graded.append(attempt["id"])
    finally:
        racers.close()

    attempts = Attempt.objects.filter(learner=learner, quiz=quiz)
    assert sorted(attempts.values_list("pk", flat=True)) == sorted(graded)
    assert set(attempts.values_list("status", flat=True)) == {Attempt.Status.GRADED}
    assert set(attempts.values_list("points", flat=True)) == {quizzes.true_false.points}
    for pk in graded:
        assert AttemptAnswer.objects.filter(attempt_id=pk).count() == len(quizzes.questions)
