"""Taking quizzes through the API: start (or resume) an attempt, save answers, submit and read the result.

The screens' own code does the work: the same services, the same questions in
the attempt's recorded order (`shown_questions`), the same reading of answers
(`responses_from_post`) and the same answer-release rule.
"""

from datetime import datetime
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import QueryDict
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from ninja import Router, Schema, Status
from pydantic import Field, StrictInt
from wagtail.rich_text import expand_db_html

from api.errors import problem
from api.schema import PageId, RecordId
from courses import selectors as course_selectors

from . import rules, selectors, services
from .forms import field_name, responses_from_post
from .grading import Kind
from .models import Attempt, QuizPage
from .views.display import ShownQuestion, shown_questions

router = Router(tags=["Assessments"])
IMAGE_SPEC = "max-720x480"  # as the quiz screens show it


class OptionOut(Schema):
    position: int = Field(
        description="What to send as the answer to choose this option: its place in this attempt's order, from 0 "
        "(it says nothing about the order the author wrote the options in)"
    )
    text: str


class QuestionOut(Schema):
    id: int = Field(description="The question's id: the key of its answer")
    number: int = Field(description="Its place in this attempt, from 1")
    kind: str = Field(description="single, multiple, true_false, numeric or short_text")
    language: str = Field(description="The language of the stem and options")
    stem: str = Field(description="HTML")
    unit: str = Field(description="The unit of a numeric answer, if any")
    image_url: str | None
    options: list[OptionOut] = Field(description="In the order to show them (choice questions only)")
    answer: Any = Field(None, description="The answer saved so far, in the form it is sent; null if none")


class AttemptOut(Schema):
    id: int
    number: int
    quiz: int = Field(description="The quiz's id")
    status: str = Field(description="in_progress, submitted or graded")
    started_at: datetime
    deadline: datetime | None = Field(description="When answers stop being accepted; null without a time limit")
    time_limit_minutes: int | None
    pass_mark: Decimal = Field(description="Per cent needed to pass")
    max_attempts: int | None = Field(description="null: unlimited")
    attempts_left: int | None = Field(description="Counting this attempt as used; null: unlimited")
    questions: list[QuestionOut]


AnswerValue = bool | StrictInt | float | str | list[StrictInt] | None


class AnswersIn(Schema):
    answers: dict[str, AnswerValue] = Field(
        description="By question id: single → an option's `position` as the attempt gives it; "
        "multiple → a list of them; true_false → true or false; numeric → a number (or the number as typed); short_text → text; "
        "null clears an answer."
    )


class AnswersSavedOut(Schema):
    saved: int = Field(description="How many answers were saved")
    deadline: datetime | None


class FeedbackOut(Schema):
    question: int
    number: int
    correct: bool
    points: Decimal
    max_points: Decimal
    answer: Any = Field(None, description="The answer given; null if none")
    correct_answer: Any = Field(
        description="choice: the `position`s of the correct options in this attempt; true_false: true or false; "
        "numeric: the number (within `tolerance`); short_text: an accepted answer"
    )
    tolerance: Decimal | None = Field(None, description="numeric only")
    unit: str = ""
    explanation: str = Field(description="HTML; empty if none")


class ResultOut(Schema):
    id: int
    number: int
    quiz: int
    status: str
    score: Decimal = Field(description="Per cent, 0 to 100")
    points: Decimal
    max_points: Decimal
    passed: bool
    submitted_at: datetime | None
    answers_released: bool = Field(description="Whether the quiz's rules let correct answers be shown now")
    feedback: list[FeedbackOut] | None = Field(description="Per question; null unless answers are released")


def _language() -> str:
    return (get_language() or settings.LANGUAGE_CODE).split("-")[0]


def _own_attempt(request, attempt_id: int) -> Attempt:
    """Another learner's attempt is simply not found."""
    return get_object_or_404(Attempt.objects.select_related("quiz"), pk=attempt_id, learner=request.auth)


def _cycle_attempts(learner, quiz: QuizPage):
    """The learner's attempts at a quiz that count in the current cycle of the course."""
    enrolment = course_selectors.enrolment_for(learner, course_selectors.course_of(quiz))
    return selectors.in_current_cycle(Attempt.objects.filter(learner=learner, quiz=quiz), enrolment)


def _question_out(request, item: ShownQuestion) -> dict:
    question = item.question
    image = question.image
    return {
        "id": item.canonical_id,
        "number": item.number,
        "kind": item.kind,
        "language": question.locale.language_code,
        "stem": expand_db_html(question.stem),
        "unit": question.unit,
        "image_url": request.build_absolute_uri(image.get_rendition(IMAGE_SPEC).url) if image else None,
        "options": [{"position": option.position, "text": option.text} for option in item.options],
        "answer": item.response,
    }


def _attempt_out(request, attempt: Attempt) -> dict:
    quiz = attempt.quiz
    used = _cycle_attempts(request.auth, quiz).count()
    return {
        "id": attempt.pk,
        "number": attempt.number,
        "quiz": quiz.pk,
        "status": attempt.status,
        "started_at": attempt.started_at,
        "deadline": attempt.deadline,
        "time_limit_minutes": quiz.time_limit_minutes,
        "pass_mark": quiz.pass_mark,
        "max_attempts": quiz.max_attempts,
        "attempts_left": None if quiz.max_attempts is None else max(quiz.max_attempts - used, 0),
        "questions": [_question_out(request, item) for item in shown_questions(attempt, _language())],
    }


@router.post("/quizzes/{quiz_id}/attempts/", response={200: AttemptOut, 201: AttemptOut},
             summary="Start an attempt at a quiz (201), or resume the open one (200)",
             description="Starts sent together (concurrent calls, a retry, a double tap) are one start: "
             "each gets the same attempt with the same status.")  # fmt: skip
def start_attempt(request, quiz_id: PageId):
    quiz = course_selectors.canonical_page(get_object_or_404(QuizPage.objects.live().public(), pk=quiz_id))
    now = timezone.now()
    try:
        attempt = services.start_attempt(learner=request.auth, quiz=quiz, now=now)
    except services.AttemptNotAllowed as refusal:
        available_at = refusal.availability.available_at
        return problem(
            request,
            409,
            " ".join(refusal.messages),
            code=refusal.code,
            available_at=available_at.isoformat() if available_at else None,
        )
    started = rules.is_same_start(started_at=attempt.started_at, now=now)
    return Status(201 if started else 200, _attempt_out(request, attempt))


def _form_of(answers: dict, questions: list[ShownQuestion]) -> QueryDict:
    """The answers as the quiz form would have posted them, so that the screens' reading applies unchanged."""
    form = QueryDict(mutable=True)
    for question in questions:
        value = answers[question.pk]
        if value is None:
            continue
        name = field_name(question.pk)
        kind = question.kind
        if kind == Kind.MULTIPLE and isinstance(value, list):
            form.setlist(name, [str(position) for position in value])
        elif kind == Kind.SINGLE and isinstance(value, int) and not isinstance(value, bool):
            form[name] = str(value)
        elif kind == Kind.TRUE_FALSE and isinstance(value, bool):
            form[name] = "true" if value else "false"
        elif kind == Kind.NUMERIC and isinstance(value, int | float | str) and not isinstance(value, bool):
            form[name] = str(value)
        elif kind == Kind.SHORT_TEXT and isinstance(value, str):
            form[name] = value
        else:
            raise ValidationError(
                _("The answer to question %(question)s does not fit its type (%(kind)s).")
                % {"question": question.pk, "kind": question.question.get_kind_display()},
                code="wrong_type",
            )
    return form


@router.put("/attempts/{attempt_id}/answers/", response=AnswersSavedOut,
            summary="Save answers to questions of an open attempt (autosave); others stay as they were")  # fmt: skip
def save_answers(request, attempt_id: RecordId, body: AnswersIn):
    attempt = _own_attempt(request, attempt_id)
    shown = {item.pk: item for item in shown_questions(attempt, _language())}
    answers, unknown = {}, {}
    for key, value in body.answers.items():
        try:
            question_id = int(key)
        except ValueError:
            question_id = None
        if question_id in shown:
            answers[question_id] = value
        else:
            unknown[key] = value
    questions = [shown[question_id] for question_id in answers]
    responses = responses_from_post(_form_of(answers, questions), questions, attempt.option_orders)
    try:
        # Ids outside the attempt go to the service as they are: it refuses them with its own message.
        attempt = services.save_answers(attempt=attempt, responses={**unknown, **responses})
    except services.AttemptClosed as closed:
        return problem(request, 409, " ".join(closed.messages), code=closed.code)
    return {"saved": len(responses), "deadline": attempt.deadline}


def _correct_answer(item: ShownQuestion):
    question = item.question
    if item.kind in (Kind.SINGLE, Kind.MULTIPLE):
        return sorted(option.position for option in item.options if option.is_correct)
    if item.kind == Kind.TRUE_FALSE:
        return question.true_false_answer
    if item.kind == Kind.NUMERIC:
        return None if question.numeric_answer is None else format(question.numeric_answer.normalize(), "f")
    return next(iter(question.accepted_answer_list), None)


def _feedback_out(item: ShownQuestion) -> dict:
    question = item.question
    answer = item.answer
    return {
        "question": item.canonical_id,
        "number": item.number,
        "correct": bool(answer and answer.is_correct),
        "points": answer.points if answer and answer.points is not None else Decimal(0),
        "max_points": question.points,
        "answer": item.response,
        "correct_answer": _correct_answer(item),
        "tolerance": question.numeric_tolerance if item.kind == Kind.NUMERIC else None,
        "unit": question.unit,
        "explanation": expand_db_html(question.explanation) if question.explanation else "",
    }


@router.post("/attempts/{attempt_id}/submit/", response=ResultOut,
             summary="Submit an attempt for grading; submitting again returns the same result")  # fmt: skip
def submit_attempt(request, attempt_id: RecordId):
    attempt = services.submit_attempt(attempt=_own_attempt(request, attempt_id))
    quiz = attempt.quiz
    released = selectors.answers_released(attempt)
    feedback = (
        [_feedback_out(item) for item in shown_questions(attempt, _language(), with_key=True)] if released else None
    )
    return {
        "id": attempt.pk,
        "number": attempt.number,
        "quiz": quiz.pk,
        "status": attempt.status,
        "score": attempt.percent,
        "points": attempt.points,
        "max_points": attempt.max_points,
        "passed": bool(attempt.passed),
        "submitted_at": attempt.submitted_at,
        "answers_released": released,
        "feedback": feedback,
    }
