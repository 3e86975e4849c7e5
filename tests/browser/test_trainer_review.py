"""A trainer writes a lesson in the Wagtail admin and submits it; a clinical reviewer approves and so publishes it."""

import re

import pytest
from allauth.account.models import EmailAddress
from playwright.sync_api import expect
from wagtail.models import PageLogEntry, WorkflowState

from courses.authoring import WORKFLOW_NAME
from courses.models import CoursePage, LessonPage
from demo.accounts import DEMO_PASSWORD
from tests.factories import UserFactory
from workforce.roles import Role
from workforce.services import grant_role

pytestmark = pytest.mark.browser

REVIEWER_PASSWORD = "Klinik-tekshiruv-2026"
TITLE = "Qoʻlqoplarni toʻgʻri yechish"


def _sign_in_to_admin(page, *, email: str, password: str, next_path: str):
    page.goto(f"{page.base_url}/admin/login/?next={next_path}")
    page.fill('input[name="login"]', email)
    page.fill('input[name="password"]', password)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"**{next_path}")


def test_trainer_writes_a_lesson_and_a_reviewer_publishes_it(demo_data, browser_page):
    reviewer = grant_role(
        user=UserFactory(
            email="reviewer@example.test",
            full_name="Karimova Dilnoza",
            preferred_language="uz",
            password=REVIEWER_PASSWORD,
        ),
        role=Role.REVIEWER,
    )
    EmailAddress.objects.create(user=reviewer, email=reviewer.email, verified=True, primary=True)
    course = CoursePage.objects.get(locale__language_code="uz", slug="hand-hygiene")

    page = browser_page
    add_path = f"/admin/pages/add/courses/lessonpage/{course.pk}/"
    _sign_in_to_admin(page, email="trainer@demo.test", password=DEMO_PASSWORD, next_path=add_path)
    page.fill('input[name="title"]', TITLE)
    page.locator('[data-contentpath="body"] button.c-sf-add-button').first.click()
    page.locator('[role=option]:has(use[href="#icon-pilcrow"])').click()
    editor = page.locator('[data-contentpath="body"] [contenteditable=true]')
    editor.click()
    editor.press_sequentially("Qoʻlqopni yechgandan keyin darhol qoʻl gigiyenasini bajaring.")
    # Draftail copies its content into the form a moment after the last keystroke.
    expect(page.locator("#body-0-value")).to_have_value(re.compile("darhol"))
    page.locator(".w-dropdown-button .w-dropdown__toggle").click()
    page.locator('button[name="action-submit"]').click()
    page.wait_for_url(lambda url: add_path not in url)

    lesson = LessonPage.objects.child_of(course).get(title=TITLE)
    assert not lesson.live
    assert lesson.locale.language_code == "uz"
    assert "darhol" in lesson.get_latest_revision_as_object().body.render_as_block()
    assert lesson.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert lesson.current_workflow_task.name == WORKFLOW_NAME
    assert page.goto(page.base_url + lesson.url).status == 404

    # The reviewer works in a browser of their own.
    reviewer_context = page.context.browser.new_context(viewport={"width": 360, "height": 780}, locale="en-GB")
    review = reviewer_context.new_page()
    review.set_default_timeout(15_000)
    review.base_url = page.base_url
    edit_path = f"/admin/pages/{lesson.pk}/edit/"
    _sign_in_to_admin(review, email=reviewer.email, password=REVIEWER_PASSWORD, next_path=edit_path)
    review.locator(".w-dropdown-button .w-dropdown__toggle").click()
    # "Approve" without a comment; "Approve with comment" opens a modal instead.
    review.locator('[data-workflow-action-name="approve"]:not([data-workflow-action-modal-url])').click()
    review.wait_for_url(lambda url: edit_path not in url)
    reviewer_context.close()

    lesson.refresh_from_db()
    assert lesson.live
    assert lesson.workflow_states.get().status == WorkflowState.STATUS_APPROVED
    assert PageLogEntry.objects.get(page=lesson, action="wagtail.publish").user == reviewer

    # The trainer, as staff, reads the published lesson in the course without enrolling.
    response = page.goto(page.base_url + lesson.url)
    assert response.status == 200
    assert page.locator("article.lesson h1").inner_text() == TITLE
    assert "darhol" in page.locator("article.lesson .lesson__body").inner_text()
