"""Errors as RFC 9457 problem details (`application/problem+json`), with a clear message; never a 500 for bad input."""

from django.core.exceptions import PermissionDenied, RequestDataTooBig
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, JsonResponse
from django.utils.translation import gettext as _
from ninja.errors import AuthenticationError, HttpError, Throttled
from ninja.errors import ValidationError as RequestValidationError

PROBLEM_TYPE = "application/problem+json"
TITLES = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    409: "Conflict",
    413: "Content Too Large",
    422: "Unprocessable Content",
    429: "Too Many Requests",
}


def problem(request, status: int, detail: str, **extra) -> JsonResponse:
    body = {"type": "about:blank", "title": TITLES.get(status, "Error"), "status": status, "detail": detail}
    body["instance"] = request.path
    body.update(extra)
    return JsonResponse(body, status=status, content_type=PROBLEM_TYPE, json_dumps_params={"ensure_ascii": False})


def _request_invalid(request, exc: RequestValidationError):
    errors = [
        {"location": ".".join(str(part) for part in error.get("loc", ())), "message": error.get("msg", "")}
        for error in exc.errors
    ]
    return problem(request, 422, _("The request is not valid; see the errors."), errors=errors)


def _rule_broken(request, exc: DjangoValidationError):
    return problem(request, 400, " ".join(exc.messages), code=getattr(exc, "code", None) or "invalid")


def _not_allowed(request, exc: PermissionDenied):
    return problem(request, 403, str(exc) or _("You may not do this."))


def _not_found(request, exc: Http404):
    return problem(request, 404, _("Not found."))


def _unauthorized(request, exc: AuthenticationError):
    response = problem(request, 401, _("Sign in, or send a personal API token as 'Authorization: Bearer …'."))
    response["WWW-Authenticate"] = "Bearer"
    return response


def _throttled(request, exc: Throttled):
    response = problem(request, 429, _("Too many requests; try again in a minute."))
    if exc.wait:
        response["Retry-After"] = str(int(exc.wait))
    return response


def _too_big(request, exc: RequestDataTooBig):
    return problem(request, 413, _("The request body is too large."))


def _http_error(request, exc: HttpError):
    return problem(request, exc.status_code, str(exc))


def install(api) -> None:
    api.add_exception_handler(RequestValidationError, _request_invalid)
    api.add_exception_handler(DjangoValidationError, _rule_broken)
    api.add_exception_handler(PermissionDenied, _not_allowed)
    api.add_exception_handler(Http404, _not_found)
    api.add_exception_handler(AuthenticationError, _unauthorized)
    api.add_exception_handler(Throttled, _throttled)
    api.add_exception_handler(HttpError, _http_error)
    api.add_exception_handler(RequestDataTooBig, _too_big)
