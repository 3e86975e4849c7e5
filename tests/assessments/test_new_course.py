"""'New course' makes a draft course with its overview, a module, a lesson and a final test with a bank, in one step."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from assessments.authoring import catalogues_for_new_courses, create_course_skeleton
from assessments.models import QuestionBank, QuizPage
from courses.authoring import ensure_authoring_setup
from courses.models import CourseCatalogPage, CoursePage, LessonPage, ModulePage
from tests.courses.conftest import CourseBuilder
from tests.factories import UserFactory
from workforce.roles import Role
from workforce.services import grant_role


@pytest.fixture
def trainer(db):
    CourseBuilder()
    ensure_authoring_setup()
    return grant_role(user=UserFactory(email="trainer@example.test"), role=Role.TRAINER)


def uzbek_catalogue():
    return CourseCatalogPage.objects.get(locale__language_code="uz")


def test_the_skeleton_is_a_draft_course_with_module_lesson_and_final_test_in_the_catalogues_language(trainer):
    course = create_course_skeleton(catalogue=uzbek_catalogue(), title="  Emlash asoslari ", user=trainer)

    assert (course.title, course.live, course.owner) == ("Emlash asoslari", False, trainer)
    assert course.locale.language_code == "uz"
    assert course.summary and course.objectives
    [module] = ModulePage.objects.child_of(course)
    [lesson] = LessonPage.objects.child_of(module)
    [quiz] = QuizPage.objects.child_of(course)
    assert (module.title, lesson.title) == ("Modul 1", "Dars 1")
    assert quiz.role == QuizPage.Role.FINAL
    assert quiz.draw_bank == QuestionBank.objects.get(title="Emlash asoslari", locale=course.locale)
    assert not any(page.live for page in (module, lesson, quiz))
    assert all(page.latest_revision.user == trainer for page in (course, module, lesson, quiz))


def test_two_courses_with_one_title_get_different_slugs(trainer):
    first = create_course_skeleton(catalogue=uzbek_catalogue(), title="Emlash", user=trainer)
    second = create_course_skeleton(catalogue=uzbek_catalogue(), title="Emlash", user=trainer)

    assert first.slug != second.slug


def test_learners_cannot_make_a_course(trainer, learner):
    assert catalogues_for_new_courses(learner) == []
    with pytest.raises(PermissionDenied):
        create_course_skeleton(catalogue=uzbek_catalogue(), title="Emlash", user=learner)


def test_trainer_makes_a_course_from_the_admin_home_and_lands_in_its_editor(client, trainer):
    client.force_login(trainer)
    home = client.get("/admin/").content.decode()
    assert reverse("new_course") in home

    response = client.post(reverse("new_course"), {"title": "Emlash", "catalogue": uzbek_catalogue().pk})

    course = CoursePage.objects.get(title="Emlash")
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[course.pk])


def test_the_new_course_form_asks_again_without_a_title(client, trainer):
    client.force_login(trainer)

    response = client.post(reverse("new_course"), {"title": " ", "catalogue": uzbek_catalogue().pk})

    assert response.status_code == 200
    assert not CoursePage.objects.filter(title="").exists()


def test_analysts_get_no_new_course_form(client, trainer, ministry_user):
    client.force_login(ministry_user)

    response = client.get(reverse("new_course"))

    assert (response.status_code, response["Location"]) == (302, "/admin/")  # Wagtail turns a refusal into a redirect
