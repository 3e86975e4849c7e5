from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssessmentsConfig(AppConfig):
    name = "assessments"
    verbose_name = _("Assessments")

    def ready(self):
        from courses.completion import register_requirement

        from .selectors import final_assessment_passed

        register_requirement(final_assessment_passed)
