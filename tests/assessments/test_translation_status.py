"""A course's translation status: per language, the pages, questions and certificate template still to translate."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from assessments.models import Question
from certificates.models import CertificateTemplate
from courses.authoring import ensure_authoring_setup
from courses.models import LessonPage
from tests.assessments.translating import TranslatableCourse, locale, translate, translate_snippet
from tests.factories import UserFactory
from workforce.roles import Role
from workforce.services import grant_role

CERTIFICATE_HTML = "<h1>Sertifikat</h1><p>{learner_name} {course_title}</p>"


@pytest.fixture
def trainer(quizzes):
    ensure_authoring_setup()
    trainer = grant_role(user=UserFactory(email="trainer@example.test"), role=Role.TRAINER)
    UserProfile.objects.update_or_create(user=trainer, defaults={"preferred_language": "en"})
    return trainer


@pytest.fixture
def course(quizzes):
    template = CertificateTemplate.objects.create(name="Sertifikat", html=CERTIFICATE_HTML)
    return TranslatableCourse(quizzes, modules=1, certificate_template=template)


def status_of(client, course, language: str):
    response = client.get(reverse("course_translation", args=[course.page.pk]))
    assert response.status_code == 200
    [status] = [status for status in response.context["status"].languages if status.language_code == language]
    return status, response.content.decode()


def edit_lesson(client, lesson):
    form = nested_form_data(
        {
            "title": "Мытьё рук",
            "slug": lesson.slug,
            "duration_minutes": "8",
            "body": streamfield([("paragraph", rich_text("<p>Мойте руки 40–60 секунд.</p>"))]),
        }
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=[lesson.pk]), form)
    assert response.status_code == 302, response.content.decode()[:2000]


def edit_question(client, question, stem: str):
    options = list(question.options.order_by("sort_order"))
    form = nested_form_data(
        {
            "bank": question.bank_id,
            "kind": question.kind,
            "stem": rich_text(stem),
            "points": str(question.points),
            "numeric_tolerance": "0",
            "multiple_scoring": question.multiple_scoring,
            "options": inline_formset(
                [
                    {"id": option.pk, "text": option.text, **({"is_correct": "on"} if option.is_correct else {})}
                    for option in options
                ],
                initial=len(options),
            ),
            "explanation": rich_text(question.explanation),
        }
    )
    response = client.post(reverse("wagtailsnippets_assessments_question:edit", args=[question.pk]), form)
    assert response.status_code == 302, response.content.decode()[:2000]


def test_a_language_not_started_lists_every_page_question_and_the_certificate_template(
    client, trainer, quizzes, course
):
    client.force_login(trainer)

    english, _html = status_of(client, course, "en")

    assert english.course is None
    assert [item.original.pk for item in english.pages] == [
        page.pk for page in course.page.get_descendants(inclusive=True).order_by("path")
    ]
    assert all(item.translation is None for item in english.pages)
    assert [item.original for item in english.questions] == [quizzes.single, quizzes.multiple, *course.drawn]
    assert (english.certificate_template, english.certificate_translation) == (course.page.certificate_template, None)
    assert not english.complete


def test_a_fresh_translation_is_listed_as_copies_until_they_are_edited(client, trainer, quizzes, course):
    client.force_login(trainer)
    russian_course = translate(client, course.page, "ru")
    [russian_lesson] = LessonPage.objects.descendant_of(russian_course)
    russian_single = Question.objects.get(translation_key=quizzes.single.translation_key, locale=locale("ru"))

    before, html_before = status_of(client, course, "ru")
    edit_lesson(client, russian_lesson)
    edit_question(client, russian_single, "<p>Сколько длится обработка рук?</p>")
    after, html_after = status_of(client, course, "ru")

    assert len(before.pages) == len(course.page.get_descendants(inclusive=True))
    assert all(item.translation is not None for item in before.pages)
    assert russian_lesson.pk in [item.translation.pk for item in before.pages]
    assert reverse("wagtailadmin_pages:edit", args=[russian_lesson.pk]) in html_before
    assert [item.original for item in before.questions] == [quizzes.single, quizzes.multiple, *course.drawn]
    assert russian_single in [item.translation for item in before.questions]

    assert russian_lesson.pk not in [item.translation.pk for item in after.pages]
    assert reverse("wagtailadmin_pages:edit", args=[russian_lesson.pk]) not in html_after
    assert [item.original for item in after.questions] == [quizzes.multiple, *course.drawn]


def test_the_certificate_template_is_listed_until_its_translation_is_written(client, trainer, course):
    client.force_login(trainer)
    template = course.page.certificate_template

    missing, _html = status_of(client, course, "ru")
    copy = translate_snippet(client, "certificatetemplate", template, "ru")
    copied, _html = status_of(client, course, "ru")
    copy.html = "<h1>Сертификат</h1><p>{learner_name} {course_title}</p>"
    copy.save()
    written, _html = status_of(client, course, "ru")

    assert (missing.certificate_template, missing.certificate_translation) == (template, None)
    assert (copied.certificate_template, copied.certificate_translation) == (template, copy)
    assert (written.certificate_template, written.certificate_translation) == (None, None)


def test_a_translated_course_says_everything_is_translated(client, trainer, quizzes, course):
    client.force_login(trainer)
    russian_course = translate(client, course.page, "ru")
    for page in russian_course.get_descendants(inclusive=True).specific():
        page.title = f"{page.title} (ru)"
        page.save_revision(user=trainer)
    for question in Question.objects.filter(locale=locale("ru")):
        question.stem = f"<p>По-русски: {question.pk}</p>"
        question.save()
    template = translate_snippet(client, "certificatetemplate", course.page.certificate_template, "ru")
    template.html = "<h1>Сертификат</h1>"
    template.save()

    russian, html = status_of(client, course, "ru")

    assert russian.complete
    assert "Everything is translated." in html


def test_the_status_is_reached_from_the_course_page_and_the_trainers_home(client, trainer, course):
    course.page.owner = trainer
    course.page.save()
    client.force_login(trainer)
    status_url = reverse("course_translation", args=[course.page.pk])

    editor = client.get(reverse("wagtailadmin_pages:edit", args=[course.page.pk])).content.decode()
    home = client.get(reverse("wagtailadmin_home")).content.decode()

    assert status_url in editor
    assert status_url in home


def test_only_course_authors_see_the_status(client, trainer, course, ministry_user):
    client.force_login(ministry_user)

    response = client.get(reverse("course_translation", args=[course.page.pk]))

    assert (response.status_code, response["Location"]) == (302, "/admin/")  # Wagtail turns a refusal into a redirect


def test_the_status_of_a_page_that_is_not_a_course_is_not_found(client, trainer, course):
    client.force_login(trainer)

    response = client.get(reverse("course_translation", args=[course.final.pk]))

    assert response.status_code == 404
