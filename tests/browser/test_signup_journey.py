"""A health worker signs up on a phone in Russian, verifies the e-mail and signs in."""

import re

import pytest
from django.core import mail

pytestmark = pytest.mark.browser


def test_signup_in_russian_verify_and_sign_in(browser_page, org_tree, nurse_cadre):
    page = browser_page
    page.goto(page.base_url + "/en/")
    assert page.locator("html").get_attribute("lang") == "en"

    page.get_by_role("link", name="Русский").click()
    page.wait_for_url("**/ru/")
    assert page.locator("html").get_attribute("lang") == "ru"

    page.locator('header a[href="/ru/accounts/signup/"]').click()
    page.fill('input[name="email"]', "gulnora@example.test")
    page.fill('input[name="full_name"]', "Rahimova Gulnora Shavkatovna")
    page.select_option('select[name="preferred_language"]', "ru")
    page.locator('input[name="facility"]').press_sequentially("polycl", delay=30)
    page.locator("#facility-options option").first.wait_for(state="attached")
    suggestion = page.locator("#facility-options option").first.get_attribute("value")
    page.fill('input[name="facility"]', suggestion)
    page.select_option('select[name="cadre"]', str(nurse_cadre.pk))
    page.fill('input[name="password1"]', "Hamshira-2026-kurs")
    page.fill('input[name="password2"]', "Hamshira-2026-kurs")
    page.locator("form.form button[type=submit]").click()
    page.wait_for_url("**/accounts/confirm-email/")

    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", mail.outbox[-1].body).group(0)
    page.goto(page.base_url + "/" + link.split("/", 3)[3])
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/accounts/login/")

    page.fill('input[name="login"]', "gulnora@example.test")
    page.fill('input[name="password"]', "Hamshira-2026-kurs")
    page.locator("main form button[type=submit]").click()

    menu = page.locator("details.account-menu summary")
    menu.wait_for()
    assert "Rahimova" in menu.inner_text()
    menu.click()
    assert page.locator("details.account-menu").get_by_text("gulnora@example.test").is_visible()
    assert page.locator("html").get_attribute("lang") == "ru"
