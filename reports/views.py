"""The dashboard: indicators of a unit and its children, drill-down to workers, exports and actions.

Every view finds its unit among `workforce.selectors.dashboard_units(user)`, so a
unit outside the user's area (an edited URL) is not found.
"""

from itertools import chain

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.http import content_disposition_header
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

import spreadsheets
from certificates import bulk
from courses import selectors as course_selectors
from courses import services as course_services
from courses.models import CoursePage
from workforce.models import HealthWorker, OrgUnit
from workforce.selectors import dashboard_home, dashboard_units

from . import charts, exports, facts, selectors, services
from .forms import PERIOD_CHOICES, AssignForm, FilterForm
from .indicators import EXPIRY_WINDOWS

WORKERS_PER_PAGE = 100


def figure_definitions() -> dict[str, str]:
    """How each dashboard figure is counted, in the words of `reports.indicators`; one per figure on the page."""
    shorter, longer = EXPIRY_WINDOWS
    return {
        "coverage": _(
            "Active workers who hold a valid certificate of the course (with all mandatory courses: of every course "
            "assigned to them), as a share of the active workforce. For a course without a certificate, completing "
            "it counts."
        ),
        "workforce": _(
            "Active workers on the roster of this unit and the units below it; “with an account” counts those who "
            "have signed up."
        ),
        "assigned": _(
            "Workers the course is assigned to (with all mandatory courses: at least one course). Enrolled and "
            "completed count those assigned who enrolled in or completed it (every assigned course); a valid "
            "certificate counts as completed."
        ),
        "overdue": _(
            "Workers past the due date of an assigned course who have not completed it (with all mandatory courses: "
            "any assigned course)."
        ),
        "expiring": _(
            "Valid certificates that expire within the next %(shorter)s and %(longer)s days: of the course shown, "
            "or with all mandatory courses, of every course, so a worker with two such certificates counts twice."
        )
        % {"shorter": shorter, "longer": longer},
        "cpd_hours": _(
            "Continuing professional development hours of the courses completed in the period; per worker divides "
            "them by the active workforce."
        ),
        "completions": _("Courses completed in the period: one for each worker and course."),
        "knowledge_gain": _(
            "The best final assessment score minus the pre-test score, in percentage points, averaged over the "
            "completions in the period that have both."
        ),
    }


def _unit(request, unit_id: int) -> OrgUnit:
    return get_object_or_404(dashboard_units(request.user), pk=unit_id)


def _filters(request):
    form = FilterForm(request.GET or None, language=get_language())
    if form.is_bound and not form.is_valid():
        messages.error(request, _("Some filters were not understood and have been reset."))
    return form, form.filters()


def _breadcrumb(request, unit: OrgUnit) -> list[OrgUnit]:
    """The unit's ancestors that the user may open, in one query."""
    return list(unit.get_ancestors() & dashboard_units(request.user))


def _query(request) -> str:
    return request.GET.urlencode()


@login_required
@require_GET
def home(request):
    unit = dashboard_home(request.user)
    if unit is None:
        raise Http404
    return redirect("dashboard:unit", unit_id=unit.pk)


@login_required
@require_GET
def unit_view(request, unit_id: int):
    unit = _unit(request, unit_id)
    form, filters = _filters(request)
    figures = selectors.unit_figures(unit, filters)
    children = selectors.child_figures(unit, filters)
    months = selectors.completions_by_month(unit, filters)
    context = {
        "unit": unit,
        "breadcrumb": _breadcrumb(request, unit),
        "form": form,
        "filters": filters,
        "query": _query(request),
        "figures": figures,
        "children": children,
        "as_of": selectors.figures_as_of(unit),
        "coverage_chart": charts.coverage_bars(
            [(child.name, counters.coverage_percent) for child, counters in children]
        ),
        "months": months,
        "monthly_chart": charts.monthly_columns([(month, completions) for month, completions, _hours in months]),
        "assign_form": AssignForm(language=get_language()),
        "period_label": dict(PERIOD_CHOICES)[filters.period.value],
        "definitions": figure_definitions(),
    }
    return render(request, "reports/dashboard/unit.html", context)


@login_required
@require_GET
def workers_view(request, unit_id: int):
    unit = _unit(request, unit_id)
    form, filters = _filters(request)
    page = Paginator(_workers(unit, filters).order_by("full_name", "pk"), WORKERS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    rows = sorted(
        selectors.worker_rows(HealthWorker.objects.filter(pk__in=[worker.pk for worker in page]), filters),
        key=lambda row: (row.full_name, row.worker_id),
    )
    rows = [(row, row.standing.label) for row in rows]
    context = {
        "unit": unit,
        "breadcrumb": [*_breadcrumb(request, unit), unit],
        "form": form,
        "filters": filters,
        "query": _query(request),
        "page_obj": page,
        "rows": rows,
    }
    return render(request, "reports/dashboard/workers.html", context)


def _workers(unit: OrgUnit, filters):
    return facts.active_workers(path_prefix=unit.path, cadre_id=filters.cadre_id)


@login_required
@require_GET
def export_view(request, unit_id: int, table: str, file_format: str):
    """The children table (units) or the worker list of the current view, as CSV or XLSX."""
    if table not in ("units", "workers") or file_format not in ("csv", "xlsx"):
        raise Http404
    unit = _unit(request, unit_id)
    _form, filters = _filters(request)
    name = f"{unit.code}-{table}"
    if table == "units":
        header = exports.unit_header()
        rows = [exports.unit_row(unit, selectors.unit_figures(unit, filters))] + [
            exports.unit_row(child, counters) for child, counters in selectors.child_figures(unit, filters)
        ]
        title = _("Units")
    else:
        header = exports.worker_header()
        rows = (exports.worker_row(row) for row in selectors.worker_rows(_workers(unit, filters), filters))
        title = _("Workers")
    if file_format == "csv":
        return spreadsheets.csv_response(name, chain([header], rows))
    return spreadsheets.xlsx_response(name, chain([header], rows), title=title)


@login_required
@require_GET
def certificates_zip(request, unit_id: int):
    """Every issued certificate held by the unit's workers (of the chosen course), as one streamed ZIP."""
    unit = _unit(request, unit_id)
    _form, filters = _filters(request)
    course = CoursePage.objects.get(pk=filters.course_id) if filters.course_id else None
    certificate_ids = list(
        bulk.certificates_in_scope(request.user, course=course, org_unit=unit)
        .filter(status="issued")
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    if not certificate_ids:
        messages.info(request, _("No issued certificates here yet."))
        return redirect(reverse("dashboard:unit", args=[unit.pk]) + "?" + _query(request))
    response = StreamingHttpResponse(
        bulk.zip_of_certificates(certificate_ids, unreadable_heading=_("These certificates could not be read:")),
        content_type="application/zip",
    )
    response["Content-Disposition"] = content_disposition_header(True, f"{unit.code}-certificates.zip")
    return response


@login_required
@require_POST
def assign(request, unit_id: int):
    """Make a course mandatory for this unit (and a cadre), with the same rules as the assignment screen."""
    unit = _unit(request, unit_id)
    form = AssignForm(request.POST, language=get_language())
    back = reverse("dashboard:unit", args=[unit.pk])
    if not form.is_valid():
        errors = "; ".join(" ".join(messages_) for messages_ in form.errors.values())
        messages.error(request, _("The course was not assigned: %(errors)s") % {"errors": errors})
        return redirect(back)
    data = form.cleaned_data
    try:
        assignment = course_services.create_assignment(
            course=data["course"],
            assigned_by=request.user,
            due_date=data["due_date"],
            org_unit=unit,
            cadres=[data["cadre"]] if data["cadre"] else [],
            note=data["note"],
        )
    except (ValidationError, PermissionDenied) as error:
        messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
        return redirect(back)
    count = course_selectors.workers_covered(assignment).count()
    messages.success(
        request,
        ngettext("Assigned to %(count)s worker, due %(date)s.", "Assigned to %(count)s workers, due %(date)s.", count)
        % {"count": count, "date": date_format(assignment.due_date, "DATE_FORMAT")},
    )
    return redirect(back)


@login_required
@require_POST
def remind(request, unit_id: int):
    """E-mail the unit's overdue workers (for the course looked at, or any mandatory course)."""
    unit = _unit(request, unit_id)
    form = FilterForm(request.POST, language=get_language())
    if not form.is_valid():
        messages.error(request, _("Choose a course from the list."))
        return redirect("dashboard:unit", unit_id=unit.pk)
    filters = form.filters()
    sent = services.remind_overdue_workers(org_unit=unit, filters=filters, sent_by=request.user)
    if sent:
        messages.success(
            request,
            ngettext("A reminder was sent to %(count)s overdue worker.", "Reminders were sent to %(count)s overdue "
                     "workers.", sent) % {"count": sent},
        )  # fmt: skip
    else:
        messages.info(request, _("No overdue worker needed a reminder (each is reminded at most once a day)."))
    return redirect(reverse("dashboard:unit", args=[unit.pk]) + "?" + request.POST.get("query", ""))
