"""Playwright driving Debian's Chromium against pytest-django's live server."""

import os
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connections

from lms.services import ensure_site_structure
from tests.conftest import needs_service

CHROMIUM = Path("/usr/bin/chromium")
# Without these, Chromium reaches for Google's services, which this network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def live_server(django_db_setup, live_server):
    """pytest-django's live server, stopped before the test database is dropped.

    Depending on django_db_setup makes pytest tear the server (and its database
    connection) down first; otherwise PostgreSQL refuses to drop the database.
    """
    return live_server


# Every page reports its Content-Security-Policy violations to the test (the event listener runs before the
# page's own scripts). Scripts a test adds itself (axe-core, helpers) must not trip the policy: inject them with
# `inject_script(page, path)` below (the page's CSP does not govern what Playwright evaluates);
# `page.add_script_tag` writes an inline <script> that the policy refuses, and a context with
# `bypass_csp=True` would hide every violation. `page.wait_for_function` runs its predicate through eval, which
# the policy refuses too: wait on a locator (`locator.wait_for(...)`, `expect(...)`) instead.
REPORT_CSP_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.reportCspViolation(`${event.violatedDirective} refused ${event.blockedURI || "inline code"} ` +
                            `at ${event.documentURI} (${event.sourceFile || ""}:${event.lineNumber})`);
});
"""


def watch_csp_violations(page) -> list[str]:
    """Collect the page's CSP violations, from the event and from Chromium's console messages."""
    violations = []
    page.expose_function("reportCspViolation", lambda text: violations.append(text))
    page.add_init_script(REPORT_CSP_VIOLATIONS)
    page.on(
        "console",
        lambda message: violations.append(message.text) if "Content Security Policy" in message.text else None,
    )
    return violations


def inject_script(page, path: Path) -> None:
    """Run a test's own script file in the page now loaded and in every page loaded after, past the page's CSP."""
    page.add_init_script(path=str(path))
    if page.url.startswith("http"):
        page.evaluate(Path(path).read_text())


@pytest.fixture
def browser_page(live_server, monkeypatch):
    """A fresh phone-sized page (360 px wide) in headless Chromium; the test fails on any CSP violation."""
    if not CHROMIUM.exists():
        needs_service("needs Debian's Chromium at /usr/bin/chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls the
    # test makes between browser steps are still synchronous and safe.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    ensure_site_structure()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 360, "height": 780}, locale="en-GB")
        page = context.new_page()
        page.set_default_timeout(15_000)
        page.base_url = live_server.url
        page.csp_violations = watch_csp_violations(page)
        try:
            yield page
            assert not page.csp_violations, "Content-Security-Policy violations:\n" + "\n".join(page.csp_violations)
        finally:
            if os.environ.get("LMS_BROWSER_SCREENSHOTS"):
                page.screenshot(path=os.environ["LMS_BROWSER_SCREENSHOTS"], full_page=True)
            context.close()
            browser.close()
            # ORM calls made while Playwright's loop runs get their own connection
            # (asgiref locals follow the context); close it so the test database can be dropped.
            connections.close_all()


@pytest.fixture
def demo_data(live_server, settings):
    """The demo site, accounts, courses and assignments of `manage.py seed_demo`."""
    settings.DEBUG = True
    call_command("seed_demo", stdout=StringIO())
