from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Face-to-face training")

    def ready(self):
        from certificates import subjects

        from .certification import describe_event
        from .models import TrainingEvent

        subjects.register(TrainingEvent, describe_event)
