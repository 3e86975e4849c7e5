"""The browser journeys would notice a Content-Security-Policy violation; scripts injected as advised do not make one."""

import pytest

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


def test_scripts_added_by_tests_through_init_scripts_run_without_violations(browser_page, tmp_path):
    page = browser_page
    helper = tmp_path / "helper.js"
    helper.write_text("window.helperLoaded = true;")
    page.add_init_script(path=str(helper))

    page.goto(page.base_url + "/uz/verify/")

    assert page.evaluate("window.helperLoaded") is True
    assert page.evaluate("document.title")
