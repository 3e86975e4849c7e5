"""Bulk work on certificates for staff: issue the missing ones, render PDFs again, download many as one ZIP.

A job is created here and carried out by a worker (`bulk_tasks.py`) chunk by
chunk, recording its progress after each chunk, so the admin can show it.
"""

import io
import re
import zipfile
from collections.abc import Iterator
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from courses import selectors as course_selectors
from courses.models import CoursePage, Enrolment
from workforce.models import OrgUnit
from workforce.selectors import visible_org_units

from . import bulk_tasks, services
from .admin_views import can_manage_certificates
from .models import Certificate, CertificateJob

# A queued or running job that has not moved for this long lost its worker (or its message): it may be replaced.
STALE_JOB = timedelta(minutes=30)


class JobAlreadyActive(Exception):
    """A job of this kind is already queued or running for this course."""

    def __init__(self, job: CertificateJob):
        super().__init__(f"Certificate job {job.pk} is still {job.status}.")
        self.job = job


def certificates_in_scope(user, course: CoursePage | None = None, org_unit: OrgUnit | None = None):
    """The certificates this user may see: all for analysts and superusers, a supervisor's subtree's (by the holder's
    facility on the roster); optionally of one course and of the workers of one unit and the units below it."""
    certificates = Certificate.objects.all()
    if not can_manage_certificates(user):
        certificates = certificates.filter(learner__health_worker__facility__in=visible_org_units(user))
    if course is not None:
        certificates = certificates.filter(course=course_selectors.canonical_course(course))
    if org_unit is not None:
        certificates = certificates.filter(learner__health_worker__facility__path__startswith=org_unit.path)
    return certificates


def missing_completions(course: CoursePage, org_unit: OrgUnit | None = None) -> QuerySet[Enrolment]:
    """Completions of a course that have no certificate (e.g. imported from an earlier system).

    A completion has its certificate when one exists for that learner and course with the same completion time.
    """
    course = course_selectors.canonical_course(course)
    if not course.gives_certificate:
        return Enrolment.objects.none()
    certified = Certificate.objects.filter(
        learner=OuterRef("learner"), course=course, completed_at=OuterRef("completed_at")
    )
    enrolments = Enrolment.objects.filter(
        course=course, status=Enrolment.Status.COMPLETED, completed_at__isnull=False
    ).exclude(Exists(certified))
    if org_unit is not None:
        enrolments = enrolments.filter(learner__health_worker__facility__path__startswith=org_unit.path)
    return enrolments


def regenerable_certificates(course: CoursePage, org_unit: OrgUnit | None = None) -> QuerySet[Certificate]:
    """Certificates of a course that have a PDF to render again: issued ones, and revoked ones that had been issued."""
    certificates = Certificate.objects.filter(
        course=course_selectors.canonical_course(course),
        status__in=[Certificate.Status.ISSUED, Certificate.Status.REVOKED],
        issued_at__isnull=False,
    )
    if org_unit is not None:
        certificates = certificates.filter(learner__health_worker__facility__path__startswith=org_unit.path)
    return certificates


def job_targets(kind: str, course: CoursePage, org_unit: OrgUnit | None = None) -> QuerySet:
    """What a job of this kind would work on now; its count is the dry run shown before starting."""
    if kind == CertificateJob.Kind.ISSUE_MISSING:
        return missing_completions(course, org_unit)
    return regenerable_certificates(course, org_unit)


def start_issue_missing(course: CoursePage, org_unit: OrgUnit | None, by) -> CertificateJob:
    """Start issuing the certificates that completions of a course lack; a worker does it."""
    return _start(kind=CertificateJob.Kind.ISSUE_MISSING, course=course, org_unit=org_unit, by=by)


def start_regenerate(course: CoursePage, org_unit: OrgUnit | None, by) -> CertificateJob:
    """Start rendering again the PDFs of a course's issued and revoked certificates; a worker does it."""
    return _start(kind=CertificateJob.Kind.REGENERATE, course=course, org_unit=org_unit, by=by)


@transaction.atomic
def _start(*, kind: str, course: CoursePage, org_unit: OrgUnit | None, by, now: datetime | None = None):
    if not can_manage_certificates(by):
        raise PermissionDenied
    now = now or timezone.now()
    course = course_selectors.canonical_course(course)
    active = (
        CertificateJob.objects.select_for_update()
        .filter(kind=kind, course=course, status__in=CertificateJob.ACTIVE_STATUSES)
        .first()
    )
    if active is not None:
        if active.updated_at >= now - STALE_JOB:
            raise JobAlreadyActive(active)
        _finish(active, status=CertificateJob.Status.FAILED, error=_("Stopped without finishing."), now=now)
    try:
        with transaction.atomic():
            job = CertificateJob.objects.create(
                kind=kind,
                course=course,
                org_unit=org_unit,
                requested_by=by,
                total=job_targets(kind, course, org_unit).count(),
            )
    except IntegrityError:  # another start of the same job won the race
        raise JobAlreadyActive(
            CertificateJob.objects.get(kind=kind, course=course, status__in=CertificateJob.ACTIVE_STATUSES)
        ) from None
    bulk_tasks.run_certificate_job.delay_on_commit(job.pk)
    return job


def run_job(*, job_id: int, now: datetime | None = None) -> CertificateJob:
    """Carry out a job chunk by chunk; run again (a redelivered message) it resumes, or finds it finished."""
    job = _begin(job_id, now)
    if job.status != CertificateJob.Status.RUNNING:
        return job
    try:
        while run_chunk(job=job):
            pass
    except OSError:
        raise  # storage or network trouble: the task retries and the job resumes where it stopped
    except Exception as error:
        fail_job(job_id=job_id, error=str(error) or error.__class__.__name__)
        raise
    with transaction.atomic():
        job = CertificateJob.objects.select_for_update().get(pk=job_id)
        if job.status == CertificateJob.Status.RUNNING:
            _finish(job, status=CertificateJob.Status.DONE, now=now)
    return job


def run_chunk(*, job: CertificateJob) -> int:
    """Do the next CERTIFICATE_BATCH_SIZE items of a running job and record them as done; 0 when nothing is left."""
    if job.kind == CertificateJob.Kind.ISSUE_MISSING:
        return _issue_missing_chunk(job.pk)
    return _regenerate_chunk(job.pk)


def fail_job(*, job_id: int, error: str, now: datetime | None = None) -> CertificateJob:
    """Record that a job stopped with an error."""
    with transaction.atomic():
        job = CertificateJob.objects.select_for_update().get(pk=job_id)
        if job.is_active:
            _finish(job, status=CertificateJob.Status.FAILED, error=error[:2000], now=now)
    return job


@transaction.atomic
def _begin(job_id: int, now: datetime | None) -> CertificateJob:
    job = CertificateJob.objects.select_for_update().get(pk=job_id)
    if job.status == CertificateJob.Status.QUEUED:
        job.status = CertificateJob.Status.RUNNING
        job.started_at = now or timezone.now()
        job.save(update_fields=["status", "started_at", "updated_at"])
    return job


def _finish(job: CertificateJob, *, status: str, error: str = "", now: datetime | None = None) -> None:
    job.status = status
    job.error = error
    job.finished_at = now or timezone.now()
    job.save(update_fields=["status", "error", "finished_at", "updated_at"])


def _running_job(job_id: int) -> CertificateJob | None:
    """The job, locked so that two deliveries of its message never work on the same chunk; None once it stopped."""
    # Lock the job's row only: never the course page that editors may be saving meanwhile.
    job = CertificateJob.objects.select_for_update(of=("self",)).select_related("course", "org_unit").get(pk=job_id)
    return job if job.status == CertificateJob.Status.RUNNING else None


def _issue_missing_chunk(job_id: int) -> int:
    size = settings.CERTIFICATE_BATCH_SIZE
    with transaction.atomic():
        job = _running_job(job_id)
        if job is None:
            return 0
        enrolments = list(
            missing_completions(job.course, job.org_unit).select_related("learner", "course").order_by("pk")[:size]
        )
        certificates = [services.create_pending_certificate(enrolment=enrolment) for enrolment in enrolments]
        created = [certificate for certificate in certificates if certificate is not None]
        job.done += len(created)
        job.save(update_fields=["done", "updated_at"])
    pending_ids = {certificate.pk for certificate in created}
    # Render them now, in batches, rather than waiting for the stale-pending sweep; each batch issues the given
    # certificate first and fills up with the oldest pending ones, so nothing is issued twice or left behind.
    for _round in range(len(pending_ids)):
        pending_ids = set(
            Certificate.objects.filter(pk__in=pending_ids, status=Certificate.Status.PENDING).values_list(
                "pk", flat=True
            )
        )
        if not pending_ids or not services.issue_pending_batch(first_id=min(pending_ids), limit=size):
            break
    return len(created)


def _regenerate_chunk(job_id: int) -> int:
    with transaction.atomic():
        job = _running_job(job_id)
        if job is None:
            return 0
        certificates = list(
            regenerable_certificates(job.course, job.org_unit)
            .filter(pk__gt=job.last_certificate_id or 0)
            .select_related("course")
            .order_by("pk")[: settings.CERTIFICATE_BATCH_SIZE]
        )
        if not certificates:
            return 0
        services.rerender_batch(certificates)
        job.done += len(certificates)
        job.last_certificate_id = certificates[-1].pk
        job.save(update_fields=["done", "last_certificate_id", "updated_at"])
    return len(certificates)


ZIP_READ_SIZE = 64 * 1024
ZIP_ROWS_AT_A_TIME = 200
_UNSAFE_IN_FILE_NAME = re.compile(r"[^\w.-]+")


class _ZipPipe(io.RawIOBase):
    """A write-only, unseekable file: zipfile writes into it, and the response takes what was written so far."""

    def __init__(self):
        super().__init__()
        self._chunks: list[bytes] = []

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self._chunks.append(bytes(data))
        return len(data)

    def drain(self) -> Iterator[bytes]:
        """What was written since the last drain, if anything."""
        if self._chunks:
            data = b"".join(self._chunks)
            self._chunks.clear()
            yield data


def zip_member_name(certificate: Certificate) -> str:
    """`<employee number or holder's name>-<code>.pdf`, safe as a file name on any system."""
    worker = getattr(certificate.learner, "health_worker", None)
    label = worker.employee_number if worker is not None and worker.employee_number else certificate.learner_name
    label = _UNSAFE_IN_FILE_NAME.sub("-", label).strip("-.")[:80] or "certificate"
    return f"{label}-{certificate.code}.pdf"


def zip_of_certificates(certificate_ids: list[int], *, unreadable_heading: str) -> Iterator[bytes]:
    """The PDFs of these issued certificates as one ZIP archive, produced piece by piece and never whole in memory.

    Files are read through the storage API a chunk at a time. A certificate revoked meanwhile is left out; one
    whose file cannot be read is listed in `unreadable.txt` under the given heading instead of breaking the archive.
    """
    pipe = _ZipPipe()
    unreadable = []
    with zipfile.ZipFile(pipe, mode="w", compression=zipfile.ZIP_DEFLATED) as archive:
        for start in range(0, len(certificate_ids), ZIP_ROWS_AT_A_TIME):
            certificates = (
                Certificate.objects.filter(
                    pk__in=certificate_ids[start : start + ZIP_ROWS_AT_A_TIME], status=Certificate.Status.ISSUED
                )
                .exclude(pdf="")
                .select_related("learner__health_worker")
                .order_by("pk")
            )
            for certificate in certificates:
                try:
                    source = certificate.pdf.open("rb")
                except OSError:
                    unreadable.append(certificate.code)
                    continue
                member = zipfile.ZipInfo(
                    zip_member_name(certificate), date_time=timezone.localtime(certificate.issued_at).timetuple()[:6]
                )
                member.compress_type = zipfile.ZIP_DEFLATED
                with source, archive.open(member, mode="w") as target:
                    while chunk := source.read(ZIP_READ_SIZE):
                        target.write(chunk)
                        yield from pipe.drain()
                yield from pipe.drain()
        if unreadable:
            archive.writestr("unreadable.txt", "\n".join([unreadable_heading, "", *unreadable, ""]))
    yield from pipe.drain()
