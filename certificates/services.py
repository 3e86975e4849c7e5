"""Writes about certificates: create on completion, issue (render and store), revoke, reinstate."""

from datetime import datetime, timedelta
from decimal import Decimal

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _
from wagtail.models import Locale

from core.links import absolute_url
from courses import selectors as course_selectors
from courses import services as course_services
from courses.models import Enrolment

from . import notifications, rendering, subjects
from .codes import new_code
from .models import Certificate, CertificateTemplate


@transaction.atomic
def create_pending_certificate(*, enrolment, now: datetime | None = None) -> Certificate | None:
    """Record, in the completing transaction, that a certificate is due; once per completion.

    Completing the course again later (renewal) starts the next validity cycle.
    """
    course = course_selectors.canonical_course(enrolment.course)
    if not course.gives_certificate:
        return None
    completed_at = enrolment.completed_at or now or timezone.now()
    existing = Certificate.objects.select_for_update().filter(learner=enrolment.learner, course=course)
    return _create_once(
        existing,
        learner=enrolment.learner,
        completed_at=completed_at,
        course=course,
        course_title=course.title,
        cpd_hours=course.cpd_hours,
    )


@transaction.atomic
def create_pending_subject_certificate(*, subject, learner, completed_at: datetime) -> Certificate | None:
    """Record, in the completing transaction, that a certificate for a registered subject is due; once per completion.

    The subject's facts (title, CPD hours, whether it gives a certificate) come
    from the app that registered it (`subjects.py`); completing it again later
    starts the next validity cycle.
    """
    facts = subjects.describe(subject, learner.preferred_language)
    if not facts.gives_certificate:
        return None
    subject_type = subjects.content_type_of(subject)
    existing = Certificate.objects.select_for_update().filter(
        learner=learner, subject_type=subject_type, subject_id=subject.pk
    )
    return _create_once(
        existing,
        learner=learner,
        completed_at=completed_at,
        subject_type=subject_type,
        subject_id=subject.pk,
        course_title=facts.title,
        cpd_hours=facts.cpd_hours,
    )


def _create_once(existing, *, learner, completed_at: datetime, **what) -> Certificate:
    """The certificate of this completion among `existing` (locked), or a new one in the next validity cycle."""
    same_completion = existing.filter(completed_at=completed_at).first()
    if same_completion is not None:
        return same_completion
    cycle = (existing.order_by("-cycle").values_list("cycle", flat=True).first() or 0) + 1
    for _attempt in range(3):
        try:
            with transaction.atomic():
                return Certificate.objects.create(
                    learner=learner,
                    cycle=cycle,
                    code=new_code(),
                    language=learner.preferred_language,
                    learner_name=learner.full_name or learner.email,
                    completed_at=completed_at,
                    **what,
                )
        except IntegrityError:
            continue  # a code collision (1 in 2^80) or a concurrent create; try again
    return existing.get(cycle=cycle)


def verify_url(certificate: Certificate) -> str:
    return _verify_url_of(certificate.code)


def _verify_url_of(code: str) -> str:
    return absolute_url(reverse("certificates:verify", args=[code]))


def _values(certificate: Certificate, template, course) -> dict[str, str]:
    if course is None:
        facts = subjects.describe(certificate.subject, certificate.language)
        return _layout_values(
            template=template,
            language=certificate.language,
            learner_name=certificate.learner_name,
            course_title=facts.title,
            cpd_hours=certificate.cpd_hours,
            code=certificate.code,
            issued_at=certificate.issued_at,
            expires_at=certificate.expires_at,
            completed_phrase=facts.completed_phrase,
        )
    translated = course.get_translations(inclusive=True).filter(locale__language_code=certificate.language).first()
    return _layout_values(
        template=template,
        language=certificate.language,
        learner_name=certificate.learner_name,
        course_title=translated.title if translated else certificate.course_title,
        cpd_hours=certificate.cpd_hours,
        code=certificate.code,
        issued_at=certificate.issued_at,
        expires_at=certificate.expires_at,
    )


def _layout_values(
    *,
    template,
    language: str,
    learner_name: str,
    course_title: str,
    cpd_hours: Decimal,
    code: str,
    issued_at: datetime,
    expires_at: datetime | None,
    completed_phrase: str = "",
) -> dict[str, str]:
    """What fills a layout's placeholders, in the certificate's language."""
    url = _verify_url_of(code)
    with translation.override(language):
        return {
            "title": _("Certificate"),
            "awarded_to": _("This certifies that"),
            "for_completing": completed_phrase or _("has completed the course"),
            "cpd_label": _("CPD hours"),
            "issued_label": _("Issued"),
            "expires_label": _("Valid until"),
            "learner_name": learner_name,
            "course_title": course_title,
            "cpd_hours": _hours(cpd_hours),
            "issued_on": date_format(timezone.localtime(issued_at), "DATE_FORMAT"),
            "expires_on": date_format(timezone.localtime(expires_at), "DATE_FORMAT")
            if expires_at
            else _("does not expire"),
            "code": code,
            "verify_url": url,
            "qr_code": f'<img alt="" src="{rendering.qr_data_uri(url)}">',
            "issuer": issuer_of(template, language),
            "signatory_name": getattr(template, "signatory_name", ""),
            "signatory_title": getattr(template, "signatory_title", ""),
            "signature": _img(getattr(template, "signature", None)),
            "logo": _img(getattr(template, "logo", None)),
        }


def _hours(hours: Decimal) -> str:
    """CPD hours as the active language writes numbers: "8", "2,5" in Russian and Uzbek, "2.5" in English."""
    return number_format(hours.quantize(Decimal(1)) if hours == hours.to_integral_value() else hours.normalize())


def issuer_of(template, language: str) -> str:
    """Who issues certificates laid out with this template: its own issuer, or the ministry."""
    with translation.override(language):
        return getattr(template, "issuer", "") or _("Ministry of Health")


def _img(image) -> str:
    uri = rendering.image_data_uri(image)
    return f'<img alt="" src="{uri}">' if uri else ""


def _layout(certificate: Certificate) -> tuple[object | None, str, str]:
    """The template (in the certificate's language when translated), its HTML and its CSS."""
    if certificate.course_id is None:
        return _template_layout(subjects.describe(certificate.subject, certificate.language).template)
    template = certificate.course.certificate_template
    if template is not None:
        locale = Locale.objects.filter(language_code=certificate.language).first()
        template = (template.get_translation_or_none(locale) if locale else None) or template
    return _template_layout(template)


def _template_layout(template: CertificateTemplate | None) -> tuple[CertificateTemplate | None, str, str]:
    """A template with its HTML and its CSS (page size first); the built-in layout when there is none."""
    if template is None:
        return None, rendering.DEFAULT_HTML, rendering.DEFAULT_CSS
    return template, template.html, f"@page {{ size: {template.page_size} {template.orientation}; }}\n" + template.css


def render_certificate(certificate: Certificate) -> bytes:
    template, html_layout, css = _layout(certificate)
    certificate.issuer = issuer_of(template, certificate.language)
    return rendering.render_pdf(
        html_layout=html_layout, css=css, values=_values(certificate, template, certificate.course)
    )


SAMPLE_LEARNER_NAME = "Karimova Dilnoza Rustamovna"
SAMPLE_COURSE_TITLES = {"uz": "Qoʻl gigiyenasi", "ru": "Гигиена рук", "en": "Hand hygiene"}
SAMPLE_CODE = "0000-0000-0000-0000"
SAMPLE_CPD_HOURS = Decimal("8.0")
SAMPLE_VALIDITY_MONTHS = 24


def render_sample(template: CertificateTemplate, *, now: datetime | None = None) -> bytes:
    """A made-up learner's certificate laid out with this template, in its language, for trainers to preview."""
    now = now or timezone.now()
    language = template.locale.language_code
    template, html_layout, css = _template_layout(template)
    values = _layout_values(
        template=template,
        language=language,
        learner_name=SAMPLE_LEARNER_NAME,
        course_title=SAMPLE_COURSE_TITLES.get(language, SAMPLE_COURSE_TITLES["en"]),
        cpd_hours=SAMPLE_CPD_HOURS,
        code=SAMPLE_CODE,
        issued_at=now,
        expires_at=now + relativedelta(months=SAMPLE_VALIDITY_MONTHS),
    )
    return rendering.render_pdf(html_layout=html_layout, css=css, values=values)


def _prepare_for_issue(certificate: Certificate, now: datetime) -> None:
    if certificate.course_id is None:
        months = subjects.describe(certificate.subject, certificate.language).validity_months
    else:
        months = certificate.course.certificate_validity_months
    certificate.issued_at = now
    certificate.expires_at = now + relativedelta(months=months) if months else None


def _store_issued(certificate: Certificate, pdf: bytes) -> None:
    certificate.pdf.save(f"{certificate.code}.pdf", ContentFile(pdf), save=False)
    certificate.status = Certificate.Status.ISSUED
    certificate.save(update_fields=["issued_at", "expires_at", "issuer", "pdf", "status"])
    notifications.notify_issued(certificate)


@transaction.atomic
def issue_certificate(*, certificate: Certificate, now: datetime | None = None) -> Certificate:
    """Render and store the PDF of a pending certificate and mark it issued; running it twice changes nothing."""
    now = now or timezone.now()
    certificate = Certificate.objects.select_for_update(of=("self",)).select_related("course").get(pk=certificate.pk)
    if certificate.status != Certificate.Status.PENDING:
        return certificate
    _prepare_for_issue(certificate, now)
    _store_issued(certificate, render_certificate(certificate))
    return certificate


@transaction.atomic
def issue_pending_batch(*, first_id: int | None = None, limit: int | None = None, now: datetime | None = None) -> int:
    """Issue up to `limit` pending certificates (starting with `first_id`), rendered together per layout.

    Rows are locked with SKIP LOCKED, so several workers share a campaign's
    backlog without waiting for each other or issuing anything twice.
    """
    now = now or timezone.now()
    limit = limit or settings.CERTIFICATE_BATCH_SIZE
    # Lock only the certificate rows (not the joined course and learner) so workers never skip each other's work.
    pending = Certificate.objects.select_for_update(skip_locked=True, of=("self",)).filter(
        status=Certificate.Status.PENDING
    )
    pending = pending.select_related("course", "learner").prefetch_related("subject")
    batch = []
    if first_id is not None:
        batch = list(pending.filter(pk=first_id))
    batch += list(pending.exclude(pk=first_id).order_by("pk")[: limit - len(batch)])
    for certificate in batch:
        _prepare_for_issue(certificate, now)
    for certificate, pdf in _render_together(batch):
        _store_issued(certificate, pdf)
    return len(batch)


def _render_together(certificates: list[Certificate]):
    """(certificate, PDF) for each, rendered as one document per layout: what makes batches fast."""
    groups: dict = {}
    for certificate in certificates:
        template, html_layout, css = _layout(certificate)
        certificate.issuer = issuer_of(template, certificate.language)
        groups.setdefault((html_layout, css), []).append((certificate, template))
    for (html_layout, css), members in groups.items():
        values_list = [_values(certificate, template, certificate.course) for certificate, template in members]
        pdfs = rendering.render_many(html_layout=html_layout, css=css, values_list=values_list)
        if pdfs is None:  # the layout overflows a page: render these one by one
            pdfs = [rendering.render_pdf(html_layout=html_layout, css=css, values=values) for values in values_list]
        for (certificate, _template), pdf in zip(members, pdfs, strict=True):
            yield certificate, pdf


RENEWAL_WINDOW = timedelta(days=90)


def can_renew(certificate: Certificate, *, now: datetime | None = None) -> bool:
    """A course's issued certificate with an expiry, within 90 days of it or past it, and the newest of its course."""
    now = now or timezone.now()
    if certificate.course_id is None:
        return False  # another kind of training is renewed by taking part in it again, not by retaking a course
    if certificate.status != Certificate.Status.ISSUED or certificate.expires_at is None:
        return False
    if certificate.expires_at - now > RENEWAL_WINDOW:
        return False
    newer = Certificate.objects.filter(learner_id=certificate.learner_id, course_id=certificate.course_id)
    return not newer.filter(cycle__gt=certificate.cycle).exists()


def start_renewal(*, certificate: Certificate, now: datetime | None = None):
    """The holder takes the course again; completing it issues the certificate of the next validity cycle."""
    now = now or timezone.now()
    if not can_renew(certificate, now=now):
        raise ValidationError(
            _("This certificate can be renewed from 90 days before it expires."), code="not_renewable"
        )
    enrolment = Enrolment.objects.filter(learner_id=certificate.learner_id, course_id=certificate.course_id).first()
    if enrolment is None or enrolment.status != Enrolment.Status.COMPLETED:
        raise ValidationError(_("You are already taking this course again."), code="renewal_started")
    return course_services.restart_course(enrolment=enrolment, now=now)


STALE_PENDING = timedelta(minutes=5)


def stale_pending_certificates(*, now: datetime | None = None):
    """Certificates still pending a few minutes after they were due: a worker died or a message was lost."""
    now = now or timezone.now()
    return Certificate.objects.filter(status=Certificate.Status.PENDING, created_at__lt=now - STALE_PENDING)


def unnotified_certificates(*, now: datetime | None = None):
    """Certificates issued a few minutes ago whose holder has not been e-mailed: the worker died in between."""
    now = now or timezone.now()
    return Certificate.objects.filter(
        status=Certificate.Status.ISSUED, notified_at__isnull=True, issued_at__lt=now - STALE_PENDING
    )


# Longer than a batch may take to render and commit (CERTIFICATE_RENDER_TIME_LIMIT), so a live batch's files are safe.
ORPHAN_PDF_AGE = timedelta(hours=1)


def delete_orphan_pdfs(*, now: datetime | None = None, older_than: timedelta = ORPHAN_PDF_AGE) -> int:
    """Delete certificate PDFs that no certificate points to (written by a batch whose worker died before it
    committed, or replaced by a new rendering), once they are older than any live batch; returns how many."""
    now = now or timezone.now()
    field = Certificate._meta.get_field("pdf")
    storage = field.storage
    top = getattr(field.upload_to, "folder", None) or str(field.upload_to).split("%", 1)[0].strip("/")
    deleted = 0
    for folder in _folders(storage, top):
        _subfolders, files = storage.listdir(folder)
        names = {f"{folder}/{file}" for file in files}
        kept = set(Certificate.objects.filter(pdf__in=names).values_list("pdf", flat=True))
        for name in sorted(names - kept):
            if storage.get_modified_time(name) < now - older_than:
                storage.delete(name)
                deleted += 1
    return deleted


def _folders(storage, folder: str):
    """This folder of a storage and every folder below it (none if it does not exist yet)."""
    try:
        subfolders, _files = storage.listdir(folder)
    except FileNotFoundError:
        return
    yield folder
    for subfolder in subfolders:
        yield from _folders(storage, f"{folder}/{subfolder}")


@transaction.atomic
def revoke_certificate(*, certificate: Certificate, by, reason: str, note: str = "", now: datetime | None = None):
    """Withdraw a certificate with a reason; it then verifies as revoked and its PDF is no longer served."""
    if reason not in Certificate.RevocationReason.values:
        raise ValidationError(_("Choose a reason for the revocation."), code="reason")
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.status == Certificate.Status.REVOKED:
        return certificate
    certificate.status = Certificate.Status.REVOKED
    certificate.revoked_at = now or timezone.now()
    certificate.revoked_by = by
    certificate.revocation_reason = reason
    certificate.revocation_note = note
    certificate.save(update_fields=["status", "revoked_at", "revoked_by", "revocation_reason", "revocation_note"])
    return certificate


@transaction.atomic
def reinstate_certificate(*, certificate: Certificate, by) -> Certificate:
    """Undo a revocation; the audit of who revoked it, when and why is kept in the admin history."""
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.status == Certificate.Status.REVOKED:
        certificate.status = Certificate.Status.ISSUED if certificate.issued_at else Certificate.Status.PENDING
        certificate.save(update_fields=["status"])
    return certificate


@transaction.atomic
def rerender_batch(certificates: list[Certificate]) -> list[Certificate]:
    """Render again the PDFs of issued or revoked certificates (after a template change), rendered together per layout.

    Code, dates and status stay as they are. The old file is deleted only once
    the new one is stored and the transaction commits.
    """
    for certificate, pdf in _render_together(certificates):
        old_name, storage = certificate.pdf.name, certificate.pdf.storage
        certificate.pdf.save(f"{certificate.code}.pdf", ContentFile(pdf), save=False)
        certificate.save(update_fields=["pdf", "issuer"])  # the template's issuer may have changed too
        if old_name and old_name != certificate.pdf.name:
            transaction.on_commit(lambda name=old_name, storage=storage: storage.delete(name))
    return certificates
