"""Site-wide views: health check, language switch, a staff member's account page and Wagtail's redirect import
guarded against zip bombs."""

import zipfile

from allauth.account.views import LoginView
from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.db import connection
from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.urls import translate_url
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from kombu import Connection
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views import account as wagtail_account
from wagtail.contrib.redirects import views as redirect_views
from wagtail.contrib.redirects.views import permission_checker as redirect_permissions

import spreadsheets

from .forms import AccountNameEmailForm, AdminLanguageForm
from .services import set_preferred_language


def _check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def _check_broker():
    transport_options = getattr(settings, "CELERY_BROKER_TRANSPORT_OPTIONS", {})
    with Connection(settings.CELERY_BROKER_URL, transport_options=transport_options, connect_timeout=2) as conn:
        conn.ensure_connection(max_retries=1, timeout=2)


def _check_cache():
    cache.set("healthz", "ok", 5)
    if cache.get("healthz") != "ok":
        raise RuntimeError("cache did not return what was stored")


HEALTH_CHECKS = {"database": _check_database, "broker": _check_broker, "cache": _check_cache}


@never_cache
@require_GET
def healthz(request):
    """Report whether the database, the task broker and the cache answer; 503 if any does not."""
    results = {}
    for name, check in HEALTH_CHECKS.items():
        try:
            check()
            results[name] = "ok"
        except Exception as error:  # noqa: BLE001 - any failure is a health finding
            results[name] = f"error: {error.__class__.__name__}"
    healthy = all(value == "ok" for value in results.values())
    return JsonResponse({"status": "ok" if healthy else "error", **results}, status=200 if healthy else 503)


def set_language_cookie(response, language: str) -> None:
    """Remember the reader's language in the cookie Django's LocaleMiddleware reads."""
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        secure=settings.SESSION_COOKIE_SECURE,
    )


@require_GET
def switch_language(request, language):
    """Show the site in another language: remember it (cookie and account) and go to `next` in it.

    A plain link rather than a form, so the page header carries no CSRF token
    and can be cached; the only effect is the reader's own language preference.
    """
    if language not in dict(settings.LANGUAGES):
        raise Http404
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = f"/{language}/"
    page_language = translation.get_language_from_path(next_url)
    if page_language and page_language != language:
        with translation.override(page_language):
            next_url = translate_url(next_url, language)
    response = HttpResponseRedirect(next_url)
    set_language_cookie(response, language)
    if request.user.is_authenticated:
        set_preferred_language(user=request.user, language=language)
    return response


class ThrottledLoginView(LoginView):
    """allauth's login, answering 429 Too Many Requests once failed attempts are throttled."""

    def form_invalid(self, form):
        response = super().form_invalid(form)
        errors = form.errors.as_data().get("__all__", [])
        if any(error.code == "too_many_login_attempts" for error in errors):
            response.status_code = 429
        return response


@require_admin_access
@redirect_permissions.require_any("add")
def redirect_import(request):
    """Wagtail's redirect import, with an uploaded workbook checked before Wagtail opens it (a zip bomb)."""
    upload = request.FILES.get("import_file")
    if upload is not None and upload.name.lower().endswith(".xlsx"):
        try:
            spreadsheets.check_workbook_archive(upload)
        except zipfile.BadZipFile:
            messages.error(request, _("This file is not an Excel workbook (.xlsx) that can be read."))
            return redirect("wagtailredirects:start_import")
        except spreadsheets.UnsafeWorkbook as error:
            messages.error(request, str(error))
            return redirect("wagtailredirects:start_import")
    return redirect_views.start_import(request)


class NameEmailSettingsPanel(wagtail_account.NameEmailSettingsPanel):
    form_class = AccountNameEmailForm


class AdminLanguageSettingsPanel(wagtail_account.LocaleSettingsPanel):
    form_class = AdminLanguageForm


class AccountView(wagtail_account.AccountView):
    """Wagtail's account page, with one full name instead of first and last names (which our accounts do not
    have, so the page could never be saved) and the admin language defaulting to the site's."""

    replaced_panels = {
        wagtail_account.NameEmailSettingsPanel: NameEmailSettingsPanel,
        wagtail_account.LocaleSettingsPanel: AdminLanguageSettingsPanel,
    }

    def get_panels(self):
        panels = super().get_panels()
        return [
            self.replaced_panels[type(panel)](panel.request, panel.user, panel.profile)
            if type(panel) in self.replaced_panels
            else panel
            for panel in panels
        ]
