"""Reading a learner's answers from a submitted quiz form into stored responses."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from .grading import Kind, parse_number

MAX_TEXT_LENGTH = 500


def field_name(question_id: int) -> str:
    return f"q{question_id}"


def responses_from_post(post, questions: list, option_orders: dict[int, list[int]]) -> dict:
    """Responses to the questions shown on the page (anything with the canonical `pk` and a `kind`).

    A choice arrives as the option's place in the order the attempt shows it
    (`Attempt.option_orders`) and is stored as its position in the original
    question, so what learners send says nothing about the author's order.
    Anything out of range or malformed is refused with a message rather than stored.
    """
    responses = {}
    for question in questions:
        name = field_name(question.pk)
        kind = question.kind
        if kind == Kind.MULTIPLE:
            values = post.getlist(name)
            responses[question.pk] = sorted({_position(value, option_orders[question.pk]) for value in values})
        elif kind == Kind.SINGLE:
            value = post.get(name)
            responses[question.pk] = None if value in (None, "") else _position(value, option_orders[question.pk])
        elif kind == Kind.TRUE_FALSE:
            value = post.get(name)
            if value not in (None, "", "true", "false"):
                raise ValidationError(_("Choose true or false."), code="invalid")
            responses[question.pk] = None if value in (None, "") else value == "true"
        else:
            value = post.get(name, "")
            if len(value) > MAX_TEXT_LENGTH:
                raise ValidationError(_("This answer is too long."), code="too_long")
            responses[question.pk] = value.strip() or None
            if kind == Kind.NUMERIC and responses[question.pk] is not None:
                check_number(responses[question.pk], number=getattr(question, "number", None))
    return responses


def check_number(typed: str, *, number: int | None = None) -> None:
    """Refuse a numeric answer the grader cannot read (a range, a unit, words), saying what to type.

    One number is read as `grading.parse_number` reads it: "5.5" and "5,5" alike
    (a single comma is the decimal separator), "1 500" grouped by spaces.
    """
    if parse_number(typed) is not None:
        return
    message = _("Type one number, such as 12 or 5.5 (5,5 also works): no range, unit or words.")
    if number is not None:
        message = _("Question %(number)s: %(message)s") % {"number": number, "message": message}
    raise ValidationError(message, code="not_a_number")


def _position(value: str, order: list[int]) -> int:
    """The original position of the option shown at place `value`."""
    try:
        place = int(value)
    except (TypeError, ValueError):
        place = -1
    if not 0 <= place < len(order):
        raise ValidationError(_("That option is not part of the question."), code="invalid_option")
    return order[place]
