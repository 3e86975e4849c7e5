"""On a phone, the sign-up facility picker suggests by any word of a name and says when nothing matches."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_facility_picker_suggests_by_words_and_says_when_nothing_matches(browser_page, org_tree):
    facility = org_tree["polyclinic"]
    facility.name_uz = "5-sonli oilaviy poliklinika Oʻzbekiston koʻchasi"
    facility.save()
    page = browser_page
    page.goto(page.base_url + "/uz/accounts/signup/")
    field = page.locator('input[name="facility"]')

    field.press_sequentially("nowhere", delay=30)
    status = page.locator("#id_facility-status[role=status]")
    status.wait_for()
    assert status.inner_text().strip()
    assert page.locator("#facility-options option").count() == 0

    field.fill("")
    field.press_sequentially("o'zbekiston poliklinika", delay=30)
    page.locator("#facility-options option").first.wait_for(state="attached")
    assert page.locator("#facility-options option").first.get_attribute("value").startswith("F-1726-001")
    expect(page.locator("#id_facility-status")).to_have_text("")
