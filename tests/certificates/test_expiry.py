"""Expiry reminders 90, 30 and 7 days ahead, each once; the sweep of certificates left pending."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from certificates import notifications, services, tasks
from certificates.models import Certificate, ExpiryReminder
from courses import services as course_services
from tests.factories import UserFactory

NOW = timezone.now()


@pytest.fixture
def certificate(courses):
    course = courses.course("Asosiy hayotiy yordam", slug="bls", lessons=1, certificate_validity_months=24)
    learner = UserFactory(email="nurse@example.test", full_name="Yusupova Madina", preferred_language="ru")
    enrolment = course_services.enrol_learner(learner=learner, course=course)
    course_services.complete_lesson(enrolment=enrolment, lesson=courses.lessons(course)[0])
    return services.issue_certificate(certificate=Certificate.objects.get(), now=NOW)


def test_issuing_e_mails_the_holder_a_link(certificate, django_capture_on_commit_callbacks):
    mail.outbox.clear()
    Certificate.objects.filter(pk=certificate.pk).update(status=Certificate.Status.PENDING)

    with django_capture_on_commit_callbacks(execute=True):
        services.issue_certificate(certificate=certificate)

    assert len(mail.outbox) == 1
    assert certificate.code in mail.outbox[0].body
    assert mail.outbox[0].to == ["nurse@example.test"]


@pytest.mark.parametrize(
    ("days_left", "due"),
    [(120, []), (90, [90]), (45, [90]), (30, [30, 90]), (8, [30, 90]), (7, [7, 30, 90]), (1, [7, 30, 90])],
)
def test_reminder_windows(days_left, due):
    assert notifications.reminder_windows_due(expires_at=NOW + timedelta(days=days_left), now=NOW) == due


def test_each_reminder_is_sent_once(certificate, django_capture_on_commit_callbacks):
    expires = certificate.expires_at
    moments = [expires - timedelta(days=100), expires - timedelta(days=89), expires - timedelta(days=88),
               expires - timedelta(days=29), expires - timedelta(days=6), expires - timedelta(days=5)]  # fmt: skip
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        sent = [notifications.send_expiry_reminders(now=moment) for moment in moments]

    assert sent == [0, 1, 0, 1, 1, 0]
    assert sorted(ExpiryReminder.objects.values_list("days_before", flat=True)) == [7, 30, 90]
    assert len(mail.outbox) == 3
    assert "Asosiy hayotiy yordam" in mail.outbox[0].subject


def test_a_certificate_entering_several_windows_at_once_gets_one_e_mail(
    certificate, django_capture_on_commit_callbacks
):
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        sent = notifications.send_expiry_reminders(now=certificate.expires_at - timedelta(days=3))

    assert sent == 1
    assert len(mail.outbox) == 1
    assert ExpiryReminder.objects.count() == 3


def test_revoked_and_expired_certificates_get_no_reminder(certificate, ministry_user):
    services.revoke_certificate(certificate=certificate, by=ministry_user, reason="other")

    assert notifications.send_expiry_reminders(now=certificate.expires_at - timedelta(days=5)) == 0
    assert notifications.send_expiry_reminders(now=certificate.expires_at + timedelta(days=1)) == 0


def test_the_sweep_requeues_certificates_left_pending(certificate):
    Certificate.objects.filter(pk=certificate.pk).update(
        status=Certificate.Status.PENDING, created_at=timezone.now() - timedelta(minutes=10)
    )

    assert tasks.requeue_stale_certificates() == 1
    assert Certificate.objects.get().status == Certificate.Status.ISSUED
    assert tasks.requeue_stale_certificates() == 0
