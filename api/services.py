"""Issuing, checking and revoking personal API tokens.

A token reads `mlk_<prefix>_<secret>`: the prefix finds the row, the secret is
compared with its SHA-256 (a 256-bit random secret needs no slow hash). The
whole token is shown once, when it is created.
"""

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta

from django.core.exceptions import PermissionDenied
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import ApiToken

TOKEN_PREFIX = "mlk"
LAST_USED_PRECISION = timedelta(minutes=1)


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def may_hold_tokens(user) -> bool:
    """Staff (trainers, reviewers, supervisors, analysts) and superusers integrate systems; learners do not."""
    return user.is_authenticated and user.is_active and (user.is_staff or user.is_superuser)


def issue_token(*, user, name: str, scope: str) -> tuple[ApiToken, str]:
    """A new token and its full text, which is never stored and cannot be shown again."""
    if not may_hold_tokens(user):
        raise PermissionDenied(_("Only staff accounts may have API tokens."))
    prefix = secrets.token_hex(4)
    while ApiToken.objects.filter(prefix=prefix).exists():
        prefix = secrets.token_hex(4)
    secret = secrets.token_urlsafe(32)
    token = ApiToken.objects.create(user=user, name=name, prefix=prefix, secret_hash=_digest(secret), scope=scope)
    return token, f"{TOKEN_PREFIX}_{prefix}_{secret}"


def authenticate(raw: str, *, now: datetime | None = None) -> ApiToken | None:
    """The active token this text is, with its (active) owner; None for anything else."""
    parts = raw.split("_", 2)
    if len(parts) != 3 or parts[0] != TOKEN_PREFIX:
        return None
    _kind, prefix, secret = parts
    token = ApiToken.objects.select_related("user").filter(prefix=prefix, revoked_at__isnull=True).first()
    if token is None or not hmac.compare_digest(token.secret_hash, _digest(secret)):
        return None
    if not may_hold_tokens(token.user):
        return None
    now = now or timezone.now()
    if token.last_used_at is None or now - token.last_used_at > LAST_USED_PRECISION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token


def revoke_token(*, token: ApiToken, now: datetime | None = None) -> ApiToken:
    if token.revoked_at is None:
        token.revoked_at = now or timezone.now()
        token.save(update_fields=["revoked_at"])
    return token
