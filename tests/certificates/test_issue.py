"""Certificates follow completion: created once in the completing transaction, rendered by a worker, verifiable."""

from datetime import timedelta
from io import BytesIO

import pytest
from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from certificates import services, tasks
from certificates.models import Certificate, CertificateTemplate
from courses import services as course_services
from tests.factories import UserFactory


def pdf_text(certificate) -> str:
    with certificate.pdf.open("rb") as handle:
        return "".join(page.extract_text() for page in PdfReader(BytesIO(handle.read())).pages)


@pytest.fixture
def course(courses):
    return courses.course("Qoʻl gigiyenasi", slug="hand-hygiene", lessons=1, certificate_validity_months=24)


def complete(courses, course, learner):
    enrolment = course_services.enrol_learner(learner=learner, course=course)
    course_services.complete_lesson(enrolment=enrolment, lesson=courses.lessons(course)[0])
    return enrolment


def test_completing_a_course_creates_one_pending_certificate_then_the_worker_issues_it(
    courses, course, learner, django_capture_on_commit_callbacks
):
    learner.full_name = "Karimova Dilnoza Rustamovna"
    learner.save()

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        complete(courses, course, learner)

    certificate = Certificate.objects.get()
    assert len(callbacks) >= 1
    assert certificate.status == Certificate.Status.ISSUED
    assert certificate.expires_at == certificate.issued_at + relativedelta(months=24)
    text = pdf_text(certificate)
    assert "Karimova Dilnoza Rustamovna" in text
    assert "Qoʻl gigiyenasi" in text
    assert certificate.code in text


def test_the_task_run_ten_times_issues_one_certificate(courses, course, learner):
    complete(courses, course, learner)
    certificate = Certificate.objects.get()

    results = {tasks.issue_certificate(certificate.pk) for _ in range(10)}

    assert results == {"issued"}
    assert Certificate.objects.count() == 1
    assert Certificate.objects.get().issued_at is not None


def test_a_course_without_a_certificate_gives_none(courses, learner):
    course = courses.course(slug="no-certificate", lessons=1, gives_certificate=False)

    complete(courses, course, learner)

    assert not Certificate.objects.exists()


@pytest.mark.parametrize("language", ["uz", "ru", "en"])
def test_certificates_render_in_the_learners_language(courses, course, language):
    learner = UserFactory(full_name="Oʻrinboyev Gʻayrat Ёқубович", preferred_language=language)
    complete(courses, course, learner)

    certificate = services.issue_certificate(certificate=Certificate.objects.get())

    text = pdf_text(certificate)
    assert "Oʻrinboyev Gʻayrat Ёқубович" in text
    assert certificate.code in text


def test_learner_text_and_trainer_layout_are_never_executed(courses, course):
    template = CertificateTemplate.objects.create(
        name="Hostile", html="<p>{learner_name}</p><p>{{ ''.__class__ }}</p><img src='http://169.254.169.254/'>"
    )
    course.certificate_template = template
    course.save_revision().publish()
    learner = UserFactory(full_name='<img src="file:///etc/passwd">')
    complete(courses, course, learner)

    certificate = services.issue_certificate(certificate=Certificate.objects.get())

    text = pdf_text(certificate)
    assert '<img src="file:///etc/passwd">' in text
    assert "{{ ''.__class__ }}" in text


def test_verify_page_shows_valid_expired_and_revoked(client, courses, course, learner, ministry_user):
    complete(courses, course, learner)
    certificate = services.issue_certificate(certificate=Certificate.objects.get())
    url = reverse("certificates:verify", args=[certificate.code])

    assert client.get(url).context["facts"]["status"] == "valid"
    Certificate.objects.filter(pk=certificate.pk).update(expires_at=timezone.now() - timedelta(days=1))
    assert client.get(url).context["facts"]["status"] == "expired"
    services.revoke_certificate(certificate=certificate, by=ministry_user, reason="issued_in_error")
    response = client.get(reverse("certificates:verify_json", args=[certificate.code]))
    assert response.json()["status"] == "revoked"
    assert response.json()["revocation_reason"] == "issued_in_error"
    assert "email" not in response.json()


def test_codes_are_accepted_in_any_case_and_unknown_ones_are_not_found(client, courses, course, learner):
    complete(courses, course, learner)
    certificate = Certificate.objects.get()

    sloppy = client.get(reverse("certificates:verify", args=[certificate.code.lower()]))
    typed = client.get(reverse("certificates:verify_form"), {"code": certificate.code.replace("-", "").lower()})
    unknown = client.get(reverse("certificates:verify", args=["0000-0000-0000-0000"]))
    garbage = client.get(reverse("certificates:verify_form"), {"code": "not a code"})

    assert sloppy.status_code == 302
    assert typed["Location"].endswith(f"/verify/{certificate.code}/")
    assert unknown.status_code == 404
    assert garbage.status_code == 400


def test_verification_is_rate_limited(client, db, one_minute):
    url = reverse("certificates:verify_json", args=["0000-0000-0000-0000"])

    statuses = [client.get(url).status_code for _ in range(61)]

    assert statuses[:60] == [404] * 60
    assert statuses[60] == 429


def test_only_the_holder_downloads_the_pdf_and_never_a_revoked_one(client, courses, course, learner, ministry_user):
    complete(courses, course, learner)
    certificate = services.issue_certificate(certificate=Certificate.objects.get())
    url = reverse("certificates:download", args=[certificate.code])

    client.force_login(learner)
    assert client.get(url).status_code == 200
    assert client.get(reverse("certificates:mine")).status_code == 200
    client.force_login(UserFactory())
    assert client.get(url).status_code == 404
    services.revoke_certificate(certificate=certificate, by=ministry_user, reason="misconduct")
    client.force_login(learner)
    assert client.get(url).status_code == 404

    services.reinstate_certificate(certificate=certificate, by=ministry_user)
    assert client.get(url).status_code == 200


@pytest.mark.parametrize("url", ["file:///etc/passwd", "http://169.254.169.254/latest/", "https://example.org/x.png"])
def test_the_renderer_fetches_nothing_but_inline_data(url):
    from certificates.rendering import _data_only_fetcher

    with pytest.raises(ValueError):
        _data_only_fetcher().fetch(url)


def test_a_batch_renders_pending_certificates_together_each_into_its_own_one_page_pdf(courses, course):
    learners = [UserFactory(full_name=f"Tinglovchi {number} Oʻrinboyeva") for number in range(5)]
    for learner in learners:
        complete(courses, course, learner)

    issued = services.issue_pending_batch(limit=50)

    assert issued == 5
    assert services.issue_pending_batch(limit=50) == 0
    for certificate in Certificate.objects.all():
        with certificate.pdf.open("rb") as handle:
            reader = PdfReader(BytesIO(handle.read()))
        assert len(reader.pages) == 1
        assert certificate.learner_name in reader.pages[0].extract_text()
        assert certificate.status == Certificate.Status.ISSUED


def test_a_batch_over_the_render_time_limit_is_retried_one_certificate_at_a_time(courses, course, learner, monkeypatch):
    from celery.exceptions import SoftTimeLimitExceeded

    complete(courses, course, learner)
    certificate = Certificate.objects.get()
    limits = []

    def too_slow(*, first_id, limit):
        limits.append(limit)
        raise SoftTimeLimitExceeded()

    monkeypatch.setattr(services, "issue_pending_batch", too_slow)

    assert tasks.issue_certificate(certificate.pk) == "retried_alone"
    assert limits == [None, 1]  # the whole batch, then this certificate alone (run inline in tests)
    assert Certificate.objects.get().status == Certificate.Status.PENDING  # the sweep tries again later
    assert tasks.issue_certificate.soft_time_limit == settings.CERTIFICATE_RENDER_TIME_LIMIT
