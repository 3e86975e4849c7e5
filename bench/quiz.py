"""Submitting and grading a 20-question attempt: p50/p95 over 200 attempts, and 50 concurrent submissions.

Runs against PostgreSQL (a fresh database on 127.0.0.1 that is dropped at the
end, or the one in BENCH_DATABASE_URL) with production settings. Each timed
submission is a real POST to the submit view by the attempt's learner (session,
middleware, row lock, grading of 20 questions, outcome and completion check).
Prints the latency figures, the concurrent error count and, last,
`submit_p95_ms: X` (target <= 50).

    .venv/bin/python bench/quiz.py [--attempts 200] [--concurrent 50]
"""

import argparse
import os
import statistics
import subprocess
import sys
import threading
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def prepare_database(url: str | None) -> tuple[str, str | None]:
    if url:
        return url, None
    name = f"malaka_bench_quiz_{os.getpid()}"
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", name], check=True)
    return f"postgres://postgres@127.0.0.1:5432/{name}", name


def configure(url: str):
    os.environ.update(
        DJANGO_SETTINGS_MODULE="bench.settings",
        DATABASE_URL=url,
        DEBUG="false",
        SECRET_KEY="bench-" + "x" * 60,
        ALLOWED_HOSTS="testserver,127.0.0.1",
        SECURE_SSL_REDIRECT="false",
        SESSION_COOKIE_SECURE="false",
        CSRF_COOKIE_SECURE="false",
        LOG_LEVEL="WARNING",
    )
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL
    )
    import django

    django.setup()


def build_quiz(learner_count: int):
    from django.contrib.auth import get_user_model

    from assessments.models import Question, QuestionBank, QuestionOption, QuizPage, QuizQuestion
    from courses.authoring import ensure_catalogues
    from courses.models import CoursePage, LessonPage
    from courses.services import enrol_learner
    from lms.services import ensure_site_structure

    ensure_site_structure()
    catalogue = ensure_catalogues()["uz"]
    course = catalogue.add_child(instance=CoursePage(title="Bench course", slug="bench-course", summary="…"))
    course.save_revision().publish()
    course.add_child(instance=LessonPage(title="Lesson", slug="lesson", body=[])).save_revision().publish()
    bank = QuestionBank.objects.create(title="Bench bank")
    questions = []
    for number in range(20):
        kind = ["single", "multiple", "true_false", "numeric", "short_text"][number % 5]
        question = Question.objects.create(
            bank=bank,
            kind=kind,
            stem=f"<p>Question {number}</p>",
            explanation="<p>Because.</p>",
            true_false_answer=True if kind == "true_false" else None,
            numeric_answer=Decimal(110) if kind == "numeric" else None,
            numeric_tolerance=Decimal(10),
            accepted_answers="qoʻlqop\nperchatka" if kind == "short_text" else "",
            multiple_scoring="partial" if number % 2 else "all_or_nothing",
        )
        if kind in ("single", "multiple"):
            for position in range(4):
                QuestionOption.objects.create(
                    question=question,
                    text=f"Option {position}",
                    is_correct=position in (0, 2)[: 1 if kind == "single" else 2],
                    sort_order=position,
                )
        questions.append(question)
    quiz = course.add_child(instance=QuizPage(title="Final", slug="final", role="final", max_attempts=None))
    for order, question in enumerate(questions):
        QuizQuestion.objects.create(quiz=quiz, question=question, sort_order=order)
    quiz.save_revision().publish()
    quiz = QuizPage.objects.get(pk=quiz.pk)
    users = get_user_model().objects.bulk_create(
        [get_user_model()(email=f"bench{n}@example.test", full_name=f"Bench {n}") for n in range(learner_count)]
    )
    for user in users:
        enrol_learner(learner=user, course=course)
    return quiz, questions, users


def answers_for(questions) -> dict:
    responses = {}
    for question in questions:
        responses[question.pk] = {
            "single": 0,
            "multiple": [0, 2],
            "true_false": True,
            "numeric": "105,5",
            "short_text": "Qoʻlqop",
        }[question.kind]
    return responses


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--attempts", type=int, default=200)
    parser.add_argument("--concurrent", type=int, default=50)
    args = parser.parse_args()
    url, created = prepare_database(os.environ.get("BENCH_DATABASE_URL"))
    try:
        configure(url)
        run(args)
    finally:
        if created:
            from django.db import connections

            connections.close_all()
            subprocess.run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--force", created], check=False)


def run(args):
    from django.db import connection, connections
    from django.test import Client
    from django.urls import reverse

    from assessments import services
    from assessments.models import Attempt

    print(f"building a 20-question quiz and {args.attempts + args.concurrent} learners…", flush=True)
    quiz, questions, users = build_quiz(args.attempts + args.concurrent)
    responses = answers_for(questions)
    timed_users, concurrent_users = users[: args.attempts], users[args.attempts :]

    durations = []
    for user in timed_users:
        attempt = services.start_attempt(learner=user, quiz=quiz)
        services.save_answers(attempt=attempt, responses=responses)
        client = Client()
        client.force_login(user)
        started = time.perf_counter()
        response = client.post(reverse("assessments:submit", args=[attempt.pk]))
        durations.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 302, response.status_code
    graded = Attempt.objects.filter(status="graded", percent=100).count()

    attempts = []
    for user in concurrent_users:
        attempt = services.start_attempt(learner=user, quiz=quiz)
        services.save_answers(attempt=attempt, responses=responses)
        attempts.append(attempt)
    connection.close()
    errors = []
    barrier = threading.Barrier(len(attempts))

    def submit(attempt):
        try:
            barrier.wait()
            services.submit_attempt(attempt=attempt)
        except Exception as error:  # noqa: BLE001 - counted and printed
            errors.append(repr(error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=submit, args=(attempt,)) for attempt in attempts]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    concurrent_seconds = time.perf_counter() - started
    concurrent_graded = Attempt.objects.filter(pk__in=[a.pk for a in attempts], status="graded").count()

    durations.sort()
    p95 = durations[max(0, int(round(0.95 * len(durations))) - 1)]
    print(f"timed_submissions: {len(durations)} (all 100 %: {graded == len(durations)})")
    print(f"submit_p50_ms: {statistics.median(durations):.1f}")
    print(f"submit_max_ms: {durations[-1]:.1f}")
    print(f"concurrent_submissions: {len(attempts)} in {concurrent_seconds:.2f} s, graded {concurrent_graded}")
    print(f"concurrent_errors: {len(errors)}")
    for error in errors[:5]:
        print(f"  {error}")
    print(f"submit_p95_ms: {p95:.1f}")


if __name__ == "__main__":
    main()
