"""Starting or resuming a quiz through the API: the attempt's rules and questions, and every refusal a problem."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone
from wagtail.models import Locale

from assessments.models import Attempt, AttemptAnswer, QuizPage
from courses import services as course_services
from courses.models import Enrolment
from tests.api.conftest import put_answers, start_url, submit_url
from tests.factories import UserFactory


def test_starting_gives_the_attempt_its_rules_and_questions_without_answer_keys(learner_client, quizzes, final):
    response = learner_client.post(start_url(final))

    assert response.status_code == 201
    body = response.json()
    attempt = Attempt.objects.get()
    assert (body["id"], body["number"], body["quiz"], body["status"]) == (attempt.pk, 1, final.pk, "in_progress")
    assert body["deadline"] is None
    assert body["time_limit_minutes"] is None
    assert body["pass_mark"] == "80.00"
    assert body["attempts_left"] is None
    assert [q["id"] for q in body["questions"]] == [q.pk for q in quizzes.questions]
    assert [q["kind"] for q in body["questions"]] == ["single", "multiple", "true_false", "numeric", "short_text"]
    single = body["questions"][0]
    assert single["number"] == 1
    assert "How long should a hand rub last?" in single["stem"]
    assert single["options"] == [
        {"position": 0, "text": "5 s"},
        {"position": 1, "text": "20–30 s"},
        {"position": 2, "text": "2 min"},
    ]
    assert body["questions"][3]["unit"] == "/min"
    text = response.content.decode()
    for secret in ("is_correct", "correct", "explanation", "WHO guidance", "Toshkent", "accepted"):
        assert secret not in text


def test_starting_again_resumes_the_open_attempt_with_the_answers_saved(learner_client, quizzes, final, attempt_id):
    put_answers(learner_client, attempt_id, {str(quizzes.single.pk): 2})
    Attempt.objects.update(started_at=timezone.now() - timedelta(minutes=5))  # a later visit, not a repeated tap

    response = learner_client.post(start_url(final))

    assert response.status_code == 200
    assert response.json()["id"] == attempt_id
    assert response.json()["questions"][0]["answer"] == 2
    assert response.json()["questions"][1]["answer"] is None
    assert Attempt.objects.count() == 1


def test_questions_and_options_come_in_the_attempts_recorded_order(learner_client, quizzes, learner):
    course = quizzes.course()
    quizzes.enrol(learner, course)
    quiz = quizzes.quiz(course, shuffle_questions=True, shuffle_options=True)

    body = learner_client.post(start_url(quiz)).json()

    recorded = Attempt.objects.get().questions
    assert [q["id"] for q in body["questions"]] == [entry["question"] for entry in recorded]
    texts = {question.pk: [o.text for o in question.options.order_by("sort_order")] for question in quizzes.questions}
    assert [[o["text"] for o in q["options"]] for q in body["questions"]] == [
        [texts[entry["question"]][position] for position in entry["options"]] for entry in recorded
    ]
    assert [[o["position"] for o in q["options"]] for q in body["questions"]] == [
        list(range(len(entry["options"]))) for entry in recorded
    ], "options are identified by their place as shown, not by the author's order"


@pytest.fixture
def right_answer_written_first(quizzes, learner):
    """Four-option questions whose right answer the author always wrote first, with options shuffled."""
    course = quizzes.course()
    quizzes.enrol(learner, course)
    return quizzes.right_answer_written_first(course, answer_release=QuizPage.AnswerRelease.AFTER_EACH_ATTEMPT)


def test_always_sending_the_first_or_lowest_position_scores_at_chance(learner_client, right_answer_written_first):
    scores = {"first shown": [], "lowest": []}

    for number in range(100):
        strategy = "first shown" if number % 2 else "lowest"
        started = learner_client.post(start_url(right_answer_written_first)).json()
        pick = (lambda options: options[0]["position"]) if strategy == "first shown" else (
            lambda options: min(option["position"] for option in options))  # fmt: skip
        put_answers(learner_client, started["id"], {str(q["id"]): pick(q["options"]) for q in started["questions"]})
        scores[strategy].append(float(learner_client.post(submit_url(started["id"])).json()["score"]))

    assert AttemptAnswer.objects.exclude(response=None).count() == 400
    for strategy, percents in scores.items():
        assert 10 < sum(percents) / len(percents) < 40, strategy  # chance is 25%; 40% is about 7 sd away


def test_positions_stay_the_attempts_own_on_resume_and_in_the_feedback(learner_client, right_answer_written_first):
    started = learner_client.post(start_url(right_answer_written_first)).json()
    right = {
        str(q["id"]): next(o["position"] for o in q["options"] if o["text"] == "right") for q in started["questions"]
    }

    put_answers(learner_client, started["id"], right)
    Attempt.objects.update(started_at=timezone.now() - timedelta(minutes=5))
    resumed = learner_client.post(start_url(right_answer_written_first))
    result = learner_client.post(submit_url(started["id"])).json()

    assert resumed.status_code == 200
    assert {str(q["id"]): q["answer"] for q in resumed.json()["questions"]} == right
    assert set(AttemptAnswer.objects.values_list("response", flat=True)) == {0}, "stored as the author's position"
    assert result["score"] == "100.00"
    assert {str(item["question"]): item["answer"] for item in result["feedback"]} == right
    assert {str(item["question"]): item["correct_answer"] for item in result["feedback"]} == {
        question: [position] for question, position in right.items()
    }


def test_questions_are_shown_in_the_language_of_the_request(learner_client, quizzes, final):
    russian = quizzes.single.copy_for_translation(Locale.objects.get(language_code="ru"))
    russian.stem = "<p>Сколько длится обработка рук?</p>"
    russian.save()
    for option, text in zip(russian.options.order_by("sort_order"), ["5 с", "20–30 с", "2 мин"], strict=True):
        option.text = text
        option.save()

    in_russian = learner_client.post(start_url(final), HTTP_ACCEPT_LANGUAGE="ru").json()["questions"][0]
    in_uzbek = learner_client.post(start_url(final), HTTP_ACCEPT_LANGUAGE="uz").json()["questions"][0]

    assert in_russian["id"] == quizzes.single.pk, "answers are keyed by the original question"
    assert in_russian["language"] == "ru"
    assert "Сколько длится" in in_russian["stem"]
    assert [o["text"] for o in in_russian["options"]] == ["5 с", "20–30 с", "2 мин"]
    assert in_uzbek["language"] == "uz"
    assert "How long" in in_uzbek["stem"]


def test_a_time_limit_gives_a_deadline_and_attempts_left_count_this_one(learner_client, quizzes, learner):
    course = quizzes.course()
    quizzes.enrol(learner, course)
    quiz = quizzes.quiz(course, time_limit_minutes=20, max_attempts=3)

    body = learner_client.post(start_url(quiz)).json()

    attempt = Attempt.objects.get()
    assert body["time_limit_minutes"] == 20
    assert body["deadline"] is not None
    assert attempt.deadline == attempt.started_at + timedelta(minutes=20)
    assert (body["max_attempts"], body["attempts_left"]) == (3, 2)


def test_a_translated_quiz_starts_an_attempt_at_the_original(learner_client, quizzes, final):
    quizzes.courses.translate(final.get_parent().specific, "ru")
    translation = final.get_translation(Locale.objects.get(language_code="ru"))

    response = learner_client.post(start_url(translation))

    assert response.status_code == 201
    assert response.json()["quiz"] == final.pk


def test_only_enrolled_learners_may_start_a_quiz(quizzes, final):
    stranger = Client(HTTP_ACCEPT_LANGUAGE="en")
    stranger.force_login(UserFactory())

    response = stranger.post(start_url(final))

    assert response.status_code == 403
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["detail"] == "Enrol in the course to take its quizzes."
    assert not Attempt.objects.exists()


def test_a_withdrawn_learner_may_not_start(learner_client, learner, final):
    course_services.withdraw(enrolment=Enrolment.objects.get(learner=learner))

    assert learner_client.post(start_url(final)).status_code == 403


def test_the_attempt_limit_is_a_409_problem_with_the_services_message(learner_client, quizzes, learner):
    course = quizzes.course()
    quizzes.enrol(learner, course)
    quiz = quizzes.quiz(course, max_attempts=1)
    learner_client.post(submit_url(learner_client.post(start_url(quiz)).json()["id"]))

    response = learner_client.post(start_url(quiz))

    assert response.status_code == 409
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["detail"] == "You have used all your attempts at this quiz."
    assert response.json()["code"] == "no_attempts_left"


def test_the_waiting_time_is_a_409_problem_saying_when(learner_client, quizzes, learner):
    course = quizzes.course()
    quizzes.enrol(learner, course)
    quiz = quizzes.quiz(course, wait_minutes=30)
    learner_client.post(submit_url(learner_client.post(start_url(quiz)).json()["id"]))

    response = learner_client.post(start_url(quiz))

    assert response.status_code == 409
    assert response.json()["code"] == "waiting"
    assert response.json()["detail"].startswith("You can try again after")
    assert response.json()["available_at"]


def test_an_unknown_or_unpublished_quiz_is_not_found(learner_client, final):
    final.unpublish()

    assert learner_client.post(start_url(final)).status_code == 404
    assert learner_client.post("/api/v1/quizzes/999999/attempts/").status_code == 404
    assert learner_client.post("/api/v1/quizzes/abc/attempts/").status_code in (404, 422)


def test_a_quiz_without_questions_is_a_400_problem(learner_client, quizzes, learner):
    course = quizzes.course()
    quizzes.enrol(learner, course)
    quiz = quizzes.quiz(course, questions=[])

    response = learner_client.post(start_url(quiz))

    assert response.status_code == 400
    assert response.json()["code"] == "empty_quiz"
