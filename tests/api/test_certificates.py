"""GET /api/v1/me/certificates/ and the public GET /api/v1/certificates/{code}/verify/."""

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from api import services as api_services
from api.models import ApiToken
from certificates import services
from certificates.models import Certificate
from courses import services as course_services
from tests.api.conftest import TokenClient
from tests.factories import UserFactory

MINE = "/api/v1/me/certificates/"


def verify_url(code: str) -> str:
    return f"/api/v1/certificates/{code}/verify/"


@pytest.fixture
def course(courses):
    return courses.course("Qoʻl gigiyenasi", slug="hand-hygiene", lessons=1, certificate_validity_months=24)


def complete(courses, course, learner) -> Certificate:
    """The learner completes the course; the certificate stays pending (the issuing task has not run)."""
    enrolment = course_services.enrol_learner(learner=learner, course=course)
    course_services.complete_lesson(enrolment=enrolment, lesson=courses.lessons(course)[0])
    return Certificate.objects.get(learner=learner, course=course)


@pytest.fixture
def issued(courses, course, learner) -> Certificate:
    return services.issue_certificate(certificate=complete(courses, course, learner))


# The caller's certificates


def test_the_holder_sees_an_issued_certificate_with_links_that_work(learner_client, issued, course):
    response = learner_client.get(MINE)

    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 1
    item = body["items"][0]
    assert item["code"] == issued.code
    assert item["course"] == course.pk
    assert item["course_title"] == "Qoʻl gigiyenasi"
    assert item["status"] == "valid"
    assert item["issued_at"] and item["expires_at"]
    assert item["verify_url"] == services.verify_url(issued)
    assert item["pdf_url"].startswith("http://testserver/")
    assert item["pdf_url"].endswith(f"/learning/certificates/{issued.code}/pdf/")
    download = learner_client.get(item["pdf_url"])
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(b"%PDF")


def test_a_pending_certificate_has_no_pdf_yet(learner_client, courses, course, learner):
    certificate = complete(courses, course, learner)

    item = learner_client.get(MINE).json()["items"][0]

    assert (item["code"], item["status"], item["pdf_url"], item["issued_at"]) == (
        certificate.code,
        "pending",
        None,
        None,
    )


def test_an_expired_certificate_is_expired_and_still_downloadable(learner_client, issued):
    Certificate.objects.filter(pk=issued.pk).update(expires_at=timezone.now() - timedelta(days=1))

    item = learner_client.get(MINE).json()["items"][0]

    assert item["status"] == "expired"
    assert item["pdf_url"] is not None


def test_a_revoked_certificate_is_revoked_without_a_pdf(learner_client, issued, ministry_user):
    services.revoke_certificate(certificate=issued, by=ministry_user, reason="misconduct")

    item = learner_client.get(MINE).json()["items"][0]

    assert item["status"] == "revoked"
    assert item["pdf_url"] is None


def test_only_the_callers_own_certificates_are_listed_and_only_the_holder_downloads(courses, course, issued):
    other = Client()
    other.force_login(UserFactory())
    holder = Client()
    holder.force_login(issued.learner)
    pdf_url = holder.get(MINE).json()["items"][0]["pdf_url"]

    assert other.get(MINE).json() == {"items": [], "count": 0}
    assert other.get(pdf_url).status_code == 404


def test_certificates_are_paginated_newest_first(learner_client, courses, learner):
    codes = []
    for number in range(3):
        course = courses.course(f"Kurs {number}", slug=f"course-{number}", lessons=1)
        codes.append(complete(courses, course, learner).code)

    body = learner_client.get(MINE, {"page": 1}).json()
    beyond = learner_client.get(MINE, {"page": 99})

    assert body["count"] == 3
    assert [item["code"] for item in body["items"]] == codes[::-1]
    assert beyond.status_code in (200, 404)


def test_a_bad_page_number_is_a_4xx_problem(learner_client, issued):
    response = learner_client.get(MINE, {"page": "first"})

    assert response.status_code == 422
    assert response["Content-Type"] == "application/problem+json"


def test_anonymous_callers_may_not_list_certificates(db):
    assert Client().get(MINE).status_code == 401


def test_a_read_only_token_lists_its_owners_certificates(read_token):
    response = TokenClient(read_token).get(MINE)

    assert response.status_code == 200
    assert response.json() == {"items": [], "count": 0}


def test_a_revoked_token_may_not_list_certificates(trainer, read_token):
    api_services.revoke_token(token=ApiToken.objects.get(user=trainer))

    assert TokenClient(read_token).get(MINE).status_code == 401


# Public verification


def test_anyone_verifies_a_code_and_learns_what_the_verify_page_tells(issued):
    response = Client().get(verify_url(issued.code))

    assert response.status_code == 200
    assert response.json() == Client().get(reverse("certificates:verify_json", args=[issued.code])).json()
    assert response.json()["status"] == "valid"
    assert response.json()["holder"] == issued.learner_name
    assert "email" not in response.content.decode()


@pytest.mark.parametrize("typed", [str.lower, lambda code: code.replace("-", ""), lambda c: c.replace("-", "").lower()])
def test_codes_are_accepted_in_any_case_with_or_without_dashes(issued, typed):
    response = Client().get(verify_url(typed(issued.code)))

    assert response.status_code == 200
    assert response.json()["code"] == issued.code


def test_expired_and_revoked_certificates_say_so(issued, ministry_user):
    Certificate.objects.filter(pk=issued.pk).update(expires_at=timezone.now() - timedelta(days=1))
    assert Client().get(verify_url(issued.code)).json()["status"] == "expired"

    services.revoke_certificate(certificate=issued, by=ministry_user, reason="issued_in_error")
    facts = Client().get(verify_url(issued.code)).json()

    assert facts["status"] == "revoked"
    assert facts["revocation_reason"] == "issued_in_error"
    assert facts["revoked_at"]


@pytest.mark.parametrize("code", ["0000-0000-0000-0000", "not-a-code", "x" * 300, "%E2%9C%93"])
def test_unknown_or_malformed_codes_are_a_404_problem(db, code):
    response = Client().get(verify_url(code))

    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"


def test_verification_is_rate_limited_with_a_429_problem(db, one_minute):
    statuses = [Client().get(verify_url("0000-0000-0000-0000")).status_code for _ in range(61)]

    assert statuses[:60] == [404] * 60
    throttled = Client().get(verify_url("0000-0000-0000-0000"))
    assert statuses[60] == throttled.status_code == 429
    assert throttled["Content-Type"] == "application/problem+json"
    assert 0 < int(throttled["Retry-After"]) <= 60


def test_the_page_and_the_api_share_one_limit(issued, one_minute):
    for _ in range(60):
        Client().get(reverse("certificates:verify_json", args=[issued.code]))

    assert Client().get(verify_url(issued.code)).status_code == 429


def test_the_limit_is_per_address(issued, one_minute):
    for _ in range(60):
        Client().get(verify_url(issued.code))

    assert Client(REMOTE_ADDR="203.0.113.9").get(verify_url(issued.code)).status_code == 200


def test_verification_needs_no_credentials_and_ignores_bad_ones(issued):
    assert Client(HTTP_AUTHORIZATION="Bearer mlk_nothing_here").get(verify_url(issued.code)).status_code == 200


def test_the_verify_operation_is_public_in_the_schema(db):
    paths = Client().get("/api/v1/schema/").json()["paths"]

    assert "security" not in paths["/api/v1/certificates/{code}/verify/"]["get"]
    assert paths["/api/v1/me/certificates/"]["get"]["security"]
