"""Certificates issued end to end by real Celery workers: batched rendering against one-by-one.

On PostgreSQL and Redis on 127.0.0.1: creates 2 × N course completions (each
leaves a pending certificate, as in production), then issues the first N with
two worker processes rendering batches (CERTIFICATE_BATCH_SIZE=50) and the
other N with the same workers rendering one document per certificate
(CERTIFICATE_BATCH_SIZE=1). Rows → rendered → stored → issued, through the real
task. Prints both rates, the workers' peak memory and, last,
`batched_vs_naive_ratio: X` (targets: >= 2, and >= 60 certificates/s batched).

    .venv/bin/python bench/certificates.py [--count 1000]
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

REDIS = "redis://127.0.0.1:6379/13"


def environment(database_url: str, media: str) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings",
        "DATABASE_URL": database_url,
        "CELERY_BROKER_URL": REDIS,
        "CELERY_RESULT_BACKEND": REDIS,
        "CELERY_TASK_DEFAULT_QUEUE": f"bench-setup-{os.getpid()}",
        "DEBUG": "true",
        "MEDIA_ROOT": media,
        "PRIVATE_MEDIA_ROOT": media,
        "EMAIL_URL": "consolemail://",
        "LOG_LEVEL": "WARNING",
    }


def create_course():

    from courses.authoring import ensure_catalogues
    from courses.models import CoursePage, LessonPage
    from lms.services import ensure_site_structure

    ensure_site_structure()
    catalogue = ensure_catalogues()["uz"]
    course = catalogue.add_child(
        instance=CoursePage(
            title="Qoʻl gigiyenasi va infeksiyalarning oldini olish",
            slug="bench-hand-hygiene",
            summary="…",
            cpd_hours=2,
            certificate_validity_months=24,
            completion_rule="all_lessons",
        )
    )
    course.save_revision().publish()
    lesson = course.add_child(instance=LessonPage(title="Dars", slug="dars", body=[]))
    lesson.save_revision().publish()
    return course, lesson


def create_completions(course, lesson, count: int, offset: int) -> list[int]:
    """`count` learners complete the course; returns the ids of their (pending) certificates."""
    from django.contrib.auth import get_user_model

    from certificates.models import Certificate
    from courses.services import complete_lesson, enrol_learner

    names = [
        "Karimova Dilnoza Rustamovna",
        "Toshmatov Jasur Akmalovich",
        "Oʻrinboyeva Gʻuncha",
        "Иванова Ольга Петровна",
    ]
    users = get_user_model().objects.bulk_create(
        [
            get_user_model()(
                email=f"c{n}@example.test",
                full_name=f"{names[n % 4]} {n}",
                preferred_language=["uz", "ru", "en"][n % 3],
            )
            for n in range(offset, offset + count)
        ]
    )
    for user in users:
        complete_lesson(enrolment=enrol_learner(learner=user, course=course), lesson=lesson)
    return list(Certificate.objects.filter(learner__in=users).values_list("pk", flat=True))


def peak_memory_kib(pids: list[int]) -> int:
    peak = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peak = max(peak, int(line.split()[1]))
        except OSError:
            continue
    return peak


def declare_queue(client, name: str) -> None:
    """Bind the queue now: Redis drops messages sent to an exchange that no queue is bound to yet."""
    from kombu import Exchange, Queue

    with client.connection_for_write() as connection:
        Queue(name, Exchange(name, type="direct"), routing_key=name)(connection.default_channel).declare()


def issue_with_workers(env: dict, ids: list[int], batch_size: int) -> tuple[float, int]:
    from celery import Celery

    from certificates.models import Certificate

    queue = f"bench-{os.getpid()}-{batch_size}"
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "lms", "worker", "-Q", queue, "-c", "2", "--prefetch-multiplier", "1",
         "--without-mingle", "--without-gossip", "--loglevel", "WARNING", "-n", f"{queue}@%h"],
        cwd=ROOT, env={**env, "CERTIFICATE_BATCH_SIZE": str(batch_size)},
        stdout=open(Path(tempfile.gettempdir()) / f"{queue}.log", "w"), stderr=subprocess.STDOUT,  # noqa: SIM115
    )  # fmt: skip
    client = Celery("bench", broker=REDIS, backend=REDIS)
    declare_queue(client, queue)
    try:
        time.sleep(6)  # let both worker processes start before the clock does
        children = [
            int(pid)
            for pid in subprocess.run(["pgrep", "-P", str(worker.pid)], capture_output=True, text=True).stdout.split()
        ]
        started = time.perf_counter()
        for certificate_id in ids:
            client.send_task("certificates.tasks.issue_certificate", args=[certificate_id], queue=queue)
        queued = subprocess.run(["redis-cli", "-n", "13", "llen", queue], capture_output=True, text=True).stdout.strip()
        print(f"  {len(ids)} tasks sent, {queued} waiting in the queue", flush=True)
        peak = 0
        while Certificate.objects.filter(pk__in=ids, status="pending").exists():
            peak = max(peak, peak_memory_kib([worker.pid, *children]))
            time.sleep(0.2)
        elapsed = time.perf_counter() - started
        peak = max(peak, peak_memory_kib([worker.pid, *children]))
        return len(ids) / elapsed, peak
    finally:
        worker.terminate()
        worker.wait(timeout=30)
        client.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()
    name = f"malaka_bench_certificates_{os.getpid()}"
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", name], check=True)
    media = tempfile.mkdtemp(prefix="malaka-bench-media-")
    env = environment(f"postgres://postgres@127.0.0.1:5432/{name}", media)
    os.environ.update(env)
    try:
        subprocess.run(
            [sys.executable, "manage.py", "migrate", "--noinput"],
            cwd=ROOT,
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        import django

        django.setup()
        from django.db import connections

        from certificates.models import Certificate

        course, lesson = create_course()
        rates = {}
        for phase, batch_size in (("batched", 50), ("naive", 1)):
            print(f"{phase}: {args.count} completions, each leaving a pending certificate…", flush=True)
            ids = create_completions(course, lesson, args.count, offset=len(rates) * args.count)
            subprocess.run(["redis-cli", "-n", "13", "flushdb"], check=True, stdout=subprocess.DEVNULL)
            connections.close_all()
            rates[phase] = issue_with_workers(env, ids, batch_size)
        (batched_rate, batched_peak), (naive_rate, naive_peak) = rates["batched"], rates["naive"]
        issued = Certificate.objects.filter(status="issued").count()
        one_each = Certificate.objects.values("learner").distinct().count() == Certificate.objects.count()
        print(f"issued: {issued} of {2 * args.count}, one per learner: {one_each}")
        print(f"naive_certificates_per_s: {naive_rate:.1f}")
        print(f"naive_peak_worker_memory_mib: {naive_peak / 1024:.0f}")
        print(f"peak_worker_memory_mib: {batched_peak / 1024:.0f}")
        print(f"certificates_per_s: {batched_rate:.1f}")
        print(f"batched_vs_naive_ratio: {batched_rate / naive_rate:.2f}")
    finally:
        from django.db import connections

        connections.close_all()
        subprocess.run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--force", name], check=False)
        subprocess.run(["redis-cli", "-n", "13", "flushdb"], check=False, stdout=subprocess.DEVNULL)


if __name__ == "__main__":
    main()
