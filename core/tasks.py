"""E-mail sending, shared by every app."""

from celery import shared_task
from django.core.mail import EmailMultiAlternatives


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def send_email_message(*, subject: str, body: str, from_email: str, to: list[str], html: str | None = None) -> int:
    """Send one already-rendered e-mail; SMTP hiccups are retried with backoff."""
    message = EmailMultiAlternatives(subject=subject, body=body, from_email=from_email, to=to)
    if html:
        message.attach_alternative(html, "text/html")
    return message.send()
