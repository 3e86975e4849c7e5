"""Double clicks, two tabs and retried requests change nothing twice (threads on PostgreSQL)."""

import threading

import pytest
from django.db import connection

from courses import services
from courses.models import Enrolment, LessonProgress
from courses.signals import course_completed
from tests.courses.conftest import CourseBuilder
from tests.factories import UserFactory

THREADS = 8


def run_concurrently(action, count=THREADS):
    barrier = threading.Barrier(count)
    errors = []

    def worker():
        try:
            barrier.wait()
            action()
        except Exception as error:  # noqa: BLE001 - collected and asserted below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


@pytest.mark.django_db(transaction=True)
def test_concurrent_enrolments_and_completions_leave_one_row_each_and_one_event(postgres):
    builder = CourseBuilder()
    course = builder.course(lessons=2)
    first, last = builder.lessons(course)
    learner = UserFactory()
    completions = []
    receiver = lambda sender, enrolment, now, **kwargs: completions.append(enrolment.pk)  # noqa: E731
    course_completed.connect(receiver)
    try:
        errors = run_concurrently(lambda: services.enrol_learner(learner=learner, course=course))
        enrolment = Enrolment.objects.get(learner=learner)
        services.complete_lesson(enrolment=enrolment, lesson=first)
        errors += run_concurrently(lambda: services.complete_lesson(enrolment=enrolment, lesson=last))
    finally:
        course_completed.disconnect(receiver)

    assert errors == []
    assert Enrolment.objects.filter(learner=learner).count() == 1
    assert LessonProgress.objects.filter(enrolment__learner=learner).count() == 2
    assert Enrolment.objects.get(learner=learner).status == Enrolment.Status.COMPLETED
    assert completions == [enrolment.pk]
