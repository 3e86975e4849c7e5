"""Taking a quiz through the pages: who may, what they see, and that no answer key leaks early."""

from decimal import Decimal

import pytest
from django.urls import reverse

from assessments.models import Attempt, Question, QuizPage
from tests.factories import UserFactory

SECRET_EXPLANATION = "Explained-by-WHO-7341"
SECRET_TEXT_ANSWER = "Qoraqalpogʻiston"
SECRET_NUMBER = "7351.9"


@pytest.fixture
def final(quizzes, learner):
    course = quizzes.course()
    quizzes.enrol(learner, course)
    Question.objects.update(explanation=f"<p>{SECRET_EXPLANATION}</p>")
    quizzes.short_text.accepted_answers = SECRET_TEXT_ANSWER
    quizzes.short_text.save()
    quizzes.numeric.numeric_answer = Decimal(SECRET_NUMBER)
    quizzes.numeric.save()
    return quizzes.quiz(course, pass_mark=Decimal(80), answer_release=QuizPage.AnswerRelease.ONCE_PASSED)


def start(client, quiz) -> Attempt:
    response = client.post(reverse("assessments:start", args=[quiz.pk]))
    assert response.status_code == 302
    return Attempt.objects.latest("pk")


def assert_no_answer_key(html: str):
    assert SECRET_EXPLANATION not in html
    assert SECRET_TEXT_ANSWER not in html
    assert SECRET_NUMBER not in html and SECRET_NUMBER.replace(".", ",") not in html
    assert "is-key" not in html
    assert "data-correct" not in html


def test_enrolled_learner_sees_the_quiz_and_can_start(client, learner, final):
    client.force_login(learner)

    page = client.get(final.url)
    attempt = start(client, final)
    first_question = client.get(reverse("assessments:attempt", args=[attempt.pk]))

    assert page.status_code == 200
    assert first_question.status_code == 200
    assert len(first_question.context["questions"]) == 1


def test_a_learner_not_enrolled_is_sent_to_the_course(client, final):
    client.force_login(UserFactory())

    response = client.get(final.url)

    assert response.status_code == 302


def test_form_answers_then_submit_give_a_graded_result(client, quizzes, learner, final):
    client.force_login(learner)
    attempt = start(client, final)
    data = {
        "shown": [q.pk for q in quizzes.questions],
        f"q{quizzes.single.pk}": "1",
        f"q{quizzes.multiple.pk}": ["0", "1"],
        f"q{quizzes.true_false.pk}": "false",
        f"q{quizzes.numeric.pk}": SECRET_NUMBER,
        f"q{quizzes.short_text.pk}": "qoraqalpog'iston",
        "action": "submit",
    }

    response = client.post(reverse("assessments:save", args=[attempt.pk]), data)

    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.GRADED
    assert attempt.percent == Decimal("100.00")
    result = client.get(reverse("assessments:result", args=[attempt.pk]))
    assert SECRET_EXPLANATION in result.content.decode(), "answers are released once passed"


def test_autosave_answers_with_json(client, quizzes, learner, final):
    client.force_login(learner)
    attempt = start(client, final)

    response = client.post(
        reverse("assessments:save", args=[attempt.pk]),
        {"shown": [quizzes.single.pk], f"q{quizzes.single.pk}": "2"},
        headers={"Accept": "application/json"},
    )

    assert response.json() == {"saved": True}
    assert attempt.answers.get().response == 2


def test_an_option_that_does_not_exist_is_refused(client, quizzes, learner, final):
    client.force_login(learner)
    attempt = start(client, final)

    response = client.post(
        reverse("assessments:save", args=[attempt.pk]),
        {"shown": [quizzes.single.pk], f"q{quizzes.single.pk}": "99"},
        headers={"Accept": "application/json"},
    )

    assert response.status_code == 400
    assert response.json()["saved"] is False
    assert not attempt.answers.exists()


def test_answers_after_submission_get_a_clear_refusal(client, quizzes, learner, final):
    client.force_login(learner)
    attempt = start(client, final)
    client.post(reverse("assessments:submit", args=[attempt.pk]))

    response = client.post(
        reverse("assessments:save", args=[attempt.pk]),
        {"shown": [quizzes.single.pk], f"q{quizzes.single.pk}": "1"},
        headers={"Accept": "application/json"},
    )

    assert response.status_code == 409
    assert response.json()["closed"] is True


def test_double_submit_returns_the_same_result(client, learner, final):
    client.force_login(learner)
    attempt = start(client, final)

    first = client.post(reverse("assessments:submit", args=[attempt.pk]))
    second = client.post(reverse("assessments:submit", args=[attempt.pk]))

    assert first["Location"] == second["Location"]
    assert Attempt.objects.get(pk=attempt.pk).graded_at is not None


@pytest.mark.parametrize("view", ["attempt", "save", "submit", "result"])
def test_another_learners_attempt_is_not_found(client, learner, final, view):
    client.force_login(learner)
    attempt = start(client, final)
    client.force_login(UserFactory())

    method = client.get if view in ("attempt", "result") else client.post

    assert method(reverse(f"assessments:{view}", args=[attempt.pk])).status_code == 404


def test_no_learner_facing_response_reveals_the_answer_key_before_release(client, quizzes, learner, final):
    client.force_login(learner)
    pages = [client.get(final.url)]
    attempt = start(client, final)
    url = reverse("assessments:attempt", args=[attempt.pk])
    pages += [client.get(url, {"q": number}) for number in range(1, len(quizzes.questions) + 1)]
    pages.append(client.get(url, {"all": "1"}))
    pages.append(
        client.post(
            reverse("assessments:save", args=[attempt.pk]),
            {"shown": [quizzes.single.pk], f"q{quizzes.single.pk}": "0"},
            headers={"Accept": "application/json"},
        )
    )
    client.post(reverse("assessments:submit", args=[attempt.pk]))  # a failing attempt: nothing released
    pages.append(client.get(reverse("assessments:result", args=[attempt.pk])))
    pages.append(client.get(final.url))

    for response in pages:
        assert response.status_code == 200
        assert_no_answer_key(response.content.decode())
