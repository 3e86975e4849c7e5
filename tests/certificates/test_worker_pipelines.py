"""Certificate work users depend on, end to end through a real Celery worker on Redis (not eager mode).

Completing a course issues the certificate and e-mails the holder, a bulk job issues what completions lack, and
the expiry reminders go out, each from the code's own queueing (`delay_on_commit`) or the beat task's name.
"""

import uuid
from datetime import timedelta
from io import BytesIO

import pytest
from django.utils import timezone
from pypdf import PdfReader

from certificates import bulk
from certificates.codes import new_code
from certificates.models import Certificate, CertificateJob
from tests.certificates.test_bulk import historic_completion
from tests.certificates.test_issue import complete
from tests.conftest import e_mails_to, wait_until
from tests.factories import UserFactory

pytestmark = [pytest.mark.redis, pytest.mark.postgres]


def holder(**fields):
    return UserFactory(email=f"{uuid.uuid4().hex[:10]}@example.test", **fields)


def pdf_text(worker, certificate) -> str:
    return (
        PdfReader(BytesIO((worker.media_dir / "private" / certificate.pdf.name).read_bytes())).pages[0].extract_text()
    )


@pytest.fixture
def course(courses):
    return courses.course("Qoʻl gigiyenasi", slug="hand-hygiene", lessons=1, certificate_validity_months=24)


def test_completing_a_course_issues_the_certificate_and_e_mails_the_holder_in_a_worker(real_worker, courses, course):
    learner = holder(full_name="Karimova Dilnoza", preferred_language="uz")

    complete(courses, course, learner)

    assert wait_until(lambda: Certificate.objects.filter(notified_at__isnull=False).exists(), timeout=60)
    certificate = Certificate.objects.get()
    assert certificate.status == Certificate.Status.ISSUED
    assert certificate.code in pdf_text(real_worker, certificate)
    assert "Karimova Dilnoza" in pdf_text(real_worker, certificate)
    [message] = e_mails_to(real_worker.mail_dir, learner.email)
    assert certificate.code in message


def test_a_bulk_job_issues_the_certificates_completions_lack_in_a_worker(real_worker, course, ministry_user):
    learners = [holder(full_name=f"Oʻrinboyev {n}") for n in range(3)]
    for learner in learners:
        historic_completion(learner, course)

    job = bulk.start_issue_missing(course, None, ministry_user)

    assert wait_until(lambda: CertificateJob.objects.get(pk=job.pk).status == CertificateJob.Status.DONE, timeout=90)
    assert wait_until(lambda: Certificate.objects.filter(notified_at__isnull=False).count() == 3, timeout=60)
    for certificate in Certificate.objects.all():
        assert certificate.status == Certificate.Status.ISSUED
        assert certificate.code in pdf_text(real_worker, certificate)
    for learner in learners:
        assert len(e_mails_to(real_worker.mail_dir, learner.email)) == 1


def test_the_beat_task_reminds_holders_before_expiry_in_a_worker(real_worker, course):
    learner = holder(preferred_language="en")
    now = timezone.now()
    Certificate.objects.create(
        learner=learner, course=course, code=new_code(), status=Certificate.Status.ISSUED, language="en",
        learner_name="Karimova", course_title=course.title, cpd_hours=2, completed_at=now - timedelta(days=700),
        issued_at=now - timedelta(days=700), notified_at=now, expires_at=now + timedelta(days=20),
    )  # fmt: skip

    sent = real_worker.app.send_task("certificates.tasks.send_expiry_reminders", queue=real_worker.queue)

    assert sent.get(timeout=60) == 1
    assert wait_until(lambda: e_mails_to(real_worker.mail_dir, learner.email), timeout=30)
    [message] = e_mails_to(real_worker.mail_dir, learner.email)
    assert "is valid until" in message and "To renew it" in message
