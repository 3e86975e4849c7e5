"""The demo courses that `manage.py seed_demo` loads: three courses in three languages, and four assignments."""

import re
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from assessments.models import QuizPage
from courses.blocks import LessonStreamBlock
from courses.models import Assignment, CourseCatalogPage, CoursePage, LessonPage, ModulePage, Topic
from courses.selectors import assignments_for_user
from courses.services import enrol_learner
from courses.trainer_home import my_courses
from demo.courses import COURSES
from demo.courses.content import T

LANGUAGES = ("uz", "ru", "en")


def seed_demo() -> str:
    out = StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


@pytest.fixture
def seeded(db, demo_seed, settings):
    # pytest-django runs tests with DEBUG off; the command is meant for DEBUG on.
    settings.DEBUG = True
    return demo_seed


@pytest.fixture
def learner(seeded):
    return get_user_model().objects.get(email="learner@demo.test")


def courses_in(language: str):
    return CoursePage.objects.live().filter(locale__language_code=language)


def lessons_of(course: CoursePage):
    return LessonPage.objects.live().descendant_of(course).order_by("path")


def counts() -> dict[str, int]:
    return {
        "pages": Page.objects.count(),
        "catalogues": CourseCatalogPage.objects.count(),
        "courses": CoursePage.objects.count(),
        "modules": ModulePage.objects.count(),
        "lessons": LessonPage.objects.count(),
        "topics": Topic.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "assignments": Assignment.objects.count(),
    }


def test_seed_demo_creates_three_courses_in_every_language_sharing_translation_keys(seeded):
    keys = {language: set(courses_in(language).values_list("translation_key", flat=True)) for language in LANGUAGES}

    assert len(keys["uz"]) == 3
    assert keys["uz"] == keys["ru"] == keys["en"]


def test_demo_catalogue_and_courses_have_the_same_slugs_in_every_language(seeded):
    for language in LANGUAGES:
        catalogue = CourseCatalogPage.objects.get(locale__language_code=language)
        assert catalogue.slug == "courses"
        assert catalogue.live
        assert set(courses_in(language).values_list("slug", flat=True)) == {course.slug for course in COURSES}
    assert CourseCatalogPage.objects.get(locale__language_code="ru").title == "Курсы"


def test_every_demo_course_has_at_least_four_live_lessons_in_every_language(seeded):
    for language in LANGUAGES:
        for course in courses_in(language):
            assert lessons_of(course).count() >= 4, (language, course.slug)


def test_demo_translations_have_the_same_blocks_as_the_original(seeded):
    for original in LessonPage.objects.filter(locale__language_code="uz"):
        blocks = [(block.block_type, block.id) for block in original.body]
        for translation in original.get_translations().specific():
            assert translation.slug == original.slug
            assert [(block.block_type, block.id) for block in translation.body] == blocks
            assert translation.title != original.title


def test_every_demo_course_uses_every_lesson_block_type_and_callout_kind(seeded):
    block_types = set(LessonStreamBlock().child_blocks)

    for course in courses_in("uz"):
        blocks = [block for lesson in lessons_of(course).specific() for block in lesson.body]
        assert {block.block_type for block in blocks} == block_types, course.slug
        kinds = {block.value["kind"] for block in blocks if block.block_type == "callout"}
        assert kinds == {"info", "warning", "tip"}, course.slug


def test_demo_lessons_render_for_the_enrolled_learner(learner, client):
    client.force_login(learner)
    for course in courses_in("uz"):
        enrol_learner(learner=learner, course=course)

        for lesson in lessons_of(course):
            response = client.get(lesson.url)

            assert response.status_code == 200, lesson.url
            assert lesson.title in response.content.decode()


def test_seed_demo_twice_gives_the_same_page_and_assignment_counts(seeded):
    first = counts()

    output = seed_demo()

    assert counts() == first
    assert first["courses"] == 9
    assert first["catalogues"] == 3
    assert first["assignments"] == 4
    assert "(0 new)" in output
    assert not re.search(r"\((?!0 new)\d+ new\)", output)


def test_demo_learner_has_one_overdue_and_one_upcoming_assignment(learner):
    today = timezone.localdate()

    assignments = list(assignments_for_user(learner))

    assert len(assignments) == 2
    overdue = [assignment for assignment in assignments if assignment.due_date < today]
    upcoming = [assignment for assignment in assignments if assignment.due_date >= today]
    assert [assignment.course.slug for assignment in overdue] == ["basic-life-support"]
    assert [assignment.course.slug for assignment in upcoming] == ["hand-hygiene"]
    assert overdue[0].workers.get() == learner.health_worker
    assert upcoming[0].org_unit == learner.health_worker.facility


def test_demo_courses_carry_their_cpd_hours_and_certificate_validity(seeded):
    facts = {
        course.slug: (course.cpd_hours, course.certificate_validity_months, course.topic.slug)
        for course in courses_in("en").select_related("topic")
    }

    assert facts == {
        "hand-hygiene": (2, 24, "infection-prevention"),
        "basic-life-support": (4, 24, "emergency-care"),
        "electronic-health-record": (3, None, "digital-health"),
    }


def test_demo_courses_use_the_demo_certificate_design_in_their_own_language(seeded):
    for language in ("uz", "ru", "en"):
        templates = {
            course.certificate_template for course in courses_in(language).select_related("certificate_template")
        }
        assert len(templates) == 1
        assert templates.pop().locale.language_code == language


def test_demo_uzbek_texts_use_the_uzbek_modifier_letters():
    texts = []

    def collect(value):
        if isinstance(value, T):
            texts.append(value.uz)
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)
        elif isinstance(value, list | tuple):
            for item in value:
                collect(item)
        elif hasattr(value, "__dataclass_fields__"):
            for name in value.__dataclass_fields__:
                collect(getattr(value, name))

    collect(COURSES)

    assert texts
    for text in texts:
        assert not re.search("['‘’`]", text), text


def test_the_demo_trainer_owns_the_demo_courses_and_tests_and_sees_them_on_the_admin_home(seeded, client):
    trainer = get_user_model().objects.get(email="trainer@demo.test")

    assert set(CoursePage.objects.values_list("owner", flat=True)) == {trainer.pk}
    assert set(QuizPage.objects.values_list("owner", flat=True)) == {trainer.pk}
    assert len(my_courses(trainer)) == len(COURSES)
    client.force_login(trainer)
    assert 'id="my-courses-section"' in client.get("/admin/").content.decode()
