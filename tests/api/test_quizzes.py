"""Taking a quiz through the API: start or resume, save answers, submit; the screens' rules, never a 500."""

import json
from datetime import timedelta
from decimal import Decimal

import pytest
from django.test import Client
from django.utils import timezone
from wagtail.models import Locale

from api import services as api_services
from api.models import ApiToken
from assessments import services
from assessments.models import Attempt, AttemptAnswer, QuizPage
from courses import services as course_services
from courses.models import Enrolment
from tests.api.conftest import TokenClient, correct_answers
from tests.factories import UserFactory


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
def final(quizzes, learner):
    course = quizzes.course()
    quizzes.enrol(learner, course)
    return quizzes.quiz(course, pass_mark=Decimal(80))


@pytest.fixture
def attempt_id(learner_client, final) -> int:
    return learner_client.post(start_url(final)).json()["id"]


# Starting and resuming


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


# Saving answers


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


# Who may call


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
