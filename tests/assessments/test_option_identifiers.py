"""What learners send to choose an option says nothing about the author's order or the answer key."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from assessments import services
from assessments.models import Attempt, AttemptAnswer, Question, QuizPage

ATTEMPTS = 100
QUESTIONS = 4
# Guessing one option in four scores 25% (sd about 2.2 points over 400 answers); 40% is about 7 sd away.
CHANCE_BOUND = 40
OPTION = re.compile(r'name="q(\d+)" value="([^"]*)"\s*(checked)?>\s*<span>([^<]*)</span>')


@pytest.fixture
def shuffled(quizzes, learner):
    """A quiz of four-option questions whose right answer the author always wrote first; options shuffled."""
    course = quizzes.course()
    quizzes.enrol(learner, course)
    return quizzes.right_answer_written_first(course, one_question_per_screen=False)


def shown_options(html: str) -> dict[int, list[tuple[str, str, bool]]]:
    """By question id: (value sent, text, checked) of each option, in the order the page shows them."""
    options = {}
    for question, value, checked, text in OPTION.findall(html):
        options.setdefault(int(question), []).append((value, text, bool(checked)))
    return options


def start_on_the_page(client, quiz) -> tuple[Attempt, dict]:
    response = client.post(reverse("assessments:start", args=[quiz.pk]))
    attempt = Attempt.objects.get(pk=response.url.strip("/").split("/")[-1])
    return attempt, shown_options(client.get(reverse("assessments:attempt", args=[attempt.pk])).content.decode())


def test_always_choosing_the_first_or_lowest_option_scores_at_chance_on_the_quiz_page(client, learner, shuffled):
    client.force_login(learner)
    scores = {"first shown": [], "lowest value": []}

    for number in range(ATTEMPTS):
        strategy = "first shown" if number % 2 else "lowest value"
        attempt, options = start_on_the_page(client, shuffled)
        answers = {
            f"q{question}": shown[0][0] if strategy == "first shown" else min((v for v, _t, _c in shown), key=int)
            for question, shown in options.items()
        }
        client.post(
            reverse("assessments:save", args=[attempt.pk]), {"shown": list(options), "action": "submit", **answers}
        )
        attempt.refresh_from_db()
        scores[strategy].append(attempt.percent)

    answered = AttemptAnswer.objects.filter(attempt__quiz=shuffled).exclude(response=None).count()
    assert answered == ATTEMPTS * QUESTIONS
    for strategy, percents in scores.items():
        assert 10 < sum(percents) / len(percents) < CHANCE_BOUND, strategy


def test_option_values_are_their_places_as_shown_whatever_the_authors_order(client, learner, shuffled):
    client.force_login(learner)

    attempt, options = start_on_the_page(client, shuffled)

    assert all([value for value, _text, _checked in shown] == ["0", "1", "2", "3"] for shown in options.values())
    questions = Question.objects.filter(pk__in=attempt.question_ids)
    texts = {question.pk: [o.text for o in question.options.order_by("sort_order")] for question in questions}
    for question, order in attempt.option_orders.items():
        assert [text for _value, text, _checked in options[question]] == [texts[question][p] for p in order]


def choose_right(options) -> dict:
    """Choose the option labelled "right" on each question, as the page offers it."""
    answers = {f"q{q}": next(value for value, text, _c in shown if text == "right") for q, shown in options.items()}
    return {"shown": list(options), **answers}


def test_an_autosaved_choice_stays_chosen_on_reload_and_grades_right(client, learner, shuffled):
    client.force_login(learner)
    attempt, options = start_on_the_page(client, shuffled)

    saved = client.post(
        reverse("assessments:save", args=[attempt.pk]), choose_right(options),
        HTTP_ACCEPT="application/json",
    )  # fmt: skip
    reloaded = shown_options(client.get(reverse("assessments:attempt", args=[attempt.pk])).content.decode())
    services.submit_attempt(attempt=attempt)

    assert saved.json() == {"saved": True}
    assert all([text for _v, text, checked in shown if checked] == ["right"] for shown in reloaded.values())
    assert set(AttemptAnswer.objects.filter(attempt=attempt).values_list("response", flat=True)) == {0}
    attempt.refresh_from_db()
    assert attempt.percent == 100


def test_choices_saved_before_the_time_ran_out_are_graded_by_the_sweep(client, learner, shuffled):
    QuizPage.objects.filter(pk=shuffled.pk).update(time_limit_minutes=10)
    client.force_login(learner)
    attempt, options = start_on_the_page(client, shuffled)
    client.post(reverse("assessments:save", args=[attempt.pk]), choose_right(options))

    closed = services.close_expired_attempts(now=timezone.now() + timedelta(minutes=11))

    attempt.refresh_from_db()
    assert closed == 1
    assert (attempt.status, attempt.percent) == (Attempt.Status.GRADED, 100)


def test_a_place_beyond_the_options_shown_is_refused(client, learner, shuffled):
    client.force_login(learner)
    attempt, options = start_on_the_page(client, shuffled)
    question = next(iter(options))

    response = client.post(
        reverse("assessments:save", args=[attempt.pk]), {"shown": [question], f"q{question}": "4"},
        HTTP_ACCEPT="application/json",
    )  # fmt: skip

    assert response.status_code == 400
    assert not AttemptAnswer.objects.filter(attempt=attempt).exists()
