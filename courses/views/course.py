"""The course overview: syllabus with per-lesson status, progress and the next step."""

from django.template.response import TemplateResponse
from django.utils.translation import get_language

from .. import completion, selectors
from ..models import Enrolment
from .access import can_preview_courses


def next_lesson(outline, enrolment: Enrolment | None):
    """Where "Continue" leads: the first unfinished lesson after the last one opened, else the first unfinished."""
    lessons = outline.lessons
    if not lessons:
        return None
    unfinished = [item for item in lessons if not item.completed]
    if not unfinished:
        return None
    if enrolment is not None and enrolment.last_lesson_id:
        ids = [item.canonical_id for item in lessons]
        if enrolment.last_lesson_id in ids:
            position = ids.index(enrolment.last_lesson_id)
            last = lessons[position]
            if not last.completed:
                return last
            later = [item for item in lessons[position + 1 :] if not item.completed]
            if later:
                return later[0]
    return unfinished[0]


def serve_course(request, course):
    user = request.user
    enrolment, progress = selectors.learner_state(user, course)
    course_url = request.path if request.path.endswith("/") else request.path + "/"
    outline = selectors.course_outline(course, course_url=course_url, progress=progress)
    completed = [item.canonical_id for item in outline.lessons if item.completed]
    percent = completion.progress_percent(
        required_lessons=[item.canonical_id for item in outline.lessons], completed_lessons=completed
    )
    language = (get_language() or "").split("-")[0]
    due_dates = selectors.earliest_due_dates(user) if user.is_authenticated else {}
    context = {
        "page": course,
        "self": course,
        "enrolment": enrolment,
        "outline": outline,
        "percent": percent,
        "next_lesson": next_lesson(outline, enrolment),
        "missing_prerequisites": selectors.missing_prerequisites(user, course)
        if enrolment is None or not enrolment.is_active
        else [],
        "due_date": due_dates.get(selectors.canonical_id(course)),
        "page_language": selectors.language_of(course),
        "shown_in_other_language": selectors.language_of(course) != language,
        "can_preview": can_preview_courses(user),
    }
    return TemplateResponse(request, course.get_template(request), context)
