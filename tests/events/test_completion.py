"""Completing an event: the rule on hours and the post-test, closing once, certificates once, the trainer cascade."""

from datetime import datetime
from decimal import Decimal
from io import BytesIO

import pytest
from dateutil.relativedelta import relativedelta
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from assessments.models import Attempt, QuizPage
from certificates.models import Certificate
from certificates.tasks import issue_certificate
from events import attendance, services
from events.completion import close_event, meets_completion_rule, record_paper_scores
from events.models import CertifiedTrainer, Participation, TrainingEvent
from events.selectors import is_certified_trainer

CLOSED_AT = timezone.make_aware(datetime(2026, 3, 10, 18, 0))
Status = Participation.Status


@pytest.mark.parametrize(
    ("attended", "threshold", "expected"),
    [
        ("7", 80, True),
        ("5.6", 80, True),  # 80 % of 7 hours, exactly
        ("5.59", 80, False),
        ("4", 80, False),  # the morning only: 57 %
        ("3.5", 50, True),
        ("0", 1, False),
    ],
)
def test_the_rule_compares_hours_attended_with_the_threshold_of_all_session_hours(attended, threshold, expected):
    assert (
        meets_completion_rule(
            session_hours=Decimal(7),
            attended_hours=Decimal(attended),
            threshold_percent=threshold,
            post_test_required=False,
            post_test_passed=False,
        )
        is expected
    )


def test_the_rule_asks_for_a_passed_post_test_when_the_event_has_one():
    facts = {"session_hours": Decimal(7), "attended_hours": Decimal(7), "threshold_percent": 80}

    assert not meets_completion_rule(**facts, post_test_required=True, post_test_passed=False)
    assert meets_completion_rule(**facts, post_test_required=True, post_test_passed=True)
    assert not meets_completion_rule(
        session_hours=Decimal(0), attended_hours=Decimal(0), threshold_percent=80, post_test_required=False,
        post_test_passed=False,
    )  # fmt: skip


def attend(event, participation, by, morning=None, afternoon=None):
    """Attendance by hours: None is absent, a number is the hours present (4 and 3 are the whole sessions)."""
    for session, hours in zip(event.sessions.all(), (morning, afternoon), strict=True):
        status = "absent" if hours is None else "late"
        attendance.record_attendance(
            session=session, participation=participation, status=status, hours=hours and Decimal(hours), by=by
        )


@pytest.fixture
def people(event, make_worker, tashkent_supervisor):
    """Four nominated workers named by how much they attended."""
    names = ["Aziza whole day", "Bobur morning only", "Dilnoza six hours", "Erkin five and a half"]
    nominated = services.nominate_workers(
        event=event, workers=[make_worker(full_name=name) for name in names], by=tashkent_supervisor
    )
    people = {p.worker.full_name.split()[0]: p for p in nominated}
    attend(event, people["Aziza"], tashkent_supervisor, 4, 3)
    attend(event, people["Bobur"], tashkent_supervisor, 4, None)
    attend(event, people["Dilnoza"], tashkent_supervisor, 4, 2)  # 6 of 7 hours: 85.7 %
    attend(event, people["Erkin"], tashkent_supervisor, 4, "1.5")  # 5.5 of 7 hours: 78.6 %
    return people


def test_closing_completes_those_who_attended_enough_hours(event, people, tashkent_supervisor):
    completed = close_event(event=event, by=tashkent_supervisor, now=CLOSED_AT)

    assert {p.worker.full_name.split()[0] for p in completed} == {"Aziza", "Dilnoza"}
    statuses = dict(Participation.objects.values_list("worker__full_name", "status"))
    assert statuses["Bobur morning only"] == statuses["Erkin five and a half"] == Status.NOMINATED
    event.refresh_from_db()
    assert (event.status, event.closed_at, event.closed_by) == (
        TrainingEvent.Status.COMPLETED,
        CLOSED_AT,
        tashkent_supervisor,
    )


def test_closing_twice_records_completions_once_and_issues_each_certificate_once(
    event, people, tashkent_supervisor, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        close_event(event=event, by=tashkent_supervisor, now=CLOSED_AT)
    with django_capture_on_commit_callbacks(execute=True):
        again = close_event(event=event, by=tashkent_supervisor, now=CLOSED_AT + relativedelta(days=1))
    for certificate in Certificate.objects.all():
        issue_certificate(certificate.pk)

    assert again == []
    assert set(Participation.objects.filter(status=Status.COMPLETED).values_list("completed_at", flat=True)) == {
        CLOSED_AT
    }
    certificates = Certificate.objects.all()
    assert {c.learner for c in certificates} == {people["Aziza"].user, people["Dilnoza"].user}
    assert len(certificates) == 2
    assert {(c.status, c.course_id, c.subject) for c in certificates} == {(Certificate.Status.ISSUED, None, event)}
    assert {c.cpd_hours for c in certificates} == {Decimal(7)}


def test_an_event_certificate_names_the_training_in_the_holders_language(
    make_event, make_worker, tashkent_supervisor, django_capture_on_commit_callbacks
):
    event = make_event(certificate_validity_months=12)
    [participation] = services.nominate_workers(
        event=event, workers=[make_worker(language="ru")], by=tashkent_supervisor
    )
    attend(event, participation, tashkent_supervisor, 4, 3)

    with django_capture_on_commit_callbacks(execute=True):
        close_event(event=event, by=tashkent_supervisor, now=CLOSED_AT)

    certificate = Certificate.objects.get()
    with certificate.pdf.open("rb") as handle:
        text = "".join(page.extract_text() for page in PdfReader(BytesIO(handle.read())).pages)
    assert certificate.course_title == "Семинар по гигиене рук"
    assert "Семинар по гигиене рук" in text
    assert certificate.expires_at == certificate.issued_at + relativedelta(months=12)


def test_external_participants_and_workers_without_accounts_complete_without_a_certificate(
    event, make_worker, tashkent_supervisor, django_capture_on_commit_callbacks
):
    [worker] = services.nominate_workers(event=event, workers=[make_worker(account=False)], by=tashkent_supervisor)
    external = services.add_external_participant(event=event, by=tashkent_supervisor, name="Dr. Anna Weber")
    attend(event, worker, tashkent_supervisor, 4, 3)
    attend(event, external, tashkent_supervisor, 4, 3)

    with django_capture_on_commit_callbacks(execute=True):
        completed = close_event(event=event, by=tashkent_supervisor, now=CLOSED_AT)

    assert set(completed) == {worker, external}
    assert not Certificate.objects.exists()


def test_an_event_without_a_certificate_gives_none(make_event, make_worker, tashkent_supervisor):
    event = make_event(gives_certificate=False)
    [participation] = services.nominate_workers(event=event, workers=[make_worker()], by=tashkent_supervisor)
    attend(event, participation, tashkent_supervisor, 4, 3)

    close_event(event=event, by=tashkent_supervisor, now=CLOSED_AT)

    assert not Certificate.objects.exists()


def test_only_organisers_and_facilitators_close_an_event(event, learner):
    with pytest.raises(PermissionDenied):
        close_event(event=event, by=learner)


def test_a_cancelled_event_cannot_be_closed(make_event, tashkent_supervisor):
    event = make_event(status=TrainingEvent.Status.CANCELLED)

    with pytest.raises(ValidationError, match="cancelled"):
        close_event(event=event, by=tashkent_supervisor)


@pytest.fixture
def course_with_post_test(courses):
    course = courses.course("Qoʻl gigiyenasi", slug="hand-hygiene", lessons=1)
    quiz = course.add_child(instance=QuizPage(title="Yakuniy test", slug="final", pass_mark=70))
    quiz.save_revision().publish()
    return course, QuizPage.objects.get(pk=quiz.pk)


def test_with_a_post_test_only_those_who_passed_it_online_or_on_paper_complete(
    make_event, make_worker, tashkent_supervisor, course_with_post_test
):
    course, quiz = course_with_post_test
    event = make_event(course=course, post_test=quiz)
    online, paper, failed, untested = services.nominate_workers(
        event=event, workers=[make_worker(full_name=name) for name in "ABCD"], by=tashkent_supervisor
    )
    for participation in (online, paper, failed, untested):
        attend(event, participation, tashkent_supervisor, 4, 3)
    Attempt.objects.create(learner=online.user, quiz=quiz, number=1, status="graded", started_at=CLOSED_AT, passed=True)
    record_paper_scores(
        participation=paper, by=tashkent_supervisor, pre_test_percent=Decimal(40), post_test_percent=Decimal(70)
    )
    record_paper_scores(participation=failed, by=tashkent_supervisor, post_test_percent=Decimal("69.99"))

    completed = close_event(event=event, by=tashkent_supervisor, now=CLOSED_AT)

    assert set(completed) == {online, paper}
    paper.refresh_from_db()
    assert paper.scores_on_paper


def test_completing_a_training_of_trainers_makes_a_certified_trainer_until_it_expires(
    make_event, make_worker, tashkent_supervisor, courses
):
    course = courses.course("Qoʻl gigiyenasi", slug="hand-hygiene", lessons=1)
    tot = make_event(modality=TrainingEvent.Modality.TRAINING_OF_TRAINERS, course=course, trainer_validity_months=24)
    graduate, dropout = services.nominate_workers(
        event=tot, workers=[make_worker(), make_worker()], by=tashkent_supervisor
    )
    attend(tot, graduate, tashkent_supervisor, 4, 3)
    attend(tot, dropout, tashkent_supervisor, 4, None)

    close_event(event=tot, by=tashkent_supervisor, now=CLOSED_AT)

    trainer = CertifiedTrainer.objects.get()
    assert (trainer.worker, trainer.course, trainer.event) == (graduate.worker, course, tot)
    assert trainer.expires_at == CLOSED_AT + relativedelta(months=24)
    valid_until = CLOSED_AT + relativedelta(months=24)
    assert is_certified_trainer(course=course, worker=graduate.worker, now=valid_until - relativedelta(days=1))
    assert is_certified_trainer(course=course, user=graduate.user, now=CLOSED_AT)
    assert not is_certified_trainer(course=course, worker=graduate.worker, now=valid_until)
    assert not is_certified_trainer(course=course, worker=dropout.worker, now=CLOSED_AT)


def test_a_later_training_of_trainers_renews_the_trainers_certification(
    make_event, make_worker, tashkent_supervisor, courses
):
    course = courses.course("Qoʻl gigiyenasi", slug="hand-hygiene", lessons=1)
    worker = make_worker()
    closings = [CLOSED_AT, CLOSED_AT + relativedelta(months=20)]
    for closed_at in closings:
        tot = make_event(modality=TrainingEvent.Modality.TRAINING_OF_TRAINERS, course=course)
        [participation] = services.nominate_workers(event=tot, workers=[worker], by=tashkent_supervisor)
        attend(tot, participation, tashkent_supervisor, 4, 3)
        close_event(event=tot, by=tashkent_supervisor, now=closed_at)

    trainer = CertifiedTrainer.objects.get()
    assert trainer.expires_at == closings[1] + relativedelta(months=24)


def test_a_workshop_for_a_course_makes_no_trainers(make_event, make_worker, tashkent_supervisor, courses):
    course = courses.course("Qoʻl gigiyenasi", slug="hand-hygiene", lessons=1)
    event = make_event(course=course)
    [participation] = services.nominate_workers(event=event, workers=[make_worker()], by=tashkent_supervisor)
    attend(event, participation, tashkent_supervisor, 4, 3)

    close_event(event=event, by=tashkent_supervisor, now=CLOSED_AT)

    assert not CertifiedTrainer.objects.exists()


def test_the_holder_is_told_of_the_training_and_its_verify_page_names_it(
    event, make_worker, tashkent_supervisor, client, mailoutbox, django_capture_on_commit_callbacks
):
    [participation] = services.nominate_workers(event=event, workers=[make_worker()], by=tashkent_supervisor)
    attend(event, participation, tashkent_supervisor, 4, 3)

    with django_capture_on_commit_callbacks(execute=True):
        close_event(event=event, by=tashkent_supervisor, now=CLOSED_AT)

    certificate = Certificate.objects.get()
    [message] = mailoutbox
    assert message.to == [participation.user.email]
    assert 'completing the training "Hand hygiene workshop"' in " ".join(message.body.split())
    page = client.get(reverse("certificates:verify", args=[certificate.code]))
    assert page.status_code == 200
    assert "<dt>Training</dt>" in page.text
    assert "Hand hygiene workshop" in page.text
