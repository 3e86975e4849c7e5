"""Trainers' screens in the Wagtail admin: a quiz's item analysis, on screen and as CSV, a new course's skeleton,
and what of a course is still to translate."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.formats import number_format
from django.utils.translation import gettext as _

import spreadsheets
from courses.authoring import is_course_author
from courses.models import CoursePage

from .admin_forms import NewCourseForm
from .authoring import catalogues_for_new_courses, create_course_skeleton
from .models import QuizPage
from .reports import QuizReport, quiz_report
from .statistics import BINS
from .translation_status import course_translation_status


def can_see_item_analysis(user) -> bool:
    """Trainers and clinical reviewers see how learners did on each question; so do superusers."""
    return is_course_author(user)


def _quiz_for(request, quiz_id: int) -> QuizPage:
    if not can_see_item_analysis(request.user):
        raise PermissionDenied
    return get_object_or_404(QuizPage, pk=quiz_id)


def _figure(value: float | None, places: int, *, scale: int = 1, localise: bool = True) -> str:
    """A figure rounded for reading; an em dash on screen (blank in CSV) where there is none."""
    if value is None:
        return "—" if localise else ""
    rounded = round(value * scale, places)
    return number_format(rounded, places) if localise else f"{rounded:.{places}f}"


def _bins(report: QuizReport) -> list[dict]:
    """The score distribution as labelled bars, each bar's length relative to the tallest."""
    tallest = max(report.summary.distribution) or 1
    width = 100 // BINS
    return [
        {
            "label": f"{low}–{low + width - 1}" if low + width < 100 else f"{low}–100",
            "count": count,
            "percent_of_tallest": round(count * 100 / tallest),
        }
        for low, count in zip(range(0, 100, width), report.summary.distribution, strict=True)
    ]


def quiz_report_view(request, quiz_id: int):
    """The item analysis of a quiz: summary, score distribution and one row per question."""
    quiz = _quiz_for(request, quiz_id)
    report = quiz_report(quiz)
    summary = report.summary
    rows = [
        {
            "stats": stats,
            "difficulty": _figure(stats.difficulty, 0, scale=100),
            "discrimination": _figure(stats.discrimination, 2),
            "point_biserial": _figure(stats.point_biserial, 2),
            "flags": [flag.label for flag in stats.flags],
        }
        for stats in report.questions
    ]
    context = {
        "quiz": quiz,
        "report": report,
        "pass_rate": _figure(summary.pass_rate, 0, scale=100),
        "mean": _figure(summary.mean, 1),
        "median": _figure(summary.median, 1),
        "bins": _bins(report),
        "rows": rows,
    }
    return TemplateResponse(request, "assessments/admin/quiz_report.html", context)


def _csv_lines(quiz: QuizPage, report: QuizReport):
    summary = report.summary
    yield [_("Quiz"), quiz.title]
    yield [_("Graded attempts"), summary.attempts]
    yield [_("Pass rate (%)"), _figure(summary.pass_rate, 1, scale=100, localise=False)]
    yield [_("Mean score (%)"), _figure(summary.mean, 1, localise=False)]
    yield [_("Median score (%)"), _figure(summary.median, 1, localise=False)]
    yield [_("Attempts by score (%)"), *(f"{bar['label']}: {bar['count']}" for bar in _bins(report))]
    yield []
    yield [
        _("Position"),
        _("Question"),
        _("Type"),
        _("Attempts"),
        _("Share correct (%)"),
        _("Discrimination"),
        _("Point-biserial"),
        _("Most chosen wrong option"),
        _("Attempts that chose it"),
        _("Flags"),
    ]
    for stats in report.questions:
        yield [
            stats.position,
            stats.text,
            stats.kind_label,
            stats.attempts,
            _figure(stats.difficulty, 1, scale=100, localise=False),
            _figure(stats.discrimination, 2, localise=False),
            _figure(stats.point_biserial, 2, localise=False),
            stats.wrong_option or "",
            stats.wrong_option_count if stats.wrong_option else "",
            "; ".join(str(flag.label) for flag in stats.flags),
        ]


def quiz_report_csv(request, quiz_id: int):
    """The item analysis as a CSV file, UTF-8 with a byte-order mark so Excel reads Uzbek and Russian text."""
    quiz = _quiz_for(request, quiz_id)
    # Lines are made here, in the admin user's language and before streaming starts, so no query runs
    # and no translation is looked up while the response is being sent.
    return spreadsheets.csv_response(f"quiz-{quiz.pk}-item-analysis", list(_csv_lines(quiz, quiz_report(quiz))))


def new_course_view(request):
    """A course with its module, lesson and final test made in one step, then opened in the editor."""
    catalogues = catalogues_for_new_courses(request.user)
    if not catalogues:
        raise PermissionDenied
    form = NewCourseForm(request.POST or None, catalogues=catalogues)
    if request.method == "POST" and form.is_valid():
        course = create_course_skeleton(
            catalogue=form.cleaned_data["catalogue"], title=form.cleaned_data["title"], user=request.user
        )
        messages.success(request, _("Course created with a module, a lesson and a final test. Fill them in."))
        return redirect("wagtailadmin_pages:edit", course.pk)
    context = {"form": form, "page_title": _("New course"), "header_icon": "doc-empty-inverse"}
    return TemplateResponse(request, "assessments/admin/new_course.html", context)


def course_translation_view(request, course_id: int):
    """Per language, the pages, questions and certificate template of a course still to translate."""
    if not is_course_author(request.user):
        raise PermissionDenied
    course = get_object_or_404(CoursePage, pk=course_id)
    status = course_translation_status(course)
    context = {
        "status": status,
        "page_title": _("Translation status"),
        "page_subtitle": status.original.title,
        "header_icon": "globe",
    }
    return TemplateResponse(request, "assessments/admin/course_translations.html", context)
