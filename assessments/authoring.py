"""Authoring quizzes: questions go through clinical review, and a new course's skeleton is made in one step
(a course with its overview, a module, a lesson and a final test)."""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Workflow, WorkflowContentType

from courses.authoring import WORKFLOW_NAME
from courses.models import CourseCatalogPage, CoursePage, LessonPage, ModulePage

from .models import Question, QuestionBank, QuizPage


@transaction.atomic
def ensure_question_review() -> Workflow | None:
    """A question's draft goes to the same clinical review as a page, so a small fix can be reviewed alone.

    Runs after `courses.authoring.ensure_authoring_setup`, which makes the workflow; does nothing without it.
    """
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is not None:
        content_type = ContentType.objects.get_for_model(Question)
        WorkflowContentType.objects.update_or_create(content_type=content_type, defaults={"workflow": workflow})
    return workflow


def catalogues_for_new_courses(user) -> list[CourseCatalogPage]:
    """The catalogues (one per language) in which the user may add a course."""
    catalogues = CourseCatalogPage.objects.select_related("locale").order_by("path")
    return [catalogue for catalogue in catalogues if catalogue.permissions_for_user(user).can_add_subpage()]


def _draft(parent, page, user):
    page.live = False
    page.owner = user
    parent.add_child(instance=page)
    page.save_revision(user=user)
    return page


@transaction.atomic
def create_course_skeleton(*, catalogue: CourseCatalogPage, title: str, user) -> CoursePage:
    """A draft course in the catalogue's language, owned by the user, with placeholders a trainer fills in:
    the overview (summary and objectives), module 1 with lesson 1, and a final test drawing from a new bank."""
    title = title.strip()
    if not title:
        raise ValidationError({"title": _("Give the course a title.")})
    if not catalogue.permissions_for_user(user).can_add_subpage():
        raise PermissionDenied
    # The placeholders are written in the course's language, whatever the admin's language is.
    with translation.override(catalogue.locale.language_code):
        objective = _("What a learner can do after this course.")
        course = _draft(
            catalogue,
            CoursePage(
                title=title,
                summary=_("What this course teaches and to whom, in two or three sentences."),
                objectives=f"<ul><li>{objective}</li></ul>",
            ),
            user,
        )
        module = _draft(course, ModulePage(title=_("Module 1")), user)
        _draft(module, LessonPage(title=_("Lesson 1"), body=[]), user)
        bank = QuestionBank.objects.create(title=title, locale=catalogue.locale)
        _draft(course, QuizPage(title=_("Final test"), role=QuizPage.Role.FINAL, draw_bank=bank), user)
    return CoursePage.objects.get(pk=course.pk)
