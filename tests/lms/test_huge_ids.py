"""An id in a page address beyond what the database holds is a 404, never a 500, on every page with an id."""

import pytest
from django.contrib.auth import get_user_model

from tests.url_patterns import walk

HUGE_ID = "99999999999999999999"  # > 2**64
OUR_APPS = {"lms", "workforce", "courses", "assessments", "certificates", "api"}
ROUTES = [route for route in walk() if route.has_id() and not route.text.startswith("api/")]


def test_every_page_with_an_id_is_walked():
    assert len(ROUTES) > 100
    assert {"dashboard:export", "assessments:attempt", "wagtailadmin_pages:edit"} <= {route.name for route in ROUTES}


@pytest.fixture
def staff_client(client, db):
    client.force_login(get_user_model().objects.create_superuser(email="root@example.test", password="x"))
    return client


@pytest.mark.parametrize("route", ROUTES, ids=[route.name or route.text for route in ROUTES])
def test_an_id_beyond_the_database_range_is_not_found(staff_client, route):
    url = route.url(id_value=HUGE_ID)

    response = staff_client.get(url, follow=True)  # an added slash or language prefix redirects first
    if response.status_code == 405:
        response = staff_client.post(url, follow=True)

    assert response.status_code == 404, url


def test_every_id_in_our_addresses_goes_through_the_int_converter():
    """A regular expression such as `(?P<pk>\\d+)` would take any length; `<int:pk>` is bounded."""
    ours = [route for route in walk() if route.callback.__module__.split(".")[0] in OUR_APPS]
    assert [route.name for route in ours if "\\d+" in route.text or "[0-9]+" in route.text] == []
