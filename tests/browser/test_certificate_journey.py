"""The demo learner completes a course, downloads the certificate and verifies it, by link and by typed code."""

import re
import time
from io import BytesIO
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from pypdf import PdfReader

from assessments.models import QuizPage
from certificates.models import Certificate
from courses import selectors
from courses import services as course_services
from courses.models import CoursePage, LessonPage
from tests.browser.steps import answer_every_question_correctly, sign_in, submit

pytestmark = pytest.mark.browser

# The certificate is rendered when the completing transaction commits; it should show within a few seconds.
CERTIFICATE_WAIT_SECONDS = 10


def _reload_until_visible(page, locator, timeout_seconds=CERTIFICATE_WAIT_SECONDS):
    """Wait for `locator` to be visible, reloading the page between short waits, for at most `timeout_seconds`."""
    deadline = time.monotonic() + timeout_seconds
    while True:
        remaining_ms = int((deadline - time.monotonic()) * 1000)
        try:
            locator.wait_for(state="visible", timeout=max(1, min(1_000, remaining_ms)))
            return
        except PlaywrightTimeoutError:
            if time.monotonic() >= deadline:
                raise
            page.reload()


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_learner_completes_a_course_and_verifies_the_certificate(browser_page, demo_data):
    page = browser_page
    learner = get_user_model().objects.get(email="learner@demo.test")
    course = CoursePage.objects.get(locale__language_code="uz", slug="hand-hygiene")
    enrolment = course_services.enrol_learner(learner=learner, course=course)
    for lesson_id in selectors.course_lesson_ids(course):
        course_services.complete_lesson(enrolment=enrolment, lesson=LessonPage.objects.get(pk=lesson_id))
    final = QuizPage.objects.live().descendant_of(course).get(role=QuizPage.Role.FINAL)
    assert not Certificate.objects.filter(learner=learner).exists()
    sign_in(page)

    # Pass the final assessment: the course completes and the certificate is issued on commit.
    page.goto(page.base_url + final.url)
    page.locator(".course-actions form button[type=submit]").click()
    page.wait_for_url("**/attempts/*/")
    page.goto(page.url + "?all=1")
    answer_every_question_correctly(page)
    submit(page)
    assert page.locator(".result-summary.is-passed").is_visible()

    # "My learning" → the Certificates section → "My certificates".
    page.goto(page.base_url + "/uz/learning/")
    page.locator("section[aria-labelledby=certificates-title] a").click()
    page.wait_for_url("**/uz/learning/certificates/")
    row = page.locator("li.learning-row").filter(has=page.locator(".badge--ok"))
    _reload_until_visible(page, row)
    assert page.locator("li.learning-row").count() == 1
    code = row.locator("code").inner_text().strip()
    assert re.fullmatch(r"[0-9A-Z]{4}(-[0-9A-Z]{4}){3}", code), code
    certificate = Certificate.objects.get(learner=learner)
    assert (certificate.code, certificate.status) == (code, Certificate.Status.ISSUED)
    assert row.locator(".learning-row__title").inner_text().strip() == certificate.course_title

    # Download the PDF: the holder's name and the code are printed on it.
    download_link = row.locator(f'a.button[href$="/learning/certificates/{code}/pdf/"]')
    with page.expect_download(timeout=10_000) as download_info:
        download_link.click()
    download = download_info.value
    assert download.failure() is None
    assert download.suggested_filename == f"certificate-{code}.pdf"
    pdf = Path(download.path()).read_bytes()
    assert pdf.startswith(b"%PDF")
    text = _squash(" ".join(pdf_page.extract_text() or "" for pdf_page in PdfReader(BytesIO(pdf)).pages))
    assert learner.full_name in text
    assert code in text

    # The verification link shows the certificate as valid, to anyone.
    row.locator(f'a[href$="/verify/{code}/"]').click()
    page.wait_for_url(f"**/uz/verify/{code}/")
    assert page.locator(".result-summary.is-passed").is_visible()
    assert page.locator(".result-summary.is-failed").count() == 0
    summary = page.locator(".result-summary")
    assert learner.full_name in summary.locator("dd").all_inner_texts()
    assert summary.locator("dd code").inner_text().strip() == code

    response = page.request.get(f"{page.base_url}/uz/verify/{code}.json")
    assert response.status == 200
    facts = response.json()
    assert facts["status"] == "valid"
    assert (facts["code"], facts["holder"]) == (code, learner.full_name)

    # Typed in lower case without dashes, the code leads to the same page.
    page.goto(page.base_url + "/uz/verify/")
    form = page.locator('main form[action="/uz/verify/"]')
    form.locator('input[name="code"]').fill(code.replace("-", "").lower())
    form.locator("button[type=submit]").click()
    page.wait_for_url(f"**/uz/verify/{code}/")
    assert page.url == f"{page.base_url}/uz/verify/{code}/"
    assert page.locator(".result-summary.is-passed").is_visible()
