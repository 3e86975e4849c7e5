"""Numeric answers: what a learner may type, refusal of what the grader cannot read, and how the key is shown."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation

from assessments import services
from assessments.forms import check_number
from assessments.models import Attempt, QuizPage

UNREADABLE = ["5-6", "5–6", "5 cm", "100 /min", "about 100", "1,000.5", "1.2.3", "100%"]


@pytest.fixture
def final(quizzes, learner):
    course = quizzes.course()
    quizzes.enrol(learner, course)
    return quizzes.quiz(course, questions=[quizzes.numeric], answer_release=QuizPage.AnswerRelease.AFTER_EACH_ATTEMPT)


@pytest.fixture
def attempt(quizzes, learner, final):
    return services.start_attempt(learner=learner, quiz=final)


def save(client, attempt, typed, **extra):
    return client.post(
        reverse("assessments:save", args=[attempt.pk]),
        {"shown": [attempt.question_ids[0]], f"q{attempt.question_ids[0]}": typed, **extra},
        **({} if extra else {"headers": {"Accept": "application/json"}}),
    )


@pytest.mark.parametrize("typed", UNREADABLE)
def test_an_unreadable_number_is_refused_with_what_to_type(typed):
    with translation.override("en"), pytest.raises(ValidationError) as refusal:
        check_number(typed, number=3)

    assert refusal.value.code == "not_a_number"
    assert "Question 3" in refusal.value.messages[0]
    assert "5.5" in refusal.value.messages[0] and "5,5" in refusal.value.messages[0]


@pytest.mark.parametrize("typed", ["100", "100.0", "100,0", " 100 ", "1e2", "−100", "+100"])
def test_a_number_with_a_decimal_point_or_comma_is_readable(typed):
    check_number(typed)


@pytest.mark.parametrize("typed", UNREADABLE)
def test_the_quiz_screen_refuses_an_unreadable_number_and_stores_nothing(client, learner, attempt, typed):
    client.force_login(learner)

    response = save(client, attempt, typed)

    assert response.status_code == 400
    assert response.json()["saved"] is False
    assert "5,5" in response.json()["message"]
    assert not attempt.answers.exists()


def test_submitting_an_unreadable_number_does_not_grade_it_zero(client, learner, attempt):
    client.force_login(learner)

    response = save(client, attempt, "95-105", action="submit")

    assert response.status_code == 302
    assert response["Location"] == reverse("assessments:attempt", args=[attempt.pk]) + "?q=1"
    assert Attempt.objects.get(pk=attempt.pk).status == Attempt.Status.IN_PROGRESS
    shown = [str(message) for message in client.get(response["Location"]).context["messages"]]
    assert len(shown) == 1 and "5,5" in shown[0]


@pytest.mark.parametrize("typed", ["100,0", "100.0"])
def test_a_decimal_comma_or_point_is_saved_and_graded_correct(client, learner, attempt, typed):
    client.force_login(learner)

    assert save(client, attempt, typed).json() == {"saved": True}
    graded = services.submit_attempt(attempt=attempt)

    assert graded.percent == Decimal("100.00")


def test_the_api_refuses_an_unreadable_number_with_a_400_problem(learner, attempt):
    from tests.api.conftest import Client

    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(learner)

    response = client.put(
        f"/api/v1/attempts/{attempt.pk}/answers/",
        {"answers": {str(attempt.question_ids[0]): "5-6"}},
        content_type="application/json",
    )

    assert response.status_code == 400
    assert response.json()["code"] == "not_a_number"
    assert "5,5" in response.json()["detail"]
    assert not attempt.answers.exists()


def test_the_correct_number_is_shown_in_the_learners_locale_without_spurious_decimals(
    client, quizzes, learner, attempt
):
    quizzes.numeric.numeric_answer = Decimal("5.5")
    quizzes.numeric.numeric_tolerance = Decimal("0.5")
    quizzes.numeric.unit = "sm"
    quizzes.numeric.save()
    services.save_answers(attempt=attempt, responses={quizzes.numeric.pk: "5,9"})
    services.submit_attempt(attempt=attempt)
    client.force_login(learner)

    with translation.override("ru"):
        html = client.get(reverse("assessments:result", args=[attempt.pk])).content.decode()

    assert "5,5 ± 0,5 sm" in html
    assert "5,5000" not in html and "0,5000" not in html


def test_plain_number_keeps_only_the_decimals_a_number_has():
    template = Template("{% load quiz_numbers %}{{ a|plain_number }}|{{ b|plain_number }}|{{ c|plain_number }}")

    with translation.override("uz"):
        shown = template.render(Context({"a": Decimal("100.0000"), "b": Decimal("0.2500"), "c": None}))

    assert shown == "100|0,25|"


@pytest.fixture
def range_key(quizzes):
    """The trainer wrote "100–120": stored as 110 ± 10 and remembered as a range."""
    quizzes.numeric.numeric_answer, quizzes.numeric.numeric_tolerance = Decimal(110), Decimal(10)
    quizzes.numeric.numeric_shown_as_range = True
    quizzes.numeric.save()
    return quizzes.numeric


@pytest.mark.parametrize(
    ("typed", "percent"),
    [("100", "100.00"), ("120", "100.00"), ("119,5", "100.00"), ("99,99", "0.00"), ("120.01", "0.00")],
)
def test_any_number_in_a_range_earns_the_points_and_none_outside(client, learner, attempt, range_key, typed, percent):
    client.force_login(learner)

    assert save(client, attempt, typed).json() == {"saved": True}

    assert services.submit_attempt(attempt=attempt).percent == Decimal(percent)


def test_a_range_is_shown_as_a_range_in_the_learners_number_style(client, quizzes, learner, attempt, range_key):
    range_key.numeric_answer, range_key.numeric_tolerance = Decimal("36.85"), Decimal("0.35")
    range_key.unit = "°C"
    range_key.save()
    services.save_answers(attempt=attempt, responses={range_key.pk: "38"})
    services.submit_attempt(attempt=attempt)
    client.force_login(learner)

    with translation.override("ru"):
        html = client.get(reverse("assessments:result", args=[attempt.pk])).content.decode()

    assert "36,5–37,2 °C" in html
    assert "±" not in html


def test_the_quiz_screen_says_which_unit_to_type_the_number_in(client, learner, attempt):
    client.force_login(learner)

    with translation.override("en"):
        html = client.get(reverse("assessments:attempt", args=[attempt.pk])).content.decode()

    hint = html.split('class="question__hint"', 1)[1].split("</p>", 1)[0]
    assert "in /min" in hint and "without the unit" in hint
