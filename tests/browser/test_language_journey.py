"""Two analysts in two languages share the site's caches: each sees only their own language's labels."""

import pytest
from django.utils import translation

from reports.indicators import Standing
from tests.browser.steps import sign_in
from tests.lms.test_language_leaks import leaked
from workforce.models import OrgUnit

pytestmark = pytest.mark.browser


def _visit(page, urls: list[str]) -> str:
    texts = []
    for url in urls:
        page.goto(page.base_url + url)
        page.locator("main h1").wait_for()
        texts.append(page.locator("body").inner_text())
    return "\n".join(texts)


def test_a_russian_analyst_sees_only_russian_labels_after_an_uzbek_analyst_warmed_the_caches(browser_page, demo_data):
    tashkent = OrgUnit.objects.get(code="1726")
    paths = [f"/dashboard/units/{tashkent.pk}/", f"/dashboard/units/{tashkent.pk}/workers/"]
    uzbek = browser_page.context.browser.new_context(viewport={"width": 360, "height": 780}, locale="uz")
    try:
        uzbek_page = uzbek.new_page()
        uzbek_page.base_url = browser_page.base_url
        sign_in(uzbek_page, "supervisor@demo.test")
        uzbek_text = _visit(uzbek_page, [f"/uz{path}" for path in paths])
    finally:
        uzbek.close()
    sign_in(browser_page, "ministry@demo.test")

    russian_text = _visit(browser_page, [f"/ru{path}" for path in paths])

    assert leaked(uzbek_text, "ru"), "the Uzbek analyst saw no Uzbek labels that could leak"
    assert not leaked(russian_text, "ru")
    with translation.override("ru"):
        assert any(str(label) in russian_text for label in Standing.labels)
