"""The question editor in the admin: one panel per answer key, the key checked at every save, numbers and ranges
read as trainers write them, readable chooser labels, and a phone-sized preview of what learners see."""

import re
from decimal import Decimal

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text
from wagtail.users.models import UserProfile

from assessments.models import Question
from courses.authoring import ensure_authoring_setup
from tests.courses.conftest import CourseBuilder
from tests.factories import UserFactory
from workforce.roles import Role
from workforce.services import grant_role

ADD = "wagtailsnippets_assessments_question:add"
EDIT = "wagtailsnippets_assessments_question:edit"
PREVIEW = "wagtailsnippets_assessments_question:preview_on_add"


@pytest.fixture
def trainer(db):
    CourseBuilder()
    ensure_authoring_setup()
    return grant_role(user=UserFactory(email="trainer@example.test"), role=Role.TRAINER)


def admin_language(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


@pytest.fixture
def editor(client, trainer, quizzes):
    admin_language(trainer, "en")
    client.force_login(trainer)
    return client


def question_form(bank, kind, **fields):
    data = {
        "bank": bank.pk,
        "kind": kind,
        "stem": rich_text("<p>Kattalarda yurak massaji daqiqasiga necha marta?</p>"),
        "points": "1",
        "numeric_answer": "",
        "numeric_tolerance": "0",
        "unit": "",
        "multiple_scoring": "all_or_nothing",
        "accepted_answers": "",
        "options": inline_formset([]),
        "explanation": rich_text("<p>ERC 2021.</p>"),
    }
    data.update(fields)
    return nested_form_data(data)


def add(client, bank, kind, **fields):
    return client.post(reverse(ADD), question_form(bank, kind, **fields))


def field_errors(response, field) -> list[str]:
    assert response.status_code == 200, "the form should come back with its errors"
    return response.context["form"].errors.get(field, [])


def newest():
    return Question.objects.order_by("-pk").first()


# One panel per answer key


def test_each_answer_key_has_its_own_panel_named_for_its_question_types(editor):
    html = editor.get(reverse(ADD)).content.decode()

    panels = dict(
        re.findall(
            r'<section[^>]*data-question-kinds="([^"]+)"[^>]*>.*?<h2[^>]*>\s*(?:<[^>]+>\s*)*([^<]+?)\s*<', html, re.S
        )
    )
    assert panels == {
        "single multiple": "Answer options (single choice, multiple choice)",
        "true_false": "Answer key (true or false)",
        "numeric": "Answer key (number)",
        "short_text": "Answer key (short text)",
    }
    assert 'data-question-kinds="multiple"' in html, "the scoring of multiple choice only shows for multiple choice"


def test_the_editor_script_is_a_file_loaded_by_a_hook_not_inline(editor):
    html = editor.get(reverse(ADD)).content.decode()

    assert re.search(r'<script src="[^"]*/js/admin/question-editor\.js" defer></script>', html)
    assert "data-question-kinds" not in "".join(re.findall(r"<script(?![^>]*src=)[^>]*>(.*?)</script>", html, re.S))


def test_choosers_read_as_whole_sentences_in_uzbek_and_russian(editor, trainer):
    for language, sentence in [("uz", "Savollar bankini tanlang"), ("ru", "Выберите банк вопросов")]:
        admin_language(trainer, language)

        html = editor.get(reverse(ADD)).content.decode()

        assert sentence in html
        assert "Choose savollar banki" not in html and "Choose банк" not in html


# The answer key, checked at every save


@pytest.mark.parametrize(
    ("kind", "field", "message"),
    [
        ("true_false", "true_false_answer", "Say whether the statement is true or false."),
        ("numeric", "numeric_answer", "Give the correct number or range."),
        ("short_text", "accepted_answers", "Give at least one accepted answer."),
    ],
)
def test_a_question_without_its_answer_key_is_not_saved(editor, quizzes, kind, field, message):
    before = Question.objects.count()

    response = add(editor, quizzes.bank, kind)

    assert message in field_errors(response, field)
    assert Question.objects.count() == before


def test_a_negative_tolerance_is_refused_at_the_field(editor, quizzes):
    response = add(editor, quizzes.bank, "numeric", numeric_answer="110", numeric_tolerance="-5")

    assert field_errors(response, "numeric_tolerance") == ["The tolerance cannot be negative."]
    assert not field_errors(response, "numeric_answer")
    assert not Question.objects.filter(stem__contains="yurak massaji").exists()


def test_a_choice_question_still_needs_a_correct_option(editor, quizzes):
    options = inline_formset([{"text": "100–120"}, {"text": "60–80"}])

    response = add(editor, quizzes.bank, "single", options=options)

    assert "Mark exactly one option as correct." in response.context["form"].non_field_errors()


def test_an_edit_that_breaks_the_key_is_refused_and_the_stored_key_kept(editor, quizzes):
    question = quizzes.true_false
    data = question_form(quizzes.bank, "true_false", true_false_answer="")

    response = editor.post(reverse(EDIT, args=[question.pk]), data)

    assert field_errors(response, "true_false_answer")
    question.refresh_from_db()
    assert question.true_false_answer is False


def test_a_true_or_false_question_is_saved_with_its_answer(editor, quizzes):
    response = add(editor, quizzes.bank, "true_false", true_false_answer="True")

    assert response.status_code == 302
    assert newest().true_false_answer is True


def test_the_hidden_number_of_another_type_does_not_block_saving(editor, quizzes):
    response = add(editor, quizzes.bank, "short_text", accepted_answers="Toshkent", numeric_answer="about 5")

    assert response.status_code == 302
    assert newest().numeric_answer is None


# Numbers and ranges as trainers write them


@pytest.mark.parametrize(
    ("typed", "low", "high"),
    [
        ("100–120", "100", "120"),
        ("100-120", "100", "120"),
        ("100 to 120", "100", "120"),
        ("от 100 до 120", "100", "120"),
        ("100 dan 120 gacha", "100", "120"),
        ("36,5–37,2", "36.5", "37.2"),
    ],
)
def test_a_range_is_stored_as_its_bounds_and_remembered_as_a_range(editor, quizzes, typed, low, high):
    response = add(editor, quizzes.bank, "numeric", numeric_answer=typed, unit="/min")

    assert response.status_code == 302
    key = newest().numeric_key
    assert (key.low, key.high, key.is_range) == (Decimal(low), Decimal(high), True)


def test_a_value_with_a_tolerance_is_kept_as_such(editor, quizzes):
    response = add(editor, quizzes.bank, "numeric", numeric_answer="5,5", numeric_tolerance="0,5")

    assert response.status_code == 302
    question = newest()
    assert (question.numeric_answer, question.numeric_tolerance) == (Decimal("5.5"), Decimal("0.5"))
    assert not question.numeric_key.is_range


@pytest.mark.parametrize(
    ("typed", "tolerance", "message"),
    [
        ("120–100", "0", "Write the smaller number first"),
        ("100–120", "5", "Give either a range or a tolerance"),
        ("about 100", "0", "Write one number (110), a range (100–120)"),
    ],
)
def test_an_unreadable_number_or_range_says_what_to_write(editor, quizzes, typed, tolerance, message):
    response = add(editor, quizzes.bank, "numeric", numeric_answer=typed, numeric_tolerance=tolerance)

    errors = field_errors(response, "numeric_answer")
    assert len(errors) == 1 and message in errors[0]


def test_an_unreadable_tolerance_is_refused_at_its_own_field(editor, quizzes):
    response = add(editor, quizzes.bank, "numeric", numeric_answer="110", numeric_tolerance="about 5")

    assert field_errors(response, "numeric_tolerance")
    assert not field_errors(response, "numeric_answer")


def test_the_editor_shows_a_stored_range_as_the_trainer_wrote_it(editor, quizzes, trainer):
    add(editor, quizzes.bank, "numeric", numeric_answer="36.5-37.2")
    admin_language(trainer, "ru")

    form = editor.get(reverse(EDIT, args=[newest().pk])).context["form"]

    assert form.initial["numeric_answer"] == "36,5–37,2"


# Preview on a phone


def preview(client, data):
    url = reverse(PREVIEW)
    assert client.post(url, data).json()["is_valid"]
    return client.get(url)


def test_the_preview_shows_the_question_as_a_quiz_does_on_a_phone(editor, quizzes):
    options = inline_formset([{"text": "30:2", "is_correct": "on"}, {"text": "15:2"}])
    data = question_form(quizzes.bank, "single", options=options)

    response = preview(editor, data)

    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="question"' in html and 'type="radio"' in html and "30:2" in html
    assert "yurak massaji" in html
    assert Question.objects.filter(stem__contains="yurak massaji").count() == 0, "a preview saves nothing"
    assert Question().preview_sizes[0] == {**Question().preview_sizes[0], "name": "mobile", "device_width": 360}


def test_the_preview_is_in_the_questions_language_with_the_unit_and_the_range(editor, quizzes, trainer):
    data = question_form(quizzes.bank, "numeric", numeric_answer="36,5–37,2", unit="°C")

    html = preview(editor, data).content.decode()

    assert 'inputmode="decimal"' in html
    assert "°C" in html
    assert "36,5–37,2 °C" in html, "the answer key in the Uzbek number style, as a range"
    assert 'lang="uz"' in html
