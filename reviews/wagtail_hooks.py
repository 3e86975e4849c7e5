"""Course reviews in the Wagtail admin: their screens, "Submit course for review" on a course, the home panel
and the entries in a course's history."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets import Button

from courses.authoring import is_course_author
from courses.models import CoursePage

from . import selectors, services
from .views import review_view, submit_course_view


@hooks.register("register_admin_urls")
def register_course_review_urls():
    return [
        path("course-reviews/submit/<int:course_id>/", submit_course_view, name="course_review_submit"),
        path("course-reviews/<int:review_id>/", review_view, name="course_review"),
    ]


def _is_course(page) -> bool:
    return issubclass(page.specific_class or type(None), CoursePage)


class SubmitCourseMenuItem(ActionMenuItem):
    """In a course's editor: submit the course with every page and question changed under it."""

    label = _("Submit course for review")
    name = "action-submit-course"
    icon_name = "resubmit"
    order = 45  # next to Wagtail's "Submit for moderation" of this page alone

    def is_shown(self, context):
        page = context.get("page")
        return (
            context["view"] == "edit"
            and page is not None
            and _is_course(page)
            and services.may_submit(context["request"].user, page)
        )

    def get_url(self, parent_context):
        return reverse("course_review_submit", args=[parent_context["page"].pk])


@hooks.register("register_page_action_menu_item")
def register_submit_course_menu_item():
    return SubmitCourseMenuItem()


@hooks.register("register_page_header_buttons")
def submit_course_header_button(page, user, view_name, next_url=None):
    if _is_course(page) and services.may_submit(user, page):
        yield Button(
            _("Submit course for review"),
            reverse("course_review_submit", args=[page.pk]),
            icon_name="resubmit",
            priority=70,
        )


class CourseReviewsPanel(Component):
    """On an author's home: courses awaiting their review, their own courses in review and those sent back."""

    name = "course_reviews"
    template_name = "reviews/admin/course_reviews_panel.html"
    order = 55  # after the trainer's courses, before the single-page rejections

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        in_review, sent_back = selectors.reviews_of(self.user)
        return {
            "awaiting": selectors.awaiting_review() if services.may_review(self.user) else [],
            "in_review": in_review,
            "sent_back": sent_back,
        }


@hooks.register("construct_homepage_panels")
def add_course_reviews_panel(request, panels):
    if is_course_author(request.user):
        panels.append(CourseReviewsPanel(request.user))


@hooks.register("register_log_actions")
def register_course_review_log_actions(actions):
    actions.register_action("reviews.submit", _("Submit course for review"), _("Course submitted for review"))
    actions.register_action("reviews.approve", _("Approve course review"), _("Course review approved"))
    actions.register_action(
        "reviews.request_changes", _("Request changes to course"), _("Course sent back with comments")
    )
