"""The demo ministry analyst opens the dashboard, drills down to a facility and exports XLSX files that match."""

import re
from io import BytesIO
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.browser.steps import sign_in
from workforce.models import HealthWorker

pytestmark = pytest.mark.browser


def _number(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _download(page, link_name: str):
    with page.expect_download() as download:
        page.get_by_role("link", name=link_name).first.click()
    return load_workbook(BytesIO(Path(download.value.path()).read_bytes()), read_only=True).active


def test_ministry_analyst_drills_down_to_a_facility_and_exports_what_is_on_screen(browser_page, demo_data):
    page = browser_page
    facility = HealthWorker.objects.get(user__email="learner@demo.test").facility
    region, district = facility.get_ancestors()[1:3]
    sign_in(page, "ministry@demo.test")

    page.goto(page.base_url + "/en/dashboard/")
    page.get_by_role("heading", level=1, name="Republic of Uzbekistan").wait_for()
    page.get_by_role("link", name=region.name_en, exact=True).click()
    page.get_by_role("heading", level=1, name=region.name_en).wait_for()
    page.get_by_role("link", name=district.name_en, exact=True).click()
    page.get_by_role("heading", level=1, name=district.name_en).wait_for()

    on_screen = {}
    for row in page.locator("table.unit-table tbody tr").all():
        on_screen[row.locator("th").inner_text().strip()] = _number(row.locator("td").first.inner_text())
    sheet = _download(page, "XLSX")
    exported = {row[1]: row[2] for row in list(sheet.iter_rows(values_only=True))[2:]}
    assert exported == on_screen
    assert on_screen[facility.name_en] > 0

    page.get_by_role("link", name=facility.name_en, exact=True).click()
    page.get_by_role("heading", level=1, name=facility.name_en).wait_for()
    workforce = _number(
        page.locator(".stat", has=page.locator("dt", has_text="Workforce")).locator("dd.stat__value").inner_text()
    )
    assert workforce == on_screen[facility.name_en]
    page.get_by_role("link", name="List of workers").click()
    page.get_by_role("heading", level=1, name=f"Workers of {facility.name_en}").wait_for()
    listed = _number(page.locator(".result-count").inner_text())
    sheet = _download(page, "XLSX")
    rows = list(sheet.iter_rows(values_only=True))
    assert listed == workforce == len(rows) - 1
    assert page.locator("table.worker-table tbody tr th").first.inner_text().split("\n")[0] in {row[1] for row in rows}
