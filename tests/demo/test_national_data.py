"""`generate_national_data`: a synthetic country, here at a tiny scale on the test database.

The tests that need an empty database come first: the `country` fixture fills
the database once for the rest of the module (rolled back afterwards).
"""

from datetime import UTC, datetime, timedelta
from io import StringIO

import pytest
from dateutil.relativedelta import relativedelta
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import transaction
from django.db.models import Count, Exists, F, OuterRef
from django.test import override_settings
from django.utils import timezone

from assessments.models import LearningOutcome
from certificates.codes import normalise_code
from certificates.models import Certificate
from courses.models import Assignment, CoursePage, Enrolment, LessonPage
from demo.national.country import generate_country
from demo.national.plan import ASSIGNMENTS, ENROLMENTS, WORKERS, Plan
from tests.factories import HealthWorkerFactory
from workforce.models import HealthWorker, OrgUnit

SCALE = 0.005
SEED = 7


def test_command_refuses_to_run_without_debug_or_force(db):
    with override_settings(DEBUG=False), pytest.raises(CommandError, match="DEBUG"):
        call_command("generate_national_data", scale=SCALE, stdout=StringIO())
    assert not OrgUnit.objects.exists()


def test_command_refuses_a_database_that_holds_org_units(org_tree):
    with pytest.raises(CommandError, match="already holds 8 org units and 0 roster workers"):
        call_command("generate_national_data", scale=SCALE, force=True, stdout=StringIO())
    assert OrgUnit.objects.count() == 8


def test_command_refuses_a_database_that_holds_roster_workers(org_tree):
    HealthWorkerFactory(facility=org_tree["polyclinic"])
    with override_settings(DEBUG=True), pytest.raises(CommandError, match="1 roster workers"):
        call_command("generate_national_data", scale=SCALE, stdout=StringIO())
    assert HealthWorker.objects.count() == 1


def test_same_seed_gives_the_same_country(db):
    plan = Plan(scale=0.001, seed=SEED, now=datetime(2026, 3, 1, 9, 30, tzinfo=UTC))
    first, second = _generate_and_forget(plan), _generate_and_forget(plan)
    assert first == second
    assert len(first["certificates"]) > 100


def _generate_and_forget(plan) -> dict[str, list]:
    """The generated country as comparable rows (by natural keys, not ids), rolled back afterwards."""
    with transaction.atomic():
        generate_country(plan, report=lambda *args: None)
        snapshot = {
            "org units": sorted(OrgUnit.objects.values_list("path", "code", "level", "facility_type", "name_uz")),
            "workers": sorted(
                HealthWorker.objects.values_list(
                    "employee_number",
                    "full_name",
                    "facility__code",
                    "cadre__isco_code",
                    "position",
                    "is_active",
                    "user__email",
                    "user__preferred_language",
                    "user__date_joined",
                    "account_link",
                ),  # fmt: skip
                key=repr,
            ),
            "assignments": sorted(
                Assignment.objects.values_list("course__slug", "org_unit__code", "due_date", "cancelled_at", "note"),
                key=repr,
            ),
            "enrolments": sorted(
                Enrolment.objects.values_list(
                    "learner__email",
                    "course__slug",
                    "status",
                    "source",
                    "enrolled_at",
                    "completed_at",
                    "cycle_started_at",
                    "last_activity_at",
                ),  # fmt: skip
                key=repr,
            ),
            "certificates": sorted(
                Certificate.objects.values_list(
                    "code",
                    "learner__email",
                    "course__slug",
                    "cycle",
                    "status",
                    "issued_at",
                    "expires_at",
                    "revoked_at",
                    "revocation_reason",
                ),  # fmt: skip
            ),
            "outcomes": sorted(
                LearningOutcome.objects.values_list(
                    "learner__email", "course__slug", "pre_test_percent", "best_final_percent", "knowledge_gain"
                ),
                key=repr,
            ),
        }
        transaction.set_rollback(True)
    return snapshot


@pytest.fixture(scope="module")
def country(django_db_setup, django_db_blocker):
    """The command run once for the rest of the module at a tiny scale; its output."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            out = StringIO()
            call_command("generate_national_data", scale=SCALE, seed=SEED, force=True, stdout=out)
            yield out.getvalue()
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


def _near(actual: int, expected: float, tolerance: float) -> bool:
    return abs(actual - expected) <= tolerance * expected


def test_counts_follow_the_scale(country, db):
    workers = HealthWorker.objects.count()
    assert workers == round(WORKERS * SCALE)
    assert _near(HealthWorker.objects.filter(user__isnull=False).count(), 0.85 * workers, 0.05)
    assert _near(OrgUnit.objects.filter(level=OrgUnit.Level.FACILITY).count(), 5000 * SCALE, 0.5)
    assert OrgUnit.objects.filter(level=OrgUnit.Level.REGION).count() == 14
    assert CoursePage.objects.live().count() == 50
    assert LessonPage.objects.live().count() == 50
    assert _near(Enrolment.objects.count(), ENROLMENTS * SCALE, 0.1)
    assert _near(Certificate.objects.count(), 1_200_000 * SCALE, 0.15)
    assert Assignment.objects.count() == round(ASSIGNMENTS * SCALE)
    assert "total" in country
    assert "certificates" in country


def test_org_tree_is_sound_with_facilities_at_depth_four(country, db):
    assert OrgUnit.find_problems() == ([], [], [], [], [])
    assert set(OrgUnit.objects.values_list("level", "depth").distinct()) == {
        ("country", 1),
        ("region", 2),
        ("district", 3),
        ("facility", 4),
    }
    assert not OrgUnit.objects.filter(level=OrgUnit.Level.FACILITY, facility_type="").exists()
    region_names = set(OrgUnit.objects.filter(level=OrgUnit.Level.REGION).values_list("name_uz", flat=True))
    assert {"Qoraqalpogʻiston Respublikasi", "Toshkent shahri", "Fargʻona viloyati"} <= region_names
    # Siblings follow their codes, as treebeard keeps them (node_order_by), so later inserts land in place.
    for depth in (2, 3, 4):
        codes = list(OrgUnit.objects.filter(depth=depth).order_by("path").values_list("code", flat=True))
        assert codes == sorted(codes)


def test_every_certificate_belongs_to_a_completed_enrolment(country, db):
    completed = Enrolment.objects.filter(
        learner=OuterRef("learner"), course=OuterRef("course"), status=Enrolment.Status.COMPLETED
    )
    certificates = Certificate.objects.all()
    assert certificates.exists()
    assert not certificates.exclude(Exists(completed)).exists()
    assert not certificates.filter(course__gives_certificate=False).exists()
    assert all(normalise_code(code) == code for code in certificates.values_list("code", flat=True))
    renewed = Enrolment.objects.filter(
        learner=OuterRef("learner"), course=OuterRef("course"), cycle_started_at__isnull=False
    )
    assert not certificates.filter(cycle__gt=1).exclude(Exists(renewed)).exists()
    for certificate in certificates.filter(status=Certificate.Status.ISSUED).select_related("course")[:200]:
        assert certificate.completed_at <= certificate.issued_at
        months = certificate.course.certificate_validity_months
        assert certificate.expires_at == (certificate.issued_at + relativedelta(months=months) if months else None)
        assert certificate.learner_name == certificate.learner.full_name


def test_certificates_are_spread_over_expiry_revocation_and_renewal(country, db):
    now = timezone.now()
    certificates = Certificate.objects.all()
    assert certificates.filter(expires_at__lt=now).exists()
    assert certificates.filter(expires_at__gte=now, expires_at__lt=now + timedelta(days=30)).exists()
    assert certificates.filter(
        expires_at__gte=now + timedelta(days=30), expires_at__lt=now + timedelta(days=90)
    ).exists()
    assert certificates.filter(expires_at=None, status=Certificate.Status.ISSUED).exists()
    assert certificates.filter(cycle=2).exists()
    revoked = certificates.filter(status=Certificate.Status.REVOKED)
    assert 0 < revoked.count() < 0.02 * certificates.count()
    assert not revoked.filter(revocation_reason="").exists()
    assert not revoked.filter(revoked_at=None).exists()
    assert not revoked.filter(revoked_at__lt=F("issued_at")).exists()
    issued_years = set(certificates.values_list("issued_at__year", flat=True))
    assert len(issued_years) >= 3


def test_enrolments_and_workers_are_spread_like_reality(country, db):
    enrolments = Enrolment.objects.count()
    by_status = dict(Enrolment.objects.values_list("status").annotate(count=Count("id")))
    assert set(by_status) == set(Enrolment.Status.values)
    assert 0.55 < by_status[Enrolment.Status.COMPLETED] / enrolments < 0.75
    assert not Enrolment.objects.filter(completed_at__lt=F("enrolled_at")).exists()
    assert not Enrolment.objects.filter(status=Enrolment.Status.COMPLETED, completed_at=None).exists()
    for_their_cadre = Enrolment.objects.filter(course__target_cadres=F("learner__health_worker__cadre")).count()
    assert for_their_cadre / enrolments > 0.8

    workers = HealthWorker.objects.count()
    inactive = HealthWorker.objects.filter(is_active=False).count()
    assert 0 < inactive < 0.08 * workers
    nurses = HealthWorker.objects.filter(cadre__isco_code__in=["2221", "3221"]).count()
    largest = HealthWorker.objects.values("cadre").annotate(count=Count("id")).order_by("-count").first()
    assert largest["count"] <= nurses and nurses > 0.3 * workers
    assert HealthWorker.objects.filter(full_name__contains="ʻ").exists()
    assert HealthWorker.objects.filter(full_name__regex=r"^[А-ЯЁ]").exists()

    accounts = get_user_model().objects.filter(health_worker__isnull=False)
    assert not any(user.has_usable_password() for user in accounts[:50])
    assert accounts.filter(email__regex=r"^w[0-9]{6}@national\.test$").count() == accounts.count()
    assert accounts.filter(groups__name="Learner").count() == accounts.count()


def test_learning_outcomes_show_a_gain_from_pre_test_to_final(country, db):
    outcomes = LearningOutcome.objects.filter(pre_test_percent__isnull=False, best_final_percent__isnull=False)
    assert outcomes.exists()
    assert not outcomes.filter(pre_test_percent__gte=F("best_final_percent")).exists()
    assert not outcomes.exclude(knowledge_gain=F("best_final_percent") - F("pre_test_percent")).exists()
