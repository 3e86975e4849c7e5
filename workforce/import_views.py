"""Roster and facility imports in the Wagtail admin: upload, validation report, apply, progress, history.

Also the sign-up page an invitation e-mail leads to, pre-filled from the roster.
"""

from allauth.account.views import SignupView
from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.defaultfilters import filesizeformat
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem

import spreadsheets
from core.storage import private_file_response

from .imports import services
from .imports.invitations import read_invitation, remember_invitation, signup_initial
from .imports.tables import ImportFileError, template_headings
from .models import ImportRun
from .selectors import visible_org_units

URL_NAMESPACE = "workforce_imports"
PROBLEMS_PER_PAGE = 100
RUNS_PER_PAGE = 50


class ImportForm(forms.Form):
    kind = forms.ChoiceField(
        label=gettext_lazy("What the file holds"),
        choices=ImportRun.Kind.choices,
        initial=ImportRun.Kind.ROSTER,
        widget=forms.RadioSelect,
    )
    file = forms.FileField(
        label=gettext_lazy("File"),
        help_text=gettext_lazy(
            "CSV (UTF-8 or Windows-1251, separated by ; or ,) or Excel workbook (.xlsx), with column headings "
            "in the first row; the first sheet is read."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx"}),
    )
    deactivate_missing = forms.BooleanField(
        label=gettext_lazy("Deactivate workers missing from this roster"),
        required=False,
        help_text=gettext_lazy(
            "The file is the full roster of the unit below: its active workers whose employee numbers the file "
            "does not list are marked inactive."
        ),
    )
    org_unit = forms.CharField(
        label=gettext_lazy("Unit the roster covers"),
        required=False,
        max_length=32,
        help_text=gettext_lazy("Code of the region, district or facility, e.g. 1726269."),
    )
    invite_workers = forms.BooleanField(
        label=gettext_lazy("Invite workers by e-mail"),
        required=False,
        help_text=gettext_lazy(
            "Workers with an e-mail address and no account receive a link to sign up, joined to their roster entry."
        ),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        limit = _("Up to %(limit)s.") % {"limit": filesizeformat(settings.ROSTER_IMPORT_MAX_BYTES)}
        self.fields["file"].help_text = f"{self.fields['file'].help_text} {limit}"
        scope = getattr(user, "supervisor_scope", None)
        if scope is not None and not user.is_superuser:
            self.fields["org_unit"].initial = scope.org_unit.code

    def clean_file(self):
        file = self.cleaned_data["file"]
        limit = settings.ROSTER_IMPORT_MAX_BYTES
        if file.size > limit:
            raise forms.ValidationError(
                _("The file is %(size)s; files up to %(limit)s can be imported. Split it into smaller files.")
                % {"size": filesizeformat(file.size), "limit": filesizeformat(limit)}
            )
        if not file.name.lower().endswith((".csv", ".xlsx")):
            raise forms.ValidationError(_("Upload a .csv or .xlsx file."))
        return file

    def clean_org_unit(self):
        code = self.cleaned_data["org_unit"].strip()
        if not code:
            return None
        unit = visible_org_units(self.user).filter(code__iexact=code).first()
        if unit is None:
            raise forms.ValidationError(_("There is no unit with code %(code)s in your area.") % {"code": code})
        return unit

    def clean(self):
        cleaned = super().clean()
        wants_unit = cleaned.get("kind") == ImportRun.Kind.ROSTER and cleaned.get("deactivate_missing")
        if wants_unit and not cleaned.get("org_unit") and "org_unit" not in self.errors:
            self.add_error("org_unit", _("Give the unit whose full roster this is."))
        return cleaned


def _check_can_import(request) -> None:
    if not services.can_import(request.user):
        raise PermissionDenied


def _run_for(request, pk: int, *, with_problems: bool = False) -> ImportRun:
    _check_can_import(request)
    runs = services.runs_visible_to(request.user)
    return get_object_or_404(runs.defer(None) if with_problems else runs, pk=pk)


def _run_url(run: ImportRun) -> str:
    return reverse(f"{URL_NAMESPACE}:run", args=[run.pk])


def upload_view(request):
    """Choose what the file holds, the file and the options; the file is checked and validated."""
    _check_can_import(request)
    form = ImportForm(request.POST or None, request.FILES or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        is_roster = data["kind"] == ImportRun.Kind.ROSTER
        try:
            run = services.start_import(
                kind=data["kind"],
                file=data["file"],
                user=request.user,
                deactivate_missing=is_roster and data["deactivate_missing"],
                org_unit=data["org_unit"],
                invite_workers=is_roster and data["invite_workers"],
                language=(get_language() or settings.LANGUAGE_CODE).split("-")[0],
            )
        except ImportFileError as error:
            form.add_error("file", str(error))
        else:
            return redirect(_run_url(run))
    if form.errors:
        messages.validation_error(request, _("The file could not be imported."), form)
    return TemplateResponse(request, "workforce/imports/upload.html", {"form": form})


@require_GET
def index_view(request):
    """Every import this person may see, newest first: who, when, which file, and what came of it."""
    _check_can_import(request)
    page = Paginator(services.runs_visible_to(request.user), RUNS_PER_PAGE).get_page(request.GET.get("p"))
    context = {"page_obj": page, "elided_page_range": page.paginator.get_elided_page_range(page.number)}
    return TemplateResponse(request, "workforce/imports/index.html", context)


@require_GET
def run_view(request, pk: int):
    """One import: its progress, its validation report (problems paged), or its outcome; the Apply button."""
    run = _run_for(request, pk, with_problems=True)
    page = Paginator(run.problems, PROBLEMS_PER_PAGE).get_page(request.GET.get("p"))
    context = {
        "run": run,
        "rows_done": services.rows_done(run),
        "in_progress": run.status in (ImportRun.Status.VALIDATING, ImportRun.Status.APPLYING),
        "problems": page,
        "elided_page_range": page.paginator.get_elided_page_range(page.number),
        "unlisted_problems": max(0, run.error_count - len(run.problems)),
    }
    return TemplateResponse(request, "workforce/imports/run.html", context)


@require_POST
def apply_view(request, pk: int):
    """Apply a validated file, all or nothing."""
    run = _run_for(request, pk)
    try:
        run = services.request_apply(run=run, user=request.user)
    except ValueError:
        messages.warning(request, _("This import cannot be applied: it has problems or was applied already."))
        return redirect(_run_url(run))
    if run.status == ImportRun.Status.APPLIED:
        messages.success(request, _("The file has been applied."))
    elif run.status == ImportRun.Status.FAILED:
        messages.error(request, _("The file was not applied; nothing was changed."))
    return redirect(_run_url(run))


def _percent(done: int, total: int) -> int:
    """Never 100 until finished: the total is an estimate until the whole file has been read."""
    return min(99, round(100 * done / total)) if total else 0


@require_GET
def status_view(request, pk: int):
    """The state of an import as JSON, polled by import-progress.js."""
    run = _run_for(request, pk)
    done = services.rows_done(run)
    total = max(run.rows_total, done)
    finished = run.status not in (ImportRun.Status.VALIDATING, ImportRun.Status.APPLYING)
    percent = 100 if finished else _percent(done, total)
    return JsonResponse(
        {
            "status": run.status,
            "status_label": run.get_status_display(),
            "finished": finished,
            "rows_done": done,
            "rows_total": total,
            "percent": percent,
            "created": run.created_count,
            "updated": run.updated_count,
            "deactivated": run.deactivated_count,
            "errors": run.error_count,
        }
    )


@require_GET
def problems_csv_view(request, pk: int):
    """The problems of an import as CSV."""
    run = _run_for(request, pk, with_problems=True)
    rows = [[_("Row"), _("Column"), _("Problem")]]
    if run.message:
        rows.append(["", "", run.message])
    rows += [[problem["row"] or "", problem["column"], problem["message"]] for problem in run.problems]
    return spreadsheets.csv_response(f"import-{run.pk}-problems", rows)


@require_GET
def file_view(request, pk: int):
    """The file as it was uploaded."""
    run = _run_for(request, pk)
    return private_file_response(run.file, filename=run.original_name)


@require_GET
def template_view(request, kind: str):
    """An empty workbook with the headings of this kind of import."""
    _check_can_import(request)
    if kind not in ImportRun.Kind.values:
        raise Http404
    return spreadsheets.xlsx_response(f"{kind}-template", [template_headings(kind)])


urlpatterns = [
    path("", index_view, name="index"),
    path("new/", upload_view, name="upload"),
    path("template/<str:kind>.xlsx", template_view, name="template"),
    path("<int:pk>/", run_view, name="run"),
    path("<int:pk>/apply/", apply_view, name="apply"),
    path("<int:pk>/status/", status_view, name="status"),
    path("<int:pk>/problems.csv", problems_csv_view, name="problems_csv"),
    path("<int:pk>/file/", file_view, name="file"),
]


class InvitedSignupView(SignupView):
    """allauth's sign-up page, filled in from the roster entry of an invitation (`?invite=<token>`).

    The invitation went to the address it names, so that address counts as
    verified (allauth's `account_verified_email`).
    """

    def dispatch(self, request, *args, **kwargs):
        token = request.GET.get("invite", "") if request.method == "GET" else ""
        self.invitation = read_invitation(token) if token else None
        if self.invitation is not None:
            remember_invitation(request, self.invitation, token)
        return super().dispatch(request, *args, **kwargs)

    def get_initial(self):
        initial = super().get_initial()
        if self.invitation is not None:
            initial.update(signup_initial(self.invitation))
        return initial


class ImportMenuItem(MenuItem):
    """Shown to those who may import the facility list or the roster."""

    def is_shown(self, request):
        return services.can_import(request.user)


def import_menu_item() -> ImportMenuItem:
    return ImportMenuItem(
        gettext_lazy("Roster imports"),
        reverse(f"{URL_NAMESPACE}:index"),
        name="workforce-imports",
        icon_name="upload",
        order=310,
    )
