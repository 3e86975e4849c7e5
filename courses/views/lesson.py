"""A lesson, for enrolled learners (and for staff previewing)."""

from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from .. import completion, selectors, services
from .access import can_preview_courses, course_url_from


def serve_lesson(request, lesson):
    course = selectors.course_of(lesson)
    course_url = course_url_from(request.path, lesson, course)
    user = request.user
    enrolment, progress = selectors.learner_state(user, course)
    previewing = getattr(request, "is_preview", False)
    studying = enrolment is not None and enrolment.status != enrolment.Status.WITHDRAWN
    if not studying and not (previewing or can_preview_courses(user)):
        messages.info(request, _("Enrol in the course to open its lessons."))
        return redirect(course_url)
    if not studying:
        enrolment, progress = None, {}

    outline = selectors.course_outline(course, course_url=course_url, progress=progress)
    lessons = outline.lessons
    position = next((index for index, item in enumerate(lessons) if item.page_id == lesson.pk), 0)
    current = lessons[position] if lessons else None
    if enrolment is not None and not previewing and current is not None:
        already_noted = current.canonical_id in progress and enrolment.last_lesson_id == current.canonical_id
        if not already_noted:
            services.record_lesson_view(enrolment=enrolment, lesson=lesson)
            current.viewed = True
    completed = [item.canonical_id for item in lessons if item.completed]
    steps = completion.course_steps(enrolment)
    # Where the learner goes once this lesson is done: after the last lesson, what is left of the course.
    then = selectors.next_step(
        outline, enrolment, steps, also_done=current.canonical_id if current else None, in_lesson=True
    )
    language = (get_language() or "").split("-")[0]
    page_language = selectors.language_of(lesson)
    context = {
        "page": lesson,
        "self": lesson,
        "course": course,
        "course_url": course_url,
        "enrolment": enrolment,
        "outline": outline,
        "current": current,
        "previous": lessons[position - 1] if position > 0 else None,
        "next": lessons[position + 1] if position + 1 < len(lessons) else None,
        "then": then,
        "percent": selectors.progress_percent(enrolment, completed, steps),
        "is_completed": bool(current and current.completed),
        "page_language": page_language,
        "shown_in_other_language": page_language != language,
        "body_cache_key": [lesson.pk, lesson.live_revision_id or lesson.latest_revision_id, language],
    }
    return TemplateResponse(request, lesson.get_template(request), context)
