"""Numbers of the quiz screens as the learner writes them."""

from decimal import Decimal, InvalidOperation

from django import template
from django.utils import formats

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
    number = number.normalize()
    return formats.number_format(number.quantize(1) if number == number.to_integral() else number, use_l10n=True)
