"""Courses in the Wagtail admin: topics as snippets, and a trainer's courses and rejections on the admin home."""

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .authoring import is_course_author
from .models import Topic
from .trainer_home import my_courses, recent_rejections


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name_uz", "name_ru", "name_en", "slug"]
    search_fields = ["name_uz", "name_ru", "name_en"]


register_snippet(TopicViewSet)


class MyCoursesPanel(Component):
    """The courses the signed-in trainer writes, each language's state and the languages still missing."""

    name = "my_courses"
    template_name = "courses/admin/my_courses_panel.html"
    order = 50  # first: before Wagtail's own panels (review queue 220, recent edits 250)

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        return {"courses": my_courses(self.user)}


class RecentRejectionsPanel(Component):
    """The trainer's pages a reviewer sent back, with the reviewer's comment."""

    name = "recent_rejections"
    template_name = "courses/admin/recent_rejections_panel.html"
    order = 60

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        return {"rejections": recent_rejections(self.user)}


@hooks.register("construct_homepage_panels")
def add_trainer_panels(request, panels):
    if is_course_author(request.user):
        panels.extend([MyCoursesPanel(request.user), RecentRejectionsPanel(request.user)])
