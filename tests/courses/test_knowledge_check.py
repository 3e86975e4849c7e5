"""Knowledge checks in lessons: the feedback wording fits the kind of question."""

import re

import pytest
from django.utils import translation

from courses.blocks import KnowledgeCheckBlock


def rendered(options) -> str:
    block = KnowledgeCheckBlock()
    value = block.to_python(
        {
            "question": "How long should a hand rub last?",
            "options": [{"text": text, "is_correct": correct} for text, correct in options],
            "explanation": "<p>WHO guidance.</p>",
        }
    )
    with translation.override("en"):
        return block.render(value)


def message(html: str, verdict: str) -> str | None:
    found = re.search(rf'data-msg-{verdict}="([^"]*)"', html)
    return found.group(1) if found else None


def test_a_wrong_single_choice_answer_is_called_incorrect():
    html = rendered([("5 s", False), ("20–30 s", True), ("2 min", False)])

    assert 'type="radio"' in html
    assert message(html, "incorrect") == "Incorrect."
    assert message(html, "correct") == "Correct!"
    assert message(html, "partial") is None, "a single-choice answer is right or wrong, never partly right"


def test_a_multiple_choice_check_can_say_partly_correct():
    html = rendered([("Before touching a patient", True), ("After body fluid exposure", True), ("Lunch", False)])

    assert 'type="checkbox"' in html
    assert message(html, "incorrect") == "Incorrect."
    assert message(html, "partial").startswith("Partly correct")


@pytest.mark.parametrize("options", [[("a", True), ("b", False)], [("a", True), ("b", True), ("c", False)]])
def test_no_knowledge_check_says_not_quite(options):
    assert "Not quite" not in rendered(options)
