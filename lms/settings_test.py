"""Test settings: the real settings with a fast hasher, in-memory cache and mail, eager tasks.

Tests about background work start a real worker and turn eager mode off themselves.
"""

import os

os.environ.setdefault("DEBUG", "true")

# Under pytest-xdist each test process clears the cache between tests, so each gets a Redis database of its
# own (gw0 keeps CACHE_URL's, gw1 the next one...); set in the environment so the workers a test starts share it.
_xdist_worker = os.environ.get("PYTEST_XDIST_WORKER", "")
if _xdist_worker.startswith("gw") and os.environ.get("CACHE_URL", "").startswith("redis"):
    _base, _, _db = os.environ["CACHE_URL"].rpartition("/")
    os.environ["CACHE_URL"] = f"{_base}/{int(_db or 0) + int(_xdist_worker[2:])}"

from .settings import *  # noqa: E402, F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
if "CACHE_URL" not in os.environ:  # CI runs against Redis; elsewhere the cache is in memory
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "tests"}}
CELERY_TASK_ALWAYS_EAGER = True
CELERY_TASK_EAGER_PROPAGATES = True
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
MEDIA_ROOT = str(BASE_DIR / "var" / "test-media")  # noqa: F405
PRIVATE_MEDIA_ROOT = str(BASE_DIR / "var" / "test-private")  # noqa: F405
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405 - whitenoise warns when it is missing
DEMO_CERTIFICATE_PDFS = False  # the demo is seeded once per module; tests/courses/test_demo_history.py renders them
