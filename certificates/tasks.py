"""Background work for certificates."""

from celery import shared_task

from . import notifications, services
from .models import Certificate


@shared_task(acks_late=True, autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def issue_certificate(certificate_id: int) -> str:
    """Issue this certificate, together with other pending ones in one batch; a second run does nothing.

    When many completions arrive at once (a national campaign), the first task
    renders a whole batch and the tasks of its members find them issued.
    """
    services.issue_pending_batch(first_id=certificate_id)
    status = Certificate.objects.filter(pk=certificate_id).values_list("status", flat=True).first()
    return status or "missing"


@shared_task
def requeue_stale_certificates() -> int:
    """Queue again certificates left pending (worker crash, lost message); issuing is idempotent."""
    ids = list(services.stale_pending_certificates().values_list("pk", flat=True)[:5000])
    for certificate_id in ids:
        issue_certificate.delay(certificate_id)
    return len(ids)


@shared_task
def send_expiry_reminders() -> int:
    """Daily: e-mail holders whose certificates expire within 90, 30 or 7 days."""
    return notifications.send_expiry_reminders()
