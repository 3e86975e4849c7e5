"""Assessments in the Wagtail admin: question banks and questions as snippets, each quiz's item analysis,
a course's translation status, and quick links to them on a trainer's admin home."""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup
from wagtail.snippets.widgets import AdminSnippetChooser

from courses.models import CoursePage

from .admin_views import (
    can_see_item_analysis,
    course_translation_view,
    new_course_view,
    quiz_report_csv,
    quiz_report_view,
)
from .models import Question, QuestionBank, QuizPage
from .selectors import quizzes_written_by


class NamedSnippetChooser(AdminSnippetChooser):
    """A snippet chooser that keeps its viewset's whole sentences ("Choose a question bank"): Wagtail's own
    builds "Choose %(object)s" from the model's name, which no language but English can inflect
    ("Choose savollar banki")."""

    def __init__(self, model=None, **kwargs):
        texts = ("choose_one_text", "choose_another_text", "link_to_chosen_text")
        super().__init__(model, **{**{text: getattr(type(self), text) for text in texts}, **kwargs})


class QuestionBankChooserViewSet(SnippetChooserViewSet):
    base_widget_class = NamedSnippetChooser
    choose_one_text = _("Choose a question bank")
    choose_another_text = _("Choose another question bank")
    edit_item_text = _("Edit this question bank")


class QuestionChooserViewSet(SnippetChooserViewSet):
    base_widget_class = NamedSnippetChooser
    choose_one_text = _("Choose a question")
    choose_another_text = _("Choose another question")
    edit_item_text = _("Edit this question")


class QuestionBankViewSet(SnippetViewSet):
    model = QuestionBank
    icon = "folder-open-inverse"
    list_display = ["title", "description"]
    chooser_viewset_class = QuestionBankChooserViewSet


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    chooser_viewset_class = QuestionChooserViewSet
    list_display = ["__str__", "kind", "bank", "points"]
    list_filter = ["kind", "bank"]

    def get_queryset(self, request):
        return Question.objects.select_related("bank")


class QuestionBankViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Question banks")
    menu_icon = "help"
    menu_order = 250
    items = (QuestionBankViewSet, QuestionViewSet)


register_snippet(QuestionBankViewSetGroup)


@hooks.register("insert_global_admin_js")
def question_editor_js():
    """The question editor's script: only the chosen type's answer key is shown (a file, as the CSP wants)."""
    return format_html('<script src="{}" defer></script>', static("js/admin/question-editor.js"))


@hooks.register("register_admin_urls")
def register_quiz_report_urls():
    return [
        path("quiz-report/<int:quiz_id>/", quiz_report_view, name="assessments_quiz_report"),
        path("quiz-report/<int:quiz_id>/csv/", quiz_report_csv, name="assessments_quiz_report_csv"),
        path("courses/new/", new_course_view, name="new_course"),
        path("courses/<int:course_id>/translation/", course_translation_view, name="course_translation"),
    ]


def _item_analysis_button(page, user, priority: int):
    if issubclass(page.specific_class or type(None), QuizPage) and can_see_item_analysis(user):
        yield Button(
            _("Item analysis"),
            reverse("assessments_quiz_report", args=[page.pk]),
            icon_name="table",
            priority=priority,
        )


def _translation_status_button(page, user, priority: int):
    if issubclass(page.specific_class or type(None), CoursePage) and can_see_item_analysis(user):
        yield Button(
            _("Translation status"),
            reverse("course_translation", args=[page.pk]),
            icon_name="globe",
            priority=priority,
        )


@hooks.register("register_page_header_buttons")
def item_analysis_and_translation_header_buttons(page, user, view_name, next_url=None):
    yield from _item_analysis_button(page, user, priority=75)
    yield from _translation_status_button(page, user, priority=85)


@hooks.register("register_page_listing_more_buttons")
def item_analysis_and_translation_listing_buttons(page, user, next_url=None):
    yield from _item_analysis_button(page, user, priority=55)
    yield from _translation_status_button(page, user, priority=65)


class QuizLinksPanel(Component):
    """Quick links for a trainer: question banks, questions, all quizzes and the item analysis of their own."""

    name = "quiz_links"
    template_name = "assessments/admin/quiz_links_panel.html"
    order = 70  # after the trainer's courses and rejections

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        return {
            "quizzes_url": f"{reverse('wagtailadmin_pages:search')}?content_type=assessments.quizpage",
            "my_quizzes": quizzes_written_by(self.user),
        }


@hooks.register("construct_homepage_panels")
def add_quiz_links_panel(request, panels):
    if can_see_item_analysis(request.user):
        panels.append(QuizLinksPanel(request.user))
