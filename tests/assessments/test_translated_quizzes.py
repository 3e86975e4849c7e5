"""A learner of a translated quiz is told when some of its questions are not yet in the quiz's language."""

import pytest
from django.urls import reverse
from django.utils import translation

from assessments.models import Attempt, Question, QuizPage
from courses.authoring import ensure_authoring_setup
from tests.assessments.translating import TranslatableCourse, locale, translate
from tests.factories import UserFactory
from workforce.roles import Role
from workforce.services import grant_role

NOTICE_RU = "Некоторые вопросы этого теста ещё не переведены"
QUESTION_NOTICE_RU = "Этот вопрос ещё не переведён на ваш язык"


@pytest.fixture
def russian_final(client, quizzes, learner):
    """The course translated by a trainer through the admin and published, the learner enrolled."""
    ensure_authoring_setup()
    course = TranslatableCourse(quizzes)
    client.force_login(grant_role(user=UserFactory(email="trainer@example.test"), role=Role.TRAINER))
    russian_course = translate(client, course.page, "ru")
    for page in russian_course.get_descendants(inclusive=True):
        page.get_latest_revision().publish()
    quizzes.enrol(learner, course.page)
    client.force_login(learner)
    return QuizPage.objects.get(translation_key=course.final.translation_key, locale=locale("ru"))


def translate_questions():
    for question in Question.objects.filter(locale=locale("ru")):
        question.stem = f"<p>Вопрос по-русски {question.pk}</p>"
        question.save()


def start_in_russian(client, quiz) -> Attempt:
    with translation.override("ru"):
        response = client.post(reverse("assessments:start", args=[quiz.pk]))
        assert response.status_code == 302
        attempt = Attempt.objects.latest("pk")
        return client.get(reverse("assessments:attempt", args=[attempt.pk]) + "?all=1")


def test_the_quiz_page_says_its_questions_are_not_yet_translated(client, russian_final):
    response = client.get(russian_final.url)

    assert response.context["untranslated_in"] == ["uz"]
    assert NOTICE_RU in response.content.decode()
    assert "узбекский" in response.content.decode()


def test_each_untranslated_question_says_it_is_shown_in_the_original_language(client, quizzes, russian_final):
    response = start_in_russian(client, russian_final)

    shown = response.context["all_questions"]
    assert [item.other_language for item in shown] == ["uz", "uz"]
    assert [item.question for item in shown] == [quizzes.single, quizzes.multiple], "copies still in Uzbek's words"
    assert response.content.decode().count(QUESTION_NOTICE_RU) == 2


def test_no_notice_once_the_questions_are_translated(client, russian_final):
    translate_questions()

    page = client.get(russian_final.url)
    attempt = start_in_russian(client, russian_final)

    assert page.context["untranslated_in"] == []
    assert NOTICE_RU not in page.content.decode()
    assert [item.other_language for item in attempt.context["all_questions"]] == ["", ""]
    assert "Вопрос по-русски" in attempt.content.decode()
    assert QUESTION_NOTICE_RU not in attempt.content.decode()


def test_the_original_quiz_shows_no_notice(client, quizzes, russian_final):
    original = QuizPage.objects.get(translation_key=russian_final.translation_key, locale=locale("uz"))

    response = client.get(original.url)

    assert response.context["untranslated_in"] == []
