"""Who may take a quiz through the API: learners by session or write token, only on their own attempts; the schema."""

from django.test import Client

from api import services as api_services
from api.models import ApiToken
from assessments import services
from assessments.models import Attempt, AttemptAnswer
from tests.api.conftest import TokenClient, correct_answers, put_answers, start_url, submit_url
from tests.factories import UserFactory


def test_anonymous_callers_get_401_on_every_quiz_operation(final, attempt_id):
    anonymous = Client()

    assert anonymous.post(start_url(final)).status_code == 401
    assert put_answers(anonymous, attempt_id, {}).status_code == 401
    assert anonymous.post(submit_url(attempt_id)).status_code == 401


def test_another_learners_attempt_is_not_found(quizzes, final, attempt_id):
    other = Client()
    other.force_login(UserFactory())

    assert put_answers(other, attempt_id, {str(quizzes.single.pk): 1}).status_code == 404
    assert other.post(submit_url(attempt_id)).status_code == 404
    assert other.post("/api/v1/attempts/999999/submit/").status_code == 404
    assert Attempt.objects.get(pk=attempt_id).status == Attempt.Status.IN_PROGRESS
    assert not AttemptAnswer.objects.exists()


def test_a_staff_member_with_a_write_token_takes_a_quiz_as_a_learner(quizzes, trainer, write_token):
    course = quizzes.course()
    quizzes.enrol(trainer, course)
    quiz = quizzes.quiz(course)
    client = TokenClient(write_token)

    attempt_id = client.post(start_url(quiz)).json()["id"]
    saved = put_answers(client, attempt_id, correct_answers(quizzes.questions))
    result = client.post(submit_url(attempt_id))

    assert saved.json()["saved"] == 5
    assert (result.json()["score"], result.json()["passed"]) == ("100.00", True)


def test_a_read_only_token_may_not_start_answer_or_submit(quizzes, trainer, read_token):
    course = quizzes.course()
    quizzes.enrol(trainer, course)
    quiz = quizzes.quiz(course)
    attempt = services.start_attempt(learner=trainer, quiz=quiz)
    client = TokenClient(read_token)

    responses = [
        client.post(start_url(quiz)),
        put_answers(client, attempt.pk, {str(quizzes.single.pk): 1}),
        client.post(submit_url(attempt.pk)),
    ]

    assert [response.status_code for response in responses] == [403, 403, 403]
    assert all("read-only" in response.json()["detail"] for response in responses)
    assert Attempt.objects.get().status == Attempt.Status.IN_PROGRESS


def test_a_revoked_token_is_refused(quizzes, trainer, write_token):
    course = quizzes.course()
    quizzes.enrol(trainer, course)
    quiz = quizzes.quiz(course)
    api_services.revoke_token(token=ApiToken.objects.get(user=trainer))

    assert TokenClient(write_token).post(start_url(quiz)).status_code == 401


def test_the_session_needs_csrf_when_the_client_enforces_it(learner, final):
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)

    assert client.post(start_url(final)).status_code == 403
    assert not Attempt.objects.exists()


def test_the_operations_are_in_the_schema(db):
    paths = Client().get("/api/v1/schema/").json()["paths"]

    assert "/api/v1/quizzes/{quiz_id}/attempts/" in paths
    assert "/api/v1/attempts/{attempt_id}/answers/" in paths
    assert "/api/v1/attempts/{attempt_id}/submit/" in paths


def test_questions_have_no_answer_key_in_the_schema(db):
    schemas = Client().get("/api/v1/schema/").json()["components"]["schemas"]

    assert set(schemas["QuestionOut"]["properties"]) == {
        "id", "number", "kind", "language", "stem", "unit", "image_url", "options", "answer",
    }  # fmt: skip
    assert set(schemas["OptionOut"]["properties"]) == {"position", "text"}
