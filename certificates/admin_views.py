"""Certificates in the Wagtail admin: a template's sample PDF, and revoking or reinstating a certificate."""

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages
from wagtail.log_actions import log
from wagtail.permission_policies import BasePermissionPolicy
from wagtail.permissions import policy_registry

from workforce.roles import Role
from workforce.selectors import sees_whole_country

from . import services
from .models import Certificate, CertificateTemplate

URL_NAMESPACE = "certificates_admin"
TEMPLATE_DESIGN_ACTIONS = ("add", "change")


def can_manage_certificates(user) -> bool:
    """Ministry analysts look after certificates nationally: they list, revoke and reinstate them; so do superusers."""
    return sees_whole_country(user)


class CertificatePermissionPolicy(BasePermissionPolicy):
    """Certificates are made only by the services: the admin may view, revoke and reinstate them, never add, edit or
    delete them, whatever model permissions a group is given."""

    allowed_actions = frozenset({"view", "revoke"})

    def user_has_permission(self, user, action):
        return action in self.allowed_actions and can_manage_certificates(user)

    def users_with_any_permission(self, actions):
        users = get_user_model().objects.filter(is_active=True)
        if not self.allowed_actions.intersection(actions):
            return users.none()
        return users.filter(Q(is_superuser=True) | Q(groups__name=Role.MINISTRY_ANALYST.value)).distinct()


certificate_permission_policy = CertificatePermissionPolicy(Certificate)


def inspect_url(certificate: Certificate) -> str:
    return reverse(f"{URL_NAMESPACE}:inspect", args=[certificate.pk])


def template_preview(request, template_id: int):
    """A sample certificate laid out with the saved template, shown in the browser, for those who design templates."""
    template_policy = policy_registry.get_by_type(CertificateTemplate)
    if not template_policy.user_has_any_permission(request.user, TEMPLATE_DESIGN_ACTIONS):
        raise PermissionDenied
    template = get_object_or_404(CertificateTemplate, pk=template_id)
    response = HttpResponse(services.render_sample(template), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="certificate-template-{template.pk}-sample.pdf"'
    return response


class RevocationForm(forms.Form):
    reason = forms.ChoiceField(
        label=gettext_lazy("Reason"), choices=Certificate.RevocationReason.choices, widget=forms.RadioSelect
    )
    note = forms.CharField(
        label=gettext_lazy("Note"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("Kept with the certificate's record; not shown to people who verify it."),
    )


def _certificate_for(request, pk: int) -> Certificate:
    if not certificate_permission_policy.user_has_permission(request.user, "revoke"):
        raise PermissionDenied
    return get_object_or_404(Certificate, pk=pk)


def revoke_view(request, pk: int):
    """Ask for the reason (and a note), then withdraw the certificate."""
    certificate = _certificate_for(request, pk)
    if certificate.status == Certificate.Status.REVOKED:
        messages.warning(request, _("This certificate is already revoked."))
        return redirect(inspect_url(certificate))
    form = RevocationForm(request.POST) if request.method == "POST" else RevocationForm()
    if form.is_bound and form.is_valid():
        reason, note = form.cleaned_data["reason"], form.cleaned_data["note"]
        try:
            with transaction.atomic():
                certificate = services.revoke_certificate(
                    certificate=certificate, by=request.user, reason=reason, note=note
                )
                log(certificate, "certificates.revoke", user=request.user, data={"reason": reason, "note": note})
        except ValidationError as error:
            form.add_error("reason", error)
        else:
            messages.success(request, _("Certificate %(code)s has been revoked.") % {"code": certificate.code})
            return redirect(inspect_url(certificate))
    if form.errors:
        messages.validation_error(request, _("The certificate could not be revoked due to errors."), form)
    context = {"certificate": certificate, "form": form, "inspect_url": inspect_url(certificate)}
    return TemplateResponse(request, "certificates/admin/revoke.html", context)


def reinstate_view(request, pk: int):
    """Confirm, then undo the revocation of a certificate."""
    certificate = _certificate_for(request, pk)
    if certificate.status != Certificate.Status.REVOKED:
        messages.warning(request, _("This certificate is not revoked."))
        return redirect(inspect_url(certificate))
    if request.method == "POST":
        with transaction.atomic():
            certificate = services.reinstate_certificate(certificate=certificate, by=request.user)
            log(certificate, "certificates.reinstate", user=request.user)
        messages.success(request, _("Certificate %(code)s has been reinstated.") % {"code": certificate.code})
        return redirect(inspect_url(certificate))
    context = {"certificate": certificate, "inspect_url": inspect_url(certificate)}
    return TemplateResponse(request, "certificates/admin/reinstate.html", context)
