"""API test helpers: a client that sends a personal token, and the course builder."""

import pytest
from django.test import Client

from api.models import ApiToken
from api.services import issue_token
from tests.courses.conftest import courses  # noqa: F401 - the course builder fixture
from tests.factories import UserFactory
from workforce.roles import Role
from workforce.services import grant_role


class TokenClient(Client):
    """A test client that sends `Authorization: Bearer <token>` with every request."""

    def __init__(self, token: str, **defaults):
        super().__init__(HTTP_AUTHORIZATION=f"Bearer {token}", **defaults)


@pytest.fixture
def trainer(db):
    return grant_role(user=UserFactory(email="trainer@example.test"), role=Role.TRAINER)


@pytest.fixture
def write_token(trainer) -> str:
    return issue_token(user=trainer, name="HR system", scope=ApiToken.Scope.WRITE)[1]


@pytest.fixture
def read_token(trainer) -> str:
    return issue_token(user=trainer, name="Reports", scope=ApiToken.Scope.READ)[1]
