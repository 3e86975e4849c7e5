"""Reads about certificates: their state at a moment, as everyone should see it, and public verification."""

from datetime import datetime

from django.core.cache import cache

from . import services
from .codes import normalise_code
from .models import Certificate

VERIFY_LIMIT_PER_MINUTE = 60


def state(certificate: Certificate, now: datetime) -> str:
    """valid, expired, revoked or pending: expiry is decided by the clock, never stored."""
    if certificate.status == Certificate.Status.REVOKED:
        return "revoked"
    if certificate.status == Certificate.Status.PENDING:
        return "pending"
    if certificate.expires_at is not None and certificate.expires_at <= now:
        return "expired"
    return "valid"


def certificate_of_completion(enrolment) -> Certificate | None:
    """The certificate that a completed enrolment earned (pending while it is being rendered), if any."""
    if enrolment is None or enrolment.completed_at is None:
        return None
    return Certificate.objects.filter(
        learner_id=enrolment.learner_id, course_id=enrolment.course_id, completed_at=enrolment.completed_at
    ).first()


def minute_of(now: datetime) -> int:
    """The fixed one-minute window a look-up is counted in."""
    return int(now.timestamp() // 60)


def too_many_lookups(address: str, now: datetime) -> bool:
    """A plain per-address limit on public look-ups (the page, its JSON and the API share it), so codes
    cannot be enumerated quickly; counting this look-up."""
    key = f"certificates:verify:{address}:{minute_of(now)}"
    cache.add(key, 0, 120)
    try:
        count = cache.incr(key)
    except ValueError:
        count = 1
    return count > VERIFY_LIMIT_PER_MINUTE


def certificate_by_code(typed: str) -> Certificate | None:
    """The certificate a code as a person typed it (any case, with or without dashes) names, or None."""
    canonical = normalise_code(typed)
    return Certificate.objects.filter(code=canonical).first() if canonical else None


def public_facts(certificate: Certificate, now: datetime) -> dict:
    """What anyone may learn from a code: no personal data beyond the holder's name."""
    revoked = certificate.status == Certificate.Status.REVOKED
    return {
        "code": certificate.code,
        "status": state(certificate, now),
        "holder": certificate.learner_name,
        "course": certificate.course_title,
        "cpd_hours": str(certificate.cpd_hours),
        "issued_at": certificate.issued_at.isoformat() if certificate.issued_at else None,
        "expires_at": certificate.expires_at.isoformat() if certificate.expires_at else None,
        "issuer": certificate.issuer or services.issuer_of(None, certificate.language),
        "revoked_at": certificate.revoked_at.isoformat() if revoked and certificate.revoked_at else None,
        "revocation_reason": certificate.revocation_reason if revoked else None,
    }
