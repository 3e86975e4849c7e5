from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssessmentsConfig(AppConfig):
    name = "assessments"
    verbose_name = _("Assessments")

    def ready(self):
        from courses.outline import register_item_kind

        from .models import QuizPage
        from .selectors import quiz_steps

        register_item_kind(QuizPage, name="quiz", steps=quiz_steps)
