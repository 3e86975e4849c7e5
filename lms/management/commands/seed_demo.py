"""Fill a development database with the demo site, org tree, roster and its training history, and the demo logins."""

from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from assessments.models import Question, QuizPage
from certificates.models import Certificate
from courses.authoring import ensure_authoring_setup
from courses.demo_content import seed_courses
from courses.demo_content.history import EMAIL_DOMAIN, seed_training_history
from courses.models import Assignment, CoursePage, Enrolment, LessonPage
from lms.services import ensure_site_structure
from reports.summaries import refresh_summaries
from workforce.demo_data import DEMO_LEARNER_WORKER, seed_workforce
from workforce.models import Cadre, HealthWorker, OrgUnit
from workforce.roles import STAFF_ROLES, Role
from workforce.services import ensure_role_groups, grant_role, link_account_by_staff

DEMO_PASSWORD = "Demo-2026-pass"


@dataclass(frozen=True)
class DemoAccount:
    """A demo login: who it is, the role it demonstrates and, for a learner, its roster entry."""

    email: str
    full_name: str
    language: str
    role: Role | None = None
    org_unit_code: str = ""
    employee_number: str = ""
    is_superuser: bool = False

    @property
    def role_label(self) -> str:
        return "Administrator (superuser)" if self.is_superuser else self.role.value


DEMO_ACCOUNTS = (
    DemoAccount(
        "learner@demo.test",
        DEMO_LEARNER_WORKER["full_name"],
        "uz",
        Role.LEARNER,
        employee_number=DEMO_LEARNER_WORKER["employee_number"],
    ),
    DemoAccount("trainer@demo.test", "Abdullayeva Lola Shavkatovna", "ru", Role.TRAINER),
    DemoAccount("supervisor@demo.test", "Toshmatov Jasur Akmalovich", "uz", Role.SUPERVISOR, org_unit_code="1726"),
    DemoAccount("ministry@demo.test", "Ismoilov Sherzod Farhodovich", "ru", Role.MINISTRY_ANALYST),
    DemoAccount("admin@demo.test", "Qodirov Aziz Olimovich", "en", is_superuser=True),
)


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
                self.seed_account(account)
            created.update(seed_courses())
            ensure_authoring_setup()
            seed_training_history()
        refresh_summaries()  # the dashboard's figures for the country, regions and districts
        self.print_summary(created)

    def seed_account(self, account: DemoAccount):
        """Create or update one demo login with its password, verified address, role and roster entry."""
        user, _created = get_user_model().objects.update_or_create(
            email=account.email,
            defaults={
                "full_name": account.full_name,
                "preferred_language": account.language,
                "is_active": True,
                "is_superuser": account.is_superuser,
                "is_staff": account.is_superuser or account.role in STAFF_ROLES,
            },
        )
        user.set_password(DEMO_PASSWORD)
        user.save(update_fields=["password"])

        EmailAddress.objects.filter(user=user, primary=True).exclude(email=user.email).update(primary=False)
        EmailAddress.objects.update_or_create(user=user, email=user.email, defaults={"verified": True, "primary": True})

        if account.role is not None:
            ensure_role_groups()
            org_unit = OrgUnit.objects.get(code=account.org_unit_code) if account.org_unit_code else None
            grant_role(user=user, role=account.role, org_unit=org_unit)
        if account.employee_number:
            link_account_by_staff(worker=HealthWorker.objects.get(employee_number=account.employee_number), user=user)
        return user

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
