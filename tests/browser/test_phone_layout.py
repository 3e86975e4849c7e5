"""At 360 px: question cards keep their heading inside, wide tables say that they scroll, images open full size."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation

from assessments.models import QuizPage
from assessments.services import start_attempt
from courses import services as course_services
from courses.models import CoursePage, LessonPage
from tests.browser.steps import assert_legends_inside_their_fieldsets, sign_in, wide_tables_without_a_scroll_hint

pytestmark = pytest.mark.browser


def test_lesson_images_open_full_size_and_wide_tables_show_that_they_scroll_on_a_phone(browser_page, demo_data):
    page = browser_page
    learner = get_user_model().objects.get(email="learner@demo.test")
    course = CoursePage.objects.get(locale__language_code="uz", slug="hand-hygiene")
    course_services.enrol_learner(learner=learner, course=course)
    lesson = LessonPage.objects.live().descendant_of(course).get(slug="lesson-2-five-moments")
    sign_in(page)

    page.goto(page.base_url + lesson.url)
    page.locator("article.lesson h1").wait_for()
    _wide, silent = wide_tables_without_a_scroll_hint(page)
    assert not silent
    figures = page.locator(".lesson-figure img")
    assert figures.count() > 0
    assert page.locator(".lesson-figure a.zoomable img").count() == figures.count()

    zoom = page.locator(".lesson-figure a.zoomable").first
    zoom.focus()
    page.keyboard.press("Enter")
    lightbox = page.locator("dialog.lightbox")
    lightbox.wait_for()
    picture = lightbox.locator("img")
    page.wait_for_function("() => document.querySelector('dialog.lightbox img').complete")
    natural, shown = picture.evaluate("img => [img.naturalWidth, img.getBoundingClientRect().width]")
    assert natural > 360 and shown == natural, "the picture opens at its full size, to be panned"
    assert picture.get_attribute("alt") == zoom.locator("img").get_attribute("alt")
    page.keyboard.press("Escape")
    lightbox.wait_for(state="hidden")
    assert zoom.evaluate("link => document.activeElement === link")


def test_question_cards_and_dashboard_tables_fit_a_phone(browser_page, demo_data):
    page = browser_page
    learner = get_user_model().objects.get(email="learner@demo.test")
    course = CoursePage.objects.get(locale__language_code="uz", slug="hand-hygiene")
    course_services.enrol_learner(learner=learner, course=course)
    quiz = QuizPage.objects.live().descendant_of(course).first()
    attempt = start_attempt(learner=learner, quiz=quiz)
    sign_in(page)

    with translation.override("uz"):
        page.goto(page.base_url + reverse("assessments:attempt", args=[attempt.pk]) + "?all=1")
    page.locator("fieldset.question").first.wait_for()
    assert_legends_inside_their_fieldsets(page)

    page.context.clear_cookies()
    sign_in(page, "ministry@demo.test")
    page.goto(page.base_url + "/en/dashboard/")
    page.locator("table.unit-table").wait_for()
    wide, silent = wide_tables_without_a_scroll_hint(page)
    assert wide >= 1 and not silent
