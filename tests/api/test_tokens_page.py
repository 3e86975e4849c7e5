"""The API tokens page: staff create a token that is shown once, list their tokens and revoke them."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from api.models import ApiToken
from api.services import issue_token
from tests.api.conftest import TokenClient
from tests.factories import UserFactory
from workforce.roles import Role
from workforce.services import grant_role

TOKEN_TEXT = re.compile(r"mlk_[0-9a-f]{8}_[A-Za-z0-9_-]{20,}")


@pytest.fixture(autouse=True)
def _in_english():
    with translation.override("en"):
        yield


def tokens_url() -> str:
    return reverse("api:tokens")


def revoke_url(token: ApiToken) -> str:
    return reverse("api:revoke", args=[token.pk])


def test_a_created_token_is_shown_once_and_works(client, trainer):
    client.force_login(trainer)

    created = client.post(tokens_url(), {"name": "HR system", "scope": ApiToken.Scope.WRITE})
    listed = client.get(tokens_url())

    assert created.status_code == 200
    assert "no-store" in created["Cache-Control"]
    text = TOKEN_TEXT.search(created.content.decode()).group()
    token = ApiToken.objects.get(user=trainer)
    assert (token.name, token.scope) == ("HR system", ApiToken.Scope.WRITE)
    assert TokenClient(text).get("/api/v1/courses/").status_code == 200
    page = listed.content.decode()
    assert "HR system" in page and f"mlk_{token.prefix}_…" in page
    assert text not in page
    assert TOKEN_TEXT.search(page) is None


def test_the_list_shows_scope_use_and_revocation_but_never_a_secret(client, trainer):
    _active, active_text = issue_token(user=trainer, name="Reports", scope=ApiToken.Scope.READ)
    revoked, revoked_text = issue_token(user=trainer, name="Old HR link", scope=ApiToken.Scope.WRITE)
    revoked.revoked_at = revoked.created_at
    revoked.save()
    url = tokens_url()
    TokenClient(active_text).get("/api/v1/courses/")  # leaves the language of its request active
    client.force_login(trainer)

    page = client.get(url).content.decode()

    assert "Reports" in page and "Read only" in page and "Read and write" in page
    assert "Revoked" in page and "Never" in page
    # The secret is everything after the second "_" (it may hold "_" itself).
    assert active_text.split("_", 2)[2] not in page and revoked_text.split("_", 2)[2] not in page
    assert page.count(">Revoke<") == 1, "only the active token can be revoked"


def test_an_invalid_form_is_shown_again_with_its_errors(client, trainer):
    client.force_login(trainer)

    response = client.post(tokens_url(), {"name": "", "scope": "admin"})

    assert response.status_code == 400
    assert response.context["form"].errors.keys() == {"name", "scope"}
    assert not ApiToken.objects.exists()


def test_revoking_asks_first_then_the_token_stops_working(client, trainer):
    token, text = issue_token(user=trainer, name="HR system", scope=ApiToken.Scope.WRITE)
    client.force_login(trainer)

    confirm = client.get(revoke_url(token))
    token.refresh_from_db()
    assert confirm.status_code == 200 and token.revoked_at is None
    assert "Revoke “HR system”?" in confirm.content.decode()

    response = client.post(revoke_url(token))

    assert response.status_code == 302 and response["Location"] == tokens_url()
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert TokenClient(text).get("/api/v1/courses/").status_code == 401
    assert client.post(revoke_url(token)).status_code == 404, "a revoked token is not revoked twice"


def test_another_users_token_cannot_be_revoked(client, trainer, ministry_user):
    theirs, text = issue_token(user=ministry_user, name="Ministry BI", scope=ApiToken.Scope.READ)
    client.force_login(trainer)

    assert client.get(revoke_url(theirs)).status_code == 404
    assert client.post(revoke_url(theirs)).status_code == 404
    assert "Ministry BI" not in client.get(tokens_url()).content.decode()
    theirs.refresh_from_db()
    assert theirs.revoked_at is None
    assert TokenClient(text).get("/api/v1/courses/").status_code == 200


def test_learners_find_no_tokens_page(client, learner, trainer):
    token, _text = issue_token(user=trainer, name="HR system", scope=ApiToken.Scope.READ)
    client.force_login(learner)

    assert client.get(tokens_url()).status_code == 404
    assert client.post(tokens_url(), {"name": "mine", "scope": ApiToken.Scope.READ}).status_code == 404
    assert client.post(revoke_url(token)).status_code == 404
    assert not ApiToken.objects.filter(user=learner).exists()


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = client.get(tokens_url())

    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_the_account_menu_links_to_the_page_for_staff_only(client, trainer):
    learner = grant_role(user=UserFactory(email="someone@example.test"), role=Role.LEARNER)
    client.force_login(trainer)
    staff_page = client.get(reverse("courses:my_learning")).content.decode()
    client.force_login(learner)
    learner_page = client.get(reverse("courses:my_learning")).content.decode()

    assert f'href="{tokens_url()}"' in staff_page
    assert f'href="{tokens_url()}"' not in learner_page
