"""The demo roster's training history that `manage.py seed_demo` loads, so the ministry dashboard has figures."""

from datetime import timedelta
from io import StringIO

import pytest
from dateutil.relativedelta import relativedelta
from django.contrib.auth import get_user_model
from django.core.files.storage import storages
from django.core.management import call_command
from django.utils import timezone

from assessments.models import LearningOutcome
from certificates.models import Certificate
from courses.models import Assignment, CoursePage, Enrolment, LessonProgress
from courses.selectors import assignments_for_worker, course_lesson_ids, original_course_ids
from demo.accounts import DEMO_ACCOUNTS
from demo.courses import HAND_HYGIENE
from demo.history import EMAIL_DOMAIN, seed_training_history
from reports.selectors import Filters, completions_by_month, unit_figures
from workforce.models import HealthWorker, OrgUnit
from workforce.roles import Role, has_role

DEMO_CERTIFICATE_PDFS = True  # `demo_seed` renders the history's certificates for this module
Status = Enrolment.Status


@pytest.fixture
def seeded(db, demo_seed, settings):
    # pytest-django runs tests with DEBUG off; the command is meant for DEBUG on.
    settings.DEBUG = True
    return demo_seed


@pytest.fixture
def learner(seeded):
    return get_user_model().objects.get(email="learner@demo.test")


def roster_accounts():
    return get_user_model().objects.filter(email__endswith=f"@{EMAIL_DOMAIN}")


def history_records() -> dict[str, list]:
    """Every record the history writes, with every field that matters, in a stable order."""
    return {
        "accounts": list(
            roster_accounts().order_by("email").values_list("email", "full_name", "preferred_language", "date_joined")
        ),
        "links": list(
            HealthWorker.objects.filter(user__isnull=False)
            .order_by("pk")
            .values_list("pk", "user_id", "account_link", "account_linked_at")
        ),
        "enrolments": list(
            Enrolment.objects.order_by("pk").values_list(
                "learner_id", "course_id", "status", "source", "enrolled_at", "completed_at", "last_lesson_id"
            )
        ),
        "progress": list(
            LessonProgress.objects.order_by("pk").values_list("enrolment_id", "lesson_id", "completed_at")
        ),
        "certificates": list(
            Certificate.objects.order_by("pk").values_list("code", "status", "issued_at", "expires_at", "pdf")
        ),
        "outcomes": list(LearningOutcome.objects.order_by("pk").values_list("learner_id", "course_id", "updated_at")),
    }


def test_about_two_in_three_roster_workers_get_an_account_of_their_own(seeded):
    linked = HealthWorker.objects.filter(user__email__endswith=f"@{EMAIL_DOMAIN}").select_related("user")

    assert 0.5 < linked.count() / HealthWorker.objects.count() < 0.9  # every worker an assignment covers, and more
    assert linked.count() == roster_accounts().count()
    assert {worker.account_link for worker in linked} == {HealthWorker.AccountLink.STAFF}
    assert {worker.user.preferred_language for worker in linked} == {"uz", "ru", "en"}
    for worker in linked:
        assert worker.user.email == f"{worker.employee_number.lower()}@{EMAIL_DOMAIN}"
        assert worker.user.full_name == worker.full_name
        assert worker.user.is_active and not worker.user.is_staff
        assert not worker.user.has_usable_password()
        assert has_role(worker.user, Role.LEARNER)
        assert worker.account_linked_at <= timezone.now()


def test_enrolments_are_in_the_original_courses_with_every_status(seeded):
    enrolments = Enrolment.objects.filter(learner__in=roster_accounts())
    statuses = list(enrolments.values_list("status", flat=True))
    earliest = timezone.now() - relativedelta(months=31)  # the pilot: some certificates expired months ago

    assert len(statuses) > 150
    assert set(enrolments.values_list("course_id", flat=True)) == set(original_course_ids())
    assert 0.45 < statuses.count(Status.COMPLETED) / len(statuses) < 0.65
    assert {Status.IN_PROGRESS, Status.ENROLLED, Status.WITHDRAWN} < set(statuses)
    assert not enrolments.filter(enrolled_at__lt=earliest).exists()
    assert not enrolments.filter(enrolled_at__gt=timezone.now()).exists()


def test_lesson_progress_matches_the_status_of_each_enrolment(seeded):
    lessons = {pk: course_lesson_ids(CoursePage.objects.get(pk=pk)) for pk in original_course_ids()}

    for enrolment in Enrolment.objects.filter(learner__in=roster_accounts()).prefetch_related("lesson_progress"):
        progress = list(enrolment.lesson_progress.all())
        done = {item.lesson_id for item in progress if item.completed_at is not None}
        assert {item.lesson_id for item in progress} <= set(lessons[enrolment.course_id])
        assert all(enrolment.enrolled_at <= item.first_viewed_at for item in progress)
        if enrolment.status == Status.COMPLETED:
            assert done == set(lessons[enrolment.course_id])
            assert max(item.completed_at for item in progress) == enrolment.completed_at
            assert enrolment.last_lesson_id == lessons[enrolment.course_id][-1]
        elif enrolment.status == Status.IN_PROGRESS:
            assert 0 < len(done) < len(lessons[enrolment.course_id])
            assert enrolment.completed_at is None
        elif enrolment.status == Status.ENROLLED:
            assert not progress
            assert enrolment.last_lesson_id is None


def test_every_completion_has_a_certificate_dated_when_the_course_was_completed(seeded):
    completions = Enrolment.objects.filter(learner__in=roster_accounts(), status=Status.COMPLETED)
    certificates = Certificate.objects.filter(learner__in=roster_accounts()).select_related("course")

    assert certificates.count() == completions.count()
    assert not certificates.filter(status=Certificate.Status.PENDING).exists()
    for certificate in certificates:
        enrolment = completions.get(learner_id=certificate.learner_id, course_id=certificate.course_id)
        months = certificate.course.certificate_validity_months
        assert certificate.issued_at == certificate.completed_at == enrolment.completed_at
        assert certificate.expires_at == (certificate.issued_at + relativedelta(months=months) if months else None)
        assert certificate.pdf.storage is storages["private"]
        assert certificate.pdf.name.endswith(".pdf") and certificate.code not in certificate.pdf.name


def test_demo_certificates_are_real_pdfs(seeded, tmp_path_factory):
    certificates = Certificate.objects.filter(learner__in=roster_accounts())

    for certificate in certificates:
        # The demo seed wrote its private files under a folder of its own, not under its media folder.
        files = list(tmp_path_factory.getbasetemp().glob(f"demo-private[0-9]*/{certificate.pdf.name}"))
        assert len(files) == 1, certificate.pdf.name
        assert not list(tmp_path_factory.getbasetemp().glob(f"demo-media[0-9]*/{certificate.pdf.name}"))
        assert files[0].read_bytes().startswith(b"%PDF")


def test_some_certificates_have_expired_and_some_expire_soon(seeded):
    now = timezone.now()
    issued = Certificate.objects.filter(learner__in=roster_accounts(), status=Certificate.Status.ISSUED)

    assert issued.filter(expires_at__lte=now).exists()
    assert issued.filter(expires_at__gt=now, expires_at__lte=now + timedelta(days=30)).exists()
    assert issued.filter(expires_at__gt=now + timedelta(days=30), expires_at__lte=now + timedelta(days=90)).exists()
    assert issued.filter(expires_at__isnull=True).exists()
    assert issued.filter(expires_at__gt=now + timedelta(days=90)).count() > issued.count() / 2


def test_two_certificates_are_revoked_as_issued_in_error_by_the_demo_administrator(seeded):
    revoked = Certificate.objects.filter(status=Certificate.Status.REVOKED)

    assert revoked.count() == 2
    assert {certificate.revoked_by.email for certificate in revoked} == {"admin@demo.test"}
    assert {certificate.revocation_reason for certificate in revoked} == {Certificate.RevocationReason.ISSUED_IN_ERROR}
    assert all(certificate.issued_at < certificate.revoked_at <= timezone.now() for certificate in revoked)


def test_most_completions_have_a_learning_outcome_with_a_gain(seeded):
    completions = Enrolment.objects.filter(learner__in=roster_accounts(), status=Status.COMPLETED)
    outcomes = LearningOutcome.objects.filter(learner__in=roster_accounts())

    assert 0.7 < outcomes.count() / completions.count() < 1
    for outcome in outcomes:
        assert completions.filter(learner_id=outcome.learner_id, course_id=outcome.course_id).exists()
        assert 30 <= outcome.pre_test_percent <= 65
        assert 75 <= outcome.best_final_percent <= 100
        assert outcome.knowledge_gain == outcome.best_final_percent - outcome.pre_test_percent


def test_workers_a_new_assignment_covers_have_finished_started_or_not_begun(learner):
    assignment = Assignment.objects.get(course__slug=HAND_HYGIENE.slug, org_unit__isnull=False)
    covered = [
        worker
        for worker in HealthWorker.objects.filter(facility=assignment.org_unit, is_active=True).exclude(user=learner)
        if assignments_for_worker(worker).filter(pk=assignment.pk).exists()
    ]

    standings = []
    for worker in covered:
        enrolment = Enrolment.objects.filter(learner_id=worker.user_id, course=assignment.course).first()
        standings.append(enrolment.status if enrolment else None)
        if enrolment:
            assert enrolment.source == Enrolment.Source.ASSIGNED
            assert enrolment.enrolled_at > timezone.now() - timedelta(days=31)
    assert {Status.COMPLETED, Status.IN_PROGRESS, None} <= set(standings)


def test_the_national_dashboard_shows_training_figures(seeded):
    country = OrgUnit.objects.get(code="17")

    overall = unit_figures(country, Filters())
    by_course = [unit_figures(country, Filters(course_id=pk)) for pk in original_course_ids()]

    assert 0.5 < overall.with_account / overall.workers < 0.9
    assert overall.completions > 80
    assert overall.cpd_hours > 200
    assert 20 < overall.mean_knowledge_gain < 60
    assert 5 < overall.coverage_percent < 60, "every mandatory course: some workers are fully trained"
    assert overall.overdue > 10, "Samarkand's clinical staff were due basic life support 45 days ago"
    for figures in by_course:
        assert 10 < figures.coverage_percent < 90
        assert 0 < figures.trained < figures.enrolled
    assert sum(figures.expiring_30 for figures in by_course) > 0
    assert sum(figures.expiring_90 for figures in by_course) > sum(figures.expiring_30 for figures in by_course)
    months = [completions for _month, completions, _hours in completions_by_month(country, Filters())]
    assert sum(1 for completions in months if completions) >= 15


def test_the_demo_learner_is_left_without_a_history(learner):
    assert learner.health_worker.account_link == HealthWorker.AccountLink.STAFF
    assert not Enrolment.objects.filter(learner=learner).exists()
    assert not LessonProgress.objects.filter(enrolment__learner=learner).exists()
    assert not Certificate.objects.filter(learner=learner).exists()
    assert not LearningOutcome.objects.filter(learner=learner).exists()


def test_demo_accounts_are_not_given_a_history(seeded):
    demo_accounts = get_user_model().objects.filter(email__in=[account.email for account in DEMO_ACCOUNTS])

    assert not Enrolment.objects.filter(learner__in=demo_accounts).exists()
    assert not Certificate.objects.filter(learner__in=demo_accounts).exists()


def test_seed_demo_again_creates_and_changes_nothing_in_the_history(seeded):
    before = history_records()

    out = StringIO()
    call_command("seed_demo", stdout=out)

    assert history_records() == before
    assert f"Training history: {len(before['accounts'])} accounts" in out.getvalue()
    assert seed_training_history() == {
        "accounts": 0,
        "enrolments": 0,
        "lesson_progress": 0,
        "certificates": 0,
        "learning_outcomes": 0,
        "revoked": 0,
    }


def test_the_history_is_the_same_on_every_database(seeded):
    def shape():
        return sorted(
            Enrolment.objects.filter(learner__in=roster_accounts()).values_list(
                "learner__email", "learner__preferred_language", "course__slug", "status", "source"
            )
        )

    first = shape()
    accounts = roster_accounts()
    account_count = accounts.count()
    Certificate.objects.filter(learner__in=accounts).delete()
    HealthWorker.objects.filter(user__in=accounts).update(user=None, account_link="", account_linked_at=None)
    accounts.delete()

    created = seed_training_history()

    assert shape() == first
    assert created["accounts"] == account_count
