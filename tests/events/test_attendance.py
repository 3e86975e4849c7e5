"""Attendance three ways (register, paper sheet, QR check-in), each recorded with who and how."""

from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from events import attendance, services
from events.models import Attendance, AttendanceSheet, EventFacilitator

from .conftest import DAY

PDF = b"%PDF-1.4\n% a scanned sign-in sheet\n"


def at(hour, minute=0):
    return timezone.make_aware(datetime(DAY.year, DAY.month, DAY.day, hour, minute))


@pytest.fixture
def roster(event, make_worker, tashkent_supervisor):
    """Three nominated participants of the event."""
    return services.nominate_workers(event=event, workers=[make_worker() for _ in range(3)], by=tashkent_supervisor)


@pytest.fixture
def facilitator(event, learner):
    EventFacilitator.objects.create(event=event, user=learner)
    return learner


def sessions(event):
    return list(event.sessions.all())


def test_the_facilitators_register_records_present_late_and_absent(event, roster, facilitator):
    morning, _afternoon = sessions(event)
    first, second, third = roster

    present = attendance.record_attendance(session=morning, participation=first, status="present", by=facilitator)
    late = attendance.record_attendance(
        session=morning, participation=second, status="late", hours=Decimal("2.5"), by=facilitator
    )
    absent = attendance.record_attendance(session=morning, participation=third, status="absent", by=facilitator)

    assert (present.hours, late.hours, absent.hours) == (Decimal(4), Decimal("2.5"), Decimal(0))
    assert {a.method for a in (present, late, absent)} == {Attendance.Method.REGISTER}
    assert {a.recorded_by for a in (present, late, absent)} == {facilitator}


def test_a_second_tap_changes_the_record_rather_than_adding_one(event, roster, facilitator):
    morning, _afternoon = sessions(event)
    attendance.record_attendance(session=morning, participation=roster[0], status="absent", by=facilitator)

    attendance.record_attendance(session=morning, participation=roster[0], status="present", by=facilitator)

    assert Attendance.objects.get().status == Attendance.Status.PRESENT


def test_hours_beyond_the_session_are_refused(event, roster, facilitator):
    morning, _afternoon = sessions(event)

    with pytest.raises(ValidationError, match="between 0 and the session's 4 hours"):
        attendance.record_attendance(
            session=morning, participation=roster[0], status="late", hours=Decimal(5), by=facilitator
        )


def test_only_organisers_and_facilitators_record_attendance(event, roster, tashkent_supervisor, make_worker):
    morning, _afternoon = sessions(event)
    attendance.record_attendance(session=morning, participation=roster[0], status="present", by=tashkent_supervisor)

    with pytest.raises(PermissionDenied):
        attendance.record_attendance(session=morning, participation=roster[1], status="present", by=make_worker().user)


def test_the_paper_register_marks_ticks_present_keeps_other_records_and_stores_the_sheet_privately(
    event, roster, facilitator, settings
):
    morning, _afternoon = sessions(event)
    first, second, third = roster
    attendance.record_attendance(session=morning, participation=third, status="late", hours=Decimal(1), by=facilitator)
    sheet = SimpleUploadedFile("sheet.pdf", PDF, content_type="application/pdf")

    evidence = attendance.record_paper_register(session=morning, present=[first], sheet=sheet, by=facilitator)

    records = {a.participation_id: a for a in Attendance.objects.all()}
    assert records[first.pk].status == Attendance.Status.PRESENT
    assert (records[first.pk].method, records[first.pk].sheet) == (Attendance.Method.PAPER, evidence)
    assert records[second.pk].status == Attendance.Status.ABSENT
    assert (records[third.pk].status, records[third.pk].method) == (Attendance.Status.LATE, Attendance.Method.REGISTER)
    assert evidence.file.storage.path(evidence.file.name).startswith(str(settings.PRIVATE_MEDIA_ROOT))
    with evidence.file.open("rb") as stored:
        assert stored.read() == PDF


def test_a_paper_sheet_that_is_not_a_pdf_or_a_photo_is_refused_and_nothing_is_saved(event, roster, facilitator):
    morning, _afternoon = sessions(event)
    sheet = SimpleUploadedFile("sheet.pdf", b"MZ\x90\x00 not a scan", content_type="application/pdf")

    with pytest.raises(ValidationError, match="PDF file or a photo"):
        attendance.record_paper_register(session=morning, present=roster, sheet=sheet, by=facilitator)

    assert not Attendance.objects.exists()
    assert not AttendanceSheet.objects.exists()


def test_a_qr_check_in_on_time_marks_the_participant_present_for_the_whole_session(event, roster):
    morning, _afternoon = sessions(event)
    token = attendance.check_in_token(session=morning, now=at(8, 55))

    record = attendance.check_in(token=token, session=morning, user=roster[0].user, now=at(8, 56))

    assert (record.status, record.hours, record.method) == (Attendance.Status.PRESENT, Decimal(4), "qr")
    assert record.recorded_by == roster[0].user


def test_a_qr_check_in_after_a_quarter_hour_is_late_with_the_hours_left(event, roster):
    morning, _afternoon = sessions(event)
    token = attendance.check_in_token(session=morning, now=at(9, 30))

    record = attendance.check_in(token=token, session=morning, user=roster[0].user, now=at(9, 30))

    assert (record.status, record.hours) == (Attendance.Status.LATE, Decimal("3.50"))


def test_scanning_the_same_code_again_is_harmless(event, roster):
    morning, _afternoon = sessions(event)
    token = attendance.check_in_token(session=morning, now=at(9, 0))

    first = attendance.check_in(token=token, session=morning, user=roster[0].user, now=at(9, 0))
    again = attendance.check_in(token=token, session=morning, user=roster[0].user, now=at(9, 1))

    assert again == first
    assert Attendance.objects.count() == 1


def test_a_code_lives_for_its_minute_and_the_next_only(event, roster):
    morning, _afternoon = sessions(event)
    token = attendance.check_in_token(session=morning, now=at(9, 0))

    attendance.check_in(token=token, session=morning, user=roster[0].user, now=at(9, 1) + timedelta(seconds=59))
    with pytest.raises(ValidationError, match="expired") as refused:
        attendance.check_in(token=token, session=morning, user=roster[1].user, now=at(9, 2))

    assert refused.value.code == "expired"
    assert Attendance.objects.count() == 1


def test_a_code_of_another_session_is_refused(event, roster):
    morning, afternoon = sessions(event)
    token = attendance.check_in_token(session=afternoon, now=at(9, 0))

    with pytest.raises(ValidationError, match="another session"):
        attendance.check_in(token=token, session=morning, user=roster[0].user, now=at(9, 0))


def test_a_forged_or_altered_code_is_refused(event, roster):
    morning, _afternoon = sessions(event)
    token = attendance.check_in_token(session=morning, now=at(9, 0))

    for forged in ("", "hello", token[:-2] + "xx"):
        with pytest.raises(ValidationError, match="not a check-in code"):
            attendance.check_in(token=forged, session=morning, user=roster[0].user, now=at(9, 0))


def test_check_in_outside_the_sessions_window_is_refused_saying_when_it_opens(event, roster):
    morning, _afternoon = sessions(event)
    early = at(8, 29)
    token = attendance.check_in_token(session=morning, now=early)

    with pytest.raises(ValidationError, match="from 08:30 to 13:30") as refused:
        attendance.check_in(token=token, session=morning, user=roster[0].user, now=early)

    assert refused.value.code == "outside_window"
    assert not Attendance.objects.exists()


def test_someone_not_on_the_list_cannot_check_in(event, roster, make_worker):
    morning, _afternoon = sessions(event)
    token = attendance.check_in_token(session=morning, now=at(9, 0))

    with pytest.raises(ValidationError, match="not on the list"):
        attendance.check_in(token=token, session=morning, user=make_worker().user, now=at(9, 0))


def test_a_worker_who_got_an_account_after_the_nomination_checks_in_with_it(
    event, make_worker, tashkent_supervisor, django_user_model
):
    worker = make_worker(account=False)
    services.nominate_workers(event=event, workers=[worker], by=tashkent_supervisor)
    worker.user = django_user_model.objects.create_user(email="late-signup@example.test", password="x-Y-z-12345")
    worker.save()
    morning, _afternoon = sessions(event)
    token = attendance.check_in_token(session=morning, now=at(9, 0))

    record = attendance.check_in(token=token, session=morning, user=worker.user, now=at(9, 0))

    assert record.participation.worker == worker
