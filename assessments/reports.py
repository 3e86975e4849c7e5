"""Item analysis of a quiz for trainers: how learners did overall and on each question."""

import html
from collections import defaultdict
from dataclasses import dataclass, replace

from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from courses.selectors import canonical_id

from . import statistics
from .grading import Kind, _option_id
from .models import Attempt, AttemptAnswer, Question, QuizPage, QuizQuestion

TOO_EASY_ABOVE = 0.9
TOO_HARD_BELOW = 0.3
DISCRIMINATES_FROM = 0.1


class Flag(models.TextChoices):
    """Why a question deserves a second look."""

    TOO_EASY = "too_easy", _("Too easy")
    TOO_HARD = "too_hard", _("Too hard")
    MISLEADING = "misleading", _("Misleading")


@dataclass(frozen=True)
class QuestionStats:
    """How one question fared: difficulty, discrimination and the wrong option chosen in most attempts.

    `attempts` counts the graded attempts that asked the question; a question left blank counts as wrong.
    """

    position: int
    question_id: int
    text: str
    kind: str
    kind_label: str
    attempts: int
    difficulty: float | None
    discrimination: float | None
    point_biserial: float | None
    wrong_option: str | None = None
    wrong_option_count: int = 0

    @property
    def flags(self) -> tuple[Flag, ...]:
        flags = []
        if self.difficulty is not None and self.difficulty > TOO_EASY_ABOVE:
            flags.append(Flag.TOO_EASY)
        if self.difficulty is not None and self.difficulty < TOO_HARD_BELOW:
            flags.append(Flag.TOO_HARD)
        if (self.discrimination is not None and self.discrimination < DISCRIMINATES_FROM) or (
            self.point_biserial is not None and self.point_biserial < 0
        ):
            flags.append(Flag.MISLEADING)
        return tuple(flags)


@dataclass(frozen=True)
class QuizReport:
    """The item analysis of a quiz: its summary and one entry per question, in the quiz's order."""

    quiz_id: int
    summary: statistics.QuizSummary
    questions: tuple[QuestionStats, ...]


def quiz_report(quiz: QuizPage) -> QuizReport:
    """Item analysis of the graded attempts of a quiz (of its original, when given a translation).

    Questions chosen for the quiz come first in their order, then questions drawn from a bank, by id.
    """
    quiz_id = canonical_id(quiz)
    graded = Attempt.objects.filter(quiz_id=quiz_id, status=Attempt.Status.GRADED).order_by("pk")
    percents, passed = {}, []
    for attempt_id, percent, attempt_passed in graded.values_list("pk", "percent", "passed"):
        percents[attempt_id] = float(percent or 0)
        passed.append(bool(attempt_passed))

    answers = defaultdict(list)  # question id → [(attempt percent, correct, response)] in attempt order
    rows = (
        AttemptAnswer.objects.filter(attempt__quiz_id=quiz_id, attempt__status=Attempt.Status.GRADED)
        .order_by("attempt_id")
        .values_list("attempt_id", "question_id", "is_correct", "response")
    )
    for attempt_id, question_id, is_correct, response in rows.iterator(chunk_size=5000):
        if attempt_id in percents:  # not an attempt graded after the first read
            answers[question_id].append((percents[attempt_id], bool(is_correct), response))

    chosen = (
        QuizQuestion.objects.filter(quiz_id=quiz_id, question__live=True)
        .order_by("sort_order")
        .values_list("question_id", flat=True)
    )
    order = list(dict.fromkeys([*chosen, *sorted(answers)]))
    questions = Question.objects.filter(pk__in=order).prefetch_related("options").in_bulk()
    return QuizReport(
        quiz_id=quiz_id,
        summary=statistics.summarise(list(percents.values()), passed),
        questions=tuple(
            _question_stats(position, questions[question_id], answers[question_id])
            for position, question_id in enumerate((pk for pk in order if pk in questions), start=1)
        ),
    )


def _question_stats(position: int, question: Question, answers: list[tuple[float, bool, object]]) -> QuestionStats:
    totals = [total for total, _correct, _response in answers]
    correct = [ok for _total, ok, _response in answers]
    stats = QuestionStats(
        position=position,
        question_id=question.pk,
        text=question_text(question),
        kind=question.kind,
        kind_label=str(question.get_kind_display()),
        attempts=len(answers),
        difficulty=statistics.difficulty(correct),
        discrimination=statistics.discrimination_index(totals, correct),
        point_biserial=statistics.point_biserial(totals, correct),
    )
    if question.kind not in (Kind.SINGLE, Kind.MULTIPLE):
        return stats
    options = sorted(question.options.all(), key=lambda option: option.sort_order or 0)
    wrong = statistics.most_chosen_wrong_option(
        [_chosen_positions(question.kind, response) for _total, _ok, response in answers],
        frozenset(position for position, option in enumerate(options) if option.is_correct),
    )
    if wrong is None:
        return stats
    option_position, count = wrong
    text = options[option_position].text if 0 <= option_position < len(options) else str(option_position)
    return replace(stats, wrong_option=text, wrong_option_count=count)


def question_text(question: Question) -> str:
    """The question's stem as plain text, for tables and spreadsheets."""
    return " ".join(html.unescape(strip_tags(question.stem)).split())


def _chosen_positions(kind: str, response: object) -> list[int]:
    """Option positions a response chose, read as the grader reads them; malformed responses chose nothing."""
    if kind == Kind.SINGLE:
        position = _option_id(response)
        return [] if position is None else [position]
    if not isinstance(response, list):
        return []
    positions = [_option_id(item) for item in response]
    return [] if None in positions else positions
