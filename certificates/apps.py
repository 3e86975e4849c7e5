from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Certificates")

    def ready(self):
        from courses.signals import course_completed

        from . import bulk_tasks  # noqa: F401 - registers the bulk job task with Celery
        from .receivers import create_certificate_on_completion, create_certificate_on_training_completion
        from .signals import training_completed

        course_completed.connect(create_certificate_on_completion, dispatch_uid="certificates-on-completion")
        training_completed.connect(
            create_certificate_on_training_completion, dispatch_uid="certificates-on-training-completion"
        )
