"""The learner's own screens and actions: my learning, enrol, withdraw, complete a lesson."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from .. import selectors, services
from ..models import CoursePage, Enrolment, LessonPage


def _back(request, fallback: str) -> str:
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return fallback


@login_required
@require_POST
def enrol(request, course_id):
    course = get_object_or_404(CoursePage.objects.live().public(), pk=course_id)
    back = _back(request, course.get_url(request))
    try:
        services.enrol_learner(learner=request.user, course=course)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(back)
    messages.success(request, _("You are enrolled. Good luck with your studies!"))
    return redirect(back)


@login_required
@require_POST
def withdraw(request, course_id):
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    enrolment = selectors.enrolment_for(request.user, course)
    if enrolment is None:
        raise Http404
    services.withdraw(enrolment=enrolment)
    messages.info(request, _("You have withdrawn from the course. Your progress is kept if you come back."))
    return redirect(_back(request, course.get_url(request)))


@login_required
@require_POST
def complete_lesson(request, lesson_id):
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    course = selectors.course_of(lesson)
    enrolment = selectors.enrolment_for(request.user, course)
    if enrolment is None:
        raise Http404
    try:
        services.complete_lesson(enrolment=enrolment, lesson=lesson)
    except (PermissionDenied, ValidationError) as error:
        messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
        return redirect(_back(request, lesson.get_url(request)))
    enrolment, progress = selectors.learner_state(request.user, course)
    if enrolment.status == Enrolment.Status.COMPLETED:
        messages.success(request, _("Congratulations! You have completed the course."))
    elif all(
        progress.get(lesson_id) and progress[lesson_id].completed_at
        for lesson_id in selectors.course_lesson_ids(course)
    ):
        messages.info(request, _("You have finished the lessons. To complete the course, pass the final assessment."))
    return redirect(_back(request, lesson.get_url(request)))


@login_required
@require_GET
def my_learning(request):
    """Assigned courses first (by due date, overdue flagged), then in progress, then completed."""
    user = request.user
    today = timezone.localdate()
    language = (get_language() or "uz").split("-")[0]
    due_dates = selectors.earliest_due_dates(user)
    enrolments = {
        enrolment.course_id: enrolment for enrolment in Enrolment.objects.filter(learner=user).select_related("course")
    }
    course_ids = set(due_dates) | set(enrolments)
    shown = selectors.courses_in_language(course_ids, language)
    completed_lessons = selectors.completed_lessons_by_enrolment(user)
    rows = []
    for course_id in course_ids:
        course = shown.get(course_id)
        if course is None:
            continue
        enrolment = enrolments.get(course_id)
        completed = completed_lessons.get(enrolment.pk, []) if enrolment else []
        due_date = due_dates.get(course_id)
        rows.append(
            {
                "course": course,
                "enrolment": enrolment,
                "due_date": due_date,
                "overdue": bool(due_date and due_date < today and not (enrolment and enrolment.completed_at)),
                "percent": selectors.progress_percent(enrolment, completed),
            }
        )
    assigned = sorted(
        (row for row in rows if row["due_date"] and not _is_completed(row)), key=lambda row: row["due_date"]
    )
    in_progress = [row for row in rows if row not in assigned and row["enrolment"] and row["enrolment"].is_active]
    completed_rows = sorted(
        (row for row in rows if _is_completed(row)), key=lambda row: row["enrolment"].completed_at, reverse=True
    )
    return render(
        request,
        "courses/my_learning.html",
        {"assigned": assigned, "in_progress": in_progress, "completed": completed_rows, "today": today},
    )


def _is_completed(row) -> bool:
    return bool(row["enrolment"] and row["enrolment"].status == Enrolment.Status.COMPLETED)
