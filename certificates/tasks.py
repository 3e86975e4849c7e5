"""Background work for certificates."""

import logging

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings

from . import notifications, services
from .models import Certificate

logger = logging.getLogger(__name__)
RENDER_LIMIT = settings.CERTIFICATE_RENDER_TIME_LIMIT


@shared_task(
    acks_late=True,
    autoretry_for=(OSError,),
    retry_backoff=True,
    max_retries=5,
    soft_time_limit=RENDER_LIMIT,
    time_limit=RENDER_LIMIT + 30,
)
def issue_certificate(certificate_id: int, alone: bool = False) -> str:
    """Issue this certificate, together with other pending ones in one batch; a second run does nothing.

    When many completions arrive at once (a national campaign), the first task
    renders a whole batch and the tasks of its members find them issued. A
    batch that runs over the render time limit is rolled back and this
    certificate retried alone, so one pathological layout cannot hold up the rest.
    """
    try:
        services.issue_pending_batch(first_id=certificate_id, limit=1 if alone else None)
    except SoftTimeLimitExceeded:
        if alone:
            logger.error("Certificate %s could not be rendered within %s s", certificate_id, RENDER_LIMIT)
            return "timed_out"
        issue_certificate.delay(certificate_id, alone=True)
        return "retried_alone"
    status = Certificate.objects.filter(pk=certificate_id).values_list("status", flat=True).first()
    return status or "missing"


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def send_issued_notice(certificate_id: int) -> bool:
    """E-mail the holder that their certificate is ready; a holder already told is not told again."""
    return notifications.send_issued_notice(certificate_id=certificate_id)


@shared_task
def requeue_stale_certificates() -> int:
    """Queue again certificates left pending and e-mails left unsent (worker crash, lost message); both are idempotent."""
    ids = list(services.stale_pending_certificates().values_list("pk", flat=True)[:5000])
    for certificate_id in ids:
        issue_certificate.delay(certificate_id)
    unnotified = list(services.unnotified_certificates().values_list("pk", flat=True)[:5000])
    for certificate_id in unnotified:
        send_issued_notice.delay(certificate_id)
    return len(ids) + len(unnotified)


@shared_task
def delete_orphan_pdfs() -> int:
    """Hourly: delete PDF files no certificate points to (left by batches whose worker died)."""
    return services.delete_orphan_pdfs()


@shared_task
def send_expiry_reminders() -> int:
    """Daily: e-mail holders whose certificates expire within 90, 30 or 7 days."""
    return notifications.send_expiry_reminders()
