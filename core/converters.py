"""Ids in page addresses are bounded by what the database holds, so a longer one is a 404 rather than a 500."""

import warnings

from django.urls import register_converter
from django.urls.converters import IntConverter
from django.utils.deprecation import RemovedInDjango60Warning

ID_MAX = 2**63 - 1  # the largest bigint; Django's lookups answer "no such row" for larger values of smaller fields


class DatabaseId(IntConverter):
    """A number of at most 19 digits and at most ID_MAX; any other matches no URL pattern."""

    regex = "[0-9]{1,19}"

    def to_python(self, value):
        number = int(value)
        if number > ID_MAX:
            raise ValueError(value)  # Django reads this as "the pattern does not match"
        return number


def bound_ids_in_urls() -> None:
    """Make `<int:…>` in every URL pattern (the project's, Wagtail's, allauth's) a `DatabaseId`.

    Called once, before any URLconf is imported. Django 5.2 still allows
    replacing a built-in converter (with a deprecation warning); Django 6.0
    refuses it, and then every `urls.py` must say `<id:…>` instead.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RemovedInDjango60Warning)
        register_converter(DatabaseId, "int")
