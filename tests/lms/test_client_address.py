"""One function decides a request's client address, for allauth's limits and the platform's own."""

import re
from pathlib import Path

import pytest
from allauth.account.adapter import get_adapter
from allauth.account.models import EmailAddress
from django.conf import settings
from django.test import Client, RequestFactory
from django.urls import reverse

from core.client_address import client_address
from tests.factories import UserFactory

PROXY = "10.0.0.5"
# Reading the peer's address or a proxy's report of it, in META or in request.headers.
PEER_ADDRESS_READ = re.compile(
    r"REMOTE_ADDR|HTTP_X_FORWARDED_FOR|HTTP_X_REAL_IP|headers(\.get\(|\[)[\"'](x-forwarded-for|x-real-ip)",
    re.IGNORECASE,
)


def request_from(remote_addr=PROXY, **headers):
    return RequestFactory().get("/", REMOTE_ADDR=remote_addr, headers=headers)


def test_without_a_trusted_proxy_forwarded_headers_are_ignored(settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 0
    settings.ALLAUTH_TRUSTED_CLIENT_IP_HEADER = None

    request = request_from("198.51.100.7", x_forwarded_for="203.0.113.1", x_real_ip="203.0.113.2")

    assert client_address(request) == "198.51.100.7"


def test_behind_one_proxy_the_address_it_appended_is_the_client(settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1

    # The client sent a forged entry; the proxy appended the address it really saw.
    request = request_from(x_forwarded_for="1.2.3.4, 203.0.113.9")

    assert client_address(request) == "203.0.113.9"


def test_behind_a_proxy_a_missing_or_garbled_forwarded_header_falls_back_to_the_peer(settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 2

    assert client_address(request_from(x_forwarded_for="203.0.113.9")) == PROXY
    assert client_address(request_from(x_forwarded_for="<script>, nonsense")) == PROXY


def test_a_trusted_client_ip_header_names_the_client(settings):
    settings.ALLAUTH_TRUSTED_CLIENT_IP_HEADER = "X-Real-IP"
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 0

    assert client_address(request_from(x_real_ip="2001:db8::1", x_forwarded_for="1.2.3.4")) == "2001:db8::1"


def test_allauth_rate_limits_count_by_the_same_address(settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    request = request_from(x_forwarded_for="203.0.113.9")

    assert get_adapter(request).get_client_ip(request) == client_address(request) == "203.0.113.9"


def failed_login(client, address):
    return client.post(
        reverse("account_login"),
        {"login": f"someone-{address}@example.test", "password": "wrong-password"},
        headers={"x-forwarded-for": address},
    ).status_code


def test_behind_the_proxy_one_abuser_locks_out_only_their_own_address(settings, db):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "login_failed": "3/m/ip"}
    client = Client(REMOTE_ADDR=PROXY)

    abuser = [failed_login(client, "203.0.113.66") for _ in range(4)]

    assert abuser[-1] == 429
    assert failed_login(client, "198.51.100.20") == 200


def test_a_spoofed_forwarded_header_does_not_escape_the_limit_without_a_trusted_proxy(settings, db):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 0
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "login_failed": "3/m/ip"}
    client = Client(REMOTE_ADDR="203.0.113.66")

    statuses = [failed_login(client, f"198.51.100.{n}") for n in range(4)]

    assert statuses[-1] == 429


def test_certificate_lookups_are_limited_per_client_behind_the_proxy(settings, db, monkeypatch):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    monkeypatch.setattr("certificates.selectors.VERIFY_LIMIT_PER_MINUTE", 2)
    client = Client(REMOTE_ADDR=PROXY)
    url = "/api/v1/certificates/MLK-0000-0000/verify/"

    abuser = [client.get(url, headers={"x-forwarded-for": "203.0.113.66"}).status_code for _ in range(3)]

    assert abuser[-1] == 429
    assert client.get(url, headers={"x-forwarded-for": "198.51.100.20"}).status_code != 429


def test_no_code_reads_the_peer_address_except_the_one_function():
    own = Path(settings.BASE_DIR)
    skipped = {".venv", "var", "tests", "node_modules", "bench"}
    offenders = [
        str(path.relative_to(own))
        for path in own.rglob("*.py")
        if not skipped & set(path.relative_to(own).parts)
        and path != own / "core" / "client_address.py"
        and PEER_ADDRESS_READ.search(path.read_text())
    ]

    assert offenders == []


@pytest.mark.parametrize(
    ("action", "url_name", "data"),
    [
        (
            "signup",
            "account_signup",
            {"email": "new@example.test", "password1": "x", "password2": "y"},
        ),
        ("reset_password", "account_reset_password", {"email": "target@example.test"}),
    ],
)
def test_signup_and_password_reset_are_throttled_per_address(settings, client, db, action, url_name, data):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, action: "3/m/ip"}
    user = UserFactory(email="target@example.test")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)

    statuses = [client.post(reverse(url_name), data).status_code for _ in range(4)]

    assert statuses[:3] != [429] * 3
    assert statuses[3] == 429
