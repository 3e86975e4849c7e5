"""Fill a development database with the demo site, org tree, roster and its training history, and the demo logins."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from assessments.authoring import ensure_question_review
from assessments.models import Question, QuizPage
from certificates.models import Certificate
from courses.authoring import ensure_authoring_setup
from courses.models import Assignment, CoursePage, Enrolment, LessonPage
from demo.accounts import DEMO_ACCOUNTS, DEMO_PASSWORD, seed_account
from demo.courses import seed_courses
from demo.history import EMAIL_DOMAIN, seed_training_history
from demo.workforce import seed_workforce
from lms.services import ensure_site_structure
from reports.summaries import refresh_summaries
from workforce.models import Cadre, HealthWorker, OrgUnit


class Command(BaseCommand):
    help = "Create or update the demo data and demo logins (development only; safe to run again)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force", action="store_true", help="Run even when DEBUG is off, e.g. on a demonstration server."
        )

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "seed_demo creates accounts with a published password, so it only runs with DEBUG on. "
                "Pass --force to run it anyway."
            )
        # Each step creates what is missing and updates what exists; later steps
        # (courses, the roster's training history) go after the accounts.
        with transaction.atomic():
            ensure_site_structure()
            created = seed_workforce()
            for account in DEMO_ACCOUNTS:
                seed_account(account)
            created.update(seed_courses())
            ensure_authoring_setup()
            ensure_question_review()
            seed_training_history()
        refresh_summaries()  # the dashboard's figures for the country, regions and districts
        self.print_summary(created)

    def print_summary(self, created: dict):
        rows = [
            ("Org units", OrgUnit.objects.count(), created["org_units"]),
            ("Cadres", Cadre.objects.count(), created["cadres"]),
            ("Health workers", HealthWorker.objects.count(), created["health_workers"]),
            ("Course pages", CoursePage.objects.count(), created["courses"]),
            ("Lesson pages", LessonPage.objects.count(), created["lessons"]),
            ("Assignments", Assignment.objects.count(), created["assignments"]),
            ("Questions", Question.objects.count(), created.get("questions", 0)),
            ("Quizzes", QuizPage.objects.count(), created.get("quizzes", 0)),
        ]
        self.stdout.write(self.style.SUCCESS("Demo data is ready."))
        for label, total, new in rows:
            self.stdout.write(f"  {label:<16}{total:>5}  ({new} new)")
        accounts = get_user_model().objects.filter(email__endswith=f"@{EMAIL_DOMAIN}").count()
        self.stdout.write(
            f"  Training history: {accounts} accounts, {Enrolment.objects.count()} enrolments, "
            f"{Certificate.objects.count()} certificates"
        )
        self.stdout.write("")
        self.stdout.write(self.style.MIGRATE_HEADING("Demo logins"))
        self.stdout.write(f"  {'E-mail':<24}{'Role':<28}Password")
        for account in DEMO_ACCOUNTS:
            self.stdout.write(f"  {account.email:<24}{account.role_label:<28}{DEMO_PASSWORD}")
