"""Facility look-up for sign-up, and the supervisors' review of sign-up matches and requests to join the roster."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET, require_POST

from .models import AccountClaim, HealthWorker, OrgUnit
from .selectors import search_facilities, visible_org_units
from .services import approve_account_claim, refuse_account_claim, undo_account_match


@require_GET
@cache_control(max_age=300, public=True)
def facility_search(request):
    """Facilities matching `?q=`, as `CODE — name, district` suggestions for the sign-up picker; when none
    matches, a message saying so and how to find it."""
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
    payload = {"results": results}
    if not results:
        payload["message"] = _(
            "No facility found. Try one word of its name, in Uzbek, Russian or English, or its code as written "
            "on your payslip (e.g. F-1726-001); your supervisor can tell you the code."
        )
    return JsonResponse(payload)


def _facilities(user):
    return visible_org_units(user).filter(level=OrgUnit.Level.FACILITY)


def _workers_matched_at_signup(user):
    return (
        HealthWorker.objects.filter(account_link=HealthWorker.AccountLink.SIGNUP_MATCH, facility__in=_facilities(user))
        .select_related("user", "facility", "cadre")
        .order_by("-account_linked_at")
    )


def _pending_claims(user):
    return AccountClaim.objects.filter(
        status=AccountClaim.Status.PENDING, worker__facility__in=_facilities(user)
    ).select_related("user", "worker__facility", "worker__cadre", "cadre")


@login_required
@require_GET
def account_links(request):
    """Accounts that sign-up joined to roster entries in the supervisor's area, newest first."""
    if not visible_org_units(request.user).exists():
        raise Http404
    page = Paginator(_workers_matched_at_signup(request.user), 50).get_page(request.GET.get("page"))
    claims = _pending_claims(request.user).order_by("created_at")[:200]
    return render(request, "workforce/account_links.html", {"page_obj": page, "claims": claims})


@login_required
@require_POST
def decide_account_claim(request, claim_id, decision):
    """Approve or refuse an account's request, made at sign-up, to be joined to a roster entry of the area."""
    if decision not in ("approve", "refuse"):
        raise Http404
    claim = get_object_or_404(_pending_claims(request.user), pk=claim_id)
    names = {"email": claim.user.email, "number": claim.worker.employee_number}
    try:
        if decision == "approve":
            approve_account_claim(claim=claim, decided_by=request.user)
            messages.success(request, _("%(email)s is now joined to roster entry %(number)s.") % names)
        else:
            refuse_account_claim(claim=claim, decided_by=request.user)
            messages.success(request, _("%(email)s will not be joined to roster entry %(number)s.") % names)
    except ValueError:
        messages.error(
            request,
            _("%(email)s cannot be joined to roster entry %(number)s: one of them is already linked.") % names,
        )
    return redirect("workforce:account_links")


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
