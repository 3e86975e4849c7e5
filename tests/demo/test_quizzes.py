"""The demo quizzes that `manage.py seed_demo` loads: a pre-test and a final assessment per course, in three languages."""

import re
from decimal import Decimal
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Revision

from assessments import grading
from assessments.models import LearningOutcome, Question, QuestionBank, QuestionOption, QuizPage, QuizQuestion
from assessments.services import answer_key, save_answers, start_attempt, submit_attempt
from courses.models import CoursePage
from courses.services import enrol_learner
from demo.courses import COURSES, QUIZZES
from demo.courses.content import T

LANGUAGES = ("uz", "ru", "en")
CHOICE_KINDS = {"single", "multiple"}


def seed_demo() -> str:
    out = StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


@pytest.fixture
def seeded(db, demo_seed, settings):
    # pytest-django runs tests with DEBUG off; the command is meant for DEBUG on.
    settings.DEBUG = True
    return demo_seed


@pytest.fixture
def learner(seeded):
    return get_user_model().objects.get(email="learner@demo.test")


def course_in(language: str, slug: str) -> CoursePage:
    return CoursePage.objects.get(locale__language_code=language, slug=slug)


def quiz_of(course: CoursePage, role: str) -> QuizPage:
    return QuizPage.objects.child_of(course).get(role=role)


def questions_of(quiz: QuizPage) -> list[Question]:
    return [chosen.question for chosen in quiz.quiz_questions.select_related("question").order_by("sort_order")]


def options_of(question: Question) -> list[QuestionOption]:
    return list(question.options.order_by("sort_order"))


def perfect_response(question: Question):
    """The response a learner who knows the answer key gives; choice options are identified by position."""
    correct = [position for position, option in enumerate(options_of(question)) if option.is_correct]
    return {
        "single": correct[0] if correct else None,
        "multiple": correct,
        "true_false": question.true_false_answer,
        "numeric": str(question.numeric_answer),
        "short_text": question.accepted_answer_list[0] if question.accepted_answer_list else "",
    }[question.kind]


def counts() -> dict[str, int]:
    return {
        "banks": QuestionBank.objects.count(),
        "questions": Question.objects.count(),
        "options": QuestionOption.objects.count(),
        "quizzes": QuizPage.objects.count(),
        "quiz questions": QuizQuestion.objects.count(),
        "quiz revisions": Revision.page_revisions.filter(
            object_id__in=[str(pk) for pk in QuizPage.objects.values_list("pk", flat=True)]
        ).count(),
    }


def test_every_demo_course_starts_with_a_live_pre_test_and_ends_with_a_live_final_in_every_language(seeded):
    for language in LANGUAGES:
        for course in COURSES:
            children = list(course_in(language, course.slug).get_children().specific())

            pre_test, final = children[0], children[-1]
            assert isinstance(pre_test, QuizPage), (language, course.slug)
            assert (pre_test.slug, pre_test.role, pre_test.live) == ("pre-test", QuizPage.Role.PRE_TEST, True)
            assert isinstance(final, QuizPage), (language, course.slug)
            assert (final.slug, final.role, final.live) == ("final-assessment", QuizPage.Role.FINAL, True)
            assert sum(isinstance(child, QuizPage) for child in children) == 2


def test_demo_quiz_translations_share_the_original_key_and_questions_with_their_own_text(seeded):
    for original in QuizPage.objects.filter(locale__language_code="uz"):
        translations = list(original.get_translations().specific())

        assert {translation.locale.language_code for translation in translations} == {"ru", "en"}
        for translation in translations:
            assert translation.title != original.title
            assert translation.intro != original.intro
            assert questions_of(translation) == questions_of(original)


def test_demo_pre_tests_ask_five_bank_questions_once_and_never_show_the_answers(seeded):
    for pre_test in QuizPage.objects.filter(role=QuizPage.Role.PRE_TEST):
        final = quiz_of(pre_test.get_parent(), QuizPage.Role.FINAL)

        assert len(questions_of(pre_test)) == 5
        assert set(questions_of(pre_test)) <= set(questions_of(final))  # the same items measure knowledge gain
        assert pre_test.max_attempts == 1
        assert pre_test.answer_release == QuizPage.AnswerRelease.NEVER


def test_demo_finals_ask_ten_or_more_questions_of_four_or_more_kinds_under_exam_rules(seeded):
    for final in QuizPage.objects.filter(role=QuizPage.Role.FINAL):
        questions = questions_of(final)

        assert len(questions) >= 10, final.url_path
        assert len({question.kind for question in questions}) >= 4, final.url_path
        assert any(question.multiple_scoring == Question.MultipleScoring.PARTIAL for question in questions)
        assert final.pass_mark in (Decimal(70), Decimal(80))
        assert (final.max_attempts, final.time_limit_minutes, final.wait_minutes) == (3, 20, 0)
        assert final.answer_release == QuizPage.AnswerRelease.ONCE_PASSED
        assert final.shuffle_questions and final.shuffle_options
        assert final.draw_bank_id is None and final.draw_count == 0


def test_every_demo_question_has_an_answer_key_and_an_explanation(seeded):
    for question in Question.objects.all():
        options = options_of(question)
        correct = [option for option in options if option.is_correct]
        if question.kind in CHOICE_KINDS:
            assert len(options) >= 3, question
            assert len(correct) == 1 if question.kind == "single" else len(correct) >= 1, question
        else:
            assert not options, question
        if question.kind == "true_false":
            assert question.true_false_answer is not None, question
        if question.kind == "numeric":
            assert question.numeric_answer is not None, question
        if question.kind == "short_text":
            assert question.accepted_answer_list, question
        assert question.explanation.startswith("<p>"), question


def test_demo_question_translations_keep_the_bank_options_and_answer_key_of_the_original(seeded):
    originals = Question.objects.filter(locale__language_code="uz").select_related("bank")

    assert originals.count() == sum(len(quizzes.questions) for quizzes in QUIZZES) >= 30
    for original in originals:
        pattern = [option.is_correct for option in options_of(original)]
        translations = list(original.get_translations().select_related("bank", "locale"))
        assert {translation.locale.language_code for translation in translations} == {"ru", "en"}
        for translation in translations:
            assert translation.bank.translation_key == original.bank.translation_key
            assert translation.bank.locale_id == translation.locale_id
            assert [option.is_correct for option in options_of(translation)] == pattern
            assert translation.stem != original.stem
            for name in (
                "kind",
                "points",
                "multiple_scoring",
                "true_false_answer",
                "numeric_answer",
                "numeric_tolerance",
            ):
                assert getattr(translation, name) == getattr(original, name), (original, name)


def test_seed_demo_twice_creates_no_new_questions_or_quizzes_and_republishes_nothing(seeded):
    first = counts()

    seed_demo()

    assert counts() == first
    assert first["banks"] == 9
    assert first["quizzes"] == 18


def test_seed_demo_restores_a_changed_demo_question_and_its_options(seeded):
    question = Question.objects.get(locale__language_code="en", stem__contains="ratio of chest compressions")
    stem, options = question.stem, [(option.text, option.is_correct) for option in options_of(question)]
    Question.objects.filter(pk=question.pk).update(stem="<p>Changed</p>")
    question.options.all().delete()

    seed_demo()

    question.refresh_from_db()
    assert question.stem == stem
    assert [(option.text, option.is_correct) for option in options_of(question)] == options


def test_demo_learner_scores_full_marks_on_every_demo_final_answered_from_the_answer_keys(learner):
    for course in COURSES:
        final = quiz_of(course_in("uz", course.slug), QuizPage.Role.FINAL)
        enrol_learner(learner=learner, course=final.get_parent().specific)

        attempt = start_attempt(learner=learner, quiz=final)
        questions = Question.objects.in_bulk(attempt.question_ids)
        save_answers(attempt=attempt, responses={pk: perfect_response(questions[pk]) for pk in attempt.question_ids})
        attempt = submit_attempt(attempt=attempt)

        assert attempt.percent == Decimal(100), course.slug
        assert attempt.passed

    outcome = LearningOutcome.objects.get(learner=learner, course__slug="hand-hygiene")
    assert outcome.best_final_percent == Decimal(100)


def test_demo_learner_can_start_the_final_from_its_russian_page_and_retry_at_once(learner):
    final = quiz_of(course_in("ru", "hand-hygiene"), QuizPage.Role.FINAL)
    enrol_learner(learner=learner, course=final.get_parent().specific)

    first = submit_attempt(attempt=start_attempt(learner=learner, quiz=final))
    second = start_attempt(learner=learner, quiz=final)

    assert first.quiz.locale.language_code == "uz"  # attempts belong to the original quiz
    assert (first.percent, first.passed) == (Decimal(0), False)
    assert second.number == 2


def test_demo_short_answers_accept_the_apostrophes_learners_type(seeded):
    question = Question.objects.get(locale__language_code="uz", kind="short_text", accepted_answers__contains="qoʻlqop")

    for typed in ("qoʻlqop", "qo'lqop", "qo‘lqop", "Qoʼlqoplar", "QO`LQOP."):
        assert grading.grade(answer_key(question), typed).is_correct, typed
    assert not grading.grade(answer_key(question), "xalat").is_correct


def test_demo_quiz_texts_in_uzbek_use_the_uzbek_modifier_letters():
    texts = []

    def collect(value):
        if isinstance(value, T):
            texts.append(value.uz)
        elif isinstance(value, list | tuple):
            for item in value:
                collect(item)
        elif hasattr(value, "__dataclass_fields__"):
            for name in value.__dataclass_fields__:
                if name != "accepted_answers":  # what learners may type, with any apostrophe
                    collect(getattr(value, name))

    collect(QUIZZES)

    assert len(texts) > 100
    for text in texts:
        assert not re.search("['‘’`]", text), text
        assert not re.search("[а-яА-ЯёЁ]", text), text


def test_demo_questions_and_knowledge_checks_seldom_put_the_right_answer_first():
    singles = [question for quizzes in QUIZZES for question in quizzes.questions if question.kind == "single"]
    checks = [
        [option["is_correct"] for option in block["options"]]
        for course in COURSES
        for lesson in course.lessons
        for name, block in lesson.body
        if name == "knowledge_check"
    ]

    assert len(singles) >= 10 and len(checks) >= 10
    assert sum(question.options[0][1] for question in singles) <= len(singles) / 3
    assert sum(flags[0] for flags in checks) <= len(checks) / 3
