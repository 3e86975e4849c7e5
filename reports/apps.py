from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "reports"
    verbose_name = _("Dashboard")  # what users call national reporting; a name the catalogues already translate

    def ready(self):
        from workforce.signals import roster_changed

        from .receivers import refresh_summaries_after_roster_change

        roster_changed.connect(refresh_summaries_after_roster_change, dispatch_uid="reports-refresh-on-roster-change")
