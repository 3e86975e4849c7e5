"""Reads for a trainer's admin home: the courses they write, in which state and languages, and rejected work.

A course is "theirs" when they own it (created it) or made its latest revision, in any language.
"""

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db import models
from django.db.models import CharField, Exists, IntegerField, Max, OuterRef, Q
from django.db.models.functions import Cast
from django.utils.translation import get_language, pgettext_lazy
from wagtail.models import Page, TaskState, WorkflowState, get_default_page_content_type

from .models import CoursePage

MY_COURSES_LIMIT = 20
REJECTIONS_LIMIT = 5


class CourseState(models.TextChoices):
    """Where one language version of a course stands between writing and learners."""

    DRAFT = "draft", pgettext_lazy("course state", "Draft")
    IN_REVIEW = "in_review", pgettext_lazy("course state", "In review")
    LIVE = "live", pgettext_lazy("course state", "Live")
    LIVE_WITH_CHANGES = "live_with_changes", pgettext_lazy("course state", "Live, with changes not yet published")


def course_state(*, live: bool, has_unpublished_changes: bool, in_review: bool) -> CourseState:
    """A review in progress outranks the rest: nothing the trainer does changes the page until it ends."""
    if in_review:
        return CourseState.IN_REVIEW
    if not live:
        return CourseState.DRAFT
    return CourseState.LIVE_WITH_CHANGES if has_unpublished_changes else CourseState.LIVE


def _in_review():
    # Workflow states point at pages through a generic relation with a text object id, hence the cast.
    return Exists(
        WorkflowState.objects.filter(
            base_content_type=get_default_page_content_type(),
            object_id=Cast(OuterRef("pk"), CharField()),
            status=WorkflowState.STATUS_IN_PROGRESS,
        )
    )


@dataclass(frozen=True)
class CourseVersion:
    """A course in one language."""

    language_code: str
    language_name: str
    page: CoursePage | None  # None: not translated into this language yet
    state: CourseState | None


@dataclass(frozen=True)
class MyCourse:
    """A course with one entry per platform language, present or missing."""

    title: str
    versions: list[CourseVersion]

    @property
    def original(self) -> CoursePage:
        """The version written first; the others translate it."""
        return min((version.page for version in self.versions if version.page), key=lambda page: page.pk)


def _title_for_reader(pages: list[CoursePage]) -> str:
    """The title in the reader's language when the course has it, else the original's."""
    by_language = {page.locale.language_code: page for page in pages}
    reader = by_language.get(get_language() or "")
    return (reader or min(pages, key=lambda page: page.pk)).title


def written_by(user) -> Q:
    """Pages a user owns (created) or made the latest revision of."""
    return Q(owner=user) | Q(latest_revision__user=user)


def my_courses(user, *, limit: int = MY_COURSES_LIMIT) -> list[MyCourse]:
    """The courses a user owns or last edited, most recently changed first, in a fixed number of queries."""
    recent = (
        CoursePage.objects.filter(written_by(user))
        .values("translation_key")
        .annotate(last_change=Max("latest_revision_created_at"))
        .order_by("-last_change")[:limit]
    )
    keys = [row["translation_key"] for row in recent]
    pages_by_key: dict = {key: [] for key in keys}
    translations = (
        CoursePage.objects.filter(translation_key__in=keys).select_related("locale").annotate(in_review=_in_review())
    )
    for page in translations:
        pages_by_key[page.translation_key].append(page)

    courses = []
    for key in keys:
        pages = pages_by_key[key]
        by_language = {page.locale.language_code: page for page in pages}
        versions = []
        for code, name in settings.LANGUAGES:
            page = by_language.get(code)
            state = None
            if page is not None:
                state = course_state(
                    live=page.live, has_unpublished_changes=page.has_unpublished_changes, in_review=page.in_review
                )
            versions.append(CourseVersion(code, name, page, state))
        courses.append(MyCourse(title=_title_for_reader(pages), versions=versions))
    return courses


@dataclass(frozen=True)
class Rejection:
    """A page sent back by a reviewer, with what they wrote."""

    page: Page
    reviewer_name: str
    comment: str
    rejected_at: datetime


def recent_rejections(user, *, limit: int = REJECTIONS_LIMIT) -> list[Rejection]:
    """The user's pages (owned or submitted by them) whose review ended in a rejection not yet resubmitted."""
    owned_by_user = Exists(Page.objects.filter(owner=user, pk=Cast(OuterRef("object_id"), IntegerField())))
    states = list(
        WorkflowState.objects.filter(
            base_content_type=get_default_page_content_type(),
            status=WorkflowState.STATUS_NEEDS_CHANGES,
            current_task_state__status=TaskState.STATUS_REJECTED,
        )
        .filter(Q(requested_by=user) | owned_by_user)
        .select_related("current_task_state__finished_by")
        .order_by("-current_task_state__finished_at")[:limit]
    )
    pages = Page.objects.select_related("locale").in_bulk([int(state.object_id) for state in states])
    rejections = []
    for state in states:
        page = pages.get(int(state.object_id))
        if page is None:
            continue
        task_state = state.current_task_state
        reviewer = task_state.finished_by
        rejections.append(
            Rejection(
                page=page,
                reviewer_name=reviewer.get_full_name() if reviewer else "",
                comment=task_state.comment,
                rejected_at=task_state.finished_at,
            )
        )
    return rejections
