"""Submitting a course: one review holding exactly the pages and questions changed under the course."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from assessments.models import QuizQuestion
from reviews import services
from reviews.models import CourseReview
from tests.assessments.conftest import choice_question

from .conftest import draft


def titles(review) -> list[str]:
    return [item.title for item in review.items.all()]


def test_submit_collects_exactly_the_changed_pages_and_questions(course_under_review, people):
    setup = course_under_review
    draft(setup.lesson, people.trainer, title="Qoʻl yuvish: yangilangan")
    draft(setup.single, people.trainer, stem="<p>How long should a hand rub last, at least?</p>")
    draft(setup.builder.numeric, people.trainer, unit="per min")  # in the bank, but the test does not ask it
    other_course = setup.builder.courses.course("Boshqa kurs", lessons=1)
    draft(other_course.get_children().first().specific, people.trainer, title="Not this course")

    review = services.submit_course_for_review(course=setup.course, user=people.trainer)

    assert titles(review) == ["Qoʻl yuvish: yangilangan", "How long should a hand rub last, at least?"]
    assert review.status == CourseReview.Status.IN_REVIEW
    assert [item.is_new for item in review.items.all()] == [False, False]


def test_a_question_drafted_into_the_test_and_the_bank_it_draws_from_are_collected(course_under_review, people):
    setup = course_under_review
    new_question = choice_question(setup.builder.bank, "Which rub is right?", [("A", True), ("B", False)])
    new_question.live = False
    new_question.save()
    new_question.save_revision(user=people.trainer)
    quiz = draft(setup.quiz, people.trainer)
    quiz.quiz_questions.add(QuizQuestion(question=new_question, sort_order=5))
    quiz.save_revision(user=people.trainer)

    review = services.submit_course_for_review(course=setup.course, user=people.trainer)

    assert titles(review) == [setup.quiz.title, "Which rub is right?"]
    assert [item.is_new for item in review.items.all()] == [False, True]


def test_a_course_with_nothing_changed_is_not_submitted(client, course_under_review, people):
    client.force_login(people.trainer)

    response = client.post(reverse("course_review_submit", args=[course_under_review.course.pk]))

    assert response.status_code == 400
    assert "Nothing in this course has changed" in response.content.decode()
    assert not CourseReview.objects.exists()


def test_submitting_again_while_in_review_brings_the_one_task_up_to_date(course_under_review, people):
    setup = course_under_review
    draft(setup.lesson, people.trainer, title="Birinchi tahrir")
    first = services.submit_course_for_review(course=setup.course, user=people.trainer)
    draft(setup.true_false, people.trainer, stem="<p>Gloves never replace hand hygiene.</p>")

    second = services.submit_course_for_review(course=setup.course, user=people.trainer)

    assert second.pk == first.pk
    assert CourseReview.objects.count() == 1
    assert titles(second) == ["Birinchi tahrir", "Gloves never replace hand hygiene."]


def test_trainer_submits_from_the_course_and_is_taken_to_the_review(client, course_under_review, people):
    setup = course_under_review
    draft(setup.lesson, people.trainer, title="Qoʻl yuvish: yangilangan")
    client.force_login(people.trainer)

    editor = client.get(reverse("wagtailadmin_pages:edit", args=[setup.course.pk]))
    confirm = client.get(reverse("course_review_submit", args=[setup.course.pk]))
    response = client.post(reverse("course_review_submit", args=[setup.course.pk]))

    submit_url = reverse("course_review_submit", args=[setup.course.pk])
    assert submit_url in editor.content.decode()
    assert "Qoʻl yuvish: yangilangan" in confirm.content.decode()
    review = CourseReview.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("course_review", args=[review.pk])


def test_a_trainer_who_does_not_write_the_course_cannot_submit_it(client, course_under_review, people):
    setup = course_under_review
    draft(setup.lesson, people.trainer, title="Qoʻl yuvish: yangilangan")
    client.force_login(people.other_trainer)

    response = client.post(reverse("course_review_submit", args=[setup.course.pk]))

    assert (response.status_code, response["Location"]) == (302, "/admin/")  # Wagtail turns a refusal into a redirect
    assert not CourseReview.objects.exists()
    with pytest.raises(PermissionDenied):
        services.submit_course_for_review(course=setup.course, user=people.other_trainer)


def test_learners_and_anonymous_visitors_are_kept_out(client, course_under_review, learner):
    url = reverse("course_review_submit", args=[course_under_review.course.pk])

    anonymous = client.get(url)
    client.force_login(learner)
    as_learner = client.post(url)

    assert anonymous.status_code == 302 and "login" in anonymous.url
    assert as_learner.status_code in (302, 403)
    assert not CourseReview.objects.exists()


def test_nothing_to_submit_is_a_validation_error(course_under_review, people):
    with pytest.raises(ValidationError):
        services.submit_course_for_review(course=course_under_review.course, user=people.trainer)
