"""What of a course is still to be translated, language by language: pages, questions, certificate template.

The original is the course written first; every other platform language is a
target. A page is untranslated while it is missing, mirrors the original (an
alias), or is still the copy Wagtail made (its only revision is the copy's). A
question is untranslated while it is missing or still reads exactly like the
original. The same reading decides whether a learner sees a question in the
quiz's language (`assessments.views.display`, `selectors.untranslated_questions`).
"""

from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count
from wagtail.models import Locale, Page, PageLogEntry, Revision

from certificates.models import CertificateTemplate
from courses import selectors as course_selectors
from courses.models import CoursePage

from .models import Question, QuestionOption, QuizPage, QuizQuestion

COPY_LOG_ACTION = "wagtail.copy_for_translation"


def reads_the_same(original: tuple[str, ...], translation: tuple[str, ...]) -> bool:
    """Whether a translation's texts (stem, then options) are still exactly the original's."""
    return [text.strip() for text in original] == [text.strip() for text in translation]


def texts_of(question: Question) -> tuple[str, ...]:
    """A question's stem and option texts in order, from its prefetched options."""
    options = sorted(question.options.all(), key=lambda option: (option.sort_order or 0, option.pk or 0))
    return (question.stem, *(option.text for option in options))


def question_texts(question_ids, *, with_drafts: bool = False) -> dict[int, tuple[str, ...]]:
    """The stem and option texts (in order) of each question as learners get them, in two queries.

    With drafts, a question with unpublished changes reads as its latest draft: a translator's
    work counts as done once saved, while it waits for review."""
    options: dict[int, list[str]] = {}
    for question_id, text in (
        QuestionOption.objects.filter(question_id__in=question_ids)
        .order_by("question_id", "sort_order", "pk")
        .values_list("question_id", "text")
    ):
        options.setdefault(question_id, []).append(text)
    texts = {
        pk: (stem, *options.get(pk, []))
        for pk, stem in Question.objects.filter(pk__in=question_ids).values_list("pk", "stem")
    }
    if with_drafts:
        drafted = Question.objects.filter(pk__in=question_ids, has_unpublished_changes=True)
        for revision in Revision.objects.filter(pk__in=drafted.values("latest_revision")):
            draft = revision.as_object()
            texts[draft.pk] = texts_of(draft)
    return texts


def questions_asked_by(quiz_ids) -> list[int]:
    """The questions the quizzes ask: those chosen, in order, then those of the banks they draw from."""
    chosen = QuizQuestion.objects.filter(quiz_id__in=quiz_ids).order_by("quiz__path", "sort_order")
    banks = QuizPage.objects.filter(pk__in=quiz_ids, draw_bank__isnull=False, draw_count__gt=0).values("draw_bank")
    drawn = Question.objects.filter(bank__in=banks).order_by("bank_id", "pk")
    return list(dict.fromkeys([*chosen.values_list("question_id", flat=True), *drawn.values_list("pk", flat=True)]))


@dataclass(frozen=True)
class UntranslatedPage:
    """A page of the original with its translation in one language: missing, or still the copy."""

    original: Page
    translation: Page | None


@dataclass(frozen=True)
class UntranslatedQuestion:
    """A question the course's tests ask, with its translation in one language: missing, or still the same text."""

    original: Question
    translation: Question | None


@dataclass(frozen=True)
class LanguageStatus:
    """What of a course is still to be translated into one language."""

    language_code: str
    language_name: str
    course: CoursePage | None  # the course's translation, if any
    pages: list[UntranslatedPage] = field(default_factory=list)
    questions: list[UntranslatedQuestion] = field(default_factory=list)
    certificate_template: CertificateTemplate | None = None  # the original's template, while untranslated
    certificate_translation: CertificateTemplate | None = None  # its copy still reading the same, if any

    @property
    def complete(self) -> bool:
        return not (self.pages or self.questions or self.certificate_template)


@dataclass(frozen=True)
class CourseTranslationStatus:
    """A course's original and what is still to translate in each other language."""

    original: CoursePage
    languages: list[LanguageStatus]


def _pages_still_copies(pages: list[Page]) -> set[int]:
    """The pages that are aliases, or copies for translation no one has saved since (one revision only)."""
    ids = [page.pk for page in pages]
    copied = set(PageLogEntry.objects.filter(page_id__in=ids, action=COPY_LOG_ACTION).values_list("page_id", flat=True))
    revisions = Counter(
        {
            int(row["object_id"]): row["count"]
            for row in Revision.objects.page_revisions()
            .filter(object_id__in=[str(pk) for pk in copied])
            .values("object_id")
            .annotate(count=Count("pk"))
        }
    )
    return {
        page.pk for page in pages if page.alias_of_id is not None or (page.pk in copied and revisions[page.pk] <= 1)
    }


def _untranslated_pages(locale: Locale, pages: list[Page], translations: dict, still_copies: set[int]):
    untranslated = []
    for page in pages:
        translation = page if page.locale_id == locale.pk else translations.get((page.translation_key, locale.pk))
        if translation is None or translation.pk in still_copies:
            untranslated.append(UntranslatedPage(page, translation))
    return untranslated


def _untranslated_questions(locale: Locale, questions: list[Question], translations: dict, texts: dict):
    untranslated = []
    for question in questions:
        if question.locale_id == locale.pk:
            continue
        translation = translations.get((question.translation_key, locale.pk))
        if translation is None or reads_the_same(texts[question.pk], texts[translation.pk]):
            untranslated.append(UntranslatedQuestion(question, translation))
    return untranslated


def _template_status(template: CertificateTemplate | None, locale: Locale) -> tuple:
    """(original, copy) while the course's certificate template is untranslated into `locale`, else (None, None)."""
    if template is None or template.locale_id == locale.pk:
        return None, None
    translation = template.get_translation_or_none(locale)
    if translation is None:
        return template, None
    if (translation.html, translation.issuer, translation.signatory_title) == (
        template.html,
        template.issuer,
        template.signatory_title,
    ):
        return template, translation
    return None, None


def course_translation_status(course: CoursePage) -> CourseTranslationStatus:
    """What of the course (any of its translations given) is still to translate, for each other language."""
    original = CoursePage.objects.select_related("certificate_template").get(pk=course_selectors.canonical_id(course))
    pages = list(Page.objects.descendant_of(original, inclusive=True).order_by("path"))
    page_translations = {
        (page.translation_key, page.locale_id): page
        for page in Page.objects.filter(translation_key__in=[page.translation_key for page in pages]).exclude(
            pk__in=[page.pk for page in pages]
        )
    }
    still_copies = _pages_still_copies(list(page_translations.values()))

    quiz_ids = QuizPage.objects.descendant_of(original).values_list("pk", flat=True)
    asked = questions_asked_by(list(quiz_ids))
    position = {pk: place for place, pk in enumerate(asked)}
    questions = sorted(Question.objects.filter(pk__in=asked), key=lambda question: position[question.pk])
    question_translations = {
        (question.translation_key, question.locale_id): question
        for question in Question.objects.filter(translation_key__in=[q.translation_key for q in questions]).exclude(
            pk__in=asked
        )
    }
    texts = question_texts([*asked, *(question.pk for question in question_translations.values())], with_drafts=True)

    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    statuses = []
    for code, name in settings.LANGUAGES:
        locale = locales.get(code)
        if locale is None or locale.pk == original.locale_id:
            continue
        template, template_copy = _template_status(original.certificate_template, locale)
        statuses.append(
            LanguageStatus(
                language_code=code,
                language_name=name,
                course=page_translations.get((original.translation_key, locale.pk)),
                pages=_untranslated_pages(locale, pages, page_translations, still_copies),
                questions=_untranslated_questions(locale, questions, question_translations, texts),
                certificate_template=template,
                certificate_translation=template_copy,
            )
        )
    return CourseTranslationStatus(original=original, languages=statuses)
