"""Who is calling the API: a personal token (Authorization: Bearer …) or the site session (with CSRF).

Both give the caller's user to the operation as `request.auth`; the screens' own
permission and org-scope rules then apply unchanged. A read-only token may not
change anything.
"""

from django.utils.translation import gettext as _
from ninja.errors import AuthorizationError
from ninja.security import HttpBearer, django_auth

from . import services
from .models import ApiToken

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class PersonalToken(HttpBearer):
    openapi_description = "A personal API token (`mlk_…`) created on the profile page; read-only or read-write."

    def authenticate(self, request, token):
        api_token = services.authenticate(token)
        if api_token is None:
            return None
        if api_token.scope == ApiToken.Scope.READ and request.method not in SAFE_METHODS:
            raise AuthorizationError(message=_("This token is read-only."))
        request.api_token = api_token
        return api_token.user


personal_token = PersonalToken()
session = django_auth
EVERYONE_SIGNED_IN = [personal_token, session]
