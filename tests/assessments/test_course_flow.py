"""The way through a course: pre-test first, the lessons, then the final assessment; progress counts all of it."""

import pytest
from django.urls import reverse

from assessments import services
from assessments.models import QuizPage
from certificates import services as certificate_services
from certificates.models import Certificate
from courses import services as course_services
from courses.models import Enrolment
from tests.factories import UserFactory


@pytest.fixture
def course(quizzes):
    return quizzes.courses.course(lessons=2)


@pytest.fixture
def final(quizzes, course):
    return quizzes.quiz(course, role=QuizPage.Role.FINAL)


@pytest.fixture
def enrolment(quizzes, learner, course, client):
    client.force_login(learner)
    return quizzes.enrol(learner, course)


def complete_lessons(quizzes, enrolment, course):
    for lesson in quizzes.courses.lessons(course):
        course_services.complete_lesson(enrolment=enrolment, lesson=lesson)


def pass_quiz(quizzes, learner, quiz):
    attempt = services.start_attempt(learner=learner, quiz=quiz)
    services.save_answers(attempt=attempt, responses=quizzes.perfect_answers)
    return services.submit_attempt(attempt=attempt)


def test_every_progress_figure_counts_the_final_assessment_still_to_pass(client, quizzes, course, final, enrolment):
    complete_lessons(quizzes, enrolment, course)
    last_lesson = quizzes.courses.lessons(course)[-1]

    course_page = client.get(course.url)
    lesson_page = client.get(last_lesson.url)
    my_learning = client.get(reverse("courses:my_learning"))

    assert course_page.context["percent"] == 67
    assert lesson_page.context["percent"] == 67
    assert [row["percent"] for row in my_learning.context["in_progress"]] == [67]
    assert "100%" not in course_page.content.decode()


def test_after_the_last_lesson_the_learner_is_taken_to_the_final_assessment(client, quizzes, course, final, enrolment):
    first, last = quizzes.courses.lessons(course)
    course_services.complete_lesson(enrolment=enrolment, lesson=first)

    page = client.get(last.url)
    done = client.post(reverse("courses:complete_lesson", args=[last.pk]), {"next": page.context["then"].item.url})

    assert page.context["then"].kind == "required"
    assert 'name="next" value="' + final.url in page.content.decode()
    assert done["Location"] == final.url
    assert [message.level_tag for message in client.get(final.url).context["messages"]] == ["info"]
    assert client.get(last.url).context["then"].item.url == final.url, "the finished last lesson still points on"


def test_the_last_lesson_leads_back_to_a_skipped_lesson_before_the_final(client, quizzes, course, final, enrolment):
    first, last = quizzes.courses.lessons(course)

    page = client.get(last.url)

    assert page.context["then"].kind == "lesson"
    assert page.context["then"].item.page_id == first.pk


def test_course_page_offers_the_final_assessment_once_the_lessons_are_done(client, quizzes, course, final, enrolment):
    complete_lessons(quizzes, enrolment, course)

    response = client.get(course.url)

    assert response.context["next_step"].kind == "required"
    assert f'href="{final.url}"' in response.content.decode()
    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.IN_PROGRESS


def test_course_page_has_no_next_step_once_the_final_is_passed(client, quizzes, learner, course, final, enrolment):
    complete_lessons(quizzes, enrolment, course)
    pass_quiz(quizzes, learner, final)

    response = client.get(course.url)

    assert response.context["next_step"] is None
    assert response.context["percent"] == 100
    assert response.context["enrolment"].status == Enrolment.Status.COMPLETED


def test_start_the_course_begins_with_the_pre_test_where_there_is_one(
    client, quizzes, learner, course, final, enrolment
):
    pre_test = quizzes.quiz(course, role=QuizPage.Role.PRE_TEST)

    before = client.get(course.url)
    pass_quiz(quizzes, learner, pre_test)
    after = client.get(course.url)

    assert before.context["next_step"].kind == "first"
    assert before.context["next_step"].item.url == pre_test.url
    assert f'class="button" href="{pre_test.url}"' in before.content.decode()
    assert after.context["next_step"].kind == "lesson"
    assert after.context["next_step"].item.page_id == quizzes.courses.lessons(course)[0].pk
    assert after.context["percent"] == 0, "a pre-test is not part of the completion rule"


def test_a_course_completed_by_lessons_alone_does_not_ask_for_its_final(client, quizzes, learner, course, final):
    course.completion_rule = course.CompletionRule.ALL_LESSONS
    course.save_revision().publish()
    enrolment = quizzes.enrol(learner, course)
    client.force_login(learner)
    complete_lessons(quizzes, enrolment, course)

    response = client.get(course.url)

    assert response.context["percent"] == 100
    assert response.context["next_step"] is None


def result_page(client, attempt):
    return client.get(reverse("assessments:result", args=[attempt.pk]))


def test_the_result_that_completes_the_course_says_so_while_the_certificate_is_prepared(
    client, quizzes, learner, course, final, enrolment
):
    complete_lessons(quizzes, enrolment, course)
    attempt = pass_quiz(quizzes, learner, final)
    certificate = Certificate.objects.get(learner=learner)

    response = result_page(client, attempt)
    status = client.get(reverse("certificates:status", args=[certificate.code]))

    html = response.content.decode()
    assert response.context["course_completed"] is True
    assert response.context["certificate"] == certificate
    assert reverse("certificates:status", args=[certificate.code]) in html
    assert "data-pending" in html and "<p data-certificate-ready hidden>" in html.replace("\n", "")
    assert "js/certificate-status.js" in html
    assert status.json() == {"status": "pending", "ready": False}


def test_the_result_that_completes_the_course_links_to_the_issued_certificate(
    client, quizzes, learner, course, final, enrolment
):
    complete_lessons(quizzes, enrolment, course)
    attempt = pass_quiz(quizzes, learner, final)
    certificate = certificate_services.issue_certificate(certificate=Certificate.objects.get(learner=learner))

    html = result_page(client, attempt).content.decode()
    status = client.get(reverse("certificates:status", args=[certificate.code]))

    assert f'href="{reverse("certificates:download", args=[certificate.code])}"' in html
    assert "data-pending" not in html
    assert status.json() == {"status": "valid", "ready": True}


def test_a_passed_final_with_lessons_left_says_what_is_left(client, quizzes, learner, course, final, enrolment):
    attempt = pass_quiz(quizzes, learner, final)

    response = result_page(client, attempt)

    assert response.context["course_completed"] is False
    assert response.context["certificate"] is None
    assert f'<a href="{course.url}">' in response.content.decode()


def test_certificate_status_is_only_for_its_holder(client, quizzes, learner, course, final, enrolment):
    complete_lessons(quizzes, enrolment, course)
    pass_quiz(quizzes, learner, final)
    code = Certificate.objects.get(learner=learner).code
    url = reverse("certificates:status", args=[code])

    client.force_login(UserFactory())
    other = client.get(url)
    client.logout()
    anonymous = client.get(url)

    assert other.status_code == 404
    assert anonymous.status_code == 302
