"""E-mails to participants: a place that opened for someone on the waiting list."""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from core.links import absolute_url
from core.tasks import send_email_message

from .models import Participation


def _language_of(participation: Participation) -> str:
    account = participation.account
    return getattr(account, "preferred_language", "") or participation.event.language


def _message(participation: Participation, template: str) -> dict | None:
    """The e-mail to a participant, in their language, as `send_email_message` takes it; None without an address."""
    if not participation.email:
        return None
    event = participation.event
    with translation.override(_language_of(participation)):
        context = {
            "name": participation.name,
            "event_title": event.title,
            "sessions": list(event.sessions.select_related("venue_facility")),
            "participation": participation,
            "site_url": absolute_url("/"),
        }
        subject = " ".join(render_to_string(f"events/email/{template}_subject.txt", context).split())
        body = render_to_string(f"events/email/{template}_message.txt", context)
    return {"subject": subject, "body": body, "from_email": settings.DEFAULT_FROM_EMAIL, "to": [participation.email]}


def notify_place_offered(participation: Participation) -> None:
    """Tell someone moved up from the waiting list that they have a place; sent once the move commits."""
    message = _message(participation, "place_offered")
    if message is not None:
        send_email_message.delay_on_commit(**message)
