"""A trainer's admin home: their courses with each language's state, and the work reviewers sent back."""

import pytest
from django.urls import reverse
from wagtail.models import WorkflowState

from courses.authoring import ensure_authoring_setup
from courses.models import CoursePage
from courses.trainer_home import CourseState, course_state, my_courses, recent_rejections
from courses.wagtail_hooks import MyCoursesPanel
from tests.factories import UserFactory
from workforce.roles import Role
from workforce.services import grant_role

HOME = "/admin/"


@pytest.fixture
def workflow(courses):
    return ensure_authoring_setup()


@pytest.fixture
def trainer(workflow):
    return grant_role(user=UserFactory(email="trainer@example.test", full_name="Dilnoza Karimova"), role=Role.TRAINER)


@pytest.fixture
def reviewer(workflow):
    return grant_role(user=UserFactory(email="reviewer@example.test", full_name="Anvar Yusupov"), role=Role.REVIEWER)


def draft_course(courses, title, *, owner):
    course = courses.catalogue.add_child(instance=CoursePage(title=title, summary="…", live=False, owner=owner))
    course.save_revision(user=owner)
    return CoursePage.objects.get(pk=course.pk)


def reject(client, reviewer, page, comment):
    state = WorkflowState.objects.get(object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    client.force_login(reviewer)
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "reject", state.current_task_state.pk])
    client.post(url, {"comment": comment})


def states_by_language(course):
    return {version.language_code: version.state for version in course.versions}


def test_a_review_in_progress_outranks_live_and_draft():
    assert course_state(live=True, has_unpublished_changes=True, in_review=True) == CourseState.IN_REVIEW
    assert course_state(live=False, has_unpublished_changes=True, in_review=False) == CourseState.DRAFT
    assert course_state(live=True, has_unpublished_changes=False, in_review=False) == CourseState.LIVE


def test_my_courses_shows_each_language_state_and_the_missing_ones(courses, workflow, trainer):
    live = courses.course("Qoʻl gigiyenasi", owner=trainer)
    russian = courses.translate(live, "ru")
    russian.title = "Гигиена рук (черновик)"
    russian.save_revision(user=trainer)  # a change not yet published
    in_review = draft_course(courses, "Reanimatsiya asoslari", owner=trainer)
    workflow.start(in_review, trainer)
    draft_course(courses, "Emlash", owner=trainer)
    courses.course("Someone else's course")

    found = {course.title: states_by_language(course) for course in my_courses(trainer)}

    assert found == {
        "Qoʻl gigiyenasi": {"uz": CourseState.LIVE, "ru": CourseState.LIVE_WITH_CHANGES, "en": None},
        "Reanimatsiya asoslari": {"uz": CourseState.IN_REVIEW, "ru": None, "en": None},
        "Emlash": {"uz": CourseState.DRAFT, "ru": None, "en": None},
    }


def test_my_courses_counts_a_course_whose_latest_revision_is_the_trainers(courses, trainer):
    course = courses.course("Tez yordam")  # created by someone else
    course.save_revision(user=trainer)

    assert [found.title for found in my_courses(trainer)] == ["Tez yordam"]


def test_my_courses_takes_a_fixed_number_of_queries(courses, workflow, trainer, django_assert_max_num_queries):
    for number in range(6):
        course = courses.course(f"Kurs {number}", lessons=0, owner=trainer)
        courses.translate(course, "ru")
        workflow.start(draft_course(courses, f"Qoralama {number}", owner=trainer), trainer)

    with django_assert_max_num_queries(3):
        found = my_courses(trainer)

    assert len(found) == 12


def test_my_courses_panel_and_admin_home_take_bounded_queries(
    client, courses, workflow, trainer, django_assert_max_num_queries
):
    for number in range(6):
        course = courses.course(f"Kurs {number}", lessons=0, owner=trainer)
        courses.translate(course, "ru")
        workflow.start(draft_course(courses, f"Qoralama {number}", owner=trainer), trainer)
    client.force_login(trainer)

    with django_assert_max_num_queries(3):
        html = MyCoursesPanel(trainer).render_html({})
    # Wagtail's own panels included; measured at 31 with these twelve courses.
    with django_assert_max_num_queries(32):
        response = client.get(HOME)

    assert html.count("<h3") == 12
    assert response.content.decode().count('id="my-courses-section"') == 1


def test_trainer_sees_their_courses_with_states_and_editor_links(client, courses, trainer):
    course = courses.course("Qoʻl gigiyenasi", owner=trainer)
    client.force_login(trainer)

    response = client.get(HOME)

    html = response.content.decode()
    assert "Qoʻl gigiyenasi" in html
    assert reverse("wagtailadmin_pages:edit", args=[course.pk]) in html
    assert str(CourseState.LIVE.label) in html
    assert "not translated yet" in html


def test_trainer_with_no_courses_is_told_how_they_appear(client, trainer):
    client.force_login(trainer)

    response = client.get(HOME)

    assert "You have no courses yet" in response.content.decode()


def test_rejection_shows_on_the_trainers_home_with_the_reviewers_comment(client, courses, workflow, trainer, reviewer):
    course = draft_course(courses, "Reanimatsiya asoslari", owner=trainer)
    workflow.start(course, trainer)
    reject(client, reviewer, course, "Adrenalin dozasini tekshiring.")

    [rejection] = recent_rejections(trainer)
    assert (rejection.page.pk, rejection.reviewer_name) == (course.pk, "Anvar Yusupov")
    client.force_login(trainer)
    html = client.get(HOME).content.decode()
    assert "Adrenalin dozasini tekshiring." in html
    assert "Rejected by Anvar Yusupov" in html
    assert reverse("wagtailadmin_pages:edit", args=[course.pk]) in html


def test_a_resubmitted_page_leaves_the_rejections(client, courses, workflow, trainer, reviewer):
    course = draft_course(courses, "Reanimatsiya asoslari", owner=trainer)
    workflow.start(course, trainer)
    reject(client, reviewer, course, "Dozani tekshiring.")

    course.current_workflow_state.resume(trainer)

    assert recent_rejections(trainer) == []


def test_reviewer_sees_what_awaits_their_review_once(client, courses, workflow, trainer, reviewer):
    course = draft_course(courses, "Reanimatsiya asoslari", owner=trainer)
    workflow.start(course, trainer)
    client.force_login(reviewer)

    html = client.get(HOME).content.decode()

    assert html.count('id="awaiting-review-section"') == 1
    assert "Reanimatsiya asoslari" in html
    assert 'id="my-courses-section"' in html


def test_learners_get_no_admin_home(client, learner, courses):
    client.force_login(learner)

    response = client.get(HOME)

    assert response.status_code == 302
    assert 'id="my-courses-section"' not in response.content.decode()


def test_analysts_see_no_trainer_panels(client, ministry_user, courses):
    client.force_login(ministry_user)

    response = client.get(HOME)

    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="my-courses-section"' not in html
    assert 'id="quiz-links-section"' not in html


@pytest.mark.parametrize(
    ("language", "heading", "state"),
    [("uz", "Mening kurslarim", "Eʼlon qilingan"), ("ru", "Мои курсы", "Опубликован")],
)
def test_trainer_panels_speak_the_trainers_language(client, courses, trainer, language, heading, state):
    courses.course("Qoʻl gigiyenasi", owner=trainer)
    trainer.preferred_language = language
    trainer.save()
    client.force_login(trainer)

    html = client.get(HOME).content.decode()

    assert heading in html
    assert state in html
