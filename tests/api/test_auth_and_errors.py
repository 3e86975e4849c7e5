"""Who may call the API, and how it says no: RFC 9457 problem details, never a 500 for bad input."""

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client

from api import services
from api.models import ApiToken
from tests.api.conftest import TokenClient

COURSES = "/api/v1/courses/"


def test_anonymous_callers_get_a_401_problem_with_a_bearer_challenge(db):
    response = Client().get(COURSES)

    assert response.status_code == 401
    assert response["Content-Type"] == "application/problem+json"
    assert response["WWW-Authenticate"] == "Bearer"
    assert response.json()["status"] == 401
    assert response.json()["instance"] == COURSES


def test_a_personal_token_authenticates_and_is_stored_only_as_a_digest(write_token, trainer):
    assert TokenClient(write_token).get(COURSES).status_code == 200
    stored = ApiToken.objects.get(user=trainer)
    assert write_token.split("_", 2)[2] not in (stored.secret_hash, stored.prefix)
    assert stored.last_used_at is not None


@pytest.mark.parametrize("mangle", [lambda t: t + "x", lambda t: t[:-1], lambda t: "mlk_nothing_here", lambda t: "abc"])
def test_wrong_tokens_are_refused(write_token, mangle):
    assert TokenClient(mangle(write_token)).get(COURSES).status_code == 401


def test_a_revoked_token_no_longer_works(write_token, trainer):
    services.revoke_token(token=ApiToken.objects.get(user=trainer))

    assert TokenClient(write_token).get(COURSES).status_code == 401


def test_a_deactivated_owner_takes_their_tokens_with_them(write_token, trainer):
    trainer.is_active = False
    trainer.save()

    assert TokenClient(write_token).get(COURSES).status_code == 401


def test_a_read_only_token_may_read_but_not_write(read_token, courses):
    course = courses.course(slug="hand-hygiene", lessons=1)
    client = TokenClient(read_token)

    assert client.get(COURSES).status_code == 200
    response = client.post(f"/api/v1/courses/{course.pk}/enrol/")
    assert response.status_code == 403
    assert "read-only" in response.json()["detail"]


def test_learners_may_not_hold_tokens(learner):
    with pytest.raises(PermissionDenied):
        services.issue_token(user=learner, name="mine", scope=ApiToken.Scope.READ)


def test_the_site_session_works_and_needs_csrf_for_writes(learner, courses):
    course = courses.course(slug="hand-hygiene", lessons=1)
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)

    assert client.get(COURSES).status_code == 200
    assert client.post(f"/api/v1/courses/{course.pk}/enrol/").status_code == 403


def test_bad_input_is_a_4xx_problem_with_the_errors(write_token):
    client = TokenClient(write_token)

    not_a_number = client.get("/api/v1/courses/abc/")
    bad_language = client.get(COURSES, {"language": "fr"})
    missing = client.get("/api/v1/courses/999999/")

    assert not_a_number.status_code in (404, 422)
    assert bad_language.status_code == 400
    assert "fr" in bad_language.json()["detail"]
    assert missing.status_code == 404
    assert missing["Content-Type"] == "application/problem+json"


def test_the_schema_and_the_docs_are_served_without_any_cdn(db):
    schema = Client().get("/api/v1/schema/")
    docs = Client().get("/api/v1/docs/")

    assert schema.status_code == 200
    assert schema.json()["openapi"].startswith("3.")
    assert "/api/v1/courses/" in schema.json()["paths"]
    assert docs.status_code == 200
    assert "cdn" not in docs.content.decode().lower()


def test_a_body_over_the_upload_limit_is_a_413_problem(write_token, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    body = '{"answers": {"1": "' + "x" * 5000 + '"}}'

    response = TokenClient(write_token).put("/api/v1/attempts/1/answers/", data=body, content_type="application/json")

    assert response.status_code == 413
    assert response["Content-Type"] == "application/problem+json"


@pytest.mark.parametrize(("method", "path", "body"), [
    ("get", "/api/v1/courses/?cadre=22%0021", None),
    ("put", "/api/v1/attempts/1/answers/", '{"answers": {"1": "Tosh\\u0000kent"}}'),
])  # fmt: skip
def test_nul_characters_are_refused_before_they_reach_the_database(write_token, method, path, body):
    client = TokenClient(write_token)
    kwargs = {"data": body, "content_type": "application/json"} if body else {}

    response = getattr(client, method)(path, **kwargs)

    assert response.status_code == 400
    assert "NUL" in response.json()["detail"]


def test_ids_beyond_what_the_database_holds_are_a_422_not_a_500(write_token):
    client = TokenClient(write_token)

    assert client.get(f"/api/v1/courses/{2**63}/").status_code == 422
    assert client.post(f"/api/v1/quizzes/{2**40}/attempts/").status_code == 422


def test_problems_speak_the_language_the_caller_asks_for(read_token, courses):
    course = courses.course(slug="hand-hygiene", lessons=1)

    russian = TokenClient(read_token, HTTP_ACCEPT_LANGUAGE="ru").post(f"/api/v1/courses/{course.pk}/enrol/")
    uzbek = TokenClient(read_token, HTTP_ACCEPT_LANGUAGE="uz").post(f"/api/v1/courses/{course.pk}/enrol/")

    assert "чтени" in russian.json()["detail"]
    assert "oʻqish" in uzbek.json()["detail"]
