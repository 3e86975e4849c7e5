"""Refuse NUL characters anywhere in an API request: PostgreSQL cannot store them, so they could only end as a 500."""

from django.utils.translation import gettext as _

from .errors import problem

API_PREFIX = "/api/"


class RejectNulCharacters:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(API_PREFIX) and _has_nul(request):
            return problem(request, 400, _("The request contains a NUL character, which no field may hold."))
        return self.get_response(request)


def _has_nul(request) -> bool:
    query = request.META.get("QUERY_STRING", "")
    if "%00" in query or "\x00" in query or "%00" in request.path or "\x00" in request.path:
        return True
    if request.method in ("POST", "PUT", "PATCH"):
        try:
            body = request.body
        except Exception:  # noqa: BLE001 - too large or unreadable: the API's own handlers answer that
            return False
        return b"\x00" in body or b"\\u0000" in body
    return False
