"""The admin screens a trainer and a reviewer use show no English when their account speaks Uzbek or Russian.

English is found as a class, not by listing phrases: every interface string the
platform knows (Wagtail's, Django's, allauth's and our own catalogues) that has a
different translation in the account's language must not appear on the screen as
a whole text or as a label (title, aria-label, placeholder, alt) in English.
"""

from html.parser import HTMLParser
from pathlib import Path

import django
import polib
import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, pgettext

from assessments.models import Question, QuizPage
from courses.models import CoursePage, LessonPage
from lms import wagtail_catalogues
from tests.factories import UserFactory
from workforce.roles import Role
from workforce.services import grant_role

LABEL_ATTRIBUTES = {"title", "aria-label", "placeholder", "alt"}
UNSHOWN = {"script", "style"}


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _ShownText(HTMLParser):
    """The texts and labels of an HTML page, leaving out scripts, styles and `hidden` elements."""

    def __init__(self):
        super().__init__()
        self.open: list[tuple[str, bool]] = []  # each open element and whether it hides its content
        self.texts: list[str] = []

    def hiding(self) -> bool:
        return any(hides for _, hides in self.open)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if not self.hiding():
            self.texts += [value for name, value in attrs if name in LABEL_ATTRIBUTES and value]
            if tag == "input" and attributes.get("type") in ("submit", "button"):
                self.texts.append(attributes.get("value") or "")
        if tag not in VOID:
            self.open.append((tag, tag in UNSHOWN or "hidden" in attributes))

    def handle_endtag(self, tag):
        for index in range(len(self.open) - 1, -1, -1):
            if self.open[index][0] == tag:
                del self.open[index:]
                break

    def handle_data(self, data):
        if not self.hiding():
            self.texts.append(data)


def shown_texts(html: str) -> set[str]:
    parser = _ShownText()
    parser.feed(html)
    return {" ".join(text.split()) for text in parser.texts} - {""}


def _catalogue_entries(language: str):
    django_locale = Path(django.__file__).parent / "conf" / "locale" / language / "LC_MESSAGES" / "django.po"
    paths = [
        django_locale,
        Path(settings.BASE_DIR, "locale", language, "LC_MESSAGES", "django.po"),
        Path(settings.BASE_DIR, "lms", "locale", language, "LC_MESSAGES", "django.po"),
    ]
    for path in paths:
        yield from ((entry.msgctxt, entry.msgid) for entry in polib.pofile(str(path)))
    for domain in wagtail_catalogues.DOMAINS:
        yield from wagtail_catalogues.source_entries(domain)


def english_strings(language: str) -> set[str]:
    """The interface strings that read differently in this language: seen in English, they were left untranslated.

    Language names in their own language (the language menus) are names, not English."""
    autonyms = {name for _, name in settings.LANGUAGES}
    english = set()
    with translation.override(language):
        for context, msgid in set(_catalogue_entries(language)):
            if "%" in msgid or "{" in msgid or len(msgid) < 3:
                continue
            translated = pgettext(context, msgid) if context else gettext(msgid)
            if translated != msgid and msgid not in autonyms:
                english.add(" ".join(msgid.split()))
    return english


@pytest.fixture(scope="module")
def english():
    return {language: english_strings(language) for language in ("uz", "ru")}


@pytest.fixture
def seeded(db, demo_seed):
    return demo_seed


@pytest.fixture
def course(seeded):
    return CoursePage.objects.get(locale__language_code="uz", slug="hand-hygiene")


def trainer_screens(course) -> dict[str, str]:
    lesson = LessonPage.objects.descendant_of(course).first()
    quiz = QuizPage.objects.descendant_of(course).first()
    question = Question.objects.filter(locale=course.locale).first()
    return {
        "home": "/admin/",
        "explorer": reverse("wagtailadmin_explore", args=[course.pk]),
        "course editor": reverse("wagtailadmin_pages:edit", args=[course.pk]),
        "lesson editor": reverse("wagtailadmin_pages:edit", args=[lesson.pk]),
        "new lesson": reverse("wagtailadmin_pages:add", args=["courses", "lessonpage", course.pk]),
        "test editor": reverse("wagtailadmin_pages:edit", args=[quiz.pk]),
        "question editor": reverse("wagtailsnippets_assessments_question:edit", args=[question.pk]),
        "new question": reverse("wagtailsnippets_assessments_question:add"),
        "questions": reverse("wagtailsnippets_assessments_question:list"),
        "question banks": reverse("wagtailsnippets_assessments_questionbank:list"),
        "snippets": reverse("wagtailsnippets:index"),
        "images": reverse("wagtailimages:index"),
        "documents": reverse("wagtaildocs:index"),
        "page history": reverse("wagtailadmin_pages:history", args=[course.pk]),
        "new course": reverse("new_course"),
        "account": reverse("wagtailadmin_account"),
    }


def english_on(client, path: str, english: set[str]) -> list[str]:
    response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    return sorted(shown_texts(response.content.decode()) & english)


@pytest.mark.parametrize("language", ["uz", "ru"])
def test_a_trainers_screens_show_no_english(client, course, english, language):
    trainer = grant_role(user=UserFactory(preferred_language=language), role=Role.TRAINER)
    course.owner = trainer
    course.save(update_fields=["owner"])
    client.force_login(trainer)

    left = {
        name: found
        for name, path in trainer_screens(course).items()
        if (found := english_on(client, path, english[language]))
    }

    assert not left, f"English left in the {language} admin: {left}"


@pytest.mark.parametrize("language", ["uz", "ru"])
def test_a_reviewers_task_shows_no_english(client, course, english, language):
    trainer = grant_role(user=UserFactory(), role=Role.TRAINER)
    reviewer = grant_role(user=UserFactory(preferred_language=language), role=Role.REVIEWER)
    course.save_revision(user=trainer)
    state = course.get_workflow().start(course, trainer)
    client.force_login(reviewer)
    task_state = state.current_task_state
    screens = {
        "home": "/admin/",
        "task preview": reverse("wagtailadmin_pages:workflow_preview", args=[course.pk, task_state.task.pk]),
        "workflow history": reverse("wagtailadmin_pages:workflow_history", args=[course.pk]),
        "course editor": reverse("wagtailadmin_pages:edit", args=[course.pk]),
    }

    left = {name: found for name, path in screens.items() if (found := english_on(client, path, english[language]))}
    action = client.get(reverse("wagtailadmin_pages:workflow_action", args=[course.pk, "reject", task_state.pk]))
    left_in_dialog = sorted(shown_texts(action.json()["html"]) & english[language])

    assert not left, f"English left in the {language} admin: {left}"
    assert not left_in_dialog, f"English left in the {language} review dialog: {left_in_dialog}"


OVERRIDDEN = {  # our copy of a Wagtail template: the English it hard-codes, and what we put in its place
    "wagtailadmin/home.html": ('value="Search"', "value=\"{% translate 'Search' %}\""),
    "wagtailadmin/shared/header.html": ('value="Search"', "value=\"{% translate 'Search' %}\""),
    "wagtailadmin/shared/headers/_actions.html": ('aria-label="Actions"', "aria-label=\"{% translate 'Actions' %}\""),
}


@pytest.mark.parametrize("name", OVERRIDDEN)
def test_our_copies_of_wagtail_templates_differ_only_by_the_translated_string(name):
    english, translated = OVERRIDDEN[name]
    ours = Path(settings.BASE_DIR, "templates", name).read_text().splitlines()
    wagtails = Path(wagtail_catalogues.WAGTAIL_ROOT, "admin", "templates", name).read_text().splitlines()

    ours = [line.replace(translated, english) for line in ours if not line.startswith("{# Wagtail 8.0")]
    ours = [line.replace("{% load i18n %}", "") for line in ours]

    assert [line for line in ours if line] == [line for line in wagtails if line], (
        f"Wagtail's {name} changed: copy it again into templates/ and translate {english}"
    )
