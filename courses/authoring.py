"""The authoring set-up: a catalogue per language, who may write and publish, and clinical review.

Trainers add and edit courses under the catalogues but cannot publish: every
change goes through the "Clinical review" workflow, whose single task is
approved or rejected (with a comment) by the Clinical reviewer group.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from workforce.roles import Role, has_role

from .models import CourseCatalogPage

AUTHOR_ROLES = (Role.TRAINER, Role.REVIEWER)
CATALOGUE_SLUG = "courses"
CATALOGUE_TITLES = {"uz": "Kurslar", "ru": "Курсы", "en": "Courses"}
WORKFLOW_NAME = "Clinical review"

TRAINER_PAGE_PERMISSIONS = ("add_page", "change_page", "lock_page", "unlock_page")
REVIEWER_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
MEDIA_PERMISSIONS = ("add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document")
QUESTION_PERMISSIONS = ("add_question", "change_question", "add_questionbank", "change_questionbank")
QUESTION_REVIEW_PERMISSIONS = ("publish_question", "lock_question", "unlock_question")  # reviewers alone publish
MODEL_PERMISSIONS = {
    Role.TRAINER: (
        "access_admin",
        "add_topic",
        "change_topic",
        "submit_translation",
        *QUESTION_PERMISSIONS,
        "add_certificatetemplate",
        "change_certificatetemplate",
    ),
    Role.REVIEWER: (
        "access_admin",
        "add_topic",
        "change_topic",
        "submit_translation",
        *QUESTION_PERMISSIONS,
        *QUESTION_REVIEW_PERMISSIONS,
        "add_certificatetemplate",
        "change_certificatetemplate",
    ),
}


@transaction.atomic
def ensure_catalogues() -> dict[str, CourseCatalogPage]:
    """One live catalogue under each language's home page, with the same slug so URLs differ only by prefix.

    The home pages are the shell's (`lms.services.ensure_site_structure` makes them): found here as the
    pages of the types a catalogue may be placed under.
    """
    catalogues = {}
    original = CourseCatalogPage.objects.order_by("pk").first()
    homes = Page.objects.type(*CourseCatalogPage.allowed_parent_page_models()).select_related("locale")
    for home in homes:
        language = home.locale.language_code
        catalogue = CourseCatalogPage.objects.child_of(home).first()
        if catalogue is None:
            if original is not None:
                catalogue = original.copy_for_translation(home.locale)
                catalogue.title = CATALOGUE_TITLES.get(language, catalogue.title)
            else:
                catalogue = home.add_child(
                    instance=CourseCatalogPage(title=CATALOGUE_TITLES.get(language, "Courses"), slug=CATALOGUE_SLUG)
                )
                original = catalogue
            catalogue.save_revision().publish()
        catalogues[language] = catalogue
    return catalogues


def _permissions(*codenames: str):
    return Permission.objects.filter(codename__in=codenames)


@transaction.atomic
def ensure_clinical_review() -> Workflow:
    """Give trainers and reviewers their rights on every catalogue and attach the review workflow."""
    trainers, _ = Group.objects.get_or_create(name=Role.TRAINER.value)
    reviewers, _ = Group.objects.get_or_create(name=Role.REVIEWER.value)
    for group, role in ((trainers, Role.TRAINER), (reviewers, Role.REVIEWER)):
        group.permissions.add(*_permissions(*MODEL_PERMISSIONS[role]))
        for permission in _permissions(*MEDIA_PERMISSIONS):
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=Collection.get_first_root_node(), permission=permission
            )

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    task = GroupApprovalTask.objects.filter(name=WORKFLOW_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=WORKFLOW_NAME)
    task.groups.add(reviewers)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})

    for catalogue in CourseCatalogPage.objects.all():
        for group, codenames in ((trainers, TRAINER_PAGE_PERMISSIONS), (reviewers, REVIEWER_PAGE_PERMISSIONS)):
            for permission in _permissions(*codenames).filter(content_type__app_label="wagtailcore"):
                GroupPagePermission.objects.get_or_create(group=group, page=catalogue, permission=permission)
        WorkflowPage.objects.update_or_create(page=catalogue, defaults={"workflow": workflow})
    return workflow


def ensure_authoring_setup():
    """Catalogues, rights and clinical review; safe to run on every deployment."""
    ensure_catalogues()
    return ensure_clinical_review()


def is_course_author(user) -> bool:
    """Trainers and clinical reviewers write and review courses; so do superusers."""
    return user.is_superuser or any(has_role(user, role) for role in AUTHOR_ROLES)
