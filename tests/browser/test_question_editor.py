"""In a real browser: the question editor shows only the chosen type's answer key, driven from the keyboard; a
lesson's number check reads "5,5" and "5.5" alike and says so, rather than "Incorrect", when given no number."""

import pytest
from allauth.account.models import EmailAddress
from playwright.sync_api import expect

from courses import services as course_services
from courses.authoring import ensure_authoring_setup
from courses.models import LessonPage
from tests.courses.conftest import CourseBuilder
from tests.factories import UserFactory
from workforce.roles import Role
from workforce.services import grant_role

pytestmark = pytest.mark.browser

PASSWORD = "Correct-horse-42"


def user(email, **fields):
    account = UserFactory(email=email, password=PASSWORD, **fields)
    EmailAddress.objects.create(user=account, email=email, verified=True, primary=True)
    return account


def sign_in(page, account, path):
    page.goto(f"{page.base_url}{path}")
    page.fill('input[name="login"]', account.email)
    page.fill('input[name="password"]', PASSWORD)
    page.locator("main form button[type=submit]").click()


def shown_panels(page) -> set[str]:
    return set(
        page.locator("section[data-question-kinds]").evaluate_all(
            "panels => panels.filter(p => p.offsetParent !== null).map(p => p.dataset.questionKinds)"
        )
    )


def test_choosing_a_type_with_the_keyboard_shows_only_its_answer_key(browser_page):
    page = browser_page
    CourseBuilder()
    ensure_authoring_setup()
    trainer = grant_role(user=user("trainer@example.test", preferred_language="en"), role=Role.TRAINER)
    sign_in(page, trainer, "/admin/login/?next=/admin/snippets/assessments/question/add/")
    page.wait_for_url("**/question/add/")
    kind = page.locator('select[name="kind"]')

    assert shown_panels(page) == {"single multiple"}
    assert not page.locator('[data-question-kinds="multiple"]').is_visible()

    kind.focus()
    page.keyboard.press("ArrowDown")  # multiple choice
    assert kind.input_value() == "multiple"
    assert shown_panels(page) == {"single multiple"}
    assert page.locator('[data-question-kinds="multiple"]').is_visible()

    page.keyboard.press("ArrowDown")  # true or false
    assert shown_panels(page) == {"true_false"}
    page.keyboard.press("ArrowDown")  # number
    assert shown_panels(page) == {"numeric"}
    assert page.locator('input[name="numeric_answer"]').is_visible()
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.closest('[data-question-kinds]') === null"), (
        "Tab leaves the type for the next visible field, never into a hidden panel"
    )


def test_a_lesson_number_check_reads_a_decimal_comma_and_refuses_a_range_with_a_message(browser_page):
    page = browser_page
    course = CourseBuilder().course(lessons=1)
    lesson = LessonPage.objects.descendant_of(course).get()
    lesson.body = [
        {
            "type": "number_check",
            "value": {
                "question": "Normal tana harorati qancha?",
                "answer": "36,5–37,2",
                "unit": "°C",
                "explanation": "<p>Qoʻltiq ostida oʻlchanganda.</p>",
            },
        }
    ]
    lesson.save_revision().publish()
    learner = user("learner@example.test", preferred_language="en")
    course_services.enrol_learner(learner=learner, course=course)
    sign_in(page, learner, f"/en/accounts/login/?next={lesson.url}")
    check = page.locator("[data-number-check]")
    check.wait_for()
    field, button, result = (
        check.locator("input"),
        check.locator("button"),
        check.locator("[data-knowledge-check-result]"),
    )

    def says(verdict):
        expect(result).to_have_text(check.get_attribute(f"data-msg-{verdict}"))

    field.fill("36-37")
    button.click()
    says("unreadable")
    assert field.get_attribute("aria-invalid") == "true"
    assert not check.locator("[data-knowledge-check-explanation]").is_visible()

    field.fill("36,6")
    field.press("Enter")
    says("correct")

    field.fill("38.5")
    button.click()
    says("incorrect")
    assert check.locator("[data-knowledge-check-explanation]").is_visible()
