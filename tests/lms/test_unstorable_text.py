"""Text no database can store (NUL, lone surrogates) is refused with a 400 by every page, before anything is stored."""

import json
from urllib.parse import urlencode

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model

from tests.url_patterns import walk

ROUTES = [route for route in walk() if not route.text.startswith("api/")]
MESSAGE = "NUL"  # in every language


@pytest.fixture
def staff_client(client, db):
    client.force_login(get_user_model().objects.create_superuser(email="root@example.test", password="x"))
    return client


def _row_counts() -> dict[str, int]:
    return {model._meta.label: model.objects.count() for model in apps.get_models() if model._meta.managed}


FORM_FIELDS = ("title", "full_name", "name", "email", "text", "code", "q")


@pytest.mark.parametrize(
    ("how", "payload"),
    [
        ("form", {field: "Tosh\x00kent" for field in FORM_FIELDS}),
        ("multipart", {field: "Tosh\x00kent" for field in FORM_FIELDS}),
        ("json", json.dumps({"title": "\ud800", "answers": {"1": ["\udfff"]}})),
    ],
)
def test_every_form_refuses_text_no_database_can_store(staff_client, how, payload):
    before = _row_counts()

    for route in ROUTES:
        url = route.url()
        if how == "form":
            response = staff_client.post(url, urlencode(payload), content_type="application/x-www-form-urlencoded")
        elif how == "multipart":
            response = staff_client.post(url, payload)
        else:
            response = staff_client.post(url, payload, content_type="application/json")

        assert response.status_code == 400, (route.name, url, response.status_code)
        assert MESSAGE in response.content.decode(), url

    assert _row_counts() == before


@pytest.mark.parametrize("url", ["/en/learning/?q=a%00b", "/en/dashboard/?cadre=1%00", "/en/x%00y/"])
def test_a_nul_in_the_address_is_refused(staff_client, url):
    response = staff_client.get(url)

    assert response.status_code == 400
    assert MESSAGE in response.content.decode()


def test_the_refusal_is_a_page_in_the_site_language(client, db):
    response = client.post("/ru/accounts/signup/", {"email": "a@example.test", "full_name": "A\x00"})

    assert response.status_code == 400
    assert "одиночный суррогат" in response.content.decode()
