"""Invitations to create an account, sent to the roster workers an import lists with an e-mail address.

The link is the sign-up page with the address and a signed token: the address
is filled in by allauth, and the token, read by `InvitedSignupView`, fills in
the name, facility, cadre and employee number, and is kept in the session: it is
the proof with which sign-up (`register_health_worker`) joins the new account to
the roster entry at once instead of asking the supervisor. The
e-mail states the facility code and the employee number too.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from core.links import absolute_url
from core.tasks import send_email_message

from ..models import HealthWorker, ImportRun
from .reading import chunked, open_table
from .roster import CHUNK_ROWS, registered_emails
from .validation import parse_active

SALT = "workforce.imports.invitation"
VALID_DAYS = 30
SESSION_KEY = "workforce_invitation"


@dataclass(frozen=True)
class Invitation:
    """A valid invitation: the roster entry it is for, still without an account, and the address it went to."""

    worker: HealthWorker
    email: str


def invitation_token(*, worker: HealthWorker, email: str) -> str:
    return signing.dumps({"w": worker.pk, "n": worker.employee_number, "e": email}, salt=SALT, compress=True)


def read_invitation(token: str) -> Invitation | None:
    """The invitation behind a token, unless it is forged, older than VALID_DAYS or its entry has an account."""
    try:
        data = signing.loads(token, salt=SALT, max_age=VALID_DAYS * 24 * 3600)
    except signing.BadSignature:
        return None
    worker = (
        HealthWorker.objects.select_related("facility", "cadre")
        .filter(pk=data["w"], employee_number=data["n"], user__isnull=True, is_active=True)
        .first()
    )
    return Invitation(worker=worker, email=data["e"]) if worker is not None else None


def remember_invitation(request, invitation: Invitation, token: str) -> None:
    """Keep the invitation for the sign-up that follows: it is the proof that joins the account to the entry."""
    request.session[SESSION_KEY] = token
    request.session["account_verified_email"] = invitation.email


def invitation_in_session(request) -> Invitation | None:
    """The still-valid invitation this browser followed before signing up, if any."""
    return read_invitation(request.session.get(SESSION_KEY, ""))


def signup_initial(invitation: Invitation) -> dict:
    """The sign-up form's fields, filled in from the roster entry."""
    worker = invitation.worker
    return {
        "email": invitation.email,
        "full_name": worker.full_name,
        "facility": f"{worker.facility.code} — {worker.facility.name}",
        "cadre": worker.cadre_id,
        "employee_number": worker.employee_number,
    }


def invitation_url(*, worker: HealthWorker, email: str, language: str) -> str:
    with translation.override(language):
        path = reverse("account_signup")
    query = urlencode({"email": email, "invite": invitation_token(worker=worker, email=email)})
    return f"{absolute_url(path)}?{query}"


def send_invitation(*, worker: HealthWorker, email: str, language: str) -> None:
    """Render one invitation in this language and hand it to the mail worker."""
    with translation.override(language):
        context = {
            "worker": worker,
            "signup_url": invitation_url(worker=worker, email=email, language=language),
            "valid_days": VALID_DAYS,
        }
        subject = " ".join(render_to_string("workforce/imports/email/invitation_subject.txt", context).split())
        body = render_to_string("workforce/imports/email/invitation_message.txt", context)
    send_email_message.delay(subject=subject, body=body, from_email=settings.DEFAULT_FROM_EMAIL, to=[email])


def send_invitations(*, run: ImportRun) -> int:
    """Invite the applied roster's active workers who have an address and no account; each import invites once.

    Addresses that already belong to an account are skipped: those people sign
    in, and staff link them to their entry.
    """
    with transaction.atomic():
        run = ImportRun.objects.select_for_update().get(pk=run.pk)
        if run.status != ImportRun.Status.APPLIED or not run.invite_workers or run.invitations_sent_at:
            return 0
        run.invitations_sent_at = timezone.now()
        run.save(update_fields=["invitations_sent_at"])
    invited: set[str] = set()  # one invitation per address, even when two rows share it
    with run.file.open("rb") as file, open_table(file, kind=run.kind, name=run.original_name) as table:
        for chunk in chunked(table.rows, CHUNK_ROWS):
            emails = {}
            for row in chunk:
                email = row.values.get("email", "").lower()
                if email and _is_valid(email) and parse_active(row.values.get("active", "")):
                    emails[row.values["employee_number"]] = email
            taken = registered_emails(set(emails.values()))
            workers = HealthWorker.objects.filter(
                employee_number__in=list(emails), user__isnull=True, is_active=True
            ).select_related("facility")
            for worker in workers:
                email = emails[worker.employee_number]
                if email not in taken and email not in invited:
                    send_invitation(worker=worker, email=email, language=run.language)
                    invited.add(email)
    ImportRun.objects.filter(pk=run.pk).update(invited_count=len(invited))
    return len(invited)


def _is_valid(email: str) -> bool:
    try:
        validate_email(email)
    except ValidationError:
        return False
    return True
