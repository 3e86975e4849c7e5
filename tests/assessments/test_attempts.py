"""Starting, answering and submitting attempts through the services."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from assessments import services
from assessments.models import Attempt, AttemptAnswer, LearningOutcome, QuizPage
from courses.models import Enrolment


@pytest.fixture
def final(quizzes, learner):
    course = quizzes.course()
    quizzes.enrol(learner, course)
    return quizzes.quiz(course, pass_mark=Decimal(80))


def test_starting_records_the_questions_and_their_option_order(quizzes, learner, final):
    attempt = services.start_attempt(learner=learner, quiz=final)

    assert attempt.number == 1
    assert attempt.status == Attempt.Status.IN_PROGRESS
    assert attempt.question_ids == [q.pk for q in quizzes.questions]
    assert attempt.questions[0]["options"] == [0, 1, 2]


def test_starting_again_resumes_the_open_attempt(learner, final):
    first = services.start_attempt(learner=learner, quiz=final)

    assert services.start_attempt(learner=learner, quiz=final).pk == first.pk


def test_only_enrolled_learners_may_start(quizzes, final):
    from tests.factories import UserFactory

    with pytest.raises(PermissionDenied):
        services.start_attempt(learner=UserFactory(), quiz=final)


def test_perfect_answers_pass_and_complete_the_course(quizzes, learner, final):
    enrolment = Enrolment.objects.get(learner=learner)
    from courses.services import complete_lesson

    complete_lesson(enrolment=enrolment, lesson=quizzes.courses.lessons(enrolment.course)[0])
    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.IN_PROGRESS, "the final assessment is still missing"

    attempt = services.start_attempt(learner=learner, quiz=final)
    services.save_answers(attempt=attempt, responses=quizzes.perfect_answers)
    graded = services.submit_attempt(attempt=attempt)

    assert graded.status == Attempt.Status.GRADED
    assert graded.percent == Decimal("100.00")
    assert graded.passed
    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.COMPLETED


def test_submitting_twice_grades_once_and_returns_the_same_result(quizzes, learner, final):
    attempt = services.start_attempt(learner=learner, quiz=final)
    services.save_answers(attempt=attempt, responses={quizzes.single.pk: 1})

    first = services.submit_attempt(attempt=attempt)
    second = services.submit_attempt(attempt=attempt)

    assert first.graded_at == second.graded_at
    assert first.percent == second.percent == Decimal("20.00")
    assert not first.passed


def test_answers_after_submission_are_refused_with_a_message(quizzes, learner, final):
    attempt = services.start_attempt(learner=learner, quiz=final)
    services.submit_attempt(attempt=attempt)

    with pytest.raises(services.AttemptClosed) as refusal:
        services.save_answers(attempt=attempt, responses={quizzes.single.pk: 1})

    assert refusal.value.code == "closed"
    assert not AttemptAnswer.objects.filter(response=1).exists()


def test_answers_to_questions_outside_the_attempt_are_refused(quizzes, learner, final):
    attempt = services.start_attempt(learner=learner, quiz=final)

    with pytest.raises(services.ValidationError):
        services.save_answers(attempt=attempt, responses={999999: 1})


def test_the_attempt_limit_holds(quizzes, learner):
    course = quizzes.course()
    quizzes.enrol(learner, course)
    quiz = quizzes.quiz(course, max_attempts=2)
    for _ in range(2):
        services.submit_attempt(attempt=services.start_attempt(learner=learner, quiz=quiz))

    with pytest.raises(services.AttemptNotAllowed) as refusal:
        services.start_attempt(learner=learner, quiz=quiz)

    assert refusal.value.code == "no_attempts_left"


def test_waiting_time_between_attempts_is_enforced(quizzes, learner):
    course = quizzes.course()
    quizzes.enrol(learner, course)
    quiz = quizzes.quiz(course, wait_minutes=30)
    start = timezone.now()
    services.submit_attempt(attempt=services.start_attempt(learner=learner, quiz=quiz, now=start), now=start)

    with pytest.raises(services.AttemptNotAllowed):
        services.start_attempt(learner=learner, quiz=quiz, now=start + timedelta(minutes=29))
    assert services.start_attempt(learner=learner, quiz=quiz, now=start + timedelta(minutes=31)).number == 2


class TestTimeLimit:
    """The deadline is start + limit on the server's clock; the grace covers the network."""

    @pytest.fixture
    def timed(self, quizzes, learner):
        course = quizzes.course()
        quizzes.enrol(learner, course)
        return quizzes.quiz(course, time_limit_minutes=10)

    def test_answers_on_time_count(self, quizzes, learner, timed):
        start = timezone.now()
        attempt = services.start_attempt(learner=learner, quiz=timed, now=start)

        services.save_answers(attempt=attempt, responses={quizzes.single.pk: 1}, now=start + timedelta(minutes=9))
        graded = services.submit_attempt(attempt=attempt, now=start + timedelta(minutes=9, seconds=30))

        assert graded.points == Decimal("1.00")

    def test_answers_within_the_grace_count(self, quizzes, learner, timed):
        start = timezone.now()
        attempt = services.start_attempt(learner=learner, quiz=timed, now=start)

        services.save_answers(
            attempt=attempt, responses={quizzes.single.pk: 1}, now=start + timedelta(minutes=10, seconds=20)
        )

        assert AttemptAnswer.objects.get(attempt=attempt).response == 1

    def test_late_answers_are_refused_and_the_attempt_graded_with_what_was_saved(self, quizzes, learner, timed):
        start = timezone.now()
        attempt = services.start_attempt(learner=learner, quiz=timed, now=start)
        services.save_answers(attempt=attempt, responses={quizzes.single.pk: 1}, now=start + timedelta(minutes=5))

        with pytest.raises(services.AttemptClosed) as refusal:
            services.save_answers(
                attempt=attempt, responses={quizzes.true_false.pk: False}, now=start + timedelta(minutes=11)
            )

        attempt.refresh_from_db()
        assert refusal.value.code == "late"
        assert attempt.status == Attempt.Status.GRADED
        assert attempt.points == Decimal("1.00")

    def test_expired_attempts_are_closed_by_the_sweep(self, quizzes, learner, timed):
        start = timezone.now() - timedelta(hours=1)
        services.start_attempt(learner=learner, quiz=timed, now=start)

        assert services.close_expired_attempts() == 1
        assert Attempt.objects.get().status == Attempt.Status.GRADED


def test_knowledge_gain_is_best_final_minus_pre_test(quizzes, learner):
    course = quizzes.course()
    quizzes.enrol(learner, course)
    pre = quizzes.quiz(course, role=QuizPage.Role.PRE_TEST, questions=[quizzes.single, quizzes.true_false])
    final = quizzes.quiz(course, questions=[quizzes.single, quizzes.true_false])

    services.submit_attempt(attempt=services.start_attempt(learner=learner, quiz=pre))  # 0 %
    first = services.start_attempt(learner=learner, quiz=final)
    services.save_answers(attempt=first, responses={quizzes.single.pk: 1})
    services.submit_attempt(attempt=first)  # 50 %
    second = services.start_attempt(learner=learner, quiz=final)
    services.save_answers(attempt=second, responses={quizzes.single.pk: 1, quizzes.true_false.pk: False})
    services.submit_attempt(attempt=second)  # 100 %

    outcome = LearningOutcome.objects.get(learner=learner)
    assert outcome.pre_test_percent == Decimal("0.00")
    assert outcome.best_final_percent == Decimal("100.00")
    assert outcome.knowledge_gain == Decimal("100.00")


def test_a_pre_test_never_gates_completion(quizzes, learner):
    from courses.services import complete_lesson

    course = quizzes.course()
    enrolment = quizzes.enrol(learner, course)
    quizzes.quiz(course, role=QuizPage.Role.PRE_TEST)

    complete_lesson(enrolment=enrolment, lesson=quizzes.courses.lessons(course)[0])

    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.COMPLETED


def test_the_periodic_task_closes_expired_attempts(quizzes, learner):
    from assessments.tasks import close_expired_attempts

    course = quizzes.course()
    quizzes.enrol(learner, course)
    quiz = quizzes.quiz(course, time_limit_minutes=5)
    services.start_attempt(learner=learner, quiz=quiz, now=timezone.now() - timedelta(minutes=10))

    assert close_expired_attempts.delay().get() == 1
    assert close_expired_attempts.delay().get() == 0


def test_taking_a_completed_course_again_needs_a_new_pass_with_a_fresh_attempt_limit(quizzes, learner):
    from courses.services import complete_lesson, restart_course

    course = quizzes.course(completion_rule="lessons_and_final")
    enrolment = quizzes.enrol(learner, course)
    quiz = quizzes.quiz(course, max_attempts=1, pass_mark=Decimal(80))
    lesson = quizzes.courses.lessons(course)[0]
    complete_lesson(enrolment=enrolment, lesson=lesson)
    attempt = services.start_attempt(learner=learner, quiz=quiz)
    services.save_answers(attempt=attempt, responses=quizzes.perfect_answers)
    services.submit_attempt(attempt=attempt)

    enrolment = restart_course(enrolment=enrolment, now=timezone.now() + timedelta(seconds=1))
    complete_lesson(enrolment=enrolment, lesson=lesson, now=timezone.now() + timedelta(seconds=2))
    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.IN_PROGRESS, "the earlier pass no longer counts"

    retake = services.start_attempt(learner=learner, quiz=quiz, now=timezone.now() + timedelta(seconds=3))
    assert retake.number == 2
    services.save_answers(attempt=retake, responses=quizzes.perfect_answers, now=timezone.now() + timedelta(seconds=4))
    services.submit_attempt(attempt=retake, now=timezone.now() + timedelta(seconds=5))
    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.COMPLETED
