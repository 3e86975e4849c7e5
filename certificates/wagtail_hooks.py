"""Certificates in the Wagtail admin: templates as translatable snippets with a sample PDF, and the certificates
themselves for Ministry analysts, who may revoke and reinstate them but never add, edit or delete them."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse, reverse_lazy
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, SubmenuMenuItem
from wagtail.admin.menu import MenuItem as AdminMenuItem
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import LocaleColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button, HeaderButton
from wagtail.log_actions import LogFormatter
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, SnippetViewSet

from . import bulk_views
from .admin_views import (
    URL_NAMESPACE,
    can_manage_certificates,
    certificate_permission_policy,
    inspect_url,
    reinstate_view,
    revoke_view,
    template_preview,
)
from .codes import normalise_code
from .models import Certificate, CertificateTemplate

REVOCATION_FIELDS = ("revoked_at", "revoked_by", "revocation_reason", "revocation_note")

# Registered on import, before any admin code asks for Certificate's policy and gets model permissions instead.
register_permission_policy(Certificate, certificate_permission_policy)


class CertificateTemplateEditView(EditView):
    """The snippet editor, with a header button that opens a sample certificate laid out with the saved template."""

    @cached_property
    def header_buttons(self):
        preview = HeaderButton(
            gettext("Preview PDF"),
            url=reverse("certificates_template_preview", args=[self.object.pk]),
            icon_name="view",
            attrs={"target": "_blank", "rel": "noopener"},
        )
        return [*super().header_buttons, preview]


class CertificateTemplateViewSet(SnippetViewSet):
    model = CertificateTemplate
    icon = "doc-full"
    list_display = ["name", "page_size", "orientation", LocaleColumn(label=_("Locale"))]
    search_fields = ["name"]
    edit_view_class = CertificateTemplateEditView


register_snippet(CertificateTemplateViewSet)


@hooks.register("register_admin_urls")
def register_template_preview_url():
    return [
        path(
            "certificate-templates/<int:template_id>/preview.pdf",
            template_preview,
            name="certificates_template_preview",
        ),
    ]


def _status_action(certificate: Certificate) -> dict:
    """Revoke a certificate that stands, reinstate a revoked one."""
    if certificate.status == Certificate.Status.REVOKED:
        url = reverse(f"{URL_NAMESPACE}:reinstate", args=[certificate.pk])
        return {"label": gettext("Reinstate"), "url": url, "icon_name": "rotate"}
    url = reverse(f"{URL_NAMESPACE}:revoke", args=[certificate.pk])
    return {"label": gettext("Revoke"), "url": url, "icon_name": "cross"}


class CertificateIndexView(IndexView):
    def search_queryset(self, queryset):
        # A code typed as read off a certificate (any case, without dashes) finds that certificate too.
        found = super().search_queryset(queryset)
        if self.is_searching and (code := normalise_code(self.search_query)):
            return found | queryset.filter(code=code)
        return found

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.user_has_permission("revoke"):
            buttons.append(MenuItem(**_status_action(instance), priority=40))
        return buttons


class CertificateInspectView(InspectView):
    def get_fields_context(self):
        fields = [name for name in self.fields if self.object.revoked_at or name not in REVOCATION_FIELDS]
        return [self.get_context_for_field(field_name) for field_name in fields]

    @cached_property
    def header_buttons(self):
        if not self.user_has_permission("revoke"):
            return []
        return [HeaderButton(**_status_action(self.object))]

    @cached_property
    def header_more_buttons(self):
        history_url = reverse(f"{URL_NAMESPACE}:history", args=[self.object.pk])
        return [*super().header_more_buttons, Button(gettext("History"), url=history_url, icon_name="history")]


class CertificateHistoryView(HistoryView):
    """Who revoked or reinstated a certificate, when and why; readable by those who may view certificates."""

    any_permission_required = ["view"]

    @cached_property
    def header_buttons(self):
        return [HeaderButton(gettext("Inspect"), url=inspect_url(self.object), icon_name="info-circle")]

    def get_edit_url(self, instance):
        return None


class CertificateViewSet(ModelViewSet):
    """Certificates as issued, for Ministry analysts: find one, read its record, revoke or reinstate it."""

    model = Certificate
    name = "certificates"
    url_namespace = URL_NAMESPACE
    icon = "success"
    menu_label = _("Certificates")
    menu_order = 350
    add_to_admin_menu = True
    index_view_class = CertificateIndexView
    inspect_view_class = CertificateInspectView
    history_view_class = CertificateHistoryView
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = []  # the add and edit views refuse everyone anyway; an empty form could change nothing besides
    list_display = ["code", "learner_name", "course_title", "status", "issued_at", "expires_at"]
    list_filter = ["status"]
    search_fields = ["code", "learner_name"]
    inspect_view_fields = [
        "code",
        "status",
        "learner_name",
        "learner",
        "course_title",
        "course",
        "cycle",
        "language",
        "cpd_hours",
        "completed_at",
        "issued_at",
        "expires_at",
        *REVOCATION_FIELDS,
    ]

    def get_permissions_to_register(self):
        # Rights on certificates come from the role, not from model permissions, so none are offered on groups.
        return Permission.objects.none()

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("revoke/<int:pk>/", revoke_view, name="revoke"),
            path("reinstate/<int:pk>/", reinstate_view, name="reinstate"),
        ]


@hooks.register("register_admin_viewset")
def register_certificate_viewset():
    return CertificateViewSet()


class RevocationFormatter(LogFormatter):
    label = _("Revoke")

    def format_message(self, log_entry):
        reason = log_entry.data.get("reason", "")
        label = Certificate.RevocationReason(reason).label if reason in Certificate.RevocationReason.values else reason
        return gettext("Revoked: %(reason)s") % {"reason": label}

    def format_comment(self, log_entry):
        return log_entry.data.get("note", "")


@hooks.register("register_log_actions")
def register_certificate_log_actions(actions):
    actions.register_action("certificates.revoke")(RevocationFormatter)
    actions.register_action("certificates.reinstate", _("Reinstate"), _("Reinstated"))


class _CertificateToolMenuItem(AdminMenuItem):
    """A link in the "Bulk certificates" menu, shown to those the `allowed` rule lets in."""

    def __init__(self, label, url, *, allowed, **kwargs):
        super().__init__(label, url, **kwargs)
        self.allowed = allowed

    def is_shown(self, request):
        return self.allowed(request.user)


@hooks.register("register_admin_urls")
def register_bulk_certificate_urls():
    return [
        path("certificate-jobs/", bulk_views.bulk_operations, name="certificates_bulk"),
        path("certificate-jobs/<int:job_id>/", bulk_views.job_detail, name="certificates_bulk_job"),
        path("certificate-jobs/<int:job_id>/status/", bulk_views.job_status, name="certificates_bulk_job_status"),
        path("certificate-downloads/zip/", bulk_views.zip_download, name="certificates_bulk_zip"),
    ]


@hooks.register("register_admin_menu_item")
def register_bulk_certificate_menu():
    items = [
        _CertificateToolMenuItem(
            _("Bulk operations"),
            reverse_lazy("certificates_bulk"),
            allowed=can_manage_certificates,
            icon_name="cogs",
            order=100,
        ),
        _CertificateToolMenuItem(
            _("Download as ZIP"),
            reverse_lazy("certificates_bulk_zip"),
            allowed=bulk_views.can_download_certificates,
            icon_name="download",
            order=200,
        ),
    ]
    return SubmenuMenuItem(_("Bulk certificates"), Menu(items=items), icon_name="download", order=351)
