"""API test helpers: a client that sends a personal token, the course and quiz builders, and the calls that take a quiz."""

from decimal import Decimal

import pytest
from django.test import Client

from api.models import ApiToken
from api.services import issue_token
from tests.courses.conftest import courses  # noqa: F401 - the course builder fixture
from tests.factories import UserFactory
from workforce.roles import Role
from workforce.services import grant_role


class TokenClient(Client):
    """A test client that sends `Authorization: Bearer <token>` with every request."""

    def __init__(self, token: str, **defaults):
        defaults.setdefault("HTTP_ACCEPT_LANGUAGE", "en")  # messages asserted in English; others say which language
        super().__init__(HTTP_AUTHORIZATION=f"Bearer {token}", **defaults)


@pytest.fixture
def trainer(db):
    return grant_role(user=UserFactory(email="trainer@example.test"), role=Role.TRAINER)


@pytest.fixture
def write_token(trainer) -> str:
    return issue_token(user=trainer, name="HR system", scope=ApiToken.Scope.WRITE)[1]


@pytest.fixture
def read_token(trainer) -> str:
    return issue_token(user=trainer, name="Reports", scope=ApiToken.Scope.READ)[1]


from tests.assessments.conftest import quizzes  # noqa: E402, F401 - the quiz builder fixture


@pytest.fixture
def learner_client(learner) -> Client:
    """The learner signed in on the site, in English: the session authenticates API calls (no CSRF enforced)."""
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(learner)
    return client


def correct_answers(questions) -> dict[str, object]:
    """The right answer to each question, read from its answer key, as the API takes it."""
    answers = {}
    for question in questions:
        options = sorted(question.options.all(), key=lambda option: option.sort_order or 0)
        correct = [position for position, option in enumerate(options) if option.is_correct]
        answers[str(question.pk)] = {
            "single": correct[0] if correct else None,
            "multiple": correct,
            "true_false": question.true_false_answer,
            "numeric": float(question.numeric_answer) if question.numeric_answer is not None else None,
            "short_text": next(iter(question.accepted_answer_list), None),
        }[question.kind]
    return answers


# Taking a quiz


def start_url(quiz) -> str:
    return f"/api/v1/quizzes/{quiz.pk}/attempts/"


def answers_url(attempt_id) -> str:
    return f"/api/v1/attempts/{attempt_id}/answers/"


def submit_url(attempt_id) -> str:
    return f"/api/v1/attempts/{attempt_id}/submit/"


def put_answers(client, attempt_id, answers):
    return client.put(answers_url(attempt_id), {"answers": answers}, content_type="application/json")


def as_body(answers: dict) -> dict:
    return {str(question_id): value for question_id, value in answers.items()}


@pytest.fixture
def final(quizzes, learner):  # noqa: F811 - the quiz builder fixture imported above
    """A final assessment (pass mark 80) of a course the learner is enrolled in."""
    course = quizzes.course()
    quizzes.enrol(learner, course)
    return quizzes.quiz(course, pass_mark=Decimal(80))


@pytest.fixture
def attempt_id(learner_client, final) -> int:
    return learner_client.post(start_url(final)).json()["id"]
