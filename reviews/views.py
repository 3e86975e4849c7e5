"""Course review screens in the Wagtail admin: submit a course with everything changed under it, and decide."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from courses.models import CoursePage

from . import selectors, services
from .forms import APPROVE, ReviewDecisionForm
from .models import CourseReview


def submit_course_view(request, course_id: int):
    """What would go to review (GET) and the submission itself (POST)."""
    course = get_object_or_404(CoursePage.objects.select_related("locale"), pk=course_id)
    if not services.may_submit(request.user, course):
        raise PermissionDenied
    status = 200
    if request.method == "POST":
        try:
            review = services.submit_course_for_review(course=course, user=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            status = 400
        else:
            messages.success(request, _("The course and everything changed under it went to clinical review."))
            return redirect("course_review", review.pk)
    context = {
        "course": course,
        "changes": selectors.changed_items(course),
        "open_review": course.reviews.filter(status=CourseReview.Status.IN_REVIEW).first(),
        "page_title": _("Submit course for review"),
        "header_icon": "resubmit",
    }
    return TemplateResponse(request, "reviews/admin/submit_course.html", context, status=status)


def _rows(items, form: ReviewDecisionForm, user) -> list[dict]:
    return [
        {
            "item": item,
            "kind": selectors.kind_of(item),
            "links": selectors.item_links(item, user),
            "question": selectors.submitted_question(item),
            "field": form.bound_item_field(item),
        }
        for item in items
    ]


def review_view(request, review_id: int):
    """One course review: the items with their links and comments; reviewers approve or send it back once."""
    review = get_object_or_404(
        CourseReview.objects.select_related("course__locale", "submitted_by", "decided_by"), pk=review_id
    )
    if not services.may_see(request.user, review):
        raise PermissionDenied
    can_decide = services.may_review(request.user) and review.status == CourseReview.Status.IN_REVIEW
    if request.method == "POST" and not can_decide:
        raise PermissionDenied
    items = list(review.items.select_related("revision__content_type", "revision__base_content_type"))
    form = ReviewDecisionForm(request.POST or None, items=items)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            decide = (
                services.approve_course_review if form.cleaned_data["decision"] == APPROVE else services.request_changes
            )
            try:
                decide(
                    review=review,
                    user=request.user,
                    comment=form.cleaned_data["comment"],
                    item_comments=form.item_comments,
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                if form.cleaned_data["decision"] == APPROVE:
                    messages.success(request, _("Approved: the course's changes are live."))
                else:
                    messages.success(request, _("Sent back to the trainer with your comments."))
                return redirect("wagtailadmin_home")
        status = 400
    context = {
        "review": review,
        "rows": _rows(items, form, request.user),
        "form": form,
        "can_decide": can_decide,
        "page_title": _("Review of “%(course)s”") % {"course": review.course.title},
        "header_icon": "tasks",
    }
    return TemplateResponse(request, "reviews/admin/review.html", context, status=status)
