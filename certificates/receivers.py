"""Certificates follow course completion and the completion of other registered subjects."""

from django.db import transaction

from . import services, tasks


def create_certificate_on_completion(sender, enrolment, now, **kwargs):
    """A pending certificate in the completing transaction; rendering in a worker once it commits."""
    certificate = services.create_pending_certificate(enrolment=enrolment, now=now)
    if certificate is not None:
        transaction.on_commit(lambda: tasks.issue_certificate.delay(certificate.pk))


def create_certificate_on_training_completion(sender, subject, learner, completed_at, now, **kwargs):
    """The same for a registered subject (a training event, …): pending now, rendered once the completion commits."""
    certificate = services.create_pending_subject_certificate(
        subject=subject, learner=learner, completed_at=completed_at
    )
    if certificate is not None:
        transaction.on_commit(lambda: tasks.issue_certificate.delay(certificate.pk))
