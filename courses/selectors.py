"""Reads about courses that span tables: canonical pages, outlines, progress and assignments."""

from dataclasses import dataclass, field
from datetime import date

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import transaction
from django.db.models import Q, QuerySet
from wagtail.models import Locale, Page

from core.routing import cached_page, content_version
from workforce.models import HealthWorker, OrgUnit

from . import completion
from .models import Assignment, CoursePage, Enrolment, LessonPage, LessonProgress, ModulePage
from .outline import kind_names_by_content_type

CACHE_SECONDS = 6 * 3600


def _cached(key: str, compute):
    """Cache a read about published content until the content version changes."""
    key = f"courses:{content_version()}:{key}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, CACHE_SECONDS)
    return value


def canonical_id(page: Page) -> int:
    """The id of the original of a translated page (the translation created first).

    Learner records point at it, so progress is shared by every translation.
    """
    return _cached(
        f"canonical:{page.translation_key}",
        lambda: (
            Page.objects.filter(translation_key=page.translation_key).order_by("pk").values_list("pk", flat=True)[0]
        ),
    )


def canonical_page(page: Page) -> Page:
    """The original of a page, of the page's own type (itself when it is the original)."""
    page_id = canonical_id(page)
    return page if page.pk == page_id else type(page).objects.get(pk=page_id)


def canonical_course(course: CoursePage) -> CoursePage:
    return canonical_page(course)


def original_course_ids() -> list[int]:
    """Courses as originals only: records, assignments and reports are about a course, not one translation."""
    seen: dict = {}
    for pk, key in CoursePage.objects.order_by("pk").values_list("pk", "translation_key"):
        seen.setdefault(key, pk)
    return list(seen.values())


def courses_in_language(course_ids, language: str) -> dict[int, CoursePage]:
    """Canonical course id → the course page to show: its live translation in `language`, else the original."""
    originals = CoursePage.objects.live().filter(pk__in=course_ids).select_related("locale")
    shown = {course.pk: course for course in originals}
    keys = {course.translation_key: course.pk for course in originals}
    translations = CoursePage.objects.live().filter(translation_key__in=keys, locale__language_code=language)
    for translation in translations.select_related("locale"):
        shown[keys[translation.translation_key]] = translation
    return shown


def course_lesson_ids(course: CoursePage) -> list[int]:
    """Canonical ids of the live lessons of a course, in syllabus order."""
    course_id = canonical_id(course)
    return _cached(
        f"lessons:{course_id}",
        lambda: list(
            LessonPage.objects.live()
            .descendant_of(Page.objects.get(pk=course_id))
            .order_by("path")
            .values_list("pk", flat=True)
        ),
    )


def course_of(page: Page) -> CoursePage:
    """The course a lesson or module belongs to."""
    course_id = _cached(
        f"course-of:{page.pk}",
        lambda: Page.objects.ancestor_of(page).type(CoursePage).values_list("pk", flat=True).last(),
    )
    return cached_page(CoursePage, course_id) or CoursePage.objects.get(pk=course_id)


def language_of(page: Page) -> str:
    """The language code of a page's locale, without a query per page."""
    codes = _cached("locales", lambda: dict(Locale.objects.values_list("pk", "language_code")))
    return codes.get(page.locale_id, "")


@dataclass
class OutlineItem:
    """A module heading or a lesson in a course's syllabus, in the language being shown."""

    page_id: int
    title: str
    url: str
    is_module: bool = False
    is_activity: bool = False  # a page of a registered item kind (courses.outline), e.g. a quiz
    canonical_id: int | None = None
    completed: bool = False
    viewed: bool = False
    number: int = 0


@dataclass
class Outline:
    items: list[OutlineItem] = field(default_factory=list)

    @property
    def lessons(self) -> list[OutlineItem]:
        return [item for item in self.items if not item.is_module and not item.is_activity]


def _outline_rows(course: CoursePage) -> list[tuple]:
    """(page id, title, URL below the course, kind, canonical id of a lesson or activity) in syllabus order.

    Activities are the pages of the item kinds other apps register (`courses.outline`), e.g. quizzes.
    """
    content_types = ContentType.objects.get_for_models(LessonPage, ModulePage)
    lesson_type, module_type = content_types[LessonPage].pk, content_types[ModulePage].pk
    activity_types = kind_names_by_content_type()
    pages = (
        Page.objects.live()
        .descendant_of(course)
        .filter(content_type_id__in=[lesson_type, module_type, *activity_types])
        .order_by("path")
        .values_list("pk", "title", "url_path", "translation_key", "content_type_id")
    )
    canonical = canonical_course(course)
    canonical_by_key = (
        None
        if canonical.pk == course.pk
        else dict(Page.objects.descendant_of(canonical).values_list("translation_key", "pk"))
    )
    rows = []
    for pk, title, url_path, translation_key, content_type_id in pages:
        suffix = url_path[len(course.url_path) :]
        original_id = pk if canonical_by_key is None else canonical_by_key.get(translation_key)
        if content_type_id == module_type:
            rows.append((pk, title, suffix, "module", None))
        elif content_type_id in activity_types:
            rows.append((pk, title, suffix, "activity", original_id))
        else:
            rows.append((pk, title, suffix, "lesson", original_id))
    return rows


def course_contents(shown: CoursePage) -> list[tuple[int, str, str]]:
    """(canonical id, title as shown, kind) of a course's live lessons and other items, in order.

    The kind is "lesson" or the name a registered item kind goes by (e.g. "quiz").
    Ids are the originals' (what learners' records point at), titles those of the translation shown.
    """
    kinds = {ContentType.objects.get_for_model(LessonPage).pk: "lesson", **kind_names_by_content_type()}
    pages = list(
        Page.objects.live()
        .descendant_of(shown)
        .filter(content_type_id__in=kinds)
        .order_by("path")
        .values_list("translation_key", "title", "content_type_id")
    )
    originals = {}
    for pk, key in (
        Page.objects.filter(translation_key__in=[key for key, *_rest in pages])
        .order_by("-pk")
        .values_list("pk", "translation_key")
    ):
        originals[key] = pk  # the lowest id wins: the original
    return [(originals[key], title, kinds[content_type_id]) for key, title, content_type_id in pages]


def course_outline(
    course: CoursePage, *, course_url: str, progress: dict[int, LessonProgress] | None = None
) -> Outline:
    """Modules and lessons of the course as shown (a translation or the original), each with its URL.

    URLs are built below `course_url` so that a course shown in a fallback
    language keeps the learner's language prefix.
    """
    progress = progress or {}
    outline = Outline()
    number = 0
    for pk, title, suffix, kind, original_id in _cached(f"outline:{course.pk}", lambda: _outline_rows(course)):
        if kind != "lesson":
            outline.items.append(
                OutlineItem(
                    page_id=pk,
                    title=title,
                    url=course_url + suffix,
                    is_module=kind == "module",
                    is_activity=kind == "activity",
                    canonical_id=original_id,
                )
            )
            continue
        number += 1
        record = progress.get(original_id)
        outline.items.append(
            OutlineItem(
                page_id=pk,
                title=title,
                url=course_url + suffix,
                canonical_id=original_id,
                number=number,
                viewed=record is not None,
                completed=bool(record and record.completed_at),
            )
        )
    return outline


def next_lesson(outline: Outline, enrolment: Enrolment | None, *, also_done: int | None = None):
    """Where "Continue" leads among the lessons: the first unfinished one after the last opened, else the first.

    `also_done` counts one more lesson (by canonical id) as completed: the one being marked complete.
    """
    lessons = outline.lessons
    finished = [item.completed or item.canonical_id == also_done for item in lessons]
    unfinished = [item for item, done in zip(lessons, finished, strict=True) if not done]
    if not unfinished:
        return None
    if enrolment is not None and enrolment.last_lesson_id:
        ids = [item.canonical_id for item in lessons]
        if enrolment.last_lesson_id in ids:
            position = ids.index(enrolment.last_lesson_id)
            if not finished[position]:
                return lessons[position]
            later = [
                item for item, done in zip(lessons[position + 1 :], finished[position + 1 :], strict=True) if not done
            ]
            if later:
                return later[0]
    return unfinished[0]


@dataclass(frozen=True)
class NextStep:
    """What a learner should do next in a course: a page of its outline, and which kind of step it is."""

    item: OutlineItem
    kind: str  # "first" (a pre-test before the lessons), "lesson" or "required" (e.g. the final assessment)


def next_step(
    outline: Outline, enrolment: Enrolment | None, steps, *, also_done: int | None = None, in_lesson: bool = False
) -> NextStep | None:
    """The pre-test before any lesson was opened, then the lessons, then the required steps not yet done.

    None once everything the completion rule asks is done. `steps` are the
    enrolment's `completion.Step`s; `also_done` as for `next_lesson`; from inside
    a lesson (`in_lesson`) the lessons have started, so no pre-test is offered.
    """
    activities = {item.canonical_id: item for item in outline.items if item.is_activity}
    if enrolment is not None and not enrolment.last_lesson_id and not in_lesson:
        for step in steps:
            if step.first and not step.done and step.page_id in activities:
                return NextStep(activities[step.page_id], "first")
    lesson = next_lesson(outline, enrolment, also_done=also_done)
    if lesson is not None:
        return NextStep(lesson, "lesson")
    for step in steps:
        if step.required and not step.done and step.page_id in activities:
            return NextStep(activities[step.page_id], "required")
    return None


def progress_percent(enrolment: Enrolment | None, completed_lessons, steps=None) -> int:
    """Per cent of what the course's completion rule asks (lessons and required steps) this enrolment has done.

    Every screen and the API show this one figure; pass `steps` when already read.
    """
    if enrolment is None:
        return 0
    return completion.progress_percent(
        required_lessons=course_lesson_ids(enrolment.course),
        completed_lessons=completed_lessons,
        steps=completion.course_steps(enrolment) if steps is None else steps,
    )


def progress_by_lesson(enrolment: Enrolment | None) -> dict[int, LessonProgress]:
    if enrolment is None:
        return {}
    return {record.lesson_id: record for record in enrolment.lesson_progress.all()}


def completed_lessons_by_enrolment(user) -> dict[int, list[int]]:
    """Enrolment id → the canonical ids of the lessons completed, for all of a learner's courses in one query."""
    completed: dict[int, list[int]] = {}
    for enrolment_id, lesson_id in LessonProgress.objects.filter(
        enrolment__learner=user, completed_at__isnull=False
    ).values_list("enrolment_id", "lesson_id"):
        completed.setdefault(enrolment_id, []).append(lesson_id)
    return completed


def enrolment_for(user, course: CoursePage) -> Enrolment | None:
    return learner_state(user, course)[0]


LEARNER_STATE_SECONDS = 600


def _learner_state_key(user_id: int, course_id: int) -> str:
    return f"courses:learner:{user_id}:{course_id}"


def learner_state(user, course: CoursePage) -> tuple[Enrolment | None, dict[int, LessonProgress]]:
    """A learner's enrolment in a course and their progress by canonical lesson id.

    Cached between writes: every service that changes either forgets it
    (`forget_learner_state`), so a lesson re-read costs no query.
    """
    if not user.is_authenticated:
        return None, {}
    course_id = canonical_id(course)
    key = _learner_state_key(user.pk, course_id)
    state = cache.get(key)
    if state is None:
        enrolment = Enrolment.objects.filter(learner=user, course_id=course_id).first()
        state = (enrolment, progress_by_lesson(enrolment))
        cache.set(key, state, LEARNER_STATE_SECONDS)
    return state


def forget_learner_state(enrolment: Enrolment) -> None:
    """Drop the cached state now and again once the writing transaction commits."""
    key = _learner_state_key(enrolment.learner_id, enrolment.course_id)
    cache.delete(key)
    transaction.on_commit(lambda: cache.delete(key))


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
