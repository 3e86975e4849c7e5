"""Whole-course clinical review: a trainer submits a course with everything changed under it, a reviewer decides once.

Who may do what: trainers submit the courses they write and may edit; clinical reviewers (and superusers)
decide. Approval publishes, as the reviewer and in one transaction, the versions that were submitted.
"""

from datetime import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import CharField
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import Page, Revision, get_default_page_content_type

from courses.models import CoursePage
from workforce.roles import Role, has_role

from . import selectors
from .models import CourseReview, ReviewItem


def may_review(user) -> bool:
    """Clinical reviewers decide on course reviews; so do superusers."""
    return user.is_authenticated and (user.is_superuser or has_role(user, Role.REVIEWER))


def writes_course(user, course: CoursePage) -> bool:
    """Whether the user owns, or made a version of, the course or a page under it."""
    pages = Page.objects.descendant_of(course, inclusive=True)
    if pages.filter(owner=user).exists():
        return True
    return Revision.objects.filter(
        base_content_type=get_default_page_content_type(),
        object_id__in=pages.annotate(text_id=Cast("pk", CharField())).values("text_id"),
        user=user,
    ).exists()


def may_submit(user, course: CoursePage) -> bool:
    """Trainers submit the courses they write, as long as Wagtail lets them edit the course; reviewers any they
    may edit."""
    if not user.is_authenticated or not course.permissions_for_user(user).can_edit():
        return False
    return may_review(user) or (has_role(user, Role.TRAINER) and writes_course(user, course))


def may_see(user, review: CourseReview) -> bool:
    """The reviewers, the trainer who submitted and those who may submit the course see a review."""
    return (
        may_review(user)
        or (user.is_authenticated and review.submitted_by_id == user.pk)
        or (may_submit(user, review.course))
    )


@transaction.atomic
def submit_course_for_review(*, course: CoursePage, user, now: datetime | None = None) -> CourseReview:
    """Put every page and question changed under the course into one review; a course already in review has
    its list of items brought up to date instead, so a reviewer always has one task per course."""
    if not may_submit(user, course):
        raise PermissionDenied
    Page.objects.select_for_update().filter(pk=course.pk).first()  # one submission of a course at a time
    changes = selectors.changed_items(course)
    if not changes:
        raise ValidationError(_("Nothing in this course has changed since it was last published."), code="unchanged")
    now = now or timezone.now()
    review = CourseReview.objects.filter(course=course, status=CourseReview.Status.IN_REVIEW).first()
    if review is None:
        review = CourseReview.objects.create(course=course, submitted_by=user, submitted_at=now)
    else:
        review.items.all().delete()
        review.submitted_by = user
        review.submitted_at = now
        review.save(update_fields=["submitted_by", "submitted_at"])
    ReviewItem.objects.bulk_create(
        ReviewItem(
            review=review,
            revision=change.revision,
            title=change.title[:255],
            is_new=change.is_new,
            sort_order=order,
        )
        for order, change in enumerate(changes)
    )
    log(instance=course, action="reviews.submit", user=user, data={"review": review.pk, "items": len(changes)})
    return review


def _clean_comments(comment: str, item_comments: dict[int, str] | None) -> tuple[str, dict[int, str]]:
    comments = {pk: text.strip() for pk, text in (item_comments or {}).items() if text and text.strip()}
    return comment.strip(), comments


def _decide(review: CourseReview, *, user, status, comment: str, item_comments: dict[int, str], now) -> CourseReview:
    """Lock the review, check it is still open, record the decision and the comments."""
    if not may_review(user):
        raise PermissionDenied
    review = CourseReview.objects.select_for_update().get(pk=review.pk)
    if review.status != CourseReview.Status.IN_REVIEW:
        raise ValidationError(_("This review has already been decided."), code="decided")
    for item in review.items.filter(pk__in=item_comments):
        item.comment = item_comments[item.pk]
        item.save(update_fields=["comment"])
    review.status = status
    review.decided_by = user
    review.decided_at = now or timezone.now()
    review.comment = comment
    review.save(update_fields=["status", "decided_by", "decided_at", "comment"])
    return review


def _content_of(revision: Revision):
    """The page or question a revision belongs to, as it is now; None once deleted."""
    return revision.content_type.model_class().objects.filter(pk=revision.object_id).first()


def _publish_order(item: ReviewItem):
    """Questions before the quizzes that ask them; pages parents first."""
    content = item.content
    return (1, content.path) if isinstance(content, Page) else (0, str(content.pk).zfill(20))


def _publish(item: ReviewItem, user) -> None:
    revision, content = item.revision, item.content
    if content.live and content.last_published_at and content.last_published_at >= revision.created_at:
        return  # published since this version was made (alone, by its own review): never go back to an older one
    revision.publish(user=user, skip_permission_checks=True)


@transaction.atomic
def approve_course_review(
    *,
    review: CourseReview,
    user,
    comment: str = "",
    item_comments: dict[int, str] | None = None,
    now: datetime | None = None,
) -> CourseReview:
    """Publish every submitted version of the review together, as the reviewer; all or nothing."""
    comment, item_comments = _clean_comments(comment, item_comments)
    review = _decide(
        review, user=user, status=CourseReview.Status.APPROVED, comment=comment, item_comments=item_comments, now=now
    )
    items = []
    for item in review.items.select_related("revision__content_type"):
        item.content = _content_of(item.revision) if item.revision else None
        if item.content is not None:
            items.append(item)
    for item in sorted(items, key=_publish_order):
        _publish(item, user)
    log(instance=review.course, action="reviews.approve", user=user, data={"review": review.pk, "items": len(items)})
    return review


@transaction.atomic
def request_changes(
    *,
    review: CourseReview,
    user,
    comment: str = "",
    item_comments: dict[int, str] | None = None,
    now: datetime | None = None,
) -> CourseReview:
    """Send the course back to its trainer with the reviewer's comments; nothing is published."""
    comment, item_comments = _clean_comments(comment, item_comments)
    if not comment and not item_comments:
        raise ValidationError(_("Say what to change: comment on the course or on one of its items."), code="no_comment")
    review = _decide(
        review,
        user=user,
        status=CourseReview.Status.CHANGES_REQUESTED,
        comment=comment,
        item_comments=item_comments,
        now=now,
    )
    log(instance=review.course, action="reviews.request_changes", user=user, data={"review": review.pk})
    return review
