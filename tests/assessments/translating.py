"""Courses to translate in tests: a course whose tests choose and draw questions, and Wagtail's 'Translate'."""

from django.urls import reverse
from wagtail.models import Locale

from assessments.models import QuestionBank, QuizPage
from tests.assessments.conftest import choice_question


def locale(language: str) -> Locale:
    return Locale.objects.get(language_code=language)


def translate(client, page, language="ru", *, subtree=True):
    """Wagtail's 'Translate' on a page, as a trainer submits it."""
    data = {"locales": [locale(language).pk], **({"include_subtree": "on"} if subtree else {})}
    response = client.post(reverse("simple_translation:submit_page_translation", args=[page.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return page.get_translation(locale(language))


def translate_snippet(client, model_name: str, item, language="ru"):
    """Wagtail's 'Translate' on a question or certificate template."""
    app_label = {"question": "assessments", "certificatetemplate": "certificates"}[model_name]
    url = reverse("simple_translation:submit_snippet_translation", args=[app_label, model_name, item.pk])
    response = client.post(url, {"locales": [locale(language).pk]})
    assert response.status_code == 302, response.content.decode()[:2000]
    return type(item).objects.get(translation_key=item.translation_key, locale=locale(language))


class TranslatableCourse:
    """A course with a final test of chosen questions and a pre-test drawing from another bank."""

    def __init__(self, quizzes, **fields):
        self.page = quizzes.course(**fields)
        self.final = quizzes.quiz(self.page, questions=[quizzes.single, quizzes.multiple])
        self.resuscitation = QuestionBank.objects.create(title="Reanimatsiya")
        self.drawn = [
            choice_question(self.resuscitation, "Compression depth?", [("5–6 cm", True), ("2 cm", False)]),
            choice_question(self.resuscitation, "Compression rate?", [("100–120/min", True), ("60/min", False)]),
        ]
        self.pre_test = quizzes.quiz(
            self.page, role=QuizPage.Role.PRE_TEST, questions=[], draw_bank=self.resuscitation, draw_count=2
        )
