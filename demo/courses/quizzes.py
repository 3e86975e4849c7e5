"""Demo question banks and quizzes: each demo course gets a pre-test and a final assessment in every language.

A bank and its questions are read from `demo/content/<course>/quizzes.<language>.yaml`,
every text in Uzbek, Russian and English. The Uzbek questions are the
originals; the Russian and English ones are copies made by
`copy_for_translation`, so they keep the translation key and the options in
the same order with the same answer key (attempts identify options by
position). Quizzes are pages under the course: the pre-test first, the final
assessment last.
"""

import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from wagtail.models import Locale

from assessments.grading import Kind
from assessments.models import Question, QuestionBank, QuestionOption, QuizPage, QuizQuestion
from courses.models import CoursePage

from .content import T, rich

TRANSLATION_KEY_NAMESPACE = uuid.UUID("0b6c1f1e-7d2a-4e35-9f0c-5a8e3d4b2c71")
PRE_TEST_SLUG = "pre-test"
FINAL_SLUG = "final-assessment"
FINAL_MAX_ATTEMPTS = 3
FINAL_TIME_LIMIT_MINUTES = 20

Option = tuple[T, bool]


@dataclass(frozen=True)
class BankQuestion:
    """A demo question in three languages with its answer key; `key` finds it again on the next run."""

    key: str
    kind: Kind
    stem: T
    explanation: T
    options: tuple[Option, ...] = ()
    partial_credit: bool = False
    true_false_answer: bool | None = None
    numeric_answer: Decimal | None = None
    numeric_tolerance: Decimal = Decimal(0)
    unit: T | None = None
    accepted_answers: T | None = None  # one answer a line, in each language

    def fields(self, language: str) -> dict:
        """The model field values of this question in one language."""
        return {
            "kind": self.kind.value,
            "stem": rich(self.stem)(language),
            "explanation": rich(self.explanation)(language),
            "points": Decimal(1),
            "multiple_scoring": (
                Question.MultipleScoring.PARTIAL if self.partial_credit else Question.MultipleScoring.ALL_OR_NOTHING
            ),
            "true_false_answer": self.true_false_answer,
            "numeric_answer": self.numeric_answer,
            "numeric_tolerance": self.numeric_tolerance,
            "unit": self.unit(language) if self.unit else "",
            "accepted_answers": self.accepted_answers(language) if self.accepted_answers else "",
        }


@dataclass(frozen=True)
class CourseQuizzes:
    """A course's question bank, its pre-test (some of the bank) and its final assessment (the whole bank)."""

    course_slug: str
    bank_title: T
    bank_description: T
    questions: tuple[BankQuestion, ...]
    pre_test: tuple[str, ...]  # question keys, in the order asked
    final_pass_mark: int
    pre_test_title: T
    final_title: T

    @property
    def final(self) -> tuple[str, ...]:
        return tuple(question.key for question in self.questions)


def pre_test_intro(count: int) -> T:
    return T(
        f"<p>Kursni boshlashdan oldin bilimingizni tekshiring: {count} ta savol. Natija kursni tugatishga taʼsir "
        "qilmaydi — u kurs sizga qancha yangi bilim berganini koʻrsatadi.</p>"
        "<p>Bitta urinish beriladi, toʻgʻri javoblar koʻrsatilmaydi.</p>",
        f"<p>Проверьте свои знания до начала курса. Вопросов: {count}. Результат не влияет на завершение "
        "курса — он показывает, сколько нового дал вам курс.</p>"
        "<p>Одна попытка, правильные ответы не показываются.</p>",
        f"<p>Check what you know before you start: {count} questions. The result does not count towards "
        "completing the course; it shows how much the course adds to what you knew.</p>"
        "<p>You have one attempt, and the correct answers are not shown.</p>",
    )


def final_intro(count: int, pass_mark: int) -> T:
    minutes, attempts = FINAL_TIME_LIMIT_MINUTES, FINAL_MAX_ATTEMPTS
    return T(
        f"<p>{count} ta savol, {minutes} daqiqa. Oʻtish bali — {pass_mark}%, {attempts} ta urinish beriladi. "
        "Kursni tugatish va sertifikat olish uchun ushbu testdan oʻting.</p>"
        "<p>Testdan oʻtganingizdan soʻng toʻgʻri javoblar va izohlarni koʻrishingiz mumkin.</p>",
        f"<p>Вопросов: {count}, время: {minutes} минут. Проходной балл — {pass_mark}%, попыток: {attempts}. "
        "Чтобы завершить курс и получить сертификат, сдайте этот тест.</p>"
        "<p>После успешной сдачи вы увидите правильные ответы и пояснения.</p>",
        f"<p>{count} questions in {minutes} minutes. The pass mark is {pass_mark}%, and you have {attempts} "
        "attempts. Pass it to complete the course and receive your certificate.</p>"
        "<p>Once you have passed, you can see the correct answers and explanations.</p>",
    )


def seed_quizzes(
    course_quizzes: tuple[CourseQuizzes, ...], *, courses: dict[str, CoursePage], locales: dict[str, Locale]
) -> Counter:
    """Create or update the demo banks, questions and quizzes of these courses in every language.

    Returns how many banks, questions and quizzes were created, and how many
    existing quizzes were republished because they had changed.
    """
    counts = Counter(question_banks=0, questions=0, quizzes=0, republished=0)
    languages = sorted(locales, key=lambda language: language != settings.LANGUAGE_CODE)  # the original first
    for quizzes in course_quizzes:
        course = courses[quizzes.course_slug]
        originals = _ensure_bank(quizzes, languages=languages, locales=locales, counts=counts)
        _ensure_quiz(
            course,
            slug=PRE_TEST_SLUG,
            first=True,
            question_ids=[originals[key].pk for key in quizzes.pre_test],
            fields=lambda language, quizzes=quizzes: {
                "title": quizzes.pre_test_title(language),
                "intro": pre_test_intro(len(quizzes.pre_test))(language),
                "role": QuizPage.Role.PRE_TEST,
                "pass_mark": 0,  # a pre-test measures, it does not pass or fail anyone
                "max_attempts": 1,
                "time_limit_minutes": None,
                "wait_minutes": 0,
                "answer_release": QuizPage.AnswerRelease.NEVER,
            },
            languages=languages,
            locales=locales,
            counts=counts,
        )
        _ensure_quiz(
            course,
            slug=FINAL_SLUG,
            first=False,
            question_ids=[originals[key].pk for key in quizzes.final],
            fields=lambda language, quizzes=quizzes: {
                "title": quizzes.final_title(language),
                "intro": final_intro(len(quizzes.final), quizzes.final_pass_mark)(language),
                "role": QuizPage.Role.FINAL,
                "pass_mark": quizzes.final_pass_mark,
                "max_attempts": FINAL_MAX_ATTEMPTS,
                "time_limit_minutes": FINAL_TIME_LIMIT_MINUTES,
                "wait_minutes": 0,  # the demo learner can retry at once
                "answer_release": QuizPage.AnswerRelease.ONCE_PASSED,
            },
            languages=languages,
            locales=locales,
            counts=counts,
        )
    return counts


def _translation_key(name: str) -> uuid.UUID:
    return uuid.uuid5(TRANSLATION_KEY_NAMESPACE, name)


def _ensure_bank(quizzes: CourseQuizzes, *, languages, locales, counts: Counter) -> dict[str, Question]:
    """The bank and its questions in every language; returns the original questions by key."""
    bank_key = _translation_key(f"bank:{quizzes.course_slug}")
    original_bank = None
    originals: dict[str, Question] = {}
    for language in languages:
        bank, is_new = _ensure_translatable(
            QuestionBank,
            key=bank_key,
            locale=locales[language],
            original=original_bank,
            values={"title": quizzes.bank_title(language), "description": quizzes.bank_description(language)},
        )
        counts["question_banks"] += is_new
        original_bank = original_bank or bank
        for data in quizzes.questions:
            question, is_new = _ensure_translatable(
                Question,
                key=_translation_key(f"question:{quizzes.course_slug}/{data.key}"),
                locale=locales[language],
                original=originals.get(data.key),
                values={**data.fields(language), "bank_id": bank.pk},
            )
            counts["questions"] += is_new
            _ensure_options(question, data.options, language)
            originals.setdefault(data.key, question)
    return originals


def _ensure_translatable(model, *, key: uuid.UUID, locale: Locale, original, values: dict) -> tuple:
    """The snippet with this translation key in this locale, created (as a copy of `original`, if given)
    when missing and saved with `values` when they differ. Returns it and whether it is new."""
    instance = model.objects.filter(translation_key=key, locale=locale).first()
    is_new = instance is None
    if is_new:
        instance = original.copy_for_translation(locale) if original else model(translation_key=key, locale=locale)
    changed = is_new
    for name, value in values.items():
        if getattr(instance, name) != value:
            setattr(instance, name, value)
            changed = True
    if changed:
        instance.full_clean()
        instance.save()
    return instance, is_new


def _ensure_options(question: Question, options: tuple[Option, ...], language: str) -> None:
    """The question's options, position by position, with this language's texts and the answer key."""
    existing = list(QuestionOption.objects.filter(question=question).order_by("sort_order", "pk"))
    for position, (text, is_correct) in enumerate(options):
        option = existing[position] if position < len(existing) else QuestionOption(question=question)
        values = {"text": text(language), "is_correct": is_correct, "sort_order": position}
        if option.pk is None or any(getattr(option, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(option, name, value)
            option.save()
    for option in existing[len(options) :]:
        option.delete()


def _ensure_quiz(
    course: CoursePage,
    *,
    slug: str,
    first: bool,
    question_ids: list[int],
    fields: Callable[[str], dict],
    languages,
    locales,
    counts: Counter,
) -> QuizPage:
    """The quiz under the course and under each translation of it, placed first or last, and published.

    Every translation asks the original questions: attempts are made on the
    original quiz, and each question is shown in the page's language.
    """
    original = None
    for language in languages:
        locale = locales[language]
        parent = course if original is None else course.get_translation(locale)
        values = {
            "slug": slug,
            "draw_bank_id": None,
            "draw_count": 0,
            "shuffle_questions": True,
            "shuffle_options": True,
            **fields(language),
        }
        page = QuizPage.objects.child_of(parent).filter(slug=slug).first()
        is_new = page is None
        if is_new:
            if original is None:
                page = parent.add_child(instance=QuizPage(locale=locale, **values))
            else:
                page = original.copy_for_translation(locale)
            counts["quizzes"] += 1
        _place(page, parent, first=first)
        page = QuizPage.objects.get(pk=page.pk)
        counts["republished"] += _publish_quiz(page, values, question_ids) and not is_new
        original = original or page
    return original


def _place(page: QuizPage, parent: CoursePage, *, first: bool) -> None:
    """Move the quiz to be the course's first (pre-test) or last (final assessment) child, if it is not."""
    sibling = parent.get_first_child() if first else parent.get_last_child()
    if sibling.pk != page.pk:
        page.move(parent, pos="first-child" if first else "last-child")


def _publish_quiz(page: QuizPage, values: dict, question_ids: list[int]) -> bool:
    """Give the quiz these values and questions and publish them, unless it is already live with exactly these."""
    changed = not page.live
    for name, value in values.items():
        if getattr(page, name) != value:
            setattr(page, name, value)
            changed = True
    if [chosen.question_id for chosen in page.quiz_questions.all()] != question_ids:
        page.quiz_questions = [
            QuizQuestion(question_id=question_id, sort_order=order) for order, question_id in enumerate(question_ids)
        ]
        changed = True
    if changed:
        page.save_revision().publish()
    return changed
