"""Knowledge checks in the lesson editor: the answer key is checked when a draft is saved, at the field that is
wrong; a check answered with a number accepts a range and reads the learner's number as the quizzes do."""

import re

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Revision
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from courses.blocks import NumberCheckBlock
from courses.models import LessonPage
from tests.courses.test_authoring import authoring  # noqa: F401 (a fixture)


def list_block(items: list[dict]) -> dict:
    """A ListBlock's form data: each item's value with its order, none deleted."""
    data = {"count": str(len(items))}
    for order, value in enumerate(items):
        data[str(order)] = {"value": value, "deleted": "", "order": str(order), "id": ""}
    return data


def choice_check(*options: tuple[str, bool]) -> tuple[str, dict]:
    return (
        "knowledge_check",
        {
            "question": "Qoʻl antiseptik bilan qancha vaqt ishqalanadi?",
            "options": list_block([{"text": text, **({"is_correct": "on"} if ok else {})} for text, ok in options]),
            "explanation": rich_text("<p>JSST tavsiyasi.</p>"),
        },
    )


def number_check(answer: str, unit: str = "soniya") -> tuple[str, dict]:
    return (
        "number_check",
        {
            "question": "Qoʻl antiseptik bilan necha soniya ishqalanadi?",
            "answer": answer,
            "unit": unit,
            "explanation": rich_text("<p>JSST tavsiyasi: 20–30 soniya.</p>"),
        },
    )


def lesson_form(*blocks, slug="hand-rub"):
    return nested_form_data(
        {"title": "Qoʻl gigiyenasi", "slug": slug, "duration_minutes": "8", **{"body": streamfield(list(blocks))}}
    )


def block_errors(response) -> dict:
    """The errors of the first block of the body, by field, as the page editor shows them."""
    assert response.status_code == 200, "the editor should come back with the errors"
    error = response.context["form"].errors.as_data()["body"][0]
    return {name: [str(message) for message in e.messages] for name, e in error.block_errors[0].block_errors.items()}


@pytest.fixture
def trainer_client(client, courses, authoring):  # noqa: F811
    trainer, _reviewer = authoring
    profile = UserProfile.get_for_user(trainer)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(trainer)
    return client


@pytest.fixture
def course(courses):
    return courses.course(lessons=0)


def save_draft(client, course, *blocks):
    return client.post(
        reverse("wagtailadmin_pages:add", args=["courses", "lessonpage", course.pk]), lesson_form(*blocks)
    )


def test_a_choice_check_without_a_correct_option_is_refused_when_a_draft_is_saved(trainer_client, course):
    response = save_draft(trainer_client, course, choice_check(("5 s", False), ("20–30 s", False)))

    assert "options" in block_errors(response)
    assert not LessonPage.objects.filter(slug="hand-rub").exists()


@pytest.mark.parametrize(
    ("answer", "message"),
    [("about 20", "Write one number (110)"), ("30–20", "Write the smaller number first")],
)
def test_a_number_check_with_an_unreadable_answer_is_refused_at_its_field(trainer_client, course, answer, message):
    response = save_draft(trainer_client, course, number_check(answer))

    errors = block_errors(response)
    assert list(errors) == ["answer"]
    assert any(message in error for error in errors["answer"])


def test_editing_a_lesson_into_a_wrong_key_saves_no_revision(trainer_client, course):
    save_draft(trainer_client, course, number_check("20–30"))
    lesson = LessonPage.objects.get(slug="hand-rub")
    revisions = Revision.objects.for_instance(lesson).count()

    response = trainer_client.post(
        reverse("wagtailadmin_pages:edit", args=[lesson.pk]), lesson_form(number_check("twenty"))
    )

    assert "answer" in block_errors(response)
    assert Revision.objects.for_instance(lesson).count() == revisions


@pytest.mark.parametrize("answer", ["20–30", "20-30", "20 to 30", "25 ± 5", "20 dan 30 gacha"])
def test_a_number_check_with_a_range_is_saved(trainer_client, course, answer):
    response = save_draft(trainer_client, course, number_check(answer))

    assert response.status_code == 302
    lesson = LessonPage.objects.get(slug="hand-rub")
    assert lesson.get_latest_revision_as_object().body[0].value["answer"] == answer


def rendered(answer, unit="soniya", language="ru") -> str:
    block = NumberCheckBlock()
    value = block.to_python(
        {"question": "Necha soniya?", "answer": answer, "unit": unit, "explanation": "<p>JSST tavsiyasi.</p>"}
    )
    with translation.override(language):
        return block.render(value)


def test_a_number_check_gives_the_script_its_bounds_and_the_reader_the_range_in_their_style():
    html = rendered("36.5-37.2", unit="°C")

    assert 'data-low="36.5" data-high="37.2"' in html
    assert "36,5–37,2 °C" in html, "the answer shown without JavaScript, with a decimal comma in Russian"
    assert 'inputmode="decimal"' in html


def test_a_number_check_tells_the_unit_and_that_only_a_number_is_read():
    html = rendered("20–30", language="en")

    hint = re.search(r'class="knowledge-check__hint"[^>]*>([^<]*)<', html).group(1)
    assert "soniya" in hint and "5,5" in hint
    assert "not one number" in re.search(r'data-msg-unreadable="([^"]*)"', html).group(1)


def test_a_value_with_a_tolerance_is_shown_as_written():
    assert "25 ± 5 soniya" in rendered("25 ± 5", language="en")
