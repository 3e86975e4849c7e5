"""Staff screens to assign mandatory training, list assignments and cancel them."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from workforce.selectors import visible_org_units

from .. import selectors, services
from ..forms import AssignmentForm
from ..models import Assignment


def _assignments_in_scope(user):
    visible = visible_org_units(user)
    if not visible.exists():
        raise Http404
    return (
        Assignment.objects.filter(Q(org_unit__in=visible) | Q(org_unit__isnull=True, workers__facility__in=visible))
        .distinct()
        .select_related("course", "org_unit", "created_by")
        .prefetch_related("cadres")
        .order_by("cancelled_at", "due_date", "pk")
    )


@login_required
def assignment_list(request):
    page = Paginator(_assignments_in_scope(request.user), 25).get_page(request.GET.get("page"))
    for assignment in page:
        assignment.covered = selectors.workers_covered(assignment).count()
    return render(request, "courses/assignment_list.html", {"page_obj": page})


@login_required
def assignment_create(request):
    if not visible_org_units(request.user).exists():
        raise Http404
    form = AssignmentForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            assignment = services.create_assignment(
                course=data["course"],
                assigned_by=request.user,
                due_date=data["due_date"],
                org_unit=data.get("org_unit"),
                cadres=list(data["cadres"]),
                workers=data["employee_numbers"],
                note=data["note"],
            )
        except (ValidationError, PermissionDenied) as error:
            form.add_error(None, " ".join(getattr(error, "messages", [str(error)])))
        else:
            count = selectors.workers_covered(assignment).count()
            messages.success(
                request,
                ngettext(
                    "Assigned to %(count)s worker, due %(date)s.", "Assigned to %(count)s workers, due %(date)s.", count
                )
                % {"count": count, "date": date_format(assignment.due_date, "DATE_FORMAT")},
            )
            return redirect("courses:assignment_list")
    status = 400 if request.method == "POST" else 200
    return render(request, "courses/assignment_form.html", {"form": form}, status=status)


@login_required
@require_POST
def assignment_cancel(request, assignment_id):
    assignment = get_object_or_404(_assignments_in_scope(request.user), pk=assignment_id)
    try:
        services.cancel_assignment(assignment=assignment, cancelled_by=request.user)
    except PermissionDenied:
        raise Http404 from None
    messages.info(request, _("The assignment is cancelled."))
    return redirect("courses:assignment_list")
