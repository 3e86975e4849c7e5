"""The demo learner opens "My learning", studies the assigned hand-hygiene course to the end, on a phone."""

from datetime import timedelta

import pytest
from django.template.defaultfilters import date as format_date
from django.utils import timezone, translation

from assessments.models import QuizPage
from certificates import tasks as certificate_tasks
from courses import selectors
from courses.models import CoursePage, Enrolment, LessonProgress
from demo.accounts import DEMO_PASSWORD
from tests.browser.steps import answer_every_question_correctly, submit

pytestmark = pytest.mark.browser


def _in_uzbek(day) -> str:
    with translation.override("uz"):
        return format_date(day, "DATE_FORMAT")


def test_demo_learner_completes_an_assigned_course(demo_data, browser_page, monkeypatch):
    course = CoursePage.objects.get(locale__language_code="uz", slug="hand-hygiene")
    lesson_count = len(selectors.course_lesson_ids(course))
    today = timezone.localdate()

    page = browser_page
    page.goto(page.base_url + "/uz/accounts/login/")
    page.fill('input[name="login"]', "learner@demo.test")
    page.fill('input[name="password"]', DEMO_PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.locator("details.account-menu summary").wait_for()

    page.locator('header nav a[href="/uz/learning/"]').click()
    page.wait_for_url("**/uz/learning/")
    assert page.locator("html").get_attribute("lang") == "uz"

    # Assigned courses come first, soonest due first: basic life support (overdue), then hand hygiene.
    assigned = page.locator("section[aria-labelledby=assigned-title] li.learning-row")
    assert assigned.count() == 2
    overdue, hand_hygiene = assigned.nth(0), assigned.nth(1)
    assert "is-overdue" in overdue.get_attribute("class")
    assert overdue.locator(".badge--danger").is_visible()
    assert _in_uzbek(today - timedelta(days=7)) in overdue.locator(".learning-row__due").inner_text()
    assert overdue.locator("a.learning-row__title").get_attribute("href").endswith("/basic-life-support/")
    assert "is-overdue" not in hand_hygiene.get_attribute("class")
    assert hand_hygiene.locator(".badge--danger").count() == 0
    assert _in_uzbek(today + timedelta(days=30)) in hand_hygiene.locator(".learning-row__due").inner_text()

    hand_hygiene.locator("a.learning-row__title").click()
    page.wait_for_url("**/uz/courses/hand-hygiene/")
    actions = page.locator(".course-actions")
    enrol = actions.locator("form button[type=submit]")
    if enrol.count():
        enrol.click()
    actions.locator("[role=progressbar]").wait_for()
    syllabus = page.locator(".syllabus__lesson:not(.syllabus__activity) a").evaluate_all(
        "links => links.map(link => link.href)"
    )
    assert len(syllabus) == lesson_count

    # "Start the course" opens the pre-test first; once it is taken, the same button opens the first lesson.
    pre_test = QuizPage.objects.live().descendant_of(course).get(role=QuizPage.Role.PRE_TEST)
    final = QuizPage.objects.live().descendant_of(course).get(role=QuizPage.Role.FINAL)
    actions.locator("a.button").click()
    page.wait_for_url(page.base_url + pre_test.url)
    page.locator(".course-actions form button[type=submit]").click()
    page.wait_for_url("**/attempts/*/")
    page.goto(page.url + "?all=1")
    submit(page)
    page.goto(page.base_url + "/uz/courses/hand-hygiene/")
    assert actions.locator("a.button").get_attribute("href") == syllabus[0].removeprefix(page.base_url)
    actions.locator("a.button").click()

    # Each "Mark as complete (and continue)" leads to the next lesson, the last one to the final assessment.
    studied = []
    for _lesson in syllabus:
        page.locator("article.lesson h1").wait_for()
        lesson_url = page.url
        studied.append(lesson_url)
        page.locator(".lesson-footer form button[type=submit]").click()
        page.wait_for_url(lambda url, left=lesson_url: url != left)
    assert studied == syllabus
    assert page.url == page.base_url + final.url

    # The course page agrees: not 100 % while the final assessment is left, and a button to it.
    page.goto(page.base_url + "/uz/courses/hand-hygiene/")
    progress = page.locator(".course-actions [role=progressbar]")
    assert int(progress.get_attribute("aria-valuenow")) < 100
    assert not page.locator(".course-actions .badge--ok").is_visible(), "the final assessment is still to pass"
    page.locator(f'.course-actions a.button[href="{final.url}"]').click()

    # Passing the final completes the course; the result page says so and that the certificate is being
    # prepared (the worker is held back here), then shows the link to it once the worker has issued it.
    queued = []
    monkeypatch.setattr(certificate_tasks.issue_certificate, "delay", lambda pk, **options: queued.append(pk))
    page.locator(".course-actions form button[type=submit]").click()
    page.wait_for_url("**/attempts/*/")
    page.goto(page.url + "?all=1")
    answer_every_question_correctly(page)
    submit(page)
    assert page.locator(".result-summary.is-passed").is_visible()
    assert page.locator(".course-completed").is_visible()
    assert page.locator("[data-certificate-pending]").is_visible()
    assert not page.locator('.course-completed a.button[href$="/pdf/"]').is_visible()
    certificate_tasks.issue_certificate(*queued)
    page.locator('.course-completed a.button[href$="/pdf/"]').wait_for(state="visible")
    assert not page.locator("[data-certificate-pending]").is_visible()
    page.goto(page.base_url + "/uz/courses/hand-hygiene/")
    completed_badge = page.locator(".course-actions .badge--ok")
    assert completed_badge.is_visible()
    assert _in_uzbek(today) in completed_badge.inner_text()

    enrolment = Enrolment.objects.get(learner__email="learner@demo.test", course=selectors.canonical_course(course))
    assert enrolment.status == Enrolment.Status.COMPLETED
    assert LessonProgress.objects.filter(enrolment=enrolment, completed_at__isnull=False).count() == lesson_count
    assert LessonProgress.objects.filter(enrolment=enrolment).count() == lesson_count
