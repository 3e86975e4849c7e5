"""Background work for bulk certificate jobs (see `bulk.py`)."""

from celery import shared_task

from . import bulk


@shared_task(bind=True, acks_late=True, max_retries=5)
def run_certificate_job(self, job_id: int) -> str:
    """Carry out a bulk certificate job; a second run resumes it or finds it finished.

    Storage or network trouble is retried with backoff; once retries run out the job is recorded as failed.
    """
    try:
        return bulk.run_job(job_id=job_id).status
    except OSError as error:
        if self.request.retries < self.max_retries:
            raise self.retry(exc=error, countdown=10 * 2**self.request.retries) from error
        bulk.fail_job(job_id=job_id, error=str(error) or error.__class__.__name__)
        raise
