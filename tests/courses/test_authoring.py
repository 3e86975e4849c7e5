"""Trainers write, clinical reviewers approve: nothing a trainer writes goes live unreviewed."""

import pytest
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from courses.authoring import WORKFLOW_NAME, ensure_authoring_setup, ensure_catalogues
from courses.models import CourseCatalogPage, LessonPage
from tests.factories import UserFactory
from workforce.roles import Role
from workforce.services import grant_role


@pytest.fixture
def authoring(courses):
    ensure_authoring_setup()
    trainer = grant_role(user=UserFactory(email="trainer@example.test"), role=Role.TRAINER)
    reviewer = grant_role(user=UserFactory(email="reviewer@example.test"), role=Role.REVIEWER)
    return trainer, reviewer


def lesson_form(title="Qoʻlni yuvish texnikasi", **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": "hand-washing-technique",
            "duration_minutes": "8",
            "body": streamfield([("paragraph", rich_text("<p>Qoʻllarni 40–60 soniya yuving.</p>"))]),
            **extra,
        }
    )


def add_lesson(client, course, **extra):
    url = reverse("wagtailadmin_pages:add", args=["courses", "lessonpage", course.pk])
    return client.post(url, lesson_form(**extra))


def test_catalogues_exist_in_every_language_with_the_same_slug(courses):
    catalogues = ensure_catalogues()

    assert sorted(catalogues) == ["en", "ru", "uz"]
    assert {catalogue.slug for catalogue in catalogues.values()} == {"courses"}
    assert CourseCatalogPage.objects.count() == 3


def test_trainer_cannot_publish_directly(client, courses, authoring):
    trainer, _reviewer = authoring
    course = courses.course()
    client.force_login(trainer)

    add_lesson(client, course, **{"action-publish": "publish"})

    lesson = LessonPage.objects.get(slug="hand-washing-technique")
    assert not lesson.live


def test_trainer_submits_a_lesson_and_a_reviewer_approves_it(client, courses, authoring):
    trainer, reviewer = authoring
    course = courses.course()
    client.force_login(trainer)

    response = add_lesson(client, course, **{"action-submit": "submit"})

    assert response.status_code == 302
    lesson = LessonPage.objects.get(slug="hand-washing-technique")
    assert not lesson.live
    state = WorkflowState.objects.get(object_id=str(lesson.pk))
    assert state.workflow.name == WORKFLOW_NAME
    assert state.status == WorkflowState.STATUS_IN_PROGRESS

    client.force_login(reviewer)
    approve = reverse("wagtailadmin_pages:workflow_action", args=[lesson.pk, "approve", state.current_task_state.pk])
    response = client.post(approve, {"comment": "Klinik jihatdan toʻgʻri."})

    assert response.status_code in (200, 302)
    lesson.refresh_from_db()
    assert lesson.live


def test_reviewer_rejection_keeps_the_lesson_off_the_site(client, courses, authoring):
    trainer, reviewer = authoring
    course = courses.course()
    client.force_login(trainer)
    add_lesson(client, course, **{"action-submit": "submit"})
    lesson = LessonPage.objects.get(slug="hand-washing-technique")
    state = WorkflowState.objects.get(object_id=str(lesson.pk))

    client.force_login(reviewer)
    reject = reverse("wagtailadmin_pages:workflow_action", args=[lesson.pk, "reject", state.current_task_state.pk])
    client.post(reject, {"comment": "Dozani tekshiring."})

    lesson.refresh_from_db()
    state.refresh_from_db()
    assert not lesson.live
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES


def test_learners_cannot_open_the_admin(client, courses, authoring, learner):
    client.force_login(learner)

    response = client.get(reverse("wagtailadmin_home"))

    assert response.status_code == 302
