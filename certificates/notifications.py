"""E-mails about certificates: issued, and reminders before expiry (each reminder window once)."""

import math
from datetime import datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from core.links import absolute_url
from core.tasks import send_email_message

from .models import Certificate, ExpiryReminder

REMINDER_DAYS = (90, 30, 7)


def _site_url(path: str) -> str:
    return absolute_url(path)


def _message(certificate: Certificate, template: str, context: dict) -> dict:
    """The e-mail to a certificate's holder, in the certificate's language, as `send_email_message` takes it."""
    with translation.override(certificate.language):
        context = {
            "certificate": certificate,
            "certificates_url": _site_url(reverse("certificates:mine")),
            "verify_url": _site_url(reverse("certificates:verify", args=[certificate.code])),
            **context,
        }
        subject = " ".join(render_to_string(f"certificates/email/{template}_subject.txt", context).split())
        body = render_to_string(f"certificates/email/{template}_message.txt", context)
    return {
        "subject": subject,
        "body": body,
        "from_email": settings.DEFAULT_FROM_EMAIL,
        "to": [certificate.learner.email],
    }


def _send(certificate: Certificate, template: str, context: dict) -> None:
    send_email_message.delay_on_commit(**_message(certificate, template, context))


def notify_issued(certificate: Certificate) -> None:
    """Once the issuing commits, a worker e-mails the holder (see `send_issued_notice`)."""
    from .tasks import send_issued_notice

    send_issued_notice.delay_on_commit(certificate.pk)


@transaction.atomic
def send_issued_notice(*, certificate_id: int, now: datetime | None = None) -> bool:
    """E-mail the holder that their certificate is ready, unless they have been told; True if sent now.

    The row stays locked while the message goes out and the time it went is
    recorded in the same transaction, so a task delivered again (its worker
    died) or queued twice finds the holder told and sends nothing.
    """
    certificate = (
        Certificate.objects.select_for_update(of=("self",)).select_related("learner").filter(pk=certificate_id).first()
    )
    if certificate is None or certificate.status != Certificate.Status.ISSUED or certificate.notified_at is not None:
        return False
    send_email_message(**_message(certificate, "issued", {}))
    certificate.notified_at = now or timezone.now()
    certificate.save(update_fields=["notified_at"])
    return True


def reminder_windows_due(*, expires_at: datetime, now: datetime) -> list[int]:
    """The reminder windows (days before expiry) that a certificate has entered, smallest first."""
    if expires_at <= now:
        return []
    days_left = math.ceil((expires_at - now) / timedelta(days=1))
    return sorted(days for days in REMINDER_DAYS if days_left <= days)


def send_expiry_reminders(*, now: datetime | None = None) -> int:
    """Remind holders whose certificates enter a 90-, 30- or 7-day window; each window once, one e-mail at a time.

    A certificate that enters several windows at once (e.g. a short validity)
    gets one e-mail and all those windows are marked as reminded.
    """
    now = now or timezone.now()
    upcoming = Certificate.objects.filter(
        status=Certificate.Status.ISSUED, expires_at__gt=now, expires_at__lte=now + timedelta(days=max(REMINDER_DAYS))
    ).select_related("learner")
    sent = 0
    for certificate in upcoming.iterator():
        due = reminder_windows_due(expires_at=certificate.expires_at, now=now)
        done = set(certificate.reminders.values_list("days_before", flat=True))
        if not due or due[0] in done:
            continue
        try:
            with transaction.atomic():
                ExpiryReminder.objects.bulk_create(
                    [
                        ExpiryReminder(certificate=certificate, days_before=days, sent_at=now)
                        for days in due
                        if days not in done
                    ]
                )
                days_left = math.ceil((certificate.expires_at - now) / timedelta(days=1))
                _send(certificate, "reminder", {"days_left": days_left})
        except IntegrityError:
            continue  # another worker reminded this holder at the same moment
        sent += 1
    return sent
