"""On a phone, a numeric answer typed as a range is refused with a message saying what to type, never graded 0."""

import pytest

from assessments.models import Attempt, Question
from tests.browser.steps import lessons_done_before_the_final, sign_in, start_on_one_page

pytestmark = pytest.mark.browser


def test_a_numeric_answer_typed_as_a_range_is_refused_with_a_message(browser_page, demo_data):
    page = browser_page
    learner, _enrolment, final = lessons_done_before_the_final()
    sign_in(page)
    start_on_one_page(page, final)
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
