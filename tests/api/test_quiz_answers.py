"""Saving answers and submitting a quiz through the API: the screens' checks and release rules, never a 500."""

import json
from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from assessments.models import Attempt, AttemptAnswer, QuizPage
from courses import services as course_services
from courses.models import Enrolment
from tests.api.conftest import answers_url, as_body, put_answers, start_url, submit_url


def test_saving_answers_stores_them_as_the_quiz_screens_do(learner_client, quizzes, attempt_id):
    answers = {**as_body(quizzes.perfect_answers), str(quizzes.numeric.pk): 100}

    response = put_answers(learner_client, attempt_id, answers)

    assert response.status_code == 200
    assert response.json() == {"saved": 5, "deadline": None}
    stored = dict(AttemptAnswer.objects.values_list("question_id", "response"))
    assert stored == {
        quizzes.single.pk: 1,
        quizzes.multiple.pk: [0, 1],
        quizzes.true_false.pk: False,
        quizzes.numeric.pk: "100",
        quizzes.short_text.pk: "toshkent",
    }


def test_saving_some_answers_leaves_the_others_and_null_clears_one(learner_client, quizzes, attempt_id):
    put_answers(learner_client, attempt_id, as_body(quizzes.perfect_answers))

    response = put_answers(learner_client, attempt_id, {str(quizzes.single.pk): None, str(quizzes.numeric.pk): 99.5})

    assert response.json()["saved"] == 2
    stored = dict(AttemptAnswer.objects.values_list("question_id", "response"))
    assert stored[quizzes.single.pk] is None
    assert stored[quizzes.numeric.pk] == "99.5"
    assert stored[quizzes.multiple.pk] == [0, 1]
    assert stored[quizzes.short_text.pk] == "toshkent"


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("single", 3),
        ("single", -1),
        ("single", 10**30),
        ("single", "1"),
        ("single", [1]),
        ("single", True),
        ("multiple", [0, 7]),
        ("multiple", 1),
        ("true_false", "yes"),
        ("true_false", 1),
        ("numeric", True),
        ("numeric", [100]),
        ("short_text", 5),
        ("short_text", "x" * 501),
    ],
)
def test_answers_of_the_wrong_type_or_out_of_range_are_a_400_problem(
    learner_client, quizzes, attempt_id, question, value
):
    response = put_answers(learner_client, attempt_id, {str(getattr(quizzes, question).pk): value})

    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["detail"]
    assert not AttemptAnswer.objects.exists()


@pytest.mark.parametrize("key", ["999999", "abc", "", "-1", "1.5"])
def test_answers_to_questions_outside_the_attempt_are_refused_and_nothing_is_saved(
    learner_client, quizzes, attempt_id, key
):
    response = put_answers(learner_client, attempt_id, {str(quizzes.single.pk): 1, key: 1})

    assert response.status_code == 400
    assert response.json()["detail"] == "This question is not part of your attempt."
    assert not AttemptAnswer.objects.exists()


def test_a_key_written_differently_still_goes_through_the_questions_checks(learner_client, quizzes, attempt_id):
    response = put_answers(learner_client, attempt_id, {f"0{quizzes.single.pk}": 99})

    assert response.status_code == 400
    assert not AttemptAnswer.objects.exists()


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"answers": [1, 2]},
        {"answers": "all"},
        {"answers": {"1": {"nested": True}}},
        {"answers": {"1": [[1]]}},
        {"answers": {"1": [0.5]}},
    ],
)
def test_a_body_of_the_wrong_shape_is_a_422_problem(learner_client, attempt_id, body):
    response = learner_client.put(answers_url(attempt_id), body, content_type="application/json")

    assert response.status_code == 422
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["errors"]


@pytest.mark.parametrize("raw", ["{", "not json", '{"answers": {"1": 1' + "0" * 5000 + "}}", ""])
def test_a_body_that_is_not_json_is_a_4xx_problem(learner_client, attempt_id, raw):
    response = learner_client.put(answers_url(attempt_id), raw, content_type="application/json")

    assert 400 <= response.status_code < 500


def test_answers_after_the_deadline_are_refused_with_409_and_the_attempt_is_graded(learner_client, quizzes, learner):
    course = quizzes.course()
    quizzes.enrol(learner, course)
    quiz = quizzes.quiz(course, time_limit_minutes=10)
    attempt_id = learner_client.post(start_url(quiz)).json()["id"]
    put_answers(learner_client, attempt_id, {str(quizzes.single.pk): 1})
    past = timezone.now() - timedelta(minutes=30)
    Attempt.objects.filter(pk=attempt_id).update(started_at=past, deadline=past + timedelta(minutes=10))

    response = put_answers(learner_client, attempt_id, {str(quizzes.true_false.pk): False})

    assert response.status_code == 409
    assert response.json()["code"] == "late"
    assert response.json()["detail"] == "Time is up. Your answers saved before the deadline have been graded."
    attempt = Attempt.objects.get(pk=attempt_id)
    assert attempt.status == Attempt.Status.GRADED
    assert attempt.percent == Decimal("20.00")


def test_answers_after_submitting_are_a_409_problem(learner_client, quizzes, attempt_id):
    learner_client.post(submit_url(attempt_id))

    response = put_answers(learner_client, attempt_id, {str(quizzes.single.pk): 1})

    assert response.status_code == 409
    assert response.json()["code"] == "closed"
    assert not AttemptAnswer.objects.filter(response=1).exists()


def test_the_deadline_is_returned_with_each_save(learner_client, quizzes, learner):
    course = quizzes.course()
    quizzes.enrol(learner, course)
    quiz = quizzes.quiz(course, time_limit_minutes=10)
    started = learner_client.post(start_url(quiz)).json()

    response = put_answers(learner_client, started["id"], {str(quizzes.single.pk): 0})

    assert response.json() == {"saved": 1, "deadline": started["deadline"]}


# Submitting and the result


def test_submitting_perfect_answers_passes_and_shows_feedback_once_passed(learner_client, quizzes, attempt_id):
    put_answers(learner_client, attempt_id, as_body(quizzes.perfect_answers))

    response = learner_client.post(submit_url(attempt_id))

    assert response.status_code == 200
    body = response.json()
    assert (body["score"], body["passed"], body["status"]) == ("100.00", True, "graded")
    assert (body["points"], body["max_points"]) == ("5.00", "5.00")
    assert body["answers_released"] is True
    feedback = {item["question"]: item for item in body["feedback"]}
    assert all(item["correct"] for item in feedback.values())
    assert feedback[quizzes.single.pk]["correct_answer"] == [1]
    assert feedback[quizzes.multiple.pk]["correct_answer"] == [0, 1]
    assert feedback[quizzes.true_false.pk]["correct_answer"] is False
    assert feedback[quizzes.numeric.pk]["correct_answer"] == "100"
    assert feedback[quizzes.numeric.pk]["unit"] == "/min"
    assert feedback[quizzes.short_text.pk]["correct_answer"] == "Toshkent"
    assert "WHO guidance" in feedback[quizzes.single.pk]["explanation"]
    assert feedback[quizzes.single.pk]["answer"] == 1


def test_submitting_twice_returns_the_same_result(learner_client, quizzes, attempt_id):
    put_answers(learner_client, attempt_id, {str(quizzes.single.pk): 1})

    first = learner_client.post(submit_url(attempt_id))
    second = learner_client.post(submit_url(attempt_id))

    assert first.status_code == second.status_code == 200
    assert first.json() == second.json()
    assert first.json()["score"] == "20.00"
    assert first.json()["passed"] is False


def test_a_failed_attempt_hides_the_answers_until_passed(learner_client, quizzes, attempt_id):
    put_answers(learner_client, attempt_id, {str(quizzes.single.pk): 0})

    body = learner_client.post(submit_url(attempt_id)).json()

    assert (body["score"], body["passed"]) == ("0.00", False)
    assert body["answers_released"] is False
    assert body["feedback"] is None
    assert "WHO guidance" not in json.dumps(body)


@pytest.mark.parametrize(
    ("policy", "max_attempts", "released"),
    [
        (QuizPage.AnswerRelease.AFTER_EACH_ATTEMPT, None, True),
        (QuizPage.AnswerRelease.NEVER, None, False),
        (QuizPage.AnswerRelease.AFTER_LAST_ATTEMPT, 1, True),
        (QuizPage.AnswerRelease.AFTER_LAST_ATTEMPT, 2, False),
    ],
)
def test_the_release_policy_decides_the_feedback_of_a_failed_attempt(
    learner_client, quizzes, learner, policy, max_attempts, released
):
    course = quizzes.course()
    quizzes.enrol(learner, course)
    quiz = quizzes.quiz(course, answer_release=policy, max_attempts=max_attempts)
    attempt_id = learner_client.post(start_url(quiz)).json()["id"]

    body = learner_client.post(submit_url(attempt_id)).json()

    assert body["passed"] is False
    assert body["answers_released"] is released
    assert (body["feedback"] is not None) is released
    if released:
        assert [item["correct"] for item in body["feedback"]] == [False] * 5


def test_a_pass_never_releases_answers_when_the_policy_says_never(learner_client, quizzes, learner):
    course = quizzes.course()
    quizzes.enrol(learner, course)
    quiz = quizzes.quiz(course, answer_release=QuizPage.AnswerRelease.NEVER)
    attempt_id = learner_client.post(start_url(quiz)).json()["id"]
    put_answers(learner_client, attempt_id, as_body(quizzes.perfect_answers))

    body = learner_client.post(submit_url(attempt_id)).json()

    assert body["passed"] is True
    assert body["feedback"] is None


def test_a_pass_in_an_earlier_cycle_does_not_release_the_answers_now(learner_client, quizzes, learner, final):
    enrolment = Enrolment.objects.get(learner=learner)
    course_services.complete_lesson(enrolment=enrolment, lesson=quizzes.courses.lessons(enrolment.course)[0])
    first = learner_client.post(start_url(final)).json()["id"]
    put_answers(learner_client, first, as_body(quizzes.perfect_answers))
    assert learner_client.post(submit_url(first)).json()["answers_released"] is True
    course_services.restart_course(enrolment=Enrolment.objects.get(pk=enrolment.pk))

    second = learner_client.post(start_url(final)).json()
    body = learner_client.post(submit_url(second["id"])).json()

    assert second["number"] == 2
    assert body["passed"] is False
    assert body["answers_released"] is False
    assert body["feedback"] is None
