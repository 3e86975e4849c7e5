"""Deployment checks of the platform's own (run by `manage.py check --deploy`)."""

from django.conf import settings
from django.core.checks import Tags, Warning, register

PER_PROCESS_CACHES = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
)


@register(Tags.security, Tags.caches, deploy=True)
def rate_limits_shared_by_every_process(app_configs, **kwargs):
    """Rate limits and sessions live in the cache; a per-process cache gives each process its own count."""
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    if settings.DEBUG or backend not in PER_PROCESS_CACHES:
        return []
    return [
        Warning(
            "The cache is per-process memory, so each web process counts rate limits (failed logins, sign-ups, "
            "certificate look-ups) on its own and they do not hold.",
            hint="Set CACHE_URL to a Redis cache shared by every process, e.g. rediscache://127.0.0.1:6379/1.",
            id="lms.W001",
        )
    ]
