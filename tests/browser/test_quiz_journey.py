"""The demo learner fails the final assessment, retakes it, passes, and the course is completed."""

import pytest
from django.contrib.auth import get_user_model

from assessments.models import Attempt, QuizPage
from courses import selectors
from courses import services as course_services
from courses.models import CoursePage, Enrolment, LessonPage
from tests.browser.steps import answer_every_question_correctly, sign_in, submit

pytestmark = pytest.mark.browser


def test_learner_fails_the_final_retakes_it_passes_and_completes_the_course(browser_page, demo_data):
    page = browser_page
    learner = get_user_model().objects.get(email="learner@demo.test")
    course = CoursePage.objects.get(locale__language_code="uz", slug="hand-hygiene")
    enrolment = course_services.enrol_learner(learner=learner, course=course)
    for lesson_id in selectors.course_lesson_ids(course):
        course_services.complete_lesson(enrolment=enrolment, lesson=LessonPage.objects.get(pk=lesson_id))
    final = QuizPage.objects.live().descendant_of(course).get(role=QuizPage.Role.FINAL)
    sign_in(page)

    # First attempt: submitted blank, so it fails.
    page.goto(page.base_url + final.url)
    page.locator(".course-actions form button[type=submit]").click()
    page.wait_for_url("**/attempts/*/")
    page.goto(page.url + "?all=1")
    submit(page)
    assert page.locator(".result-summary.is-failed").is_visible()
    assert Enrolment.objects.get(pk=enrolment.pk).status != Enrolment.Status.COMPLETED

    # Second attempt: every question answered from the key, on one page.
    page.goto(page.base_url + final.url)
    page.locator(".course-actions form button[type=submit]").click()
    page.wait_for_url("**/attempts/*/")
    page.goto(page.url + "?all=1")
    answer_every_question_correctly(page)
    submit(page)

    assert page.locator(".result-summary.is-passed").is_visible()
    attempts = Attempt.objects.filter(learner=learner, quiz=final).order_by("number")
    assert [attempt.passed for attempt in attempts] == [False, True]
    page.goto(page.base_url + course.url)
    assert page.locator(".course-actions .badge--ok").is_visible()
    assert Enrolment.objects.get(pk=enrolment.pk).status == Enrolment.Status.COMPLETED
