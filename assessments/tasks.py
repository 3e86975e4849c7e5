"""Background work of the quiz engine."""

from celery import shared_task

from . import services


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=3)
def close_expired_attempts() -> int:
    """Grade attempts whose time ran out while the learner was away (idempotent: graded ones are skipped)."""
    return services.close_expired_attempts()
