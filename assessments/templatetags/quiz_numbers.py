"""Numbers of the quiz screens as the learner writes them."""

from decimal import Decimal, InvalidOperation

from django import template

from core.numbers import describe_key, format_number

register = template.Library()


@register.filter
def plain_number(value):
    """A number in the reader's locale with only the decimals it has: 5.5000 → "5,5" in Russian, 100 → "100"."""
    if value is None or value == "":
        return ""
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return value
    if not number.is_finite():
        return value
    return format_number(number)


@register.filter
def numeric_key(key):
    """A numeric answer key as written: "100–120" for a range, "5,5 ± 0,5" with a tolerance, "100" when exact."""
    return "" if key is None else describe_key(key)
