"""Courses in the Wagtail admin: topics as snippets."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name_uz", "name_ru", "name_en", "slug"]
    search_fields = ["name_uz", "name_ru", "name_en"]


register_snippet(TopicViewSet)
