"""Sign-up, e-mail verification, login and throttling through allauth."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.core import mail
from django.urls import reverse

from tests.factories import HealthWorkerFactory, UserFactory
from workforce.models import AccountClaim, HealthWorker
from workforce.roles import Role
from workforce.services import grant_role

PASSWORD = "Tibbiyot-2026-kurs"


def signup(client, facility, cadre, *, email="dilnoza@example.test", employee_number="", language="uz"):
    return client.post(
        reverse("account_signup"),
        {
            "email": email,
            "password1": PASSWORD,
            "password2": PASSWORD,
            "full_name": "Karimova Dilnoza Rustamovna",
            "preferred_language": language,
            "facility": f"{facility.code} — {facility.name_en}",
            "cadre": cadre.pk,
            "employee_number": employee_number,
        },
    )


def verification_link(message) -> str:
    return re.search(r"https?://[^\s]+/accounts/confirm-email/[^\s]+/", message.body).group(0)


def test_signup_verify_and_login_asks_to_join_the_roster_entry_without_taking_it(client, org_tree, nurse_cadre):
    facility = org_tree["polyclinic"]
    roster_entry = HealthWorkerFactory(employee_number="UZ-000123", facility=facility, cadre=nurse_cadre)

    response = signup(client, facility, nurse_cadre, employee_number="UZ-000123")

    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = verification_link(mail.outbox[0])
    path = link.split("testserver", 1)[-1]
    assert client.get(path).status_code == 200
    assert client.post(path).status_code == 302
    assert EmailAddress.objects.get(email="dilnoza@example.test").verified

    response = client.post(reverse("account_login"), {"login": "dilnoza@example.test", "password": PASSWORD})

    assert response.status_code == 302
    roster_entry.refresh_from_db()
    assert roster_entry.user is None  # a facility code and a number prove nothing: the supervisor decides
    claim = AccountClaim.objects.get(user__email="dilnoza@example.test")
    assert claim.worker == roster_entry and claim.status == AccountClaim.Status.PENDING
    assert HealthWorker.objects.count() == 1
    assert claim.user.groups.filter(name="Learner").exists()
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "uz"


def test_unverified_account_cannot_log_in(client, org_tree, nurse_cadre):
    signup(client, org_tree["polyclinic"], nurse_cadre)
    client.logout()

    response = client.post(reverse("account_login"), {"login": "dilnoza@example.test", "password": PASSWORD})

    assert response.status_code == 302
    assert "confirm-email" in response["Location"]
    assert "_auth_user_id" not in client.session


def test_signup_without_a_known_facility_is_refused_with_a_message(client, org_tree, nurse_cadre):
    response = client.post(
        reverse("account_signup"),
        {
            "email": "x@example.test",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "full_name": "Aliyev Bobur",
            "preferred_language": "ru",
            "facility": "Nowhere hospital",
            "cadre": nurse_cadre.pk,
        },
    )

    assert response.status_code == 200
    assert "facility" in response.context["form"].errors
    assert not EmailAddress.objects.filter(email="x@example.test").exists()


def test_signup_page_offers_the_facility_picker(client, db):
    response = client.get(reverse("account_signup"))

    assert response.status_code == 200
    assert b'list="facility-options"' in response.content
    assert b"data-facility-search" in response.content


def test_facility_search_suggests_by_name_and_code(client, org_tree):
    by_name = client.get(reverse("workforce:facility_search"), {"q": "polyclinic"}).json()["results"]
    by_code = client.get(reverse("workforce:facility_search"), {"q": "F-1718"}).json()["results"]

    assert [result["code"] for result in by_name] == ["F-1726-001"]
    assert by_name[0]["district"] == "Chilonzor district"
    assert [result["code"] for result in by_code] == ["F-1718-001"]


@pytest.mark.parametrize("login_url", ["account_login", "wagtailadmin_login"])
def test_repeated_failed_logins_are_throttled_with_429(client, db, login_url):
    user = UserFactory(email="target@example.test")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    url = reverse(login_url)

    statuses = [client.post(url, {"login": user.email, "password": "wrong-password"}).status_code for _ in range(6)]

    assert statuses[:5] == [200] * 5
    assert statuses[5] == 429
    # Even the right password is refused while throttled.
    assert client.post(url, {"login": user.email, "password": "Correct-horse-42"}).status_code == 429


def test_wagtail_admin_sends_anonymous_visitors_to_the_allauth_login(client, db):
    response = client.get("/admin/")

    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_login_applies_the_accounts_preferred_language(client, db):
    user = UserFactory(email="rustam@example.test", preferred_language="ru")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)

    response = client.post(reverse("account_login"), {"login": user.email, "password": "Correct-horse-42"})

    assert response.status_code == 302
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "ru"
    assert client.get("/", follow=True).redirect_chain[-1][0].startswith("/ru/")


def test_switching_language_is_remembered_on_the_account(client, learner):
    client.force_login(learner)

    response = client.get(reverse("switch_language", args=["ru"]), {"next": "/en/"})

    assert response.status_code == 302
    assert response["Location"] == "/ru/"
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "ru"
    learner.refresh_from_db()
    assert learner.preferred_language == "ru"


@pytest.mark.parametrize("url_name", ["account_email", "account_change_password", "account_logout"])
def test_account_management_pages_open_for_a_signed_in_learner(client, learner, url_name):
    client.force_login(learner)

    assert client.get(reverse(url_name)).status_code == 200


@pytest.mark.parametrize("url_name", ["account_login", "account_signup", "account_reset_password"])
def test_entrance_pages_open_for_visitors(client, db, url_name):
    assert client.get(reverse(url_name)).status_code == 200


def test_staff_can_open_two_factor_setup(client, db):
    from workforce.roles import Role
    from workforce.services import grant_role

    trainer = grant_role(user=UserFactory(email="trainer@example.test"), role=Role.TRAINER)
    client.force_login(trainer)

    index = client.get(reverse("mfa_index"))
    totp = client.get(reverse("mfa_activate_totp"), follow=True)

    assert index.status_code == 200
    assert totp.status_code == 200


def test_switching_to_an_unknown_language_or_an_outside_address_is_refused(client, db):
    assert client.get(reverse("switch_language", args=["fr"]), {"next": "/en/"}, follow=True).status_code == 404
    response = client.get(reverse("switch_language", args=["ru"]), {"next": "https://evil.example/"})
    assert response["Location"] == "/ru/"


def test_a_deactivated_account_is_signed_out_at_its_next_request(client, learner):
    client.force_login(learner)
    assert client.get(reverse("courses:my_learning")).status_code == 200

    learner.is_active = False
    learner.save()

    assert client.get(reverse("courses:my_learning")).status_code == 302


def test_a_password_change_elsewhere_signs_out_other_sessions(client, learner):
    client.force_login(learner)
    client.get(reverse("courses:my_learning"))

    learner.set_password("A-completely-new-pass-77")
    learner.save()

    assert client.get(reverse("courses:my_learning")).status_code == 302


def verified_account(email, *roles, org_unit=None):
    user = UserFactory(email=email)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    for role in roles:
        grant_role(user=user, role=role, org_unit=org_unit)
    return user


@pytest.mark.parametrize(
    ("roles", "landing"),
    [
        ((Role.LEARNER,), "courses:my_learning"),
        ((Role.TRAINER,), "wagtailadmin_home"),
        ((Role.REVIEWER,), "wagtailadmin_home"),
        ((Role.SUPERVISOR,), "dashboard:home"),
        ((Role.MINISTRY_ANALYST,), "dashboard:home"),
        ((Role.LEARNER, Role.SUPERVISOR), "dashboard:home"),
    ],
)
def test_login_lands_each_role_where_it_works(client, org_tree, roles, landing):
    verified_account("someone@example.test", *roles, org_unit=org_tree["tashkent"])

    response = client.post(reverse("account_login"), {"login": "someone@example.test", "password": "Correct-horse-42"})

    assert response.status_code == 302
    assert response["Location"] == reverse(landing)


def test_login_goes_to_the_next_address_when_one_is_given(client, org_tree):
    verified_account("someone@example.test", Role.SUPERVISOR, org_unit=org_tree["tashkent"])
    wanted = reverse("courses:my_learning")

    response = client.post(
        f"{reverse('account_login')}?next={wanted}",
        {"login": "someone@example.test", "password": "Correct-horse-42", "next": wanted},
    )

    assert response["Location"] == wanted


def test_login_form_has_the_sign_up_forms_full_width_button(client, db):
    login = client.get(reverse("account_login")).content.decode()
    signup = client.get(reverse("account_signup")).content.decode()

    for page in (login, signup):
        assert '<form class="form"' in page
        assert 'class="button button--block" type="submit"' in page
