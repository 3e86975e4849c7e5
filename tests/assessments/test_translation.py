"""Translating a course carries its questions along: the translated tests ask translated questions."""

import pytest
from django.urls import reverse

from assessments.models import Question, QuestionBank, QuizPage
from courses.authoring import ensure_authoring_setup
from tests.assessments.conftest import choice_question
from tests.assessments.translating import TranslatableCourse, locale, translate
from tests.factories import UserFactory
from workforce.roles import Role
from workforce.services import grant_role


@pytest.fixture
def trainer(quizzes):
    ensure_authoring_setup()
    return grant_role(user=UserFactory(email="trainer@example.test"), role=Role.TRAINER)


@pytest.fixture
def course(quizzes):
    return TranslatableCourse(quizzes)


def keys(questions) -> list:
    return [question.translation_key for question in questions]


def options(question) -> list[tuple[str, bool]]:
    return list(question.options.order_by("sort_order").values_list("text", "is_correct"))


def test_translating_a_course_gives_its_tests_the_translated_questions(client, trainer, quizzes, course):
    client.force_login(trainer)

    translate(client, course.page, "ru")

    russian_final = QuizPage.objects.get(translation_key=course.final.translation_key, locale=locale("ru"))
    asked = [chosen.question for chosen in russian_final.quiz_questions.order_by("sort_order")]
    assert keys(asked) == keys([quizzes.single, quizzes.multiple])
    assert {question.locale.language_code for question in asked} == {"ru"}
    assert [options(question) for question in asked] == [options(quizzes.single), options(quizzes.multiple)]
    assert {(question.bank.translation_key, question.bank.locale.language_code) for question in asked} == {
        (quizzes.bank.translation_key, "ru")
    }
    in_the_editor = russian_final.get_latest_revision_as_object()
    assert [chosen.question_id for chosen in in_the_editor.quiz_questions.all()] == [q.pk for q in asked]


def test_a_translated_test_draws_from_the_translated_bank(client, trainer, course):
    client.force_login(trainer)

    translate(client, course.page, "ru")

    russian_pre_test = QuizPage.objects.get(translation_key=course.pre_test.translation_key, locale=locale("ru"))
    bank = russian_pre_test.draw_bank
    assert (bank.translation_key, bank.locale.language_code) == (course.resuscitation.translation_key, "ru")
    assert sorted(keys(bank.questions.all())) == sorted(keys(course.drawn))
    assert russian_pre_test.get_latest_revision_as_object().draw_bank_id == bank.pk
    assert course.pre_test.draw_bank_id == course.resuscitation.pk, "the original keeps its bank"


def test_the_editor_of_a_translated_test_opens(client, trainer, course):
    client.force_login(trainer)
    russian_final = translate(client, course.final.get_parent(), "ru").get_children().type(QuizPage).first()

    response = client.get(reverse("wagtailadmin_pages:edit", args=[russian_final.pk]))

    assert response.status_code == 200


def test_translating_again_links_the_translations_that_exist(client, trainer, quizzes, course):
    client.force_login(trainer)
    snippet_url = reverse(
        "simple_translation:submit_snippet_translation", args=["assessments", "question", quizzes.single.pk]
    )
    client.post(snippet_url, {"locales": [locale("ru").pk]})
    translated_first = Question.objects.get(translation_key=quizzes.single.translation_key, locale=locale("ru"))
    translate(client, course.page, "ru")
    questions_in_russian = Question.objects.filter(locale=locale("ru")).count()
    practice = quizzes.quiz(
        course.page,
        role=QuizPage.Role.PRACTICE,
        questions=[quizzes.single],
        draw_bank=course.resuscitation,
        draw_count=1,
    )

    russian_practice = translate(client, practice, "ru", subtree=False)

    assert [chosen.question for chosen in russian_practice.quiz_questions.all()] == [translated_first]
    assert russian_practice.draw_bank == QuestionBank.objects.get(
        translation_key=course.resuscitation.translation_key, locale=locale("ru")
    )
    assert Question.objects.filter(locale=locale("ru")).count() == questions_in_russian
    assert QuestionBank.objects.filter(locale=locale("ru")).count() == 2
    translated_first.refresh_from_db()
    assert translated_first.bank.locale.language_code == "ru", "filed in the bank's translation once there is one"


def test_an_alias_in_another_language_keeps_the_translated_questions_when_the_original_is_published(quizzes, course):
    ensure_authoring_setup()
    russian_course = course.page.copy_for_translation(locale("ru"))
    alias = course.final.copy_for_translation(locale("ru"), alias=True)
    assert alias.get_parent().pk == russian_course.pk

    course.final.save_revision().publish()

    alias = QuizPage.objects.get(pk=alias.pk)
    asked = [chosen.question for chosen in alias.quiz_questions.all()]
    assert {question.locale.language_code for question in asked} == {"ru"}
    assert keys(asked) == keys([quizzes.single, quizzes.multiple])


def test_a_question_translated_on_its_own_goes_into_its_banks_translation(client, trainer, quizzes, course):
    client.force_login(trainer)
    translate(client, course.page, "ru")
    new = choice_question(quizzes.bank, "Which gloves?", [("Sterile", True), ("None", False)])

    url = reverse("simple_translation:submit_snippet_translation", args=["assessments", "question", new.pk])
    client.post(url, {"locales": [locale("ru").pk]})

    translation = Question.objects.get(translation_key=new.translation_key, locale=locale("ru"))
    assert translation.bank == QuestionBank.objects.get(
        translation_key=quizzes.bank.translation_key, locale=locale("ru")
    )
    assert options(translation) == options(new)
