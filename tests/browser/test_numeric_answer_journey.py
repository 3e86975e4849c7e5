"""On a phone, a numeric answer typed as a range is refused with a message saying what to type, never graded 0."""

import pytest
from django.contrib.auth import get_user_model

from assessments.models import Attempt, Question, QuizPage
from courses import selectors
from courses import services as course_services
from courses.models import CoursePage, LessonPage
from tests.browser.steps import sign_in

pytestmark = pytest.mark.browser


def test_a_numeric_answer_typed_as_a_range_is_refused_with_a_message(browser_page, demo_data):
    page = browser_page
    learner = get_user_model().objects.get(email="learner@demo.test")
    course = CoursePage.objects.get(locale__language_code="uz", slug="hand-hygiene")
    enrolment = course_services.enrol_learner(learner=learner, course=course)
    for lesson_id in selectors.course_lesson_ids(course):
        course_services.complete_lesson(enrolment=enrolment, lesson=LessonPage.objects.get(pk=lesson_id))
    final = QuizPage.objects.live().descendant_of(course).get(role=QuizPage.Role.FINAL)
    sign_in(page)

    page.goto(page.base_url + final.url)
    page.locator(".course-actions form button[type=submit]").click()
    page.wait_for_url("**/attempts/*/")
    page.goto(page.url + "?all=1")
    shown = [int(value) for value in page.locator('input[name="shown"]').evaluate_all("els => els.map(e => e.value)")]
    numeric = Question.objects.filter(pk__in=shown, kind="numeric").first()
    field = page.locator(f'input[name="q{numeric.pk}"]')

    # Autosave tells at once, next to the form.
    field.fill("5-6")
    field.blur()
    status = page.locator("[data-autosave-status]")
    page.wait_for_function("el => el.textContent.includes('5,5')", arg=status.element_handle())

    # Submitting refuses the whole page, keeps the attempt open and says what to type.
    page.once("dialog", lambda dialog: dialog.accept())
    page.locator('button[name="action"][value="submit"]').click()
    page.wait_for_url("**/attempts/*/?all=1")
    message = page.locator(".messages .message--error")
    assert message.is_visible()
    assert "5,5" in message.inner_text()
    attempt = Attempt.objects.get(learner=learner, quiz=final)
    assert attempt.status == Attempt.Status.IN_PROGRESS
    assert not attempt.answers.filter(question=numeric).exists()
