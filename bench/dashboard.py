"""The ministry dashboard at national scale: view latency and the 400,000-row export.

On PostgreSQL with the synthetic country of `generate_national_data` (400,000
workers, ~5,000 facilities, 2,000,000 enrolments, 1,200,000 certificates): a
fresh database that is generated first and dropped at the end, or the one in
BENCH_DATABASE_URL (already generated; kept). Rebuilds the indicator
summaries (timed), then, as a ministry analyst through the Django test client
with production settings: p50/p95 of 30 warm requests each of the national
overview, a region drill-down and a facility's worker list; then the CSV export
of every worker in the country, timed, and the process's peak memory after a
region's export and after the country's (flat memory: the same). Last line
`dashboard_p95_ms: X`, the worst of the three views (target <= 300; export
target <= 60 s with memory that does not grow with the row count).

    .venv/bin/python bench/dashboard.py [--requests 30] [--scale 1.0]
"""

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def prepare_database(url: str | None, scale: float) -> tuple[str, str | None]:
    if url:
        return url, None
    name = f"malaka_bench_dashboard_{os.getpid()}"
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", name], check=True)
    url = f"postgres://postgres@127.0.0.1:5432/{name}"
    env = {**os.environ, "DATABASE_URL": url, "DEBUG": "true"}
    subprocess.run([sys.executable, "manage.py", "migrate", "--noinput"], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip
    started = time.perf_counter()
    subprocess.run([sys.executable, "manage.py", "generate_national_data", "--scale", str(scale)], cwd=ROOT, env=env,
                   check=True, stdout=subprocess.DEVNULL)  # fmt: skip
    print(f"generate_national_data_s: {time.perf_counter() - started:.1f}")
    return url, name


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
        STATIC_ROOT=tempfile.mkdtemp(prefix="malaka-bench-static-"),
    )
    subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip
    import django

    django.setup()


def timed_requests(client, url: str, count: int) -> list[float]:
    response = client.get(url)  # warm: caches, connections, templates
    assert response.status_code == 200, (url, response.status_code)
    timings = []
    for _ in range(count):
        started = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200
    return timings


def export(client, url: str) -> tuple[int, float, float]:
    """Rows, seconds and the process's peak memory after reading a streamed CSV export to its end."""
    started = time.perf_counter()
    response = client.get(url)
    rows = sum(chunk.count(b"\n") for chunk in response.streaming_content) - 1
    seconds = time.perf_counter() - started
    return rows, seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--scale", type=float, default=1.0, help="of the generated country (fresh database only)")
    args = parser.parse_args()
    url, created = prepare_database(os.environ.get("BENCH_DATABASE_URL"), args.scale)
    try:
        configure(url)
        run(args)
    finally:
        if created:
            from django.db import connections

            connections.close_all()
            subprocess.run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--force", created], check=False)


def run(args):
    from django.db.models import Count
    from django.test import Client
    from django.urls import reverse

    from reports.summaries import refresh_summaries
    from tests.factories import UserFactory
    from workforce.models import HealthWorker, OrgUnit
    from workforce.roles import Role
    from workforce.services import grant_role

    workers = HealthWorker.objects.filter(is_active=True).count()
    print(f"active_workers: {workers}")
    started = time.perf_counter()
    refresh = refresh_summaries()
    print(f"summary_refresh_s: {time.perf_counter() - started:.1f} ({refresh.rows} rows)")

    analyst = grant_role(
        user=UserFactory(email=f"bench-analyst-{os.getpid()}@example.test"), role=Role.MINISTRY_ANALYST
    )
    client = Client()
    client.force_login(analyst)
    country = OrgUnit.get_root_nodes().first()
    region = OrgUnit.objects.filter(level=OrgUnit.Level.REGION).order_by("path").first()
    facility_id = (
        HealthWorker.objects.filter(is_active=True)
        .values("facility_id")
        .annotate(size=Count("pk"))
        .order_by("-size")
        .values_list("facility_id", flat=True)
        .first()
    )
    views = {
        "national_overview": reverse("dashboard:unit", args=[country.pk]),
        "region_drill_down": reverse("dashboard:unit", args=[region.pk]),
        "facility_worker_list": reverse("dashboard:workers", args=[facility_id]),
    }
    worst = 0.0
    for name, url in views.items():
        timings = timed_requests(client, url, args.requests)
        p50, p95 = statistics.median(timings), percentile(timings, 0.95)
        worst = max(worst, p95)
        print(f"{name}_p50_ms: {p50:.1f}")
        print(f"{name}_p95_ms: {p95:.1f}")

    region_rows, _seconds, region_rss = export(client, reverse("dashboard:export", args=[region.pk, "workers", "csv"]))
    rows, seconds, rss = export(client, reverse("dashboard:export", args=[country.pk, "workers", "csv"]))
    print(f"export_rows: {rows}")
    print(f"export_s: {seconds:.1f}")
    print(f"export_max_rss_mib: {region_rss:.0f} after a region's {region_rows} rows, {rss:.0f} after the country's")
    print(f"dashboard_p95_ms: {worst:.1f}")


if __name__ == "__main__":
    main()
