"""Middleware of our own."""

from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware

UNPREFIXED = ("/api/", "/admin/")


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
