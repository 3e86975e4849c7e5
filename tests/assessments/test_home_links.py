"""Quick links on a trainer's admin home: question banks, questions, all tests and their own tests' item analysis."""

import pytest
from django.urls import reverse

from assessments.models import QuizPage
from courses.authoring import ensure_authoring_setup
from tests.courses.conftest import CourseBuilder
from tests.factories import UserFactory
from workforce.roles import Role
from workforce.services import grant_role

HOME = "/admin/"


@pytest.fixture
def trainer(db):
    CourseBuilder()
    ensure_authoring_setup()
    return grant_role(user=UserFactory(email="trainer@example.test"), role=Role.TRAINER)


def test_trainer_home_links_to_question_banks_tests_and_item_analysis(client, trainer):
    course = CourseBuilder().course(lessons=0)
    quiz = course.add_child(instance=QuizPage(title="Yakuniy test", slug="final", owner=trainer))
    other = course.add_child(instance=QuizPage(title="Boshqa test", slug="other"))
    client.force_login(trainer)

    html = client.get(HOME).content.decode()

    assert reverse("wagtailsnippets_assessments_questionbank:list") in html
    assert reverse("wagtailsnippets_assessments_question:list") in html
    assert f"{reverse('wagtailadmin_pages:search')}?content_type=assessments.quizpage" in html
    assert reverse("assessments_quiz_report", args=[quiz.pk]) in html
    assert reverse("assessments_quiz_report", args=[other.pk]) not in html


def test_the_all_tests_link_lists_the_quizzes(client, trainer):
    course = CourseBuilder().course(lessons=0)
    course.add_child(instance=QuizPage(title="Yakuniy test", slug="final"))
    client.force_login(trainer)

    response = client.get(reverse("wagtailadmin_pages:search"), {"content_type": "assessments.quizpage"})

    assert response.status_code == 200
    assert "Yakuniy test" in response.content.decode()


def test_learners_and_analysts_get_no_quiz_links(client, learner, ministry_user):
    for user in (learner, ministry_user):
        client.force_login(user)

        response = client.get(HOME)

        assert 'id="quiz-links-section"' not in response.content.decode()
