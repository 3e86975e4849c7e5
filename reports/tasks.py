"""Background work for the dashboard."""

from celery import shared_task

from . import summaries


@shared_task(acks_late=True)
def refresh_indicator_summaries() -> int:
    """Rebuild the country's, regions' and districts' indicator summaries (beat, and after roster imports)."""
    refresh = summaries.refresh_summaries()
    return refresh.rows if refresh else 0
