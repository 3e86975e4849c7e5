"""Background work for certificates."""

from celery import shared_task

from . import notifications, services
from .models import Certificate


@shared_task(acks_late=True, autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def issue_certificate(certificate_id: int) -> str:
    """Render and store one pending certificate; a second run finds it issued and does nothing."""
    certificate = Certificate.objects.filter(pk=certificate_id).first()
    if certificate is None:
        return "missing"
    return services.issue_certificate(certificate=certificate).status


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
