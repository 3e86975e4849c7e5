"""Fill an empty database with a synthetic country at national scale, for load tests and the dashboard benchmark."""

import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from demo.national.country import existing_data, generate_country
from demo.national.plan import Plan


class Command(BaseCommand):
    help = (
        "Create a synthetic country: 400,000 roster workers in 14 regions, ~200 districts and ~5,000 facilities, "
        "50 courses, 2,000,000 enrolments and ~1,200,000 certificates over three years (times --scale). "
        "Only into a database without org units or roster workers; development only."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale", type=float, default=1.0, help="Multiply every count, e.g. 0.01 for 4,000 workers (default 1)."
        )
        parser.add_argument("--seed", type=int, default=42, help="The same seed gives the same country (default 42).")
        parser.add_argument(
            "--force", action="store_true", help="Run even when DEBUG is off, e.g. on a benchmark server."
        )

    def handle(self, *args, scale=1.0, seed=42, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "generate_national_data fills the database with made-up people, so it only runs with DEBUG on. "
                "Pass --force to run it anyway."
            )
        if not 0 < scale <= 10:
            raise CommandError("--scale must be greater than 0 and at most 10.")
        problem = existing_data()
        if problem:
            raise CommandError(
                f"{problem} generate_national_data only fills an empty roster, so that synthetic workers never mix "
                "with real or demo data. Run it on a freshly migrated database."
            )
        plan = Plan(scale=scale, seed=seed, now=timezone.now())
        self.stdout.write(f"Generating a synthetic country at scale {scale:g} with seed {seed}:")
        started = time.monotonic()
        counts = generate_country(plan, report=self.report)
        rows = sum(counts.values())
        self.stdout.write(self.style.SUCCESS(f"  {'total':<20}{rows:>12,} rows  {time.monotonic() - started:>8.1f} s"))

    def report(self, label: str, count: int | None, seconds: float):
        figure = f"{count:>12,} rows" if count is not None else " " * 17
        self.stdout.write(f"  {label:<20}{figure}  {seconds:>8.1f} s")
        self.stdout.flush()
