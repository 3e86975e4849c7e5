"""How reporting follows events of other apps."""

from .tasks import refresh_indicator_summaries


def refresh_summaries_after_roster_change(sender, **kwargs) -> None:
    """The dashboard reflects a new roster once it is committed."""
    refresh_indicator_summaries.delay_on_commit()
