"""Certificates in the API: the caller's own, and public verification of any code (rate limited like the page)."""

from datetime import datetime

from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from ninja import Router, Schema
from ninja.errors import Throttled
from ninja.pagination import paginate
from pydantic import Field

from api.schema import BoundedPages
from core.client_address import client_address

from . import selectors, services
from .models import Certificate

router = Router(tags=["Certificates"])


class MyCertificateOut(Schema):
    code: str
    course: int | None = Field(description="The course's id; none for other training (a face-to-face event)")
    course_title: str = Field(description="As written on the certificate")
    status: str = Field(description="valid, expired, revoked or pending")
    issued_at: datetime | None
    expires_at: datetime | None
    pdf_url: str | None = Field(description="Where the holder downloads the PDF (signed in); null when there is none")
    verify_url: str = Field(description="The public verification page")


class VerificationOut(Schema):
    code: str
    status: str = Field(description="valid, expired, revoked or pending")
    holder: str = Field(description="The holder's name")
    course: str = Field(description="The course's title as written on the certificate")
    cpd_hours: str
    issued_at: str | None = Field(description="ISO 8601")
    expires_at: str | None = Field(description="ISO 8601")
    issuer: str
    revoked_at: str | None = Field(description="ISO 8601; only for a revoked certificate")
    revocation_reason: str | None = Field(description="Only for a revoked certificate")


def _pdf_url(request, certificate: Certificate) -> str | None:
    """The holder-only download, when it would give a file: an issued certificate with its PDF."""
    if certificate.status != Certificate.Status.ISSUED or not certificate.pdf:
        return None
    return request.build_absolute_uri(reverse("certificates:download", args=[certificate.code]))


@router.get("/me/certificates/", response=list[MyCertificateOut], tags=["Learning"],
            summary="The caller's certificates, newest first")  # fmt: skip
@paginate(BoundedPages, page_size=50)
def my_certificates(request):
    now = timezone.now()
    certificates = Certificate.objects.filter(learner=request.auth).order_by("-completed_at", "-pk")
    return [
        {
            "code": certificate.code,
            "course": certificate.course_id,
            "course_title": certificate.course_title,
            "status": selectors.state(certificate, now),
            "issued_at": certificate.issued_at,
            "expires_at": certificate.expires_at,
            "pdf_url": _pdf_url(request, certificate),
            "verify_url": services.verify_url(certificate),
        }
        for certificate in certificates
    ]


@router.get("/certificates/{code}/verify/", response=VerificationOut, auth=None,
            summary="Verify a certificate by its code (public; any case, dashes optional; rate limited)")  # fmt: skip
def verify(request, code: str):
    now = timezone.now()
    if selectors.too_many_lookups(client_address(request), now):
        raise Throttled(wait=60 - int(now.timestamp()) % 60)
    certificate = selectors.certificate_by_code(code)
    if certificate is None:
        raise Http404
    return selectors.public_facts(certificate, now)
