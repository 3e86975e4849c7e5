"""Certificates follow course completion."""

from django.db import transaction

from . import services, tasks


def create_certificate_on_completion(sender, enrolment, now, **kwargs):
    """A pending certificate in the completing transaction; rendering in a worker once it commits."""
    certificate = services.create_pending_certificate(enrolment=enrolment, now=now)
    if certificate is not None:
        transaction.on_commit(lambda: tasks.issue_certificate.delay(certificate.pk))
