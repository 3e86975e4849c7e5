"""Absolute links for e-mails, PDFs and other places outside a request: built from one setting, the site's URL.

`WAGTAILADMIN_BASE_URL` is the public address of the site (`.env.example`); every
link that leaves the site (sign-up and password e-mails, reminders,
invitations, certificate QR codes) goes through `absolute_url`, never through a
request's host or a fixed one.
"""

from types import SimpleNamespace
from urllib.parse import urlsplit

from django.conf import settings


def absolute_url(path: str) -> str:
    """The site's configured address followed by `path` (which starts with a slash)."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def mail_site() -> SimpleNamespace:
    """The site as e-mail templates name it (`current_site.name`, `current_site.domain`)."""
    return SimpleNamespace(name=settings.WAGTAIL_SITE_NAME, domain=urlsplit(settings.WAGTAILADMIN_BASE_URL).netloc)
