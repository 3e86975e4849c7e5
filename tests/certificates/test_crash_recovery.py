"""What a worker killed mid-task leaves behind is repaired: e-mails sent once, orphan PDFs deleted once old."""

import os
from datetime import timedelta

import pytest
from django.core import mail
from django.core.files.base import ContentFile
from django.utils import timezone

from certificates import notifications, services, tasks
from certificates.models import Certificate
from tests.certificates.test_issue import complete


@pytest.fixture
def issued(courses, learner):
    course = courses.course("Qoʻl gigiyenasi", slug="hand-hygiene", lessons=1, certificate_validity_months=24)
    complete(courses, course, learner)
    return services.issue_certificate(certificate=Certificate.objects.get())


def test_the_holder_is_e_mailed_once_however_often_the_notice_runs(issued):
    sent = [notifications.send_issued_notice(certificate_id=issued.pk) for _ in range(3)]

    assert sent == [True, False, False]
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [issued.learner.email]
    assert issued.code in mail.outbox[0].body
    assert Certificate.objects.get().notified_at is not None


def test_a_pending_or_revoked_certificate_sends_no_notice(issued, ministry_user):
    services.revoke_certificate(certificate=issued, by=ministry_user, reason="other")

    assert notifications.send_issued_notice(certificate_id=issued.pk) is False
    assert mail.outbox == []


def test_the_sweep_sends_the_notice_a_dead_worker_never_queued(issued):
    Certificate.objects.filter(pk=issued.pk).update(issued_at=timezone.now() - timedelta(minutes=10))

    assert tasks.requeue_stale_certificates() == 1
    assert len(mail.outbox) == 1
    assert tasks.requeue_stale_certificates() == 0
    assert len(mail.outbox) == 1


def age(certificate_file, *, hours: float) -> None:
    then = (timezone.now() - timedelta(hours=hours)).timestamp()
    os.utime(certificate_file.path, (then, then))


def test_the_cleanup_deletes_only_old_pdfs_no_certificate_points_to(issued):
    storage = issued.pdf.storage
    folder = os.path.dirname(issued.pdf.name)
    orphan_old = storage.save(f"{folder}/{issued.code}.pdf", ContentFile(b"%PDF- killed batch"))
    orphan_new = storage.save(f"{folder}/{issued.code}.pdf", ContentFile(b"%PDF- batch still rendering"))
    elsewhere = storage.save("documents/guideline.pdf", ContentFile(b"%PDF- a lesson document"))
    for name in (orphan_old, elsewhere):
        os.utime(storage.path(name), (0, 0))
    age(issued.pdf, hours=3)

    assert tasks.delete_orphan_pdfs() == 1

    assert not storage.exists(orphan_old)
    assert storage.exists(orphan_new)
    assert storage.exists(issued.pdf.name)
    assert storage.exists(elsewhere)


def test_the_cleanup_does_nothing_before_the_first_certificate(db):
    assert services.delete_orphan_pdfs() == 0
