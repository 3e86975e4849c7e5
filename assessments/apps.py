from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssessmentsConfig(AppConfig):
    name = "assessments"
    verbose_name = _("Assessments")

    def ready(self):
        from wagtail.signals import copy_for_translation_done, page_published

        from courses.outline import register_item_kind

        from .models import QuizPage
        from .receivers import carry_questions_after_alias_update, carry_questions_after_copy
        from .selectors import quiz_steps

        register_item_kind(QuizPage, name="quiz", steps=quiz_steps)
        copy_for_translation_done.connect(carry_questions_after_copy, dispatch_uid="assessments.carry_questions")
        page_published.connect(
            carry_questions_after_alias_update, sender=QuizPage, dispatch_uid="assessments.carry_questions_alias"
        )
