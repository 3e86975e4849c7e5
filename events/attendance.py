"""Recording who attended a session, three ways: the facilitator's register, a paper sheet, or a QR check-in.

The QR code a facilitator shows changes every minute: it is a signed token
naming the session and the minute it was made, and it is accepted until the
end of the next minute (so one or two minutes). A participant who scans the
same code again is simply still present; a code of another session, an
expired one or a forged one is refused with a message saying why.
"""

from datetime import datetime, timedelta
from decimal import Decimal

from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format, number_format, time_format
from django.utils.translation import gettext as _

from . import selectors
from .models import Attendance, AttendanceSheet, EventSession, Participation, TrainingEvent

TOKEN_SALT = "events.check-in"
TOKEN_MINUTES = 2  # the minute a code was made and the next one
CHECK_IN_MARGIN = timedelta(minutes=30)  # before the start and after the end
LATE_AFTER = timedelta(minutes=15)
SHEET_MAX_BYTES = 10 * 1024 * 1024
# What a scanned sheet may be, known by its first bytes rather than by its name.
SHEET_SIGNATURES = (b"%PDF-", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")
CLOSED = (TrainingEvent.Status.COMPLETED, TrainingEvent.Status.CANCELLED)


def _minute(now: datetime) -> int:
    return int(now.timestamp() // 60)


def check_in_token(*, session: EventSession, now: datetime | None = None) -> str:
    """The code shown on the check-in screen for this minute."""
    now = now or timezone.now()
    return signing.dumps({"s": session.pk, "m": _minute(now)}, salt=TOKEN_SALT)


def _session_of_token(token: str, session: EventSession, now: datetime) -> None:
    try:
        payload = signing.loads(token, salt=TOKEN_SALT)
        session_id, minute = int(payload["s"]), int(payload["m"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        raise ValidationError(_("This is not a check-in code. Scan the code on the screen."), code="bad") from None
    if session_id != session.pk:
        raise ValidationError(
            _("This code is for another session. Scan the code shown in the room you are in."), code="other_session"
        )
    if not 0 <= _minute(now) - minute < TOKEN_MINUTES:
        raise ValidationError(_("This code has expired. Scan the code on the screen again."), code="expired")


def _check_window(session: EventSession, now: datetime) -> None:
    opens, closes = session.start - CHECK_IN_MARGIN, session.end + CHECK_IN_MARGIN
    if not opens <= now <= closes:
        local_open, local_close = timezone.localtime(opens), timezone.localtime(closes)
        raise ValidationError(
            _("Check-in for this session is open on %(date)s from %(opens)s to %(closes)s.")
            % {
                "date": date_format(local_open, "DATE_FORMAT"),
                "opens": time_format(local_open, "H:i"),
                "closes": time_format(local_close, "H:i"),
            },
            code="outside_window",
        )


def _attending(session: EventSession, participation: Participation) -> Participation:
    if participation.event_id != session.event_id or participation.status not in Participation.ATTENDING:
        raise ValidationError(_("This person is not a participant of this event."), code="not_a_participant")
    return participation


def _open(event: TrainingEvent) -> None:
    if event.status in CLOSED:
        raise ValidationError(_("The event is closed: its attendance can no longer change."), code="event_closed")


@transaction.atomic
def check_in(*, token: str, session: EventSession, user, now: datetime | None = None) -> Attendance:
    """A signed-in participant scans the session's QR code and is marked present (late after 15 minutes)."""
    now = now or timezone.now()
    _session_of_token(token, session, now)
    _open(session.event)
    _check_window(session, now)
    participation = selectors.participation_of(session.event, user)
    if participation is None or participation.status not in Participation.ATTENDING:
        raise ValidationError(_("You are not on the list of participants of this event."), code="not_a_participant")
    existing = Attendance.objects.filter(session=session, participation=participation).first()
    if existing is not None and existing.status != Attendance.Status.ABSENT:
        return existing  # scanned again: still present
    late = now > session.start + LATE_AFTER
    hours = _hours_between(now, session.end) if late else session.hours
    attendance, _created = Attendance.objects.update_or_create(
        session=session,
        participation=participation,
        defaults={
            "status": Attendance.Status.LATE if late else Attendance.Status.PRESENT,
            "hours": hours,
            "method": Attendance.Method.QR,
            "sheet": None,
            "recorded_by": user,
            "recorded_at": now,
        },
    )
    return attendance


def _hours_between(start: datetime, end: datetime) -> Decimal:
    minutes = max(0, int((end - start).total_seconds() // 60))
    return (Decimal(minutes) / 60).quantize(Decimal("0.01"))


def _number(hours: Decimal) -> str:
    """Hours as the active language writes numbers, without trailing zeros: "4", "3,5"."""
    return number_format(hours.quantize(Decimal(1)) if hours == hours.to_integral_value() else hours.normalize())


def _hours_for(session: EventSession, status: str, hours: Decimal | None) -> Decimal:
    if status == Attendance.Status.ABSENT:
        return Decimal(0)
    if hours is None:
        return session.hours
    if not Decimal(0) <= hours <= session.hours:
        raise ValidationError(
            _("Hours attended must be between 0 and the session's %(hours)s hours.")
            % {"hours": _number(session.hours)},
            code="hours",
        )
    return hours


@transaction.atomic
def record_attendance(
    *,
    session: EventSession,
    participation: Participation,
    status: str,
    by,
    hours: Decimal | None = None,
    now: datetime | None = None,
) -> Attendance:
    """The facilitator's register: present, late (with the hours attended) or absent, one tap per participant."""
    now = now or timezone.now()
    if not selectors.can_run_event(by, session.event):
        raise PermissionDenied(_("Only the event's organisers and facilitators record its attendance."))
    _open(session.event)
    if status not in Attendance.Status.values:
        raise ValidationError(_("Choose present, late or absent."), code="status")
    _attending(session, participation)
    attendance, _created = Attendance.objects.update_or_create(
        session=session,
        participation=participation,
        defaults={
            "status": status,
            "hours": _hours_for(session, status, hours),
            "method": Attendance.Method.REGISTER,
            "sheet": None,
            "recorded_by": by,
            "recorded_at": now,
        },
    )
    return attendance


def check_sheet(upload) -> None:
    """A scanned sheet must be a PDF, PNG or JPEG (judged by its content) of at most 10 MB."""
    if upload.size > SHEET_MAX_BYTES:
        raise ValidationError(_("The scanned sheet is larger than 10 MB."), code="sheet_too_large")
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    if not head.startswith(SHEET_SIGNATURES):
        raise ValidationError(
            _("The scanned sheet must be a PDF file or a photo (JPEG or PNG)."), code="sheet_not_image_or_pdf"
        )


@transaction.atomic
def record_paper_register(
    *, session: EventSession, present: list[Participation], sheet, by, now: datetime | None = None
) -> AttendanceSheet:
    """Attendance typed in from a paper sign-in sheet: those ticked are present, the others absent unless already
    recorded another way; the scanned sheet is kept as private evidence."""
    now = now or timezone.now()
    if not selectors.can_run_event(by, session.event):
        raise PermissionDenied(_("Only the event's organisers and facilitators record its attendance."))
    _open(session.event)
    check_sheet(sheet)
    ticked = {participation.pk for participation in present}
    everyone = list(session.event.participations.filter(status__in=Participation.ATTENDING))
    if ticked - {participation.pk for participation in everyone}:
        raise ValidationError(_("This person is not a participant of this event."), code="not_a_participant")
    evidence = AttendanceSheet(session=session, original_name=sheet.name[:255], uploaded_by=by, uploaded_at=now)
    evidence.file.save(sheet.name, sheet, save=False)
    evidence.save()
    recorded = set(Attendance.objects.filter(session=session).values_list("participation_id", flat=True))
    for participation in everyone:
        if participation.pk not in ticked and participation.pk in recorded:
            continue
        status = Attendance.Status.PRESENT if participation.pk in ticked else Attendance.Status.ABSENT
        Attendance.objects.update_or_create(
            session=session,
            participation=participation,
            defaults={
                "status": status,
                "hours": _hours_for(session, status, None),
                "method": Attendance.Method.PAPER,
                "sheet": evidence,
                "recorded_by": by,
                "recorded_at": now,
            },
        )
    return evidence
