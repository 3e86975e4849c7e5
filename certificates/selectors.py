"""Reads about certificates: their state at a moment, as everyone should see it."""

from datetime import datetime

from .models import Certificate


def state(certificate: Certificate, now: datetime) -> str:
    """valid, expired, revoked or pending: expiry is decided by the clock, never stored."""
    if certificate.status == Certificate.Status.REVOKED:
        return "revoked"
    if certificate.status == Certificate.Status.PENDING:
        return "pending"
    if certificate.expires_at is not None and certificate.expires_at <= now:
        return "expired"
    return "valid"
