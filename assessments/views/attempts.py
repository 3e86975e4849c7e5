"""Taking a quiz: start, answer (with autosave), submit, and the result as the release policy allows."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from certificates import selectors as certificate_selectors
from courses import selectors as course_selectors

from .. import rules, selectors, services
from ..forms import responses_from_post
from ..models import Attempt, QuizPage
from .display import shown_questions


def _language() -> str:
    return (get_language() or "uz").split("-")[0]


def _own_attempt(request, attempt_id) -> Attempt:
    """Another learner's attempt is simply not found."""
    return get_object_or_404(Attempt.objects.select_related("quiz"), pk=attempt_id, learner=request.user)


def _wants_json(request) -> bool:
    return request.headers.get("Accept", "").startswith("application/json")


def _quiz_url(request, quiz: QuizPage) -> str:
    """The quiz page in the reader's language when it exists."""
    translation = quiz.get_translations(inclusive=True).live().filter(locale__language_code=_language()).first()
    return (translation or quiz).get_url(request)


@login_required
@require_POST
def start(request, quiz_id):
    quiz = get_object_or_404(QuizPage.objects.live(), pk=quiz_id)
    try:
        attempt = services.start_attempt(learner=request.user, quiz=quiz)
    except (PermissionDenied, ValidationError) as error:
        messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
        return redirect(quiz.get_url(request))
    return redirect("assessments:attempt", attempt_id=attempt.pk)


@never_cache
@login_required
@require_GET
def take(request, attempt_id):
    attempt = _own_attempt(request, attempt_id)
    if attempt.status != Attempt.Status.IN_PROGRESS:
        return redirect("assessments:result", attempt_id=attempt.pk)
    if not rules.accepts_answers(deadline=attempt.deadline, now=timezone.now()):
        services.submit_attempt(attempt=attempt)
        return redirect("assessments:result", attempt_id=attempt.pk)
    questions = shown_questions(attempt, _language())
    quiz = attempt.quiz
    per_screen = quiz.one_question_per_screen and request.GET.get("all") != "1"
    index = 0
    if per_screen:
        try:
            index = min(max(int(request.GET.get("q", 1)) - 1, 0), len(questions) - 1)
        except ValueError:
            index = 0
    seconds_left = (
        max(int((attempt.deadline - timezone.now()).total_seconds()), 0) if attempt.deadline is not None else None
    )
    context = {
        "attempt": attempt,
        "quiz": quiz,
        "questions": [questions[index]] if per_screen else questions,
        "all_questions": questions,
        "per_screen": per_screen,
        "position": index + 1,
        "previous_number": index if per_screen and index > 0 else None,
        "next_number": index + 2 if per_screen and index + 1 < len(questions) else None,
        "answered_count": sum(1 for question in questions if question.answered),
        "seconds_left": seconds_left,
        "quiz_url": _quiz_url(request, quiz),
    }
    return render(request, "assessments/attempt.html", context)


@login_required
@require_POST
def save(request, attempt_id):
    """Store the answers of the questions on the page; then go where the learner asked."""
    attempt = _own_attempt(request, attempt_id)
    shown = [int(pk) for pk in request.POST.getlist("shown") if pk.isdigit()]
    questions = [q for q in shown_questions(attempt, _language()) if q.canonical_id in shown]
    try:
        responses = responses_from_post(request.POST, questions, attempt.option_orders)
        services.save_answers(attempt=attempt, responses=responses)
    except services.AttemptClosed as closed:
        if _wants_json(request):
            return JsonResponse({"saved": False, "closed": True, "message": " ".join(closed.messages)}, status=409)
        messages.warning(request, " ".join(closed.messages))
        return redirect("assessments:result", attempt_id=attempt.pk)
    except ValidationError as error:
        if _wants_json(request):
            return JsonResponse({"saved": False, "message": " ".join(error.messages)}, status=400)
        messages.error(request, " ".join(error.messages))
        return redirect(_where_answered(attempt, questions))
    if _wants_json(request):
        return JsonResponse({"saved": True})
    if request.POST.get("action") == "submit":
        return submit(request, attempt_id)
    target = request.POST.get("go", "")
    url = reverse("assessments:attempt", args=[attempt.pk])
    return redirect(f"{url}?q={int(target)}" if target.isdigit() else url)


def _where_answered(attempt: Attempt, questions) -> str:
    """Back to the screen the refused answers came from: their question, or all questions on one page."""
    url = reverse("assessments:attempt", args=[attempt.pk])
    if len(questions) == 1:
        return f"{url}?q={questions[0].number}"
    return f"{url}?all=1" if questions else url


@login_required
@require_POST
def submit(request, attempt_id):
    attempt = _own_attempt(request, attempt_id)
    services.submit_attempt(attempt=attempt)
    return redirect("assessments:result", attempt_id=attempt.pk)


@never_cache
@login_required
@require_GET
def result(request, attempt_id):
    attempt = _own_attempt(request, attempt_id)
    if attempt.status == Attempt.Status.IN_PROGRESS:
        return redirect("assessments:attempt", attempt_id=attempt.pk)
    quiz = attempt.quiz
    released = selectors.answers_released(attempt)
    course = course_selectors.course_of(quiz)
    enrolment = course_selectors.enrolment_for(request.user, course)
    completed = enrolment is not None and enrolment.status == enrolment.Status.COMPLETED
    context = {
        "attempt": attempt,
        "quiz": quiz,
        "released": released,
        "questions": shown_questions(attempt, _language(), with_key=released),
        "quiz_url": _quiz_url(request, quiz),
        "course_url": course.get_url(request),
        "enrolment": enrolment,
        "course_completed": completed,
        "certificate": certificate_selectors.certificate_of_completion(enrolment) if completed else None,
    }
    return render(request, "assessments/attempt_result.html", context)
