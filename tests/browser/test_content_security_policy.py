"""The browser journeys would notice a Content-Security-Policy violation; scripts injected as advised do not make one."""

import pytest

from tests.browser.conftest import inject_script

pytestmark = pytest.mark.browser


def test_an_inline_script_is_refused_and_reported(browser_page):
    page = browser_page
    page.goto(page.base_url + "/uz/verify/")

    # What an injected inline script or a handler in a template would do.
    page.evaluate(
        """() => {
            const script = document.createElement("script");
            script.textContent = "document.body.dataset.inline = 'ran'";
            document.body.append(script);
        }"""
    )
    for _ in range(50):  # the report reaches the test asynchronously
        if page.csp_violations:
            break
        page.wait_for_timeout(100)

    assert page.evaluate("document.body.dataset.inline") is None
    assert page.csp_violations and "script-src" in page.csp_violations[0]
    page.csp_violations.clear()  # expected here; every other browser test fails on one


def test_scripts_injected_by_tests_run_without_violations(browser_page, tmp_path):
    page = browser_page
    helper = tmp_path / "helper.js"
    helper.write_text("window.helperRuns = (window.helperRuns || 0) + 1;")
    page.goto(page.base_url + "/uz/verify/")

    inject_script(page, helper)
    assert page.evaluate("window.helperRuns") == 1
    page.goto(page.base_url + "/uz/accounts/login/")

    assert page.evaluate("window.helperRuns") == 1  # the next page runs it again, once
