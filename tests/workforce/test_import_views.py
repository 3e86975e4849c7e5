"""The import screens of the Wagtail admin: upload, report, apply, progress, history; who may use them."""

import csv
import io

import openpyxl
import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.users.models import UserProfile

from tests.factories import UserFactory
from tests.workforce.test_import_reading import ROSTER_HEADINGS, csv_upload
from workforce.import_views import PROBLEMS_PER_PAGE
from workforce.imports import services
from workforce.models import HealthWorker, ImportRun


def with_admin_access(user):
    """The role plus the right to enter the Wagtail admin, reading it in English."""
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})
    return user


@pytest.fixture
def analyst(ministry_user):
    return with_admin_access(ministry_user)


@pytest.fixture
def supervisor(tashkent_supervisor):
    return with_admin_access(tashkent_supervisor)


def not_found(response) -> bool:
    """A 404, which LocaleMiddleware turns into a redirect to the same path under the default language."""
    return response.status_code == 404 or (response.status_code == 302 and response.url.startswith("/uz/admin/"))


def upload(client, file, **options):
    return client.post(reverse("workforce_imports:upload"), {"kind": "roster", "file": file, **options})


def good_roster():
    return csv_upload([ROSTER_HEADINGS, ["E1", "Karimova Dilnoza", "F-1726-001", "2221", "", "", "yes"]])


def test_upload_report_and_apply(client, org_tree, nurse_cadre, analyst):
    client.force_login(analyst)
    assert client.get(reverse("workforce_imports:upload")).status_code == 200

    response = upload(client, good_roster())

    run = ImportRun.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("workforce_imports:run", args=[run.pk])
    page = client.get(response.url)
    assert page.status_code == 200
    assert "Ready to apply" in page.content.decode()
    assert reverse("workforce_imports:apply", args=[run.pk]) in page.content.decode()

    response = client.post(reverse("workforce_imports:apply", args=[run.pk]))

    assert response.status_code == 302
    assert HealthWorker.objects.get().employee_number == "E1"
    run.refresh_from_db()
    assert (run.status, run.uploaded_by, run.applied_by) == (ImportRun.Status.APPLIED, analyst, analyst)
    assert run.file.read().startswith(b"Employee number")


def test_learner_is_kept_out(client, learner):
    client.force_login(learner)

    assert client.get(reverse("workforce_imports:upload")).status_code == 302
    assert client.get(reverse("workforce_imports:index")).status_code == 302


def test_trainer_in_the_admin_may_not_import(client, db):
    trainer = with_admin_access(UserFactory())
    client.force_login(trainer)

    response = client.get(reverse("workforce_imports:upload"))

    assert response.status_code in (302, 403)
    assert not ImportRun.objects.exists()


@pytest.mark.parametrize(
    ("file", "message"),
    [
        (SimpleUploadedFile("roster.csv", b""), "The submitted file is empty."),
        (SimpleUploadedFile("roster.csv", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100), "PNG image"),
        (SimpleUploadedFile("roster.pdf", b"%PDF-1.7"), "Upload a .csv or .xlsx file."),
        (csv_upload([["Code", "Name"], ["1", "A"]]), "The file lacks the columns"),
    ],
)
def test_a_bad_file_gets_a_message_and_changes_nothing(client, org_tree, analyst, file, message):
    client.force_login(analyst)

    response = upload(client, file)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not ImportRun.objects.exists()


def test_a_50_megabyte_upload_is_refused(client, org_tree, analyst):
    client.force_login(analyst)

    response = upload(client, SimpleUploadedFile("roster.csv", b"x" * (50 * 1024 * 1024)))

    assert response.status_code == 200
    assert "files up to 20.0" in response.content.decode()
    assert not ImportRun.objects.exists()


def test_deactivating_needs_a_unit_in_the_supervisors_area(client, org_tree, nurse_cadre, supervisor):
    client.force_login(supervisor)

    missing = upload(client, good_roster(), deactivate_missing="on", org_unit="")
    outside = upload(client, good_roster(), deactivate_missing="on", org_unit="1718233")
    inside = upload(client, good_roster(), deactivate_missing="on", org_unit="1726269")

    assert "Give the unit whose full roster this is." in missing.content.decode()
    assert "There is no unit with code 1718233 in your area." in outside.content.decode()
    assert inside.status_code == 302
    assert ImportRun.objects.get().org_unit == org_tree["chilonzor"]


def test_report_pages_the_problems_and_offers_them_as_csv(client, org_tree, nurse_cadre, analyst):
    client.force_login(analyst)
    rows = [[f"E{n}", "", "F-1726-001", "2221"] for n in range(PROBLEMS_PER_PAGE + 5)]
    upload(client, csv_upload([ROSTER_HEADINGS, *rows, ["E9999", "=HYPERLINK(1)", "F-NONE", "2221"]]))
    run = ImportRun.objects.get()

    first = client.get(reverse("workforce_imports:run", args=[run.pk])).content.decode()
    second = client.get(reverse("workforce_imports:run", args=[run.pk]), {"p": 2}).content.decode()
    download = client.get(reverse("workforce_imports:problems_csv", args=[run.pk]))

    assert f"{PROBLEMS_PER_PAGE + 6} problems" in first
    assert "Apply" not in first.split("problems</h2>")[0].split("</dl>")[-1]
    assert "F-NONE" in second and "F-NONE" not in first
    assert download["Content-Type"].startswith("text/csv")
    lines = list(csv.reader(io.StringIO(b"".join(download.streaming_content).decode("utf-8-sig"))))
    assert lines[0] == ["Row", "Column", "Problem"]
    assert lines[1] == ["2", "Full name", "The full name is missing."]
    assert lines[-1] == ["107", "Facility code", "There is no facility with code F-NONE."]
    assert len(lines) == PROBLEMS_PER_PAGE + 7


def test_a_worker_run_shows_its_progress_and_reports_it_as_json(client, org_tree, nurse_cadre, analyst, monkeypatch):
    monkeypatch.setattr(services, "INLINE_MAX_BYTES", 0)  # queued for a worker (which never runs here)
    client.force_login(analyst)
    upload(client, good_roster())
    run = ImportRun.objects.get()

    page = client.get(reverse("workforce_imports:run", args=[run.pk])).content.decode()
    status = client.get(reverse("workforce_imports:status", args=[run.pk])).json()

    assert "<progress" in page and "import-progress.js" in page
    assert reverse("workforce_imports:status", args=[run.pk]) in page
    assert status["status"] == "validating"
    assert status["finished"] is False
    assert status["rows_done"] == 0


def test_status_of_a_finished_run(client, org_tree, nurse_cadre, analyst):
    client.force_login(analyst)
    upload(client, good_roster())
    run = ImportRun.objects.get()

    status = client.get(reverse("workforce_imports:status", args=[run.pk])).json()

    assert status == {
        "status": "valid",
        "status_label": "Ready to apply",
        "finished": True,
        "rows_done": 1,
        "rows_total": 1,
        "percent": 100,
        "created": 1,
        "updated": 0,
        "deactivated": 0,
        "errors": 0,
    }


def test_history_lists_imports_and_a_supervisor_sees_only_their_own(client, org_tree, nurse_cadre, analyst, supervisor):
    client.force_login(analyst)
    upload(client, good_roster())
    analyst_run = ImportRun.objects.get()
    client.force_login(supervisor)
    upload(client, good_roster())
    supervisor_run = ImportRun.objects.exclude(pk=analyst_run.pk).get()

    listing = client.get(reverse("workforce_imports:index")).content.decode()

    assert reverse("workforce_imports:run", args=[supervisor_run.pk]) in listing
    assert reverse("workforce_imports:run", args=[analyst_run.pk]) not in listing
    assert not_found(client.get(reverse("workforce_imports:run", args=[analyst_run.pk])))
    assert not_found(client.post(reverse("workforce_imports:apply", args=[analyst_run.pk])))
    assert not_found(client.get(reverse("workforce_imports:file", args=[analyst_run.pk])))
    assert ImportRun.objects.get(pk=analyst_run.pk).status == ImportRun.Status.VALID

    client.force_login(analyst)
    listing = client.get(reverse("workforce_imports:index")).content.decode()
    assert reverse("workforce_imports:run", args=[supervisor_run.pk]) in listing


def test_the_uploaded_file_can_be_downloaded_again(client, org_tree, nurse_cadre, analyst):
    client.force_login(analyst)
    upload(client, good_roster())
    run = ImportRun.objects.get()

    response = client.get(reverse("workforce_imports:file", args=[run.pk]))

    assert b"".join(response.streaming_content).startswith(b"Employee number")
    assert 'filename="roster.csv"' in response["Content-Disposition"]


def test_templates_hold_the_expected_headings(client, analyst):
    client.force_login(analyst)

    response = client.get(reverse("workforce_imports:template", args=["roster"]))

    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    assert [cell.value for cell in sheet[1]] == [
        "Employee number",
        "Full name",
        "Facility code",
        "Cadre",
        "Position",
        "Email",
        "Active",
    ]
    assert not_found(client.get(reverse("workforce_imports:template", args=["other"])))


def test_menu_offers_imports_to_analysts(client, analyst):
    client.force_login(analyst)

    response = client.get(reverse("wagtailadmin_home"))

    assert reverse("workforce_imports:index") in response.content.decode()


@pytest.mark.parametrize("language", ["uz", "ru", "en"])
def test_an_import_is_headed_by_a_sentence_of_the_readers_language(client, org_tree, nurse_cadre, analyst, language):
    import re

    from django.utils import translation
    from wagtail.users.models import UserProfile

    UserProfile.objects.filter(user=analyst).update(preferred_language=language)
    client.force_login(analyst)
    upload(client, good_roster())

    page = client.get(reverse("workforce_imports:run", args=[ImportRun.objects.get().pk])).content.decode()

    heading = " ".join(re.sub(r"<[^>]+>", " ", re.search(r"<h1.*?</h1>", page, re.S).group(0)).split())
    with translation.override(language):
        assert heading == translation.gettext("Import of %(name)s") % {"name": "roster.csv"}
