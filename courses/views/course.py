"""The course overview: syllabus with per-lesson status, progress and the next step."""

from django.template.response import TemplateResponse
from django.utils.translation import get_language

from .. import completion, selectors
from .access import can_preview_courses


def serve_course(request, course):
    user = request.user
    enrolment, progress = selectors.learner_state(user, course)
    course_url = request.path if request.path.endswith("/") else request.path + "/"
    outline = selectors.course_outline(course, course_url=course_url, progress=progress)
    steps = completion.course_steps(enrolment)
    completed = [item.canonical_id for item in outline.lessons if item.completed]
    language = (get_language() or "").split("-")[0]
    due_dates = selectors.earliest_due_dates(user) if user.is_authenticated else {}
    context = {
        "page": course,
        "self": course,
        "enrolment": enrolment,
        "outline": outline,
        "percent": selectors.progress_percent(enrolment, completed, steps),
        "next_step": selectors.next_step(outline, enrolment, steps),
        "done_steps": {step.page_id for step in steps if step.done},
        "missing_prerequisites": selectors.missing_prerequisites(user, course)
        if enrolment is None or not enrolment.is_active
        else [],
        "due_date": due_dates.get(selectors.canonical_id(course)),
        "page_language": selectors.language_of(course),
        "shown_in_other_language": selectors.language_of(course) != language,
        "can_preview": can_preview_courses(user),
    }
    return TemplateResponse(request, course.get_template(request), context)
