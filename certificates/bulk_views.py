"""Bulk certificate work in the Wagtail admin: issue missing certificates or render PDFs again, following a job's
progress; and downloading many certificates as one streamed ZIP."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef
from django.http import Http404, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods
from wagtail.admin import messages
from wagtail.models import Page

from courses.models import CoursePage
from workforce.models import OrgUnit
from workforce.selectors import can_see_org_unit, visible_org_units

from . import bulk
from .admin_views import can_manage_certificates
from .models import Certificate, CertificateJob

RECENT_JOBS = 20
POLL_SECONDS = 2


def can_download_certificates(user) -> bool:
    """Analysts and superusers download anyone's certificates; supervisors those of their own area."""
    return can_manage_certificates(user) or visible_org_units(user).exists()


def original_courses():
    """Courses as originals only (certificates point at them), not their translations."""
    earlier = Page.objects.filter(translation_key=OuterRef("translation_key"), pk__lt=OuterRef("pk"))
    return CoursePage.objects.exclude(Exists(earlier)).order_by("title")


class CertificateScopeForm(forms.Form):
    """A course and a unit (a region or district, or a facility by its code)."""

    course = forms.ModelChoiceField(label=gettext_lazy("Course"), queryset=CoursePage.objects.none(), required=False)
    org_unit = forms.ModelChoiceField(
        label=gettext_lazy("Region or district"),
        queryset=OrgUnit.objects.all(),
        required=False,
        help_text=gettext_lazy("Holders on the roster of this unit and the units below it."),
    )
    facility_code = forms.CharField(
        label=gettext_lazy("Or one facility (code)"),
        max_length=32,
        required=False,
        help_text=gettext_lazy("For example F-1726-001."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].queryset = original_courses()
        # Any unit is accepted by the field, and one outside the user's area is then not found (404) by the view;
        # only the user's own units are offered.
        units = visible_org_units(user).exclude(level=OrgUnit.Level.FACILITY).order_by("path")
        self.fields["org_unit"].widget.choices = [
            ("", "---------"),
            *((unit.pk, "— " * (unit.depth - 1) + unit.name) for unit in units),
        ]

    def clean_facility_code(self):
        code = self.cleaned_data["facility_code"].strip()
        if not code:
            return None
        facility = OrgUnit.objects.filter(level=OrgUnit.Level.FACILITY, code__iexact=code).first()
        if facility is None:
            raise forms.ValidationError(_("No facility has this code."))
        return facility

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("facility_code"):
            cleaned["org_unit"] = cleaned["facility_code"]
        return cleaned


class BulkOperationForm(CertificateScopeForm):
    """What a bulk operation works on: one course, optionally one unit."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].required = True


class StartJobForm(BulkOperationForm):
    kind = forms.ChoiceField(label=gettext_lazy("Operation"), choices=CertificateJob.Kind.choices)


class ZipForm(CertificateScopeForm):
    """What to download: a course's certificates, a unit's, or a course's in one unit."""

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("course") and not cleaned.get("org_unit") and not self.errors:
            raise forms.ValidationError(_("Choose a course, a unit or both."))
        return cleaned


def _require_manager(user) -> None:
    if not can_manage_certificates(user):
        raise PermissionDenied


def _unit_in_scope(user, org_unit: OrgUnit | None) -> None:
    if org_unit is not None and not can_see_org_unit(user, org_unit):
        raise Http404(_("This unit is not in your area."))


def job_url(job: CertificateJob) -> str:
    return reverse("certificates_bulk_job", args=[job.pk])


@require_http_methods(["GET", "POST"])
def bulk_operations(request):
    """Choose a course (and a unit), see how many records each operation would touch, then start one."""
    _require_manager(request.user)
    if request.method == "POST":
        form = StartJobForm(request.POST, user=request.user)
        if form.is_valid():
            data = form.cleaned_data
            start = (
                bulk.start_issue_missing if data["kind"] == CertificateJob.Kind.ISSUE_MISSING else bulk.start_regenerate
            )
            try:
                job = start(data["course"], data["org_unit"], request.user)
            except bulk.JobAlreadyActive as active:
                messages.warning(
                    request, _("This operation is already under way for this course: here is its progress.")
                )
                return redirect(job_url(active.job))
            messages.success(request, _("The job has been queued."))
            return redirect(job_url(job))
    else:
        form = BulkOperationForm(request.GET or None, user=request.user)
    preview = []
    if form.is_bound and form.is_valid() and request.method == "GET":
        course, org_unit = form.cleaned_data["course"], form.cleaned_data["org_unit"]
        preview = [
            {"kind": kind, "label": label, "count": bulk.job_targets(kind, course, org_unit).count()}
            for kind, label in CertificateJob.Kind.choices
        ]
    context = {
        "form": form,
        "preview": preview,
        "chosen": form.cleaned_data if preview else None,
        "jobs": CertificateJob.objects.select_related("course", "org_unit", "requested_by")[:RECENT_JOBS],
        "zip_url": reverse("certificates_bulk_zip"),
    }
    return TemplateResponse(
        request, "certificates/admin/bulk_operations.html", context, status=400 if form.errors else 200
    )


def _moment(value) -> str:
    return date_format(timezone.localtime(value), "DATETIME_FORMAT") if value else ""


def _job_facts(job: CertificateJob) -> dict:
    """What the job page shows and its status endpoint returns, in the admin user's language."""
    return {
        "status": job.status,
        "status_label": job.get_status_display(),
        "done": job.done,
        "total": job.total,
        "percent": job.percent,
        "summary": _("%(done)s of %(total)s done") % {"done": job.done, "total": job.total},
        "finished": not job.is_active,
        "started_at": _moment(job.started_at),
        "finished_at": _moment(job.finished_at),
        "error": job.error,
    }


@require_GET
def job_detail(request, job_id: int):
    """A job's progress; the counts are current when the page loads, and a script keeps them current."""
    _require_manager(request.user)
    job = get_object_or_404(CertificateJob.objects.select_related("course", "org_unit", "requested_by"), pk=job_id)
    context = {
        "job": job,
        "facts": _job_facts(job),
        "status_url": reverse("certificates_bulk_job_status", args=[job.pk]),
        "poll_seconds": POLL_SECONDS,
        "bulk_url": reverse("certificates_bulk"),
    }
    return TemplateResponse(request, "certificates/admin/bulk_job.html", context)


@require_GET
def job_status(request, job_id: int):
    """A job's progress as JSON, for the job page to poll."""
    _require_manager(request.user)
    job = get_object_or_404(CertificateJob, pk=job_id)
    response = JsonResponse(_job_facts(job))
    response["Cache-Control"] = "no-store"
    return response


def _zip_file_name(course: CoursePage | None, org_unit: OrgUnit | None) -> str:
    parts = ["certificates", course.slug if course else "", org_unit.code if org_unit else ""]
    return "-".join(part for part in parts if part) + ".zip"


@require_GET
def zip_download(request):
    """The issued certificates of a course and/or a unit as one ZIP, streamed; supervisors only in their area."""
    if not can_download_certificates(request.user):
        raise PermissionDenied
    form = ZipForm(request.GET or None, user=request.user)
    if form.is_bound and form.is_valid():
        course, org_unit = form.cleaned_data["course"], form.cleaned_data["org_unit"]
        _unit_in_scope(request.user, org_unit)
        certificate_ids = list(
            bulk.certificates_in_scope(request.user, course=course, org_unit=org_unit)
            .filter(status=Certificate.Status.ISSUED)
            .exclude(pdf="")
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        if certificate_ids:
            # Translated here, in the admin user's language, before streaming starts.
            heading = _("The PDF files of these certificates could not be read:")
            response = StreamingHttpResponse(
                bulk.zip_of_certificates(certificate_ids, unreadable_heading=heading), content_type="application/zip"
            )
            response["Content-Disposition"] = content_disposition_header(True, _zip_file_name(course, org_unit))
            response["Cache-Control"] = "private, no-store"
            response["X-Accel-Buffering"] = "no"  # let a proxy pass the archive on as it is made
            return response
        messages.warning(request, _("No issued certificates match this choice."))
    context = {"form": form, "can_manage": can_manage_certificates(request.user)}
    return TemplateResponse(request, "certificates/admin/bulk_zip.html", context, status=400 if form.errors else 200)
