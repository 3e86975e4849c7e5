"""Catalogue, course and lesson pages: who sees what, progress, fallback language, query counts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses import services
from courses.models import Enrolment
from tests.factories import UserFactory
from workforce.roles import Role
from workforce.services import grant_role


def lesson_url(course_url: str, lesson) -> str:
    return course_url + lesson.slug + "/"


@pytest.fixture
def course(courses):
    return courses.course("Qoʻl gigiyenasi", slug="hand-hygiene", lessons=3)


URL = "/uz/courses/hand-hygiene/"


def test_catalogue_and_course_overview_are_public(client, course):
    assert client.get("/uz/courses/").status_code == 200
    response = client.get(URL)

    assert response.status_code == 200
    assert "Qoʻl gigiyenasi" in response.content.decode()


def test_anonymous_visitor_is_sent_from_a_lesson_to_the_course_page(client, course, courses):
    response = client.get(lesson_url(URL, courses.lessons(course)[0]))

    assert response.status_code == 302
    assert response["Location"] == URL


def test_signed_in_learner_who_is_not_enrolled_is_sent_to_the_course_page(client, course, courses, learner):
    client.force_login(learner)

    response = client.get(lesson_url(URL, courses.lessons(course)[0]), follow=True)

    assert response.redirect_chain == [(URL, 302)]
    assert "Enrol" in response.content.decode() or "Kursga yoziling" in response.content.decode()


def test_enrolled_learner_reads_a_lesson_and_its_view_is_recorded(client, course, courses, learner):
    enrolment = services.enrol_learner(learner=learner, course=course)
    client.force_login(learner)
    lesson = courses.lessons(course)[1]

    response = client.get(lesson_url(URL, lesson))

    assert response.status_code == 200
    assert "Dars 2" in response.content.decode()
    enrolment.refresh_from_db()
    assert enrolment.last_lesson_id == lesson.pk


@pytest.mark.parametrize("role", [Role.TRAINER, Role.REVIEWER])
def test_staff_read_lessons_without_enrolling(client, course, courses, role):
    client.force_login(grant_role(user=UserFactory(), role=role))

    response = client.get(lesson_url(URL, courses.lessons(course)[0]))

    assert response.status_code == 200
    assert not Enrolment.objects.exists()


def test_draft_lessons_never_leak(client, course, courses, learner):
    draft = courses.lessons(course)[0]
    draft.unpublish()
    services.enrol_learner(learner=learner, course=course)
    client.force_login(learner)

    assert client.get(lesson_url(URL, draft)).status_code == 404
    assert "Dars 1" not in client.get(URL).content.decode()


def test_enrol_complete_and_see_progress_through_the_pages(client, course, courses, learner):
    client.force_login(learner)
    lessons = courses.lessons(course)

    client.post(reverse("courses:enrol", args=[course.pk]), {"next": URL})
    for lesson in lessons:
        client.post(reverse("courses:complete_lesson", args=[lesson.pk]), {"next": URL})
    page = client.get(URL)

    assert page.context["percent"] == 100
    assert page.context["enrolment"].status == Enrolment.Status.COMPLETED


def test_continue_leads_to_the_first_unfinished_lesson_after_the_last_opened(client, course, courses, learner):
    enrolment = services.enrol_learner(learner=learner, course=course)
    first, second, third = courses.lessons(course)
    services.complete_lesson(enrolment=enrolment, lesson=first)
    services.complete_lesson(enrolment=enrolment, lesson=second)
    client.force_login(learner)

    response = client.get(URL)

    assert response.context["next_step"].item.page_id == third.pk
    assert response.context["percent"] == 67


def test_course_not_yet_translated_is_shown_in_the_original_under_the_readers_language(
    client, course, courses, learner
):
    other = courses.course("EHR", slug="ehr", lessons=1)
    courses.translate(other, "ru")
    services.enrol_learner(learner=learner, course=course)
    client.force_login(learner)

    overview = client.get("/ru/courses/hand-hygiene/")
    lesson = client.get("/ru/courses/hand-hygiene/lesson-1/")

    assert overview.status_code == 200
    assert overview.context["shown_in_other_language"]
    assert '<html lang="ru">' in overview.content.decode()
    assert lesson.status_code == 200
    assert lesson.context["outline"].lessons[1].url == "/ru/courses/hand-hygiene/lesson-2/"


def test_translated_course_is_shown_in_the_readers_language_with_shared_progress(client, course, courses, learner):
    courses.translate(course, "ru")
    enrolment = services.enrol_learner(learner=learner, course=course)
    services.complete_lesson(enrolment=enrolment, lesson=courses.lessons(course)[0])
    client.force_login(learner)

    response = client.get("/ru/courses/hand-hygiene/")

    assert not response.context["shown_in_other_language"]
    assert "(ru)" in response.context["page"].title
    assert response.context["percent"] == 33


def test_catalogue_filters_by_topic_and_search(client, courses):
    from courses.models import Topic

    topic = Topic.objects.create(
        slug="emergency-care", name_en="Emergency care", name_ru="Неотложная помощь", name_uz="Shoshilinch yordam"
    )
    courses.course("Asosiy hayotiy yordam", slug="bls", topic=topic)
    courses.course("Qoʻl gigiyenasi", slug="hh")

    by_topic = client.get("/uz/courses/", {"topic": "emergency-care"})

    assert [card["course"].slug for card in by_topic.context["cards"]] == ["bls"]


def test_lesson_page_queries_do_not_grow_with_the_number_of_lessons(client, courses, learner):
    small = courses.course(slug="small", lessons=2, modules=1)
    large = courses.course(slug="large", lessons=14, modules=1)
    client.force_login(learner)
    for course in (small, large):
        services.enrol_learner(learner=learner, course=course)
        lesson = courses.lessons(course)[0]
        client.get(f"/uz/courses/{course.slug}/" + lesson.url_path[len(course.url_path) :])  # warm caches

    def count(course):
        lesson = courses.lessons(course)[0]
        url = f"/uz/courses/{course.slug}/" + lesson.url_path[len(course.url_path) :]
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    assert count(large) == count(small)


def test_my_learning_lists_assigned_first_with_overdue_flag(
    client, courses, org_tree, nurse_cadre, tashkent_supervisor
):
    from datetime import timedelta

    from django.utils import timezone

    from tests.factories import HealthWorkerFactory

    learner = UserFactory()
    HealthWorkerFactory(facility=org_tree["polyclinic"], cadre=nurse_cadre, user=learner)
    overdue_course = courses.course("BLS", slug="bls")
    soon_course = courses.course("HH", slug="hh")
    today = timezone.localdate()
    services.create_assignment(
        course=overdue_course,
        assigned_by=tashkent_supervisor,
        due_date=today - timedelta(days=3),
        org_unit=org_tree["tashkent"],
        today=today - timedelta(days=30),
    )
    services.create_assignment(
        course=soon_course,
        assigned_by=tashkent_supervisor,
        due_date=today + timedelta(days=9),
        org_unit=org_tree["tashkent"],
    )
    client.force_login(learner)

    response = client.get(reverse("courses:my_learning"))

    assigned = response.context["assigned"]
    assert [row["course"].slug for row in assigned] == ["bls", "hh"]
    assert [row["overdue"] for row in assigned] == [True, False]


def test_my_learning_needs_an_account(client, db):
    response = client.get(reverse("courses:my_learning"))

    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_catalogue_search_finds_courses_by_their_words(client, courses):
    courses.course("Asosiy hayotiy yordam", slug="bls")
    courses.course("Qoʻl gigiyenasi", slug="hh")

    found = client.get("/uz/courses/", {"q": "gigiyenasi"})

    assert [card["course"].slug for card in found.context["cards"]] == ["hh"]


def test_private_courses_stay_private_with_cached_routing(client, course, courses):
    from wagtail.models import PageViewRestriction

    client.get(URL)  # the route is now cached
    PageViewRestriction.objects.create(page=course, restriction_type=PageViewRestriction.LOGIN)

    response = client.get(URL)

    assert response.status_code == 302
    assert "login" in response["Location"]
