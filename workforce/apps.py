from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkforceConfig(AppConfig):
    name = "workforce"
    verbose_name = _("Workforce")

    def ready(self):
        # Celery discovers `<app>.tasks`; the import tasks live one level down.
        from .imports import tasks  # noqa: F401
