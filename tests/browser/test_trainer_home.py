"""On a phone, a trainer's admin home lists their courses within the screen, and a keyboard reaches the editor."""

import pytest
from allauth.account.models import EmailAddress

from courses.authoring import ensure_authoring_setup
from tests.courses.conftest import CourseBuilder
from tests.factories import UserFactory
from workforce.roles import Role
from workforce.services import grant_role

pytestmark = pytest.mark.browser

PASSWORD = "Correct-horse-42"


def test_trainer_home_fits_a_phone_and_a_keyboard_opens_a_course_in_the_editor(browser_page):
    page = browser_page
    courses = CourseBuilder()
    ensure_authoring_setup()
    trainer = grant_role(
        user=UserFactory(email="trainer@example.test", preferred_language="uz", password=PASSWORD), role=Role.TRAINER
    )
    EmailAddress.objects.create(user=trainer, email=trainer.email, verified=True, primary=True)
    course = courses.course("Qoʻl gigiyenasi boʻyicha uzoq nomli kurs", lessons=0, owner=trainer)
    courses.translate(course, "ru")

    page.goto(f"{page.base_url}/admin/login/?next=/admin/")
    page.fill('input[name="login"]', trainer.email)
    page.fill('input[name="password"]', PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/admin/")

    panel = page.locator("#my-courses-section")
    panel.wait_for()
    assert "Mening kurslarim" in panel.inner_text()
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 360
    box = panel.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 360

    link = panel.locator(f'a[href="/admin/pages/{course.pk}/edit/"]')
    for _press in range(80):
        page.keyboard.press("Tab")
        if link.evaluate("element => document.activeElement === element"):
            break
    else:
        pytest.fail("the course's editor link is not reachable with Tab")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/admin/pages/{course.pk}/edit/")
    assert not page.csp_violations
