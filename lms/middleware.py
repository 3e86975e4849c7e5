"""Middleware of our own."""

import json
import re
from collections.abc import Iterator

from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent
from django.http.multipartparser import MultiPartParserError
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _

UNPREFIXED = ("/api/", "/admin/")
SURROGATE = re.compile("[\ud800-\udfff]")


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except that a 404 from the API or the admin stays a 404.

    Django answers a 404 for an address without a language prefix with a
    redirect to the prefixed address when that one would match a URL pattern,
    and Wagtail's page serving matches everything.
    """

    def process_response(self, request, response):
        if request.path_info.startswith(UNPREFIXED):
            return response
        return super().process_response(request, response)


class AccountLanguageInAdmin:
    """In the admin, a signed-in person's own language is the default, whatever the browser's language or cookie.

    Wagtail shows the admin in the language chosen on the account page and,
    when none is chosen, in the active language: activating the account's
    language here makes Uzbek the admin's language for Uzbek-speaking staff.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith("/admin/") and request.user.is_authenticated:
            translation.activate(request.user.preferred_language)
            request.LANGUAGE_CODE = translation.get_language()
        return self.get_response(request)


class RejectUnstorableText:
    """Refuse, with a 400, a request whose text no column can hold: a NUL character or a lone UTF-16 surrogate.

    PostgreSQL refuses both (and templates cannot encode a surrogate), so they
    could only end as a 500. The path, the query, form fields, file names and
    JSON bodies are checked, for every page and every API operation, before any
    view runs; the API answers with problem details.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not any(_unstorable(text) for text in _texts_of(request)):
            return self.get_response(request)
        message = _(
            "The request contains a NUL character or a broken Unicode character (a lone surrogate), which no field "
            "may hold. Remove it and try again."
        )
        if request.path_info.startswith("/api/"):
            from api.errors import problem

            return problem(request, 400, message)
        return render(request, "400.html", {"message": message}, status=400)


def _unstorable(text: str) -> bool:
    return "\x00" in text or SURROGATE.search(text) is not None


def _texts_of(request) -> Iterator[str]:
    """Every piece of text in the request that a view might store."""
    yield request.path_info
    for key, values in request.GET.lists():
        yield key
        yield from values
    if request.method in ("GET", "HEAD", "OPTIONS", "TRACE"):
        return
    content_type = request.content_type or ""
    try:
        if content_type in ("multipart/form-data", "application/x-www-form-urlencoded"):
            for key, values in request.POST.lists():
                yield key
                yield from values
            for file in request.FILES.values():
                yield file.name or ""
        elif request.body:
            yield from _json_texts(json.loads(request.body))
    except (RequestDataTooBig, TooManyFieldsSent, MultiPartParserError, ValueError, RecursionError):
        return  # too large, malformed or not JSON: the view answers that in its own way


def _json_texts(document) -> Iterator[str]:
    pending = [document]
    while pending:
        value = pending.pop()
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            pending.extend(value.keys())
            pending.extend(value.values())
        elif isinstance(value, list):
            pending.extend(value)
