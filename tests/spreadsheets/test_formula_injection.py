"""No cell of any CSV or XLSX file the platform hands out can run as a formula in a spreadsheet."""

import csv
import io
import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone, translation
from openpyxl import load_workbook
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from spreadsheets import PLAIN_NUMBER, safe_cell
from tests.assessments.conftest import QuizBuilder
from tests.factories import CadreFactory, HealthWorkerFactory, add_org_unit
from tests.url_patterns import walk
from workforce.models import ImportRun, OrgUnit

HOSTILE = ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", " =1", "  @A1"]
DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
REPOSITORY = Path(__file__).resolve().parents[2]

# Every URL that hands out a spreadsheet, with the query strings that make it do so. A new export
# must be added here (test_every_export_is_checked fails until it is) so that its cells are checked.
EXPORTS = {
    "dashboard:export": [],  # built from the hostile unit below
    "workforce_imports:problems_csv": [],
    "workforce_imports:template": [],
    "assessments_quiz_report_csv": [],
    **{
        f"wagtailadmin_reports:{report}{suffix}": [f"?export={kind}" for kind in ("csv", "xlsx")]
        for report in ("locked_pages", "workflow", "workflow_tasks", "site_history", "aging_pages")
        for suffix in ("", "_results")
    },
    "wagtailredirects:index": ["?export=csv", "?export=xlsx"],
    "wagtailredirects:index_results": ["?export=csv", "?export=xlsx"],
}


def _exports_in_urlconf() -> set[str]:
    """URL names that look like a file export, or whose view is one of Wagtail's spreadsheet exports."""
    found = set()
    for route in walk():
        view_class = getattr(route.callback, "view_class", None)
        if view_class is not None and issubclass(view_class, SpreadsheetExportMixin):
            if getattr(route.callback, "view_initkwargs", {}).get("list_export", view_class.list_export):
                found.add(route.name)
        elif re.search(r"csv|xlsx|xls\b|export|spreadsheet", f"{route.name} {route.text}", re.IGNORECASE):
            found.add(route.name)
    return found


def test_every_export_is_checked():
    assert _exports_in_urlconf() == set(EXPORTS)


def test_only_the_spreadsheets_module_writes_csv_or_xlsx():
    writers = re.compile(r"csv\.(writer|DictWriter)\(|\bWorkbook\(|xlsxwriter|tablib")
    offenders = [
        str(path.relative_to(REPOSITORY))
        for folder in REPOSITORY.iterdir()
        if folder.is_dir()
        and (folder / "__init__.py").exists()
        and folder.name not in {"spreadsheets", "tests", "bench"}
        for path in folder.rglob("*.py")
        if writers.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


@pytest.mark.parametrize("text", HOSTILE)
def test_formula_like_text_is_quoted(text):
    assert safe_cell(text) == "'" + text


@pytest.mark.parametrize("value", ["Karimova Dilnoza", "-0.25", "12", 3, -1.5, None, ""])
def test_plain_values_are_left_as_they_are(value):
    assert safe_cell(value) == value


def _cells_of(response) -> list:
    body = b"".join(response.streaming_content) if response.streaming else response.content
    if response["Content-Type"].startswith("text/csv"):
        return [cell for row in csv.reader(io.StringIO(body.decode("utf-8-sig"))) for cell in row]
    workbook = load_workbook(io.BytesIO(body))
    cells = [cell for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row]
    assert [cell.coordinate for cell in cells if cell.data_type == "f"] == []
    return [cell.value for cell in cells]


def _dangerous(value) -> bool:
    if not isinstance(value, str) or PLAIN_NUMBER.fullmatch(value):
        return False
    return value.startswith(DANGEROUS) or value.lstrip().startswith(DANGEROUS)


@pytest.fixture
def hostile_platform(db):
    """Units, cadre, workers, an import, a quiz, pages, a lock and a redirect, all named to attack a spreadsheet."""
    admin = get_user_model().objects.create_superuser(email="root@example.test", password="x", full_name=HOSTILE[0])
    country = add_org_unit(None, code="17", level=OrgUnit.Level.COUNTRY, name=HOSTILE[1])
    region = add_org_unit(country, code="+17", level=OrgUnit.Level.REGION, name=HOSTILE[2])
    facility = add_org_unit(region, code="=1726", level=OrgUnit.Level.FACILITY, name=HOSTILE[3])
    cadre = CadreFactory(isco_code="2221", name_en=HOSTILE[4], name_ru=HOSTILE[4], name_uz=HOSTILE[4])
    for number, name in enumerate(HOSTILE):
        HealthWorkerFactory(employee_number=HOSTILE[-1 - number], full_name=name, cadre=cadre, facility=facility)
    run = ImportRun.objects.create(
        kind=ImportRun.Kind.ROSTER,
        status=ImportRun.Status.FAILED,
        original_name="roster.csv",
        uploaded_by=admin,
        message=HOSTILE[5],
        problems=[{"row": 2, "column": text, "message": text} for text in HOSTILE],
        error_count=len(HOSTILE),
    )
    quizzes = QuizBuilder()
    quizzes.single.stem = f"<p>{HOSTILE[0]}</p>"
    quizzes.single.save()
    quiz = quizzes.quiz(quizzes.course(), questions=[quizzes.single])
    quiz.title = HOSTILE[6]
    quiz.save_revision(user=admin).publish(user=admin)
    page = Page.objects.get(depth=1).add_child(instance=Page(title=HOSTILE[7], slug="hostile"))
    page.save_revision(user=admin).publish(user=admin)
    page.locked, page.locked_by, page.locked_at = True, admin, timezone.now()
    page.save()
    Redirect.objects.create(old_path="/=1", redirect_link=HOSTILE[0])
    urls = {
        "dashboard:export": [
            reverse("dashboard:export", args=[unit.pk, table, kind])
            for unit in (country, region)
            for table in ("units", "workers")
            for kind in ("csv", "xlsx")
        ],
        "workforce_imports:problems_csv": [reverse("workforce_imports:problems_csv", args=[run.pk])],
        "workforce_imports:template": [
            reverse("workforce_imports:template", args=[kind]) for kind in ImportRun.Kind.values
        ],
        "assessments_quiz_report_csv": [reverse("assessments_quiz_report_csv", args=[quiz.pk])],
    }
    for name, queries in EXPORTS.items():
        urls.setdefault(name, [reverse(name) + query for query in queries])
    return admin, urls


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_no_export_cell_can_run_as_a_formula(client, hostile_platform, name):
    admin, urls = hostile_platform
    client.force_login(admin)
    checked = []
    with translation.override("en"):
        for url in urls[name]:
            response = client.get(url)
            assert response.status_code == 200, url
            cells = _cells_of(response)
            assert [cell for cell in cells if _dangerous(cell)] == [], url
            checked += cells
    assert checked
    if name not in {"workforce_imports:template"} and not name.startswith("wagtailadmin_reports:workflow"):
        assert any(isinstance(cell, str) and cell.startswith("'") for cell in checked), (
            "no hostile text reached the file"
        )


def test_formula_like_names_are_shown_as_typed_on_screen(client, hostile_platform):
    admin, _urls = hostile_platform
    client.force_login(admin)
    region = OrgUnit.objects.get(code="+17")

    with translation.override("en"):
        page = client.get(reverse("dashboard:workers", args=[region.pk])).content.decode()

    assert "+1+1" in page
    assert "@SUM(A1)" in page
    assert "'@SUM" not in page
