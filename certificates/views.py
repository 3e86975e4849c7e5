"""Public verification of certificates, and the learner's own certificates."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from core.client_address import client_address
from core.storage import private_file_response
from courses import selectors as course_selectors

from . import selectors, services
from .codes import normalise_code
from .models import Certificate


@require_GET
def verify_form(request):
    typed = request.GET.get("code", "")
    if typed:
        code = normalise_code(typed)
        if code:
            return redirect("certificates:verify", code=code)
        return render(request, "certificates/verify_form.html", {"typed": typed, "invalid": True}, status=400)
    return render(request, "certificates/verify_form.html", {})


def _lookup(request, code):
    if selectors.too_many_lookups(client_address(request), timezone.now()):
        return None, HttpResponse(status=429)
    return selectors.certificate_by_code(code), None


@require_GET
def verify(request, code):
    certificate, refusal = _lookup(request, code)
    if refusal:
        return render(request, "certificates/verify_form.html", {"throttled": True}, status=429)
    if certificate is None:
        return render(request, "certificates/verify_form.html", {"typed": code, "not_found": True}, status=404)
    if certificate.code != code:
        return redirect("certificates:verify", code=certificate.code)
    facts = selectors.public_facts(certificate, timezone.now())
    return render(request, "certificates/verify.html", {"certificate": certificate, "facts": facts})


@require_GET
def verify_json(request, code):
    certificate, refusal = _lookup(request, code)
    if refusal:
        return JsonResponse({"detail": "Too many requests."}, status=429)
    if certificate is None:
        return JsonResponse({"detail": "No certificate has this code."}, status=404)
    return JsonResponse(selectors.public_facts(certificate, timezone.now()))


@login_required
@require_GET
def my_certificates(request):
    certificates = Certificate.objects.filter(learner=request.user).select_related("course")
    now = timezone.now()
    rows = [
        {
            "certificate": certificate,
            "state": selectors.state(certificate, now),
            "renewable": services.can_renew(certificate, now=now),
        }
        for certificate in certificates
    ]
    return render(request, "certificates/my_certificates.html", {"rows": rows})


@login_required
@require_GET
def download(request, code):
    """A learner's own issued certificate; anyone else's, and revoked ones, are not found."""
    certificate = get_object_or_404(Certificate, code=code, learner=request.user, status=Certificate.Status.ISSUED)
    return private_file_response(certificate.pdf, filename=f"certificate-{certificate.code}.pdf")


@login_required
@require_GET
def status(request, code):
    """Whether a learner's own certificate is ready, for the page that waits for it; anyone else's is not found."""
    certificate = get_object_or_404(Certificate, code=code, learner=request.user)
    state = selectors.state(certificate, timezone.now())
    return JsonResponse({"status": state, "ready": state in ("valid", "expired") and bool(certificate.pdf)})


@login_required
@require_POST
def renew(request, code):
    """Start taking the course again; the learner continues on the course page."""
    certificate = get_object_or_404(Certificate, code=code, learner=request.user)
    try:
        services.start_renewal(certificate=certificate)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("certificates:mine")
    messages.success(request, _("Take the course again to renew your certificate. Your current one stays valid."))
    course = course_selectors.courses_in_language([certificate.course_id], get_language()).get(certificate.course_id)
    return redirect(course.get_url(request) if course else "certificates:mine")
