"""Reads about quizzes: the final assessments of a course and whether a learner has passed them."""

from courses.models import CoursePage, Enrolment

from . import rules
from .models import Attempt, QuizPage


def final_quiz_ids(course: CoursePage) -> list[int]:
    """Canonical ids of the live final assessments of a (canonical) course."""
    return list(
        QuizPage.objects.live().descendant_of(course).filter(role=QuizPage.Role.FINAL).values_list("pk", flat=True)
    )


def final_assessment_passed(enrolment: Enrolment) -> bool | None:
    """The completion requirement "passed the final assessment"; None when the course has none or does not ask for it."""
    course = enrolment.course
    if course.completion_rule != CoursePage.CompletionRule.LESSONS_AND_FINAL:
        return None
    finals = final_quiz_ids(course)
    if not finals:
        return None
    attempts = in_current_cycle(
        Attempt.objects.filter(learner_id=enrolment.learner_id, quiz_id__in=finals, passed=True), enrolment
    )
    passed = set(attempts.values_list("quiz_id", flat=True))
    return passed >= set(finals)


def in_current_cycle(attempts, enrolment: Enrolment | None):
    """The attempts that count now: after a learner takes a completed course again, earlier ones are history."""
    if enrolment is None or enrolment.cycle_started_at is None:
        return attempts
    return attempts.filter(started_at__gte=enrolment.cycle_started_at)


def answers_released(attempt: Attempt) -> bool:
    """Whether the quiz's rules let this finished attempt show the correct answers now (screens and API alike)."""
    from courses import selectors as course_selectors  # courses' selectors know nothing of quizzes

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
