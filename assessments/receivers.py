"""Quizzes copied into another language take the translations of their questions along."""

from . import translations
from .models import Question, QuizPage


def carry_questions_after_copy(sender, source_obj, target_obj, **kwargs):
    """A quiz copied for translation (alone, with its course, or as an alias) asks the translated questions;
    a question copied on its own is filed in its bank's translation."""
    if isinstance(target_obj, QuizPage):
        translations.carry_questions_into(quiz=target_obj)
    elif isinstance(target_obj, Question) and target_obj.pk is None:
        translations.file_copied_question(question=target_obj)


def carry_questions_after_alias_update(sender, instance, alias=False, **kwargs):
    """Publishing an original rewrites its aliases with its own fields: point those in other languages back."""
    if alias and isinstance(instance, QuizPage):
        translations.carry_questions_into(quiz=instance)
