"""axe-core finds no serious or critical accessibility problem on the main pages, at 360 px."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation

from assessments.models import QuizPage
from assessments.services import start_attempt
from courses import services as course_services
from courses.models import CoursePage, LessonPage
from tests.browser.steps import serious_accessibility_violations, sign_in

pytestmark = pytest.mark.browser


def _open(page, path: str):
    page.goto(page.base_url + path)
    page.locator("main").wait_for()


def _check(page, found: dict):
    """Note the page's violations; every page is checked before the test fails, so one run lists them all."""
    violations = serious_accessibility_violations(page)
    if violations:
        found[page.url] = violations


def _report(found: dict) -> str:
    return "\n".join(f"{url}:\n  " + "\n  ".join(violations) for url, violations in found.items())


def test_learner_quiz_and_dashboard_pages_have_no_serious_accessibility_violations(browser_page, demo_data):
    page = browser_page
    course = CoursePage.objects.get(locale__language_code="uz", slug="hand-hygiene")
    lesson = LessonPage.objects.live().descendant_of(course).get(slug="lesson-2-five-moments")
    quiz = QuizPage.objects.live().descendant_of(course).first()
    learner = get_user_model().objects.get(email="learner@demo.test")
    found = {}
    sign_in(page)

    for path in ("/uz/learning/", course.url, lesson.url, quiz.url):
        _open(page, path)
        _check(page, found)

    course_services.enrol_learner(learner=learner, course=course)
    attempt = start_attempt(learner=learner, quiz=quiz)
    with translation.override("uz"):
        _open(page, reverse("assessments:attempt", args=[attempt.pk]))
    _check(page, found)

    page.context.clear_cookies()
    sign_in(page, "ministry@demo.test")
    _open(page, "/en/dashboard/")
    _check(page, found)
    assert not found, _report(found)


def test_signup_page_has_no_serious_accessibility_violations(browser_page, org_tree, nurse_cadre):
    page = browser_page
    found = {}
    _open(page, "/ru/accounts/signup/")
    _check(page, found)
    assert not found, _report(found)
