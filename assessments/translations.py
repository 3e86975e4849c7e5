"""Translating a quiz carries its questions along: the copy asks the translations of the original's questions.

Wagtail copies a page for translation field by field, so a Russian copy of a
quiz would still point at the Uzbek bank and questions. After every copy (and
after an alias in another language is refreshed) `carry_questions_into` finds
or makes the bank's and the questions' translations in the quiz's language
(same translation key, options copied) and points the quiz at them.
"""

from django.db import transaction
from wagtail.models import Locale

from .models import Question, QuestionBank, QuizPage, QuizQuestion


def _existing_translation(item, locale: Locale):
    """The item itself when it is in `locale`, else its translation there (None if there is none)."""
    if item.locale_id == locale.pk:
        return item
    return type(item).objects.filter(translation_key=item.translation_key, locale=locale).first()


@transaction.atomic
def translate_bank(*, bank: QuestionBank, locale: Locale, with_questions: bool = True) -> QuestionBank:
    """The bank in `locale`, copied when missing; `with_questions` also translates every question in it."""
    translation = _existing_translation(bank, locale)
    if translation is None:
        translation = bank.copy_for_translation(locale)
        translation.save()
    if with_questions and translation.pk != bank.pk:
        for question in bank.questions.all():
            translate_question(question=question, locale=locale, bank=translation)
    return translation


@transaction.atomic
def translate_question(*, question: Question, locale: Locale, bank: QuestionBank | None = None) -> Question:
    """The question in `locale`, copied with its options when missing, filed in its bank's translation there.

    A translation filed under a bank of another language moves to the bank's
    translation; one the author put in another bank of its own language stays.
    """
    translation = _existing_translation(question, locale)
    if translation is None:
        translation = question.copy_for_translation(locale)
    elif translation.pk == question.pk or translation.bank.locale_id == locale.pk:
        return translation
    translation.bank = bank or translate_bank(bank=question.bank, locale=locale, with_questions=False)
    translation.save()
    return translation


def file_copied_question(*, question: Question) -> Question:
    """A question being copied into another language goes into its bank's translation there, if there is one.

    Called before the copy is saved; the bank is not copied here, since the copy may never be saved.
    """
    bank = _existing_translation(question.bank, question.locale)
    if bank is not None:
        question.bank = bank
    return question


@transaction.atomic
def carry_questions_into(*, quiz: QuizPage) -> QuizPage:
    """Point a quiz at the translations, in its own language, of the bank and questions it uses.

    Missing translations are copied from the questions the quiz points at now.
    The quiz's latest revision (the one the editor opens) is corrected the same
    way, in place: the copy stays a copy that no one has edited yet.
    """
    locale = quiz.locale
    bank_ids: dict[int, int] = {}
    if quiz.draw_bank_id is not None:
        translation = translate_bank(bank=quiz.draw_bank, locale=locale)
        bank_ids[quiz.draw_bank_id] = translation.pk
        if translation.pk != quiz.draw_bank_id:
            QuizPage.objects.filter(pk=quiz.pk).update(draw_bank=translation)
            quiz.draw_bank = translation
    question_ids: dict[int, int] = {}
    for chosen in QuizQuestion.objects.filter(quiz=quiz).select_related("question__bank"):
        translation = translate_question(question=chosen.question, locale=locale)
        question_ids[chosen.question_id] = translation.pk
        if translation.pk != chosen.question_id:
            QuizQuestion.objects.filter(pk=chosen.pk).update(question=translation)
    _correct_latest_revision(quiz, bank_ids=bank_ids, question_ids=question_ids)
    return quiz


def _correct_latest_revision(quiz: QuizPage, *, bank_ids: dict[int, int], question_ids: dict[int, int]) -> None:
    revision = quiz.latest_revision
    if revision is None:
        return
    content = revision.content
    draw_bank = content.get("draw_bank")
    changed = False
    if draw_bank is not None:
        # A draft may draw from a bank the published quiz does not: translate that one too.
        if draw_bank not in bank_ids:
            bank = QuestionBank.objects.filter(pk=draw_bank).first()
            bank_ids[draw_bank] = translate_bank(bank=bank, locale=quiz.locale).pk if bank else draw_bank
        changed |= bank_ids[draw_bank] != draw_bank
        content["draw_bank"] = bank_ids[draw_bank]
    for chosen in content.get("quiz_questions", []):
        original = chosen.get("question")
        if original is None:
            continue
        if original not in question_ids:
            question = Question.objects.filter(pk=original).first()
            question_ids[original] = (
                translate_question(question=question, locale=quiz.locale).pk if question else original
            )
        changed |= question_ids[original] != original
        chosen["question"] = question_ids[original]
    if changed:
        revision.content = content
        revision.save(update_fields=["content"])
