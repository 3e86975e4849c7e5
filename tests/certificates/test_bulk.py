"""Bulk certificate jobs: issuing what completions lack, rendering PDFs again, progress, and whose certificates staff see."""

from datetime import timedelta
from io import BytesIO

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone
from pypdf import PdfReader

from certificates import bulk, bulk_tasks, rendering, services
from certificates.models import Certificate, CertificateJob, CertificateTemplate
from courses import services as course_services
from courses.models import Enrolment
from tests.factories import HealthWorkerFactory, UserFactory


def pdf_text(certificate) -> str:
    with certificate.pdf.open("rb") as handle:
        return "".join(page.extract_text() for page in PdfReader(BytesIO(handle.read())).pages)


@pytest.fixture
def course(courses):
    return courses.course("Qoʻl gigiyenasi", slug="hand-hygiene", lessons=1, certificate_validity_months=24)


def worker_at(facility, name: str):
    """A learner account on the roster of a facility."""
    user = UserFactory(full_name=name)
    HealthWorkerFactory(user=user, facility=facility, full_name=name)
    return user


def historic_completion(learner, course, *, days_ago: int = 400) -> Enrolment:
    """A completion imported from an earlier system: no certificate was ever made for it."""
    completed_at = timezone.now() - timedelta(days=days_ago)
    return Enrolment.objects.create(
        learner=learner,
        course=course,
        status=Enrolment.Status.COMPLETED,
        enrolled_at=completed_at - timedelta(days=10),
        completed_at=completed_at,
    )


def issued_certificate(learner, course, *, days_ago: int = 400) -> Certificate:
    enrolment = historic_completion(learner, course, days_ago=days_ago)
    certificate = services.create_pending_certificate(enrolment=enrolment)
    return services.issue_certificate(certificate=certificate)


def run_on_commit(capture, function, *args, **kwargs):
    """Call a service and then what it left for after the commit (the worker, in eager mode)."""
    with capture(execute=True):
        return function(*args, **kwargs)


# Which completions lack a certificate


def test_missing_completions_are_completions_without_a_certificate_for_that_completion(
    courses, course, org_tree, learner
):
    imported = worker_at(org_tree["polyclinic"], "Imported Worker")
    renewed = worker_at(org_tree["polyclinic"], "Renewed Worker")
    studying = worker_at(org_tree["polyclinic"], "Still Studying")
    historic_completion(imported, course)
    issued_certificate(renewed, course, days_ago=900)
    Enrolment.objects.filter(learner=renewed).update(completed_at=timezone.now() - timedelta(days=30))
    course_services.enrol_learner(learner=studying, course=course)
    enrolment = course_services.enrol_learner(learner=learner, course=course)
    course_services.complete_lesson(enrolment=enrolment, lesson=courses.lessons(course)[0])  # certificate pending

    missing = bulk.missing_completions(course)

    assert {enrolment.learner for enrolment in missing} == {imported, renewed}


def test_a_course_without_certificates_has_no_missing_ones(courses, org_tree):
    course = courses.course(slug="no-certificate", lessons=1, gives_certificate=False)
    historic_completion(worker_at(org_tree["polyclinic"], "Someone"), course)

    assert not bulk.missing_completions(course).exists()


def test_issuing_missing_certificates_issues_each_once_and_running_again_adds_none(
    course, org_tree, ministry_user, django_capture_on_commit_callbacks
):
    imported = worker_at(org_tree["polyclinic"], "Imported Worker")
    renewed = worker_at(org_tree["health_post"], "Renewed Worker")
    historic_completion(imported, course)
    first = issued_certificate(renewed, course, days_ago=900)
    Enrolment.objects.filter(learner=renewed).update(completed_at=timezone.now() - timedelta(days=30))

    job = run_on_commit(django_capture_on_commit_callbacks, bulk.start_issue_missing, course, None, ministry_user)

    job.refresh_from_db()
    assert (job.status, job.total, job.done, job.percent) == (CertificateJob.Status.DONE, 2, 2, 100)
    assert job.started_at is not None and job.finished_at is not None
    new = Certificate.objects.exclude(pk=first.pk)
    assert {certificate.learner for certificate in new} == {imported, renewed}
    assert {certificate.status for certificate in new} == {Certificate.Status.ISSUED}
    assert new.get(learner=renewed).cycle == 2
    assert "Imported Worker" in pdf_text(new.get(learner=imported))

    assert bulk_tasks.run_certificate_job(job.pk) == CertificateJob.Status.DONE
    again = run_on_commit(django_capture_on_commit_callbacks, bulk.start_issue_missing, course, None, ministry_user)

    again.refresh_from_db()
    assert (again.status, again.total, again.done) == (CertificateJob.Status.DONE, 0, 0)
    assert Certificate.objects.count() == 3


def test_issuing_for_a_unit_covers_only_the_workers_of_its_subtree(
    course, org_tree, ministry_user, django_capture_on_commit_callbacks
):
    in_tashkent = worker_at(org_tree["hospital"], "Tashkent Worker")
    in_samarkand = worker_at(org_tree["health_post"], "Samarkand Worker")
    historic_completion(in_tashkent, course)
    historic_completion(in_samarkand, course)

    run_on_commit(
        django_capture_on_commit_callbacks, bulk.start_issue_missing, course, org_tree["tashkent"], ministry_user
    )

    assert list(Certificate.objects.values_list("learner", flat=True)) == [in_tashkent.pk]
    assert bulk.missing_completions(course).get().learner == in_samarkand


def test_progress_is_recorded_after_each_chunk(
    course, org_tree, ministry_user, settings, monkeypatch, django_capture_on_commit_callbacks
):
    settings.CERTIFICATE_BATCH_SIZE = 2
    for number in range(3):
        historic_completion(worker_at(org_tree["polyclinic"], f"Worker {number}"), course)
    seen = []
    run_chunk = bulk.run_chunk

    def recording_run_chunk(*, job):
        handled = run_chunk(job=job)
        seen.append((handled, CertificateJob.objects.get(pk=job.pk).done))
        return handled

    monkeypatch.setattr(bulk, "run_chunk", recording_run_chunk)

    job = run_on_commit(django_capture_on_commit_callbacks, bulk.start_issue_missing, course, None, ministry_user)

    assert seen == [(2, 2), (1, 3), (0, 3)]
    job.refresh_from_db()
    assert (job.total, job.done, job.status) == (3, 3, CertificateJob.Status.DONE)
    assert Certificate.objects.filter(status=Certificate.Status.ISSUED).count() == 3


# Rendering PDFs again


@pytest.fixture
def new_layout(course):
    """The course gets a new certificate template after its certificates were issued."""

    def change():
        template = CertificateTemplate.objects.create(
            name="2026", html="<p>Renewed layout</p>" + rendering.DEFAULT_HTML, css=rendering.DEFAULT_CSS
        )
        course.certificate_template = template
        course.save_revision().publish()

    return change


def test_regenerating_keeps_code_dates_and_status_and_replaces_the_file(
    course, org_tree, ministry_user, new_layout, django_capture_on_commit_callbacks
):
    issued = issued_certificate(worker_at(org_tree["polyclinic"], "Issued Holder"), course)
    revoked = issued_certificate(worker_at(org_tree["health_post"], "Revoked Holder"), course)
    services.revoke_certificate(certificate=revoked, by=ministry_user, reason="misconduct")
    pending = services.create_pending_certificate(
        enrolment=historic_completion(worker_at(org_tree["hospital"], "Pending Holder"), course)
    )
    before = {certificate.pk: certificate for certificate in Certificate.objects.all()}
    new_layout()

    job = run_on_commit(django_capture_on_commit_callbacks, bulk.start_regenerate, course, None, ministry_user)

    job.refresh_from_db()
    assert (job.status, job.total, job.done) == (CertificateJob.Status.DONE, 2, 2)
    for certificate in (issued, revoked):
        old = before[certificate.pk]
        certificate.refresh_from_db()
        assert (certificate.code, certificate.status, certificate.issued_at, certificate.expires_at) == (
            old.code,
            old.status,
            old.issued_at,
            old.expires_at,
        )
        assert certificate.pdf.name != old.pdf.name
        assert not old.pdf.storage.exists(old.pdf.name)
        text = pdf_text(certificate)
        assert "Renewed layout" in text
        assert certificate.code in text
    pending.refresh_from_db()
    assert pending.status == Certificate.Status.PENDING
    assert not pending.pdf


def test_the_old_pdf_is_deleted_only_once_the_new_one_is_committed(
    course, org_tree, new_layout, django_capture_on_commit_callbacks
):
    certificate = issued_certificate(worker_at(org_tree["polyclinic"], "Holder"), course)
    old_name, storage = certificate.pdf.name, certificate.pdf.storage
    new_layout()

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.rerender_batch(list(Certificate.objects.select_related("course")))

    certificate.refresh_from_db()
    assert storage.exists(old_name)
    assert storage.exists(certificate.pdf.name)
    for callback in callbacks:
        callback()
    assert not storage.exists(old_name)
    assert storage.exists(certificate.pdf.name)


def test_a_job_run_again_after_its_worker_died_resumes_where_it_stopped(
    course, org_tree, ministry_user, new_layout, settings, django_capture_on_commit_callbacks
):
    settings.CERTIFICATE_BATCH_SIZE = 1
    first, second, third = (
        issued_certificate(worker_at(org_tree["polyclinic"], f"Holder {number}"), course) for number in range(3)
    )
    new_layout()
    with django_capture_on_commit_callbacks(execute=False):
        job = bulk.start_regenerate(course, None, ministry_user)
    # The first delivery rendered the first certificate again, then the worker died.
    CertificateJob.objects.filter(pk=job.pk).update(
        status=CertificateJob.Status.RUNNING, started_at=timezone.now(), done=1, last_certificate_id=first.pk
    )

    with django_capture_on_commit_callbacks(execute=True):
        assert bulk_tasks.run_certificate_job(job.pk) == CertificateJob.Status.DONE

    job.refresh_from_db()
    assert (job.done, job.total) == (3, 3)
    assert Certificate.objects.get(pk=first.pk).pdf.name == first.pdf.name
    assert Certificate.objects.get(pk=second.pk).pdf.name != second.pdf.name
    assert Certificate.objects.get(pk=third.pk).pdf.name != third.pdf.name


def test_a_failing_job_is_recorded_as_failed_with_its_error(
    course, org_tree, ministry_user, monkeypatch, django_capture_on_commit_callbacks
):
    issued_certificate(worker_at(org_tree["polyclinic"], "Holder"), course)

    def broken(certificates):
        raise ValueError("The layout could not be read.")

    monkeypatch.setattr(services, "rerender_batch", broken)

    with pytest.raises(ValueError), django_capture_on_commit_callbacks(execute=True):
        job = bulk.start_regenerate(course, None, ministry_user)

    job = CertificateJob.objects.get()
    assert job.status == CertificateJob.Status.FAILED
    assert job.error == "The layout could not be read."
    assert job.finished_at is not None


# Starting jobs


def test_only_analysts_and_superusers_start_jobs(course, tashkent_supervisor, learner):
    for user in (tashkent_supervisor, learner):
        with pytest.raises(PermissionDenied):
            bulk.start_regenerate(course, None, user)
    superuser = UserFactory(is_superuser=True)

    assert bulk.start_regenerate(course, None, superuser).status == CertificateJob.Status.QUEUED


def test_a_second_start_while_one_is_under_way_gives_the_job_under_way(
    course, ministry_user, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):
        running = bulk.start_regenerate(course, None, ministry_user)

        with pytest.raises(bulk.JobAlreadyActive) as refused:
            bulk.start_regenerate(course, None, ministry_user)
        other_kind = bulk.start_issue_missing(course, None, ministry_user)

    assert refused.value.job == running
    assert other_kind.status == CertificateJob.Status.QUEUED


def test_a_job_that_stopped_moving_long_ago_is_replaced(course, ministry_user, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        stuck = bulk.start_regenerate(course, None, ministry_user)
        CertificateJob.objects.filter(pk=stuck.pk).update(updated_at=timezone.now() - bulk.STALE_JOB * 2)

        fresh = bulk.start_regenerate(course, None, ministry_user)

    stuck.refresh_from_db()
    assert stuck.status == CertificateJob.Status.FAILED
    assert fresh.pk != stuck.pk
    assert fresh.status == CertificateJob.Status.QUEUED


# Whose certificates staff see


def test_certificates_in_scope_follow_the_supervisors_subtree(
    course, courses, org_tree, ministry_user, tashkent_supervisor, learner
):
    in_tashkent = issued_certificate(worker_at(org_tree["hospital"], "Tashkent Holder"), course)
    in_samarkand = issued_certificate(worker_at(org_tree["health_post"], "Samarkand Holder"), course)
    off_roster = issued_certificate(UserFactory(full_name="No Roster Entry"), course)
    other_course = courses.course("Boshqa kurs", slug="other", lessons=1)
    elsewhere = issued_certificate(worker_at(org_tree["polyclinic"], "Other Course Holder"), other_course)

    assert set(bulk.certificates_in_scope(tashkent_supervisor)) == {in_tashkent, elsewhere}
    assert set(bulk.certificates_in_scope(tashkent_supervisor, course=course)) == {in_tashkent}
    assert not bulk.certificates_in_scope(tashkent_supervisor, org_unit=org_tree["samarkand"]).exists()
    assert set(bulk.certificates_in_scope(ministry_user)) == {in_tashkent, in_samarkand, off_roster, elsewhere}
    assert set(bulk.certificates_in_scope(ministry_user, course=course, org_unit=org_tree["urgut"])) == {in_samarkand}
    assert not bulk.certificates_in_scope(learner).exists()
