from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssessmentsConfig(AppConfig):
    name = "assessments"
    verbose_name = _("Assessments")

    def ready(self):
        from courses.completion import register_requirement

        from .selectors import quiz_steps

        register_requirement(quiz_steps)
