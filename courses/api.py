"""Courses in the API: the catalogue and a course's lessons and quizzes, in the language asked for."""

from datetime import datetime
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema, Status
from ninja.pagination import paginate
from pydantic import Field

from api.schema import BoundedPages, PageId

from . import services
from .models import CoursePage, Enrolment, LessonPage
from .selectors import (
    completed_lessons_by_enrolment,
    course_contents,
    course_of,
    courses_in_language,
    enrolment_for,
    language_of,
    original_course_ids,
    progress_percent,
)

router = Router(tags=["Courses"])
LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)
ACTIVE_OR_DONE = (Enrolment.Status.ENROLLED, Enrolment.Status.IN_PROGRESS, Enrolment.Status.COMPLETED)


class CourseFilters(Schema):
    language: str | None = Field(None, description="uz, ru or en; default: the request's language")
    cadre: str | None = Field(None, description="ISCO-08 code: only courses meant for this cadre")


class CourseOut(Schema):
    id: int = Field(description="The course's id (of its original; records and assignments use it)")
    title: str
    language: str = Field(description="The language of the title and summary")
    summary: str
    cpd_hours: Decimal
    duration_minutes: int | None
    gives_certificate: bool
    certificate_validity_months: int | None
    target_cadres: list[str] = Field(description="ISCO-08 codes")


class ContentOut(Schema):
    id: int
    title: str
    kind: str = Field(description="lesson or quiz")
    order: int


class CourseDetailOut(CourseOut):
    items: list[ContentOut]
    quizzes: list[int] = Field(
        description="The ids of the course's quizzes in the order of its contents (a pre-test first): "
        "each starts an attempt at /quizzes/{quiz_id}/attempts/"
    )


def _language(asked: str | None) -> str:
    if asked is None:
        return (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    if asked not in LANGUAGES:
        raise ValidationError(
            _("Unknown language %(language)s; use one of %(choices)s.")
            % {"language": asked, "choices": ", ".join(LANGUAGES)},
            code="language",
        )
    return asked


def _visible_courses():
    return CoursePage.objects.live().public().filter(pk__in=original_course_ids())


def _course_out(original: CoursePage, shown: CoursePage) -> dict:
    return {
        "id": original.pk,
        "title": shown.title,
        "language": language_of(shown),
        "summary": shown.summary,
        "cpd_hours": original.cpd_hours,
        "duration_minutes": original.duration_minutes,
        "gives_certificate": original.gives_certificate,
        "certificate_validity_months": original.certificate_validity_months,
        "target_cadres": [cadre.isco_code for cadre in original.target_cadres.all()],
    }


@router.get("/courses/", response=list[CourseOut], summary="The course catalogue")
@paginate(BoundedPages, page_size=50)
def list_courses(request, filters: Query[CourseFilters]):
    language = _language(filters.language)
    courses = _visible_courses().select_related("locale").prefetch_related("target_cadres").order_by("title")
    if filters.cadre:
        courses = courses.filter(target_cadres__isco_code=filters.cadre)
    originals = list(courses)
    shown = courses_in_language([course.pk for course in originals], language)
    return [_course_out(course, shown.get(course.pk, course)) for course in originals]


@router.get("/courses/{course_id}/", response=CourseDetailOut, summary="A course with its lessons and quizzes")
def course_detail(request, course_id: PageId, language: str | None = None):
    original = get_object_or_404(_visible_courses().select_related("locale"), pk=course_id)
    language = _language(language)
    shown = courses_in_language([original.pk], language).get(original.pk, original)
    items = [
        {"id": pk, "title": title, "kind": kind, "order": order}
        for order, (pk, title, kind) in enumerate(course_contents(shown), start=1)
    ]
    quizzes = [item["id"] for item in items if item["kind"] == "quiz"]
    return {**_course_out(original, shown), "items": items, "quizzes": quizzes}


class EnrolmentOut(Schema):
    course: int = Field(description="The course's id")
    course_title: str
    status: str = Field(description="enrolled, in_progress, completed or withdrawn")
    source: str = Field(description="self or assigned")
    progress_percent: int
    enrolled_at: datetime
    completed_at: datetime | None


class LessonCompletionOut(Schema):
    lesson: int
    completed_at: datetime
    enrolment: EnrolmentOut


def _enrolment_out(enrolment: Enrolment, *, title: str, completed: list[int]) -> dict:
    return {
        "course": enrolment.course_id,
        "course_title": title,
        "status": enrolment.status,
        "source": enrolment.source,
        "progress_percent": progress_percent(enrolment, completed),
        "enrolled_at": enrolment.enrolled_at,
        "completed_at": enrolment.completed_at,
    }


def _one_enrolment_out(enrolment: Enrolment) -> dict:
    enrolment = Enrolment.objects.select_related("course").get(pk=enrolment.pk)
    completed = completed_lessons_by_enrolment(enrolment.learner).get(enrolment.pk, [])
    shown = courses_in_language([enrolment.course_id], _language(None)).get(enrolment.course_id, enrolment.course)
    return _enrolment_out(enrolment, title=shown.title, completed=completed)


@router.post("/courses/{course_id}/enrol/", response={200: EnrolmentOut, 201: EnrolmentOut}, tags=["Learning"],
             summary="Enrol the caller in a course (again, after withdrawing)")  # fmt: skip
def enrol(request, course_id: PageId):
    course = get_object_or_404(_visible_courses(), pk=course_id)
    existed = Enrolment.objects.filter(learner=request.auth, course=course, status__in=ACTIVE_OR_DONE).exists()
    enrolment = services.enrol_learner(learner=request.auth, course=course)
    return Status(200 if existed else 201, _one_enrolment_out(enrolment))


@router.get("/me/enrolments/", response=list[EnrolmentOut], tags=["Learning"], summary="The caller's enrolments")
@paginate(BoundedPages, page_size=50)
def my_enrolments(request, language: str | None = None):
    language = _language(language)
    enrolments = list(Enrolment.objects.filter(learner=request.auth).select_related("course").order_by("-enrolled_at"))
    shown = courses_in_language([enrolment.course_id for enrolment in enrolments], language)
    completed = completed_lessons_by_enrolment(request.auth)
    return [
        _enrolment_out(
            enrolment,
            title=shown.get(enrolment.course_id, enrolment.course).title,
            completed=completed.get(enrolment.pk, []),
        )
        for enrolment in enrolments
    ]


@router.post("/lessons/{lesson_id}/complete/", response=LessonCompletionOut, tags=["Learning"],
             summary="Mark a lesson completed (completes the course when it was the last requirement)")  # fmt: skip
def complete_lesson(request, lesson_id: PageId):
    lesson = get_object_or_404(LessonPage.objects.live().public(), pk=lesson_id)
    enrolment = enrolment_for(request.auth, course_of(lesson))
    if enrolment is None:
        raise PermissionDenied(_("Enrol in the course first."))
    progress = services.complete_lesson(enrolment=enrolment, lesson=lesson)
    return {
        "lesson": progress.lesson_id,
        "completed_at": progress.completed_at,
        "enrolment": _one_enrolment_out(enrolment),
    }
