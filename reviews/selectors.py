"""Reads for course reviews: what changed under a course, the reviews waiting for a reviewer, and those sent back."""

from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, Q
from django.urls import reverse
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Page, Revision

from assessments.models import Question, QuizPage, QuizQuestion
from courses.models import CoursePage
from courses.trainer_home import written_by

from .models import CourseReview, ReviewItem

REVIEWS_LIMIT = 10


@dataclass(frozen=True)
class Change:
    """A page or question under a course whose latest version is not live yet."""

    item: Page | Question
    revision: Revision
    is_new: bool  # not live: learners have no version of it

    @property
    def title(self) -> str:
        """The title (a question's text) of the version submitted, not the live one."""
        return self.revision.object_str or str(self.item)

    @property
    def kind(self) -> str:
        """What the item is (lesson, quiz, question…), in the reader's language."""
        model = self.item.specific_class if isinstance(self.item, Page) else type(self.item)
        return str(model._meta.verbose_name)


def _pages_changed(course: CoursePage) -> list[Change]:
    pages = (
        Page.objects.descendant_of(course, inclusive=True)
        .filter(has_unpublished_changes=True, alias_of__isnull=True, latest_revision__isnull=False)
        .select_related("latest_revision")
        .order_by("path")
    )
    return [Change(page, page.latest_revision, is_new=not page.live) for page in pages]


def _questions_used(course: CoursePage) -> Q:
    """The questions the course's quizzes ask, as published and as drafted, with their translations into the
    course's language (a quiz shows each question in the page's language)."""
    quizzes = list(QuizPage.objects.descendant_of(course))
    chosen = set(QuizQuestion.objects.filter(quiz__in=quizzes).values_list("question_id", flat=True))
    banks = {quiz.draw_bank_id for quiz in quizzes}
    for quiz in quizzes:
        if quiz.has_unpublished_changes and quiz.latest_revision_id:
            draft = quiz.get_latest_revision_as_object()
            chosen.update(item.question_id for item in draft.quiz_questions.all())
            banks.add(draft.draw_bank_id)
    banks.discard(None)
    used = Q(pk__in=chosen) | Q(bank_id__in=banks)
    keys = Question.objects.filter(used).values("translation_key")
    return used | Q(translation_key__in=keys, locale_id=course.locale_id)


def _questions_changed(course: CoursePage) -> list[Change]:
    questions = (
        Question.objects.filter(_questions_used(course))
        .filter(has_unpublished_changes=True, latest_revision__isnull=False)
        .select_related("latest_revision")
        .order_by("bank_id", "pk")
    )
    return [Change(question, question.latest_revision, is_new=not question.live) for question in questions]


def changed_items(course: CoursePage) -> list[Change]:
    """Every page of the course (itself included) and every question its quizzes use that has a version not yet
    published: the pages in the course's order, then the questions."""
    return _pages_changed(course) + _questions_changed(course)


def kind_of(item: ReviewItem) -> str:
    """What the item is (lesson, quiz, question…), in the reader's language."""
    if item.revision is None:
        return ""
    return str(item.revision.content_type.model_class()._meta.verbose_name)


def item_links(item: ReviewItem, user) -> dict[str, str]:
    """Where a reviewer sees the submitted version: its differences from the live version (or a preview of a
    new page), and the editor."""
    revision = item.revision
    if revision is None:
        return {}
    links = {}
    if issubclass(revision.content_type.model_class(), Page):
        page_id = int(revision.object_id)
        if item.is_new:
            links["preview"] = reverse("wagtailadmin_pages:revisions_view", args=[page_id, revision.pk])
        else:
            links["compare"] = reverse("wagtailadmin_pages:revisions_compare", args=[page_id, "live", revision.pk])
    elif not item.is_new:
        links["compare"] = reverse(
            "wagtailsnippets_assessments_question:revisions_compare", args=[revision.object_id, "live", revision.pk]
        )
    edit_url = AdminURLFinder(user).get_edit_url(revision.content_object) if revision.content_object else None
    if edit_url:
        links["edit"] = edit_url
    return links


def submitted_question(item: ReviewItem) -> Question | None:
    """The question as submitted, for the reviewer to read in the task itself."""
    if item.revision is None or item.revision.content_type.model_class() is not Question:
        return None
    return item.revision.as_object()


def awaiting_review(*, limit: int = REVIEWS_LIMIT) -> list[CourseReview]:
    """Courses waiting for a reviewer's decision, oldest first."""
    return list(
        CourseReview.objects.filter(status=CourseReview.Status.IN_REVIEW)
        .select_related("course__locale", "submitted_by")
        .annotate(item_count=Count("items"))
        .order_by("submitted_at", "pk")[:limit]
    )


def _theirs(user) -> Q:
    """Reviews the user submitted, or of a course they write."""
    return Q(submitted_by=user) | Q(course__in=CoursePage.objects.filter(written_by(user)))


def reviews_of(user, *, limit: int = REVIEWS_LIMIT) -> tuple[list[CourseReview], list[CourseReview]]:
    """The user's courses waiting for a reviewer, and those a reviewer sent back that have not been submitted
    again (with the comments on their items), newest first; in two queries, one when nothing was sent back."""
    resubmitted = CourseReview.objects.filter(course=OuterRef("course"), submitted_at__gt=OuterRef("submitted_at"))
    reviews = list(
        CourseReview.objects.filter(
            _theirs(user), status__in=[CourseReview.Status.IN_REVIEW, CourseReview.Status.CHANGES_REQUESTED]
        )
        .exclude(Exists(resubmitted))
        .select_related("course__locale", "decided_by")
        .order_by("-submitted_at")[: 2 * limit]
    )
    in_review = [review for review in reviews if review.status == CourseReview.Status.IN_REVIEW][:limit]
    sent_back = [review for review in reviews if review.status == CourseReview.Status.CHANGES_REQUESTED][:limit]
    by_review: dict[int, list[ReviewItem]] = {review.pk: [] for review in sent_back}
    if sent_back:
        for item in ReviewItem.objects.filter(review__in=sent_back).exclude(comment=""):
            by_review[item.review_id].append(item)
    for review in sent_back:
        review.commented_items = by_review[review.pk]
    return in_review, sent_back
