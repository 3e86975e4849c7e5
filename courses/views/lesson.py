"""A lesson, for enrolled learners (and for staff previewing)."""

from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from .. import completion, selectors, services
from .access import can_preview_courses, course_url_from


def serve_lesson(request, lesson):
    course = lesson.get_ancestors().type(selectors.CoursePage).specific().last()
    course_url = course_url_from(request.path, lesson, course)
    user = request.user
    enrolment = selectors.enrolment_for(user, course)
    previewing = getattr(request, "is_preview", False)
    studying = enrolment is not None and enrolment.status != enrolment.Status.WITHDRAWN
    if not studying:
        if not (previewing or can_preview_courses(user)):
            messages.info(request, _("Enrol in the course to open its lessons."))
            return redirect(course_url)
        enrolment = None
    elif not previewing:
        services.record_lesson_view(enrolment=enrolment, lesson=lesson)

    outline = selectors.course_outline(course, course_url=course_url, progress=selectors.progress_by_lesson(enrolment))
    lessons = outline.lessons
    position = next((index for index, item in enumerate(lessons) if item.page.pk == lesson.pk), 0)
    current = lessons[position] if lessons else None
    completed = [item.canonical_id for item in lessons if item.completed]
    language = (get_language() or "").split("-")[0]
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
        "percent": completion.progress_percent(
            required_lessons=[item.canonical_id for item in lessons], completed_lessons=completed
        ),
        "is_completed": bool(current and current.completed),
        "shown_in_other_language": lesson.locale.language_code != language,
        "body_cache_key": [lesson.pk, lesson.live_revision_id or lesson.latest_revision_id, language],
    }
    return TemplateResponse(request, lesson.get_template(request), context)
