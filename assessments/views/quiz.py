"""The quiz page: rules, the learner's attempt history and the button to start or resume."""

from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from courses import selectors as course_selectors
from courses.views.access import can_preview_courses, course_url_from

from .. import rules, selectors
from ..models import Attempt


def serve_quiz(request, quiz):
    course = course_selectors.course_of(quiz)
    course_url = course_url_from(request.path, quiz, course)
    user = request.user
    enrolment = course_selectors.enrolment_for(user, course)
    studying = enrolment is not None and enrolment.status != enrolment.Status.WITHDRAWN
    if not studying and not can_preview_courses(user):
        messages.info(request, _("Enrol in the course to take its quizzes."))
        return redirect(course_url)
    original = course_selectors.canonical_page(quiz)
    attempts = (
        list(
            selectors.in_current_cycle(Attempt.objects.filter(learner=user, quiz=original), enrolment).order_by(
                "number"
            )
        )
        if studying
        else []
    )
    open_attempt = next((attempt for attempt in attempts if attempt.status == Attempt.Status.IN_PROGRESS), None)
    finished = [attempt for attempt in attempts if attempt.status != Attempt.Status.IN_PROGRESS]
    availability = rules.attempt_availability(
        max_attempts=original.max_attempts,
        attempts_used=len(attempts),
        wait_minutes=original.wait_minutes,
        last_finished_at=finished[-1].submitted_at if finished else None,
        now=timezone.now(),
    )
    context = {
        "page": quiz,
        "self": quiz,
        "course": course,
        "course_url": course_url,
        "studying": studying,
        "attempts": finished,
        "open_attempt": open_attempt,
        "availability": availability,
        "attempts_left": None if original.max_attempts is None else max(original.max_attempts - len(attempts), 0),
        "passed": any(attempt.passed for attempt in finished),
        "question_count": len(selectors.live_chosen_question_ids(original))
        + (original.draw_count if original.draw_bank_id else 0),
        "rules": original,
        "untranslated_in": selectors.languages_of_untranslated_questions(quiz),
    }
    return TemplateResponse(request, quiz.get_template(request), context)
