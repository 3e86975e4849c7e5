"""Background work of roster and facility imports: validating and applying large files, sending invitations."""

from celery import shared_task
from celery.contrib.django.task import DjangoTask
from django.db import OperationalError

from ..models import ImportRun
from . import invitations, services

TRANSIENT = (OperationalError, OSError)


class ImportTask(DjangoTask):
    """A task on one import; when it fails for good the import is closed so its page stops waiting."""

    def on_failure(self, exc, task_id, args, kwargs, einfo):
        run_id = args[0] if args else kwargs.get("run_id")
        if run_id is not None:
            services.abandon_import(run_id=run_id)


@shared_task(base=ImportTask, acks_late=True, autoretry_for=TRANSIENT, retry_backoff=True, max_retries=3)
def validate_import_run(run_id: int) -> str:
    """Validate an uploaded file; an import no longer waiting for validation is left as it is."""
    run = ImportRun.objects.filter(pk=run_id, status=ImportRun.Status.VALIDATING).first()
    if run is None:
        return "skipped"
    return services.validate_import(run=run).status


@shared_task(base=ImportTask, acks_late=True, autoretry_for=TRANSIENT, retry_backoff=True, max_retries=3)
def apply_import_run(run_id: int) -> str:
    """Apply a validated file all or nothing; an import not waiting to be applied is left as it is."""
    run = ImportRun.objects.filter(pk=run_id).first()
    if run is None:
        return "missing"
    return services.apply_import(run=run).status


@shared_task(acks_late=True)
def send_import_invitations(run_id: int) -> int:
    """E-mail the applied roster's workers an invitation to sign up; an import invites once."""
    run = ImportRun.objects.filter(pk=run_id).first()
    return invitations.send_invitations(run=run) if run is not None else 0
