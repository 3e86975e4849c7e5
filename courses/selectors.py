"""Reads about courses that span tables: canonical pages, outlines, progress and assignments."""

from dataclasses import dataclass, field
from datetime import date

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import Q, QuerySet
from wagtail.models import Page

from workforce.models import HealthWorker, OrgUnit

from .models import Assignment, CoursePage, Enrolment, LessonPage, LessonProgress, ModulePage

CANONICAL_CACHE_SECONDS = 3600


def canonical_id(page: Page) -> int:
    """The id of the original of a translated page (the translation created first).

    Learner records point at it, so progress is shared by every translation.
    """
    key = f"courses:canonical:{page.translation_key}"
    page_id = cache.get(key)
    if page_id is None:
        page_id = (
            Page.objects.filter(translation_key=page.translation_key)
            .order_by("pk")
            .values_list("pk", flat=True)
            .first()
        )
        cache.set(key, page_id, CANONICAL_CACHE_SECONDS)
    return page_id


def canonical_course(course: CoursePage) -> CoursePage:
    course_id = canonical_id(course)
    return course if course.pk == course_id else CoursePage.objects.get(pk=course_id)


def course_lesson_ids(course: CoursePage) -> list[int]:
    """Canonical ids of the live lessons of a course, in syllabus order."""
    course = canonical_course(course)
    key = f"courses:lessons:{course.pk}:{course.latest_revision_id}:{_tree_version(course)}"
    ids = cache.get(key)
    if ids is None:
        ids = list(LessonPage.objects.live().descendant_of(course).order_by("path").values_list("pk", flat=True))
        cache.set(key, ids, CANONICAL_CACHE_SECONDS)
    return ids


def _tree_version(course: CoursePage) -> str:
    """Changes whenever a page below the course is published, moved or unpublished."""
    latest = (
        Page.objects.descendant_of(course).order_by("-last_published_at").values_list("last_published_at", flat=True)
    ).first()
    return f"{course.numchild}-{latest.timestamp() if latest else 0}"


@dataclass
class OutlineItem:
    """A module heading or a lesson in a course's syllabus, in the language being shown."""

    page: Page
    url: str
    is_module: bool = False
    canonical_id: int | None = None
    completed: bool = False
    viewed: bool = False
    number: int = 0


@dataclass
class Outline:
    items: list[OutlineItem] = field(default_factory=list)

    @property
    def lessons(self) -> list[OutlineItem]:
        return [item for item in self.items if not item.is_module]


def course_outline(
    course: CoursePage, *, course_url: str, progress: dict[int, LessonProgress] | None = None
) -> Outline:
    """Modules and lessons of the course as shown (a translation or the original), each with its URL.

    URLs are built below `course_url` so that a course shown in a fallback
    language keeps the learner's language prefix.
    """
    progress = progress or {}
    pages = (
        Page.objects.live()
        .descendant_of(course)
        .type(ModulePage, LessonPage)
        .order_by("path")
        .only("pk", "title", "slug", "url_path", "translation_key", "content_type_id", "depth", "path")
    )
    canonical = canonical_course(course)
    if canonical.pk == course.pk:
        canonical_by_key = None
    else:
        canonical_by_key = dict(LessonPage.objects.descendant_of(canonical).values_list("translation_key", "pk"))
    lesson_type = _content_type_id(LessonPage)
    outline = Outline()
    number = 0
    for page in pages:
        url = course_url + page.url_path[len(course.url_path) :]
        if page.content_type_id != lesson_type:
            outline.items.append(OutlineItem(page=page, url=url, is_module=True))
            continue
        number += 1
        lesson_id = page.pk if canonical_by_key is None else canonical_by_key.get(page.translation_key)
        record = progress.get(lesson_id)
        outline.items.append(
            OutlineItem(
                page=page,
                url=url,
                canonical_id=lesson_id,
                number=number,
                viewed=record is not None,
                completed=bool(record and record.completed_at),
            )
        )
    return outline


def _content_type_id(model) -> int:
    return ContentType.objects.get_for_model(model).pk


def progress_by_lesson(enrolment: Enrolment | None) -> dict[int, LessonProgress]:
    if enrolment is None:
        return {}
    return {record.lesson_id: record for record in enrolment.lesson_progress.all()}


def enrolment_for(user, course: CoursePage) -> Enrolment | None:
    if not user.is_authenticated:
        return None
    return Enrolment.objects.filter(learner=user, course_id=canonical_id(course)).first()


def missing_prerequisites(user, course: CoursePage) -> list[CoursePage]:
    """Prerequisite courses the user has not completed, in the course's own order."""
    prerequisites = list(canonical_course(course).prerequisites.all())
    if not prerequisites:
        return []
    completed = (
        set(
            Enrolment.objects.filter(
                learner=user, status=Enrolment.Status.COMPLETED, course_id__in=[canonical_id(p) for p in prerequisites]
            ).values_list("course_id", flat=True)
        )
        if user.is_authenticated
        else set()
    )
    return [p for p in prerequisites if canonical_id(p) not in completed]


def active_assignments() -> QuerySet[Assignment]:
    return Assignment.objects.filter(cancelled_at__isnull=True)


def assignments_for_worker(worker: HealthWorker) -> QuerySet[Assignment]:
    """Active assignments that cover a roster worker: by their unit (or any above it) and cadre, or by name."""
    path = worker.facility.path
    ancestor_paths = [path[:end] for end in range(OrgUnit.steplen, len(path) + 1, OrgUnit.steplen)]
    by_unit = Q(org_unit__path__in=ancestor_paths) & (Q(cadres__isnull=True) | Q(cadres=worker.cadre_id))
    return active_assignments().filter(by_unit | Q(workers=worker)).distinct()


def assignments_for_user(user) -> QuerySet[Assignment]:
    worker = getattr(user, "health_worker", None) if user.is_authenticated else None
    if worker is None or not worker.is_active:
        return Assignment.objects.none()
    return assignments_for_worker(worker)


def earliest_due_dates(user) -> dict[int, date]:
    """Canonical course id → the earliest due date among the user's assignments for it."""
    due: dict[int, date] = {}
    for course_id, due_date in assignments_for_user(user).values_list("course_id", "due_date"):
        if course_id not in due or due_date < due[course_id]:
            due[course_id] = due_date
    return due


def workers_covered(assignment: Assignment) -> QuerySet[HealthWorker]:
    """Active roster workers an assignment covers today (its unit's subtree and cadres, plus named workers)."""
    covered = Q(pk__in=assignment.workers.values("pk"))
    if assignment.org_unit_id is not None:
        by_unit = Q(facility__path__startswith=assignment.org_unit.path)
        cadre_ids = list(assignment.cadres.values_list("pk", flat=True))
        if cadre_ids:
            by_unit &= Q(cadre_id__in=cadre_ids)
        covered |= by_unit
    return HealthWorker.objects.filter(covered, is_active=True)
