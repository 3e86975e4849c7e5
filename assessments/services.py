"""Writes of the quiz engine: start an attempt, save answers, submit and grade.

An attempt moves in_progress → submitted → graded inside one transaction under
a row lock, so a double click, a second tab or a replayed request grades
nothing twice and gets the same result. Times sent by browsers are never used:
the server's clock sets the start, the deadline and the moment of each answer.
"""

import json
import random
from datetime import datetime
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses import selectors as course_selectors
from courses.models import Enrolment
from courses.services import evaluate_completion

from . import grading, rules, selectors
from .models import Attempt, AttemptAnswer, LearningOutcome, Question, QuizPage

MAX_RESPONSE_BYTES = 2000


class AttemptClosed(ValidationError):
    """Answers sent to an attempt that is no longer open."""


class AttemptNotAllowed(ValidationError):
    """A new attempt refused: no attempts left, or the waiting time has not passed."""

    def __init__(self, availability: rules.Availability):
        self.availability = availability
        if availability.reason == "waiting":
            message = _("You can try again after %(time)s.") % {
                "time": timezone.localtime(availability.available_at).strftime("%H:%M")
            }
        else:
            message = _("You have used all your attempts at this quiz.")
        super().__init__(message, code=availability.reason)


def _lock_enrolment(learner, quiz: QuizPage) -> Enrolment:
    course = course_selectors.course_of(quiz)
    enrolment = (
        Enrolment.objects.select_for_update()
        .filter(learner=learner, course_id=course_selectors.canonical_id(course))
        .first()
    )
    if enrolment is None or enrolment.status == Enrolment.Status.WITHDRAWN:
        raise PermissionDenied(_("Enrol in the course to take its quizzes."))
    return enrolment


def _option_counts(question_ids) -> dict[int, int]:
    counts = dict.fromkeys(question_ids, 0)
    for question in Question.objects.filter(pk__in=question_ids).prefetch_related("options"):
        counts[question.pk] = len(question.options.all())
    return counts


@transaction.atomic
def start_attempt(*, learner, quiz: QuizPage, now: datetime | None = None, rng: random.Random | None = None) -> Attempt:
    """Open a new attempt, or return the one already open (closing it first if its time is up)."""
    now = now or timezone.now()
    quiz = course_selectors.canonical_page(quiz)
    enrolment = _lock_enrolment(learner, quiz)  # serialises concurrent starts by the same learner
    open_attempt = Attempt.objects.filter(learner=learner, quiz=quiz, status=Attempt.Status.IN_PROGRESS).first()
    if open_attempt is not None:
        if rules.accepts_answers(deadline=open_attempt.deadline, now=now):
            return open_attempt
        submit_attempt(attempt=open_attempt, now=now)
    attempts = Attempt.objects.filter(learner=learner, quiz=quiz)
    number = attempts.count() + 1
    previous = list(selectors.in_current_cycle(attempts, enrolment).order_by("number"))
    availability = rules.attempt_availability(
        max_attempts=quiz.max_attempts,
        attempts_used=len(previous),
        wait_minutes=quiz.wait_minutes,
        last_finished_at=previous[-1].submitted_at if previous else None,
        now=now,
    )
    if not availability.allowed:
        raise AttemptNotAllowed(availability)
    chosen = list(selectors.live_chosen_question_ids(quiz))
    bank = selectors.live_bank_question_ids(quiz) if quiz.draw_bank_id and quiz.draw_count else []
    questions = rules.draw_questions(
        chosen=chosen,
        bank=bank,
        draw_count=quiz.draw_count,
        option_counts=_option_counts(set(chosen) | set(bank)),
        shuffle_questions=quiz.shuffle_questions,
        shuffle_options=quiz.shuffle_options,
        rng=rng or random.Random(),
    )
    if not questions:
        raise ValidationError(_("This quiz has no questions yet."), code="empty_quiz")
    return Attempt.objects.create(
        learner=learner,
        quiz=quiz,
        number=number,
        started_at=now,
        deadline=rules.deadline_for(now, quiz.time_limit_minutes),
        questions=questions,
    )


def _lock_open_attempt(attempt: Attempt, now: datetime) -> Attempt:
    attempt = Attempt.objects.select_for_update().get(pk=attempt.pk)
    if attempt.status != Attempt.Status.IN_PROGRESS:
        raise AttemptClosed(_("This attempt has already been submitted; answers can no longer change."), code="closed")
    return attempt


def save_answers(*, attempt: Attempt, responses: dict, now: datetime | None = None) -> Attempt:
    """Save (autosave) answers to questions of an open attempt.

    Answers arriving after the deadline (plus grace) are refused; the attempt is
    then graded with what was saved in time, and that grade stays.
    """
    now = now or timezone.now()
    with transaction.atomic():
        attempt = _lock_open_attempt(attempt, now)
        late = not rules.accepts_answers(deadline=attempt.deadline, now=now)
        if late:
            submit_attempt(attempt=attempt, now=now)
        else:
            _store_answers(attempt, responses, now)
    if late:
        raise AttemptClosed(_("Time is up. Your answers saved before the deadline have been graded."), code="late")
    return attempt


def _store_answers(attempt: Attempt, responses: dict, now: datetime) -> None:
    allowed = set(attempt.question_ids)
    for question_id, response in responses.items():
        try:
            question_id = int(question_id)
        except (TypeError, ValueError):
            question_id = None
        if question_id not in allowed:
            raise ValidationError(_("This question is not part of your attempt."), code="unknown_question")
        if len(json.dumps(response)) > MAX_RESPONSE_BYTES:
            raise ValidationError(_("This answer is too long."), code="too_long")
        AttemptAnswer.objects.update_or_create(
            attempt=attempt, question_id=question_id, defaults={"response": response, "saved_at": now}
        )


def answer_key(question: Question) -> grading.AnswerKey:
    """The grading key of a question; choice options are identified by position."""
    options = sorted(question.options.all(), key=lambda option: option.sort_order or 0)
    return grading.AnswerKey(
        kind=grading.Kind(question.kind),
        points=question.points,
        correct_options=frozenset(position for position, option in enumerate(options) if option.is_correct),
        partial_credit=question.multiple_scoring == Question.MultipleScoring.PARTIAL,
        true_false=question.true_false_answer,
        numeric_answer=question.numeric_answer,
        numeric_tolerance=question.numeric_tolerance,
        accepted_answers=question.accepted_answer_list,
    )


@transaction.atomic
def submit_attempt(*, attempt: Attempt, now: datetime | None = None) -> Attempt:
    """Grade an attempt once; a repeated submission returns the same graded attempt."""
    now = now or timezone.now()
    attempt = Attempt.objects.select_for_update().get(pk=attempt.pk)
    if attempt.status != Attempt.Status.IN_PROGRESS:
        return attempt
    attempt.status = Attempt.Status.SUBMITTED
    attempt.submitted_at = now
    questions = {q.pk: q for q in Question.objects.filter(pk__in=attempt.question_ids).prefetch_related("options")}
    answers = {answer.question_id: answer for answer in attempt.answers.all()}
    awarded, possible, unanswered = [], [], []
    for question_id in attempt.question_ids:
        question = questions[question_id]
        answer = answers.get(question_id)
        if answer is None:
            answer = AttemptAnswer(attempt=attempt, question=question, saved_at=now)
            unanswered.append(answer)
        grade = grading.grade(answer_key(question), answer.response)
        answer.points, answer.is_correct = grade.points, grade.is_correct
        awarded.append(grade.points)
        possible.append(question.points)
    AttemptAnswer.objects.bulk_update(list(answers.values()), ["points", "is_correct"])
    AttemptAnswer.objects.bulk_create(unanswered)
    attempt.points = sum(awarded, Decimal(0))
    attempt.max_points = sum(possible, Decimal(0))
    attempt.percent = grading.attempt_percent(awarded, possible)
    attempt.passed = grading.is_pass(attempt.percent, attempt.quiz.pass_mark)
    attempt.status = Attempt.Status.GRADED
    attempt.graded_at = now
    attempt.save(update_fields=["status", "submitted_at", "graded_at", "points", "max_points", "percent", "passed"])
    _record_outcome(attempt, now)
    return attempt


def _record_outcome(attempt: Attempt, now: datetime) -> None:
    """Keep the learner's pre-test and best final score per course, and complete the course on a pass."""
    quiz = attempt.quiz
    if quiz.role == QuizPage.Role.PRACTICE:
        return
    course = course_selectors.canonical_course(course_selectors.course_of(quiz))
    outcome = LearningOutcome.objects.select_for_update().filter(
        learner=attempt.learner_id, course=course
    ).first() or LearningOutcome(learner_id=attempt.learner_id, course=course)
    if quiz.role == QuizPage.Role.PRE_TEST and outcome.pre_test_percent is None:
        outcome.pre_test_percent = attempt.percent
    if quiz.role == QuizPage.Role.FINAL and (
        outcome.best_final_percent is None or attempt.percent > outcome.best_final_percent
    ):
        outcome.best_final_percent = attempt.percent
    outcome.knowledge_gain = rules.knowledge_gain(
        pre_test_percent=outcome.pre_test_percent, best_final_percent=outcome.best_final_percent
    )
    outcome.save()
    if quiz.role == QuizPage.Role.FINAL and attempt.passed:
        enrolment = Enrolment.objects.filter(learner_id=attempt.learner_id, course=course).first()
        if enrolment is not None and enrolment.status != Enrolment.Status.COMPLETED:
            evaluate_completion(enrolment=enrolment, now=now)


def close_expired_attempts(*, now: datetime | None = None) -> int:
    """Grade every open attempt whose deadline (plus grace) has passed; run periodically."""
    now = now or timezone.now()
    expired = Attempt.objects.filter(status=Attempt.Status.IN_PROGRESS, deadline__lt=now - rules.GRACE)
    count = 0
    for attempt in expired.iterator():
        submit_attempt(attempt=attempt, now=now)
        count += 1
    return count
