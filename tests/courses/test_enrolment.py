"""Enrolment, lesson progress and completion through the services."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from courses import completion, services
from courses.models import Enrolment, LessonProgress
from courses.signals import course_completed
from tests.factories import UserFactory


@pytest.fixture
def completions():
    received = []

    def receiver(sender, enrolment, now, **kwargs):
        received.append(enrolment.pk)

    course_completed.connect(receiver)
    yield received
    course_completed.disconnect(receiver)


def test_enrolling_twice_gives_one_enrolment(courses, learner):
    course = courses.course()

    first = services.enrol_learner(learner=learner, course=course)
    second = services.enrol_learner(learner=learner, course=course)

    assert first.pk == second.pk
    assert Enrolment.objects.count() == 1
    assert first.status == Enrolment.Status.ENROLLED
    assert first.source == Enrolment.Source.SELF


def test_enrolling_is_refused_naming_missing_prerequisites(courses, learner):
    basics = courses.course("Asosiy hayotiy yordam", slug="bls")
    advanced = courses.course("Kengaytirilgan reanimatsiya", slug="als")
    advanced.prerequisites.add(basics)
    advanced.save_revision().publish()

    with pytest.raises(services.PrerequisitesNotMet) as refusal:
        services.enrol_learner(learner=learner, course=advanced)

    assert "Asosiy hayotiy yordam" in refusal.value.messages[0]
    assert not Enrolment.objects.filter(course=advanced).exists()


def test_enrolling_is_allowed_once_prerequisites_are_completed(courses, learner):
    basics = courses.course("Asosiy hayotiy yordam", slug="bls", lessons=1)
    advanced = courses.course("Kengaytirilgan reanimatsiya", slug="als")
    advanced.prerequisites.add(basics)
    advanced.save_revision().publish()
    enrolment = services.enrol_learner(learner=learner, course=basics)
    services.complete_lesson(enrolment=enrolment, lesson=courses.lessons(basics)[0])

    assert services.enrol_learner(learner=learner, course=advanced).status == Enrolment.Status.ENROLLED


def test_viewing_a_lesson_records_first_view_once_and_moves_to_in_progress(courses, learner):
    course = courses.course()
    lesson = courses.lessons(course)[1]
    enrolment = services.enrol_learner(learner=learner, course=course)
    first_time = timezone.now() - timedelta(hours=2)

    services.record_lesson_view(enrolment=enrolment, lesson=lesson, now=first_time)
    services.record_lesson_view(enrolment=enrolment, lesson=lesson)

    progress = LessonProgress.objects.get()
    enrolment.refresh_from_db()
    assert progress.first_viewed_at == first_time
    assert progress.completed_at is None
    assert enrolment.status == Enrolment.Status.IN_PROGRESS
    assert enrolment.last_lesson_id == lesson.pk


def test_completing_every_lesson_completes_the_course_once(courses, learner, completions):
    course = courses.course(lessons=2)
    enrolment = services.enrol_learner(learner=learner, course=course)
    first, second = courses.lessons(course)

    services.complete_lesson(enrolment=enrolment, lesson=first)
    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.IN_PROGRESS

    services.complete_lesson(enrolment=enrolment, lesson=second)
    services.complete_lesson(enrolment=enrolment, lesson=second)
    assert services.evaluate_completion(enrolment=enrolment)

    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.COMPLETED
    assert enrolment.completed_at is not None
    assert completions == [enrolment.pk]


def test_a_lesson_of_another_course_cannot_be_completed(courses, learner):
    course = courses.course(slug="a")
    other = courses.course(slug="b")
    enrolment = services.enrol_learner(learner=learner, course=course)

    with pytest.raises(ValidationError) as refusal:
        services.complete_lesson(enrolment=enrolment, lesson=courses.lessons(other)[0])

    assert refusal.value.code == "wrong_course"


def test_withdrawn_learner_cannot_record_progress_until_enrolling_again(courses, learner):
    course = courses.course()
    lesson = courses.lessons(course)[0]
    enrolment = services.enrol_learner(learner=learner, course=course)
    services.record_lesson_view(enrolment=enrolment, lesson=lesson)

    services.withdraw(enrolment=enrolment)
    with pytest.raises(PermissionDenied):
        services.complete_lesson(enrolment=enrolment, lesson=lesson)

    again = services.enrol_learner(learner=learner, course=course)
    assert again.pk == enrolment.pk
    assert again.status == Enrolment.Status.IN_PROGRESS


def test_progress_is_kept_across_translations(courses, learner):
    course = courses.course(lessons=2)
    russian = courses.translate(course, "ru")
    uz_lessons = courses.lessons(course)
    ru_lessons = courses.lessons(russian)
    enrolment = services.enrol_learner(learner=learner, course=russian)

    services.complete_lesson(enrolment=enrolment, lesson=uz_lessons[0])
    services.complete_lesson(enrolment=enrolment, lesson=ru_lessons[1])

    enrolment.refresh_from_db()
    assert enrolment.course_id == course.pk
    assert set(LessonProgress.objects.values_list("lesson_id", flat=True)) == {lesson.pk for lesson in uz_lessons}
    assert enrolment.status == Enrolment.Status.COMPLETED


def test_extra_completion_requirements_hold_back_completion(courses, learner, completions):
    course = courses.course(lessons=1)
    enrolment = services.enrol_learner(learner=learner, course=course)
    passed = {"final": False}

    def final_assessment_passed(enrolment):
        return [completion.Step(page_id=0, done=passed["final"])]

    completion.register_requirement(final_assessment_passed)
    try:
        services.complete_lesson(enrolment=enrolment, lesson=courses.lessons(course)[0])
        enrolment.refresh_from_db()
        assert enrolment.status == Enrolment.Status.IN_PROGRESS
        passed["final"] = True
        assert services.evaluate_completion(enrolment=enrolment)
    finally:
        completion._requirements.remove(final_assessment_passed)
    assert completions == [enrolment.pk]


def test_other_learners_progress_is_separate(courses, learner):
    course = courses.course(lessons=1)
    other = UserFactory()
    services.complete_lesson(
        enrolment=services.enrol_learner(learner=learner, course=course), lesson=courses.lessons(course)[0]
    )

    assert services.enrol_learner(learner=other, course=course).status == Enrolment.Status.ENROLLED
