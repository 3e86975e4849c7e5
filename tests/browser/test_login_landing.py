"""On a phone, each role signs in and lands where it works; a `next` address still wins."""

import pytest
from allauth.account.models import EmailAddress

from courses.authoring import ensure_authoring_setup
from tests.factories import UserFactory
from workforce.roles import Role
from workforce.services import grant_role

pytestmark = pytest.mark.browser

PASSWORD = "Correct-horse-42"


def _account(email: str, role: Role, org_unit=None):
    user = grant_role(user=UserFactory(email=email, preferred_language="en"), role=role, org_unit=org_unit)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


def _sign_in(page, email: str, query: str = ""):
    page.context.clear_cookies()
    page.goto(f"{page.base_url}/en/accounts/login/{query}")
    button = page.locator("main form button[type=submit]")
    box = button.bounding_box()
    assert box["width"] > 300 and box["height"] >= 44  # full width and easy to tap at 360 px
    page.fill('input[name="login"]', email)
    page.fill('input[name="password"]', PASSWORD)
    button.click()


def test_each_role_lands_where_it_works_after_signing_in(browser_page, org_tree):
    page = browser_page
    ensure_authoring_setup()
    supervisor_unit = org_tree["tashkent"]
    _account("learner@example.test", Role.LEARNER)
    _account("trainer@example.test", Role.TRAINER)
    _account("supervisor@example.test", Role.SUPERVISOR, org_unit=supervisor_unit)
    _account("analyst@example.test", Role.MINISTRY_ANALYST)

    _sign_in(page, "learner@example.test")
    page.wait_for_url("**/en/learning/")

    _sign_in(page, "trainer@example.test")
    page.wait_for_url("**/admin/")

    _sign_in(page, "supervisor@example.test")
    page.wait_for_url(f"**/en/dashboard/units/{supervisor_unit.pk}/")

    _sign_in(page, "analyst@example.test")
    page.wait_for_url(f"**/en/dashboard/units/{org_tree['country'].pk}/")

    _sign_in(page, "supervisor@example.test", "?next=/en/learning/")
    page.wait_for_url("**/en/learning/")
