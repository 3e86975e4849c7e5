"""Learners' apps that fire "start" several times at once get one attempt, answered alike (threads on PostgreSQL)."""

import time

import pytest
from django.test import Client

from assessments import services
from assessments.models import Attempt
from tests.courses.test_concurrency import run_concurrently

THREADS = 10
ROUNDS = 3
STAGGER = 0.04  # seconds between arrivals


@pytest.mark.django_db(transaction=True)
def test_concurrent_starts_answer_with_one_status_for_the_one_attempt(postgres, quizzes, learner):
    course = quizzes.course()
    quizzes.enrol(learner, course)
    quiz = quizzes.quiz(course)
    clients = []
    for _ in range(THREADS):
        client = Client(HTTP_ACCEPT_LANGUAGE="en")
        client.force_login(learner)
        clients.append(client)

    for _ in range(ROUNDS):
        answers, errors = _start_together(clients, quiz)

        assert errors == []
        assert {status for status, _attempt in answers} == {201}
        assert len({attempt for _status, attempt in answers}) == 1
        services.submit_attempt(attempt=Attempt.objects.get(pk=answers[0][1]))
    assert Attempt.objects.filter(learner=learner, quiz=quiz).count() == ROUNDS


def _start_together(clients, quiz) -> tuple[list[tuple[int, int]], list]:
    """The clients post "start" within a fraction of a second; (status, attempt id) of each answer, and any errors."""
    answers, waiting = [], list(clients)

    def start():
        client = waiting.pop()
        time.sleep(STAGGER * len(waiting))  # some arrive before the attempt exists, some just after it is created
        response = client.post(f"/api/v1/quizzes/{quiz.pk}/attempts/")
        answers.append((response.status_code, response.json()["id"]))

    return answers, run_concurrently(start, count=len(clients))
