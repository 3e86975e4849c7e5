"""Facility look-up for sign-up, and the supervisors' review of sign-up matches."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET, require_POST

from .models import HealthWorker, OrgUnit
from .selectors import search_facilities, visible_org_units
from .services import undo_account_match


@require_GET
@cache_control(max_age=300, public=True)
def facility_search(request):
    """Facilities matching `?q=`, as `CODE — name, district` suggestions for the sign-up picker."""
    facilities = list(search_facilities(request.GET.get("q", "")[:100]))
    parent_paths = {facility.path[: -OrgUnit.steplen] for facility in facilities}
    parents = {unit.path: unit.name for unit in OrgUnit.objects.filter(path__in=parent_paths)}
    results = [
        {
            "code": facility.code,
            "label": f"{facility.code} — {facility.name}",
            "district": parents.get(facility.path[: -OrgUnit.steplen], ""),
        }
        for facility in facilities
    ]
    return JsonResponse({"results": results})


def _workers_matched_at_signup(user):
    facilities = visible_org_units(user).filter(level=OrgUnit.Level.FACILITY)
    return (
        HealthWorker.objects.filter(account_link=HealthWorker.AccountLink.SIGNUP_MATCH, facility__in=facilities)
        .select_related("user", "facility", "cadre")
        .order_by("-account_linked_at")
    )


@login_required
@require_GET
def account_links(request):
    """Accounts that sign-up joined to roster entries in the supervisor's area, newest first."""
    if not visible_org_units(request.user).exists():
        raise Http404
    page = Paginator(_workers_matched_at_signup(request.user), 50).get_page(request.GET.get("page"))
    return render(request, "workforce/account_links.html", {"page_obj": page})


@login_required
@require_POST
def undo_account_link(request, worker_id):
    """Detach an account from a roster entry that sign-up matched by mistake."""
    worker = get_object_or_404(_workers_matched_at_signup(request.user), pk=worker_id)
    undo_account_match(worker=worker)
    messages.success(
        request,
        _("%(email)s is no longer linked to roster entry %(number)s.")
        % {"email": worker.user.email if worker.user else "", "number": worker.employee_number},
    )
    return redirect("workforce:account_links")
