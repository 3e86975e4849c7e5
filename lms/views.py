"""Site-wide views: health check and language switch."""

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST
from django.views.i18n import set_language
from kombu import Connection

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


@require_POST
def switch_language(request):
    """Django's set_language, which also remembers the choice on the account."""
    response = set_language(request)
    language = request.POST.get("language")
    if request.user.is_authenticated and language in dict(settings.LANGUAGES):
        set_preferred_language(user=request.user, language=language)
    return response
