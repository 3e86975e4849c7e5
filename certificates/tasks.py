"""Background work for certificates."""

from celery import shared_task

from . import services
from .models import Certificate


@shared_task(acks_late=True, autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def issue_certificate(certificate_id: int) -> str:
    """Render and store one pending certificate; a second run finds it issued and does nothing."""
    certificate = Certificate.objects.filter(pk=certificate_id).first()
    if certificate is None:
        return "missing"
    return services.issue_certificate(certificate=certificate).status
