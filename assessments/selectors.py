"""Reads about quizzes: the quizzes a course asks of a learner, whether they have taken or passed them,
and which of a quiz's questions are not yet in its language."""

from courses import selectors as course_selectors
from courses.completion import Step
from courses.models import CoursePage, Enrolment
from courses.trainer_home import written_by

from . import rules
from .models import Attempt, Question, QuizPage
from .translation_status import question_texts, questions_asked_by, reads_the_same


def quiz_steps(enrolment: Enrolment) -> list[Step]:
    """The quizzes a course asks of a learner besides its lessons, in syllabus order, with whether each is done.

    Final assessments are required (passed in the current cycle) when the course's
    rule asks for them; a pre-test is offered first (done once an attempt is finished).
    """
    course = enrolment.course
    roles = [QuizPage.Role.PRE_TEST]
    if course.completion_rule == CoursePage.CompletionRule.LESSONS_AND_FINAL:
        roles.append(QuizPage.Role.FINAL)
    quizzes = list(
        QuizPage.objects.live().descendant_of(course).filter(role__in=roles).order_by("path").values_list("pk", "role")
    )
    if not quizzes:
        return []
    attempts = in_current_cycle(
        Attempt.objects.filter(learner_id=enrolment.learner_id, quiz_id__in=[pk for pk, _role in quizzes]).exclude(
            status=Attempt.Status.IN_PROGRESS
        ),
        enrolment,
    )
    finished, passed = set(), set()
    for quiz_id, has_passed in attempts.values_list("quiz_id", "passed"):
        finished.add(quiz_id)
        if has_passed:
            passed.add(quiz_id)
    return [
        Step(page_id=pk, done=pk in finished, required=False, first=True)
        if role == QuizPage.Role.PRE_TEST
        else Step(page_id=pk, done=pk in passed)
        for pk, role in quizzes
    ]


def live_chosen_question_ids(quiz: QuizPage):
    """The quiz's chosen questions that learners may get, in the author's order: a question's draft waits
    for review, and a question never published is left out until it is."""
    return quiz.quiz_questions.filter(question__live=True).order_by("sort_order").values_list("question_id", flat=True)


def live_bank_question_ids(quiz: QuizPage) -> list[int]:
    """The published questions of the bank a quiz draws from."""
    return list(Question.objects.filter(bank_id=quiz.draw_bank_id, live=True).values_list("pk", flat=True))


def in_current_cycle(attempts, enrolment: Enrolment | None):
    """The attempts that count now: after a learner takes a completed course again, earlier ones are history."""
    if enrolment is None or enrolment.cycle_started_at is None:
        return attempts
    return attempts.filter(started_at__gte=enrolment.cycle_started_at)


def answers_released(attempt: Attempt) -> bool:
    """Whether the quiz's rules let this finished attempt show the correct answers now (screens and API alike)."""
    quiz = attempt.quiz
    enrolment = course_selectors.enrolment_for(attempt.learner, course_selectors.course_of(quiz))
    attempts = in_current_cycle(Attempt.objects.filter(learner_id=attempt.learner_id, quiz=quiz), enrolment)
    return rules.answers_released(
        quiz.answer_release,
        attempt_graded=attempt.status == Attempt.Status.GRADED,
        passed_any=attempts.filter(passed=True).exists(),
        attempts_used=attempts.count(),
        max_attempts=quiz.max_attempts,
    )


def quizzes_written_by(user, *, limit: int = 5) -> list[QuizPage]:
    """The quizzes a user owns or last edited, most recently changed first."""
    return list(
        QuizPage.objects.filter(written_by(user))
        .select_related("locale")
        .order_by("-latest_revision_created_at")[:limit]
    )


def languages_of_untranslated_questions(quiz: QuizPage) -> list[str]:
    """The languages in which a learner of this quiz page would see questions not yet translated into its own.

    Attempts ask the original quiz's questions, each shown in the page's language
    when translated there (see `views.display.shown_questions`); empty when all are.
    """
    original = course_selectors.canonical_page(quiz)
    asked = questions_asked_by([original.pk])
    rows = list(
        Question.objects.filter(pk__in=asked).exclude(locale=quiz.locale_id).values_list("pk", "translation_key")
    )
    if not rows:
        return []
    translated = dict(
        Question.objects.filter(translation_key__in=[key for _pk, key in rows], locale=quiz.locale_id).values_list(
            "translation_key", "pk"
        )
    )
    texts = question_texts([*(pk for pk, _key in rows), *translated.values()])
    untranslated = [
        pk for pk, key in rows if key not in translated or reads_the_same(texts[pk], texts[translated[key]])
    ]
    codes = Question.objects.filter(pk__in=untranslated).values_list("locale__language_code", flat=True)
    return sorted(set(codes))
