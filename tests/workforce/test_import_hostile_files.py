"""Files built to hurt the server or to be misread: zip bombs, large workbooks in the request, unknown encodings."""

import io
import os
import time
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from tests.workforce.test_import_reading import ROSTER_HEADINGS, csv_upload, read, xlsx_bytes
from tests.workforce.test_import_views import analyst, upload  # noqa: F401 - the admin-enabled analyst fixture
from workforce.imports import services, workbooks
from workforce.imports.tables import ImportFileError
from workforce.models import ImportRun

NINETEEN_MB = 19 * 1024 * 1024


@pytest.fixture(autouse=True)
def _in_english():
    with translation.override("en"):
        yield


def zip_bomb(padding: int = NINETEEN_MB) -> bytes:
    """An .xlsx-looking archive of about `padding` bytes whose sheet unpacks a thousand times its packed size."""
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (64 * 1024 * 1024), compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("xl/media/padding.bin", os.urandom(padding), compress_type=zipfile.ZIP_STORED)
    return output.getvalue()


def test_a_zip_bomb_is_refused_from_its_table_of_contents(monkeypatch):
    monkeypatch.setattr(workbooks.openpyxl, "load_workbook", pytest.fail)  # never opened

    with pytest.raises(ImportFileError, match="would unpack to"):
        read(SimpleUploadedFile("roster.xlsx", zip_bomb(padding=0)))


def test_a_workbook_unpacking_past_the_limit_is_refused(settings):
    settings.SPREADSHEET_MAX_UNPACKED_BYTES = 1024
    workbook = xlsx_bytes([ROSTER_HEADINGS, ["E1", "Karimova Dilnoza", "F-1726-001", "2221"]])

    with pytest.raises(ImportFileError, match="1.0\xa0KB"):
        read(SimpleUploadedFile("roster.xlsx", workbook))


def test_a_20_megabyte_zip_bomb_upload_is_refused_quickly_with_a_clear_message(client, org_tree, analyst):  # noqa: F811
    client.force_login(analyst)
    bomb = zip_bomb()
    assert len(bomb) > NINETEEN_MB

    started = time.monotonic()
    response = upload(client, SimpleUploadedFile("roster.xlsx", bomb))

    assert time.monotonic() - started < 10
    assert response.status_code == 200
    assert "would unpack to" in response.content.decode()
    assert not ImportRun.objects.exists()


def test_a_large_workbook_is_not_opened_in_the_request(client, org_tree, nurse_cadre, analyst, monkeypatch):  # noqa: F811
    monkeypatch.setattr(services, "INLINE_MAX_BYTES", 0)
    monkeypatch.setattr(workbooks.openpyxl, "load_workbook", pytest.fail)  # the worker (not run here) opens it
    client.force_login(analyst)
    workbook = xlsx_bytes([ROSTER_HEADINGS, ["E1", "Karimova Dilnoza", "F-1726-001", "2221"]])

    response = upload(client, SimpleUploadedFile("roster.xlsx", workbook))

    run = ImportRun.objects.get()
    assert response.url == reverse("workforce_imports:run", args=[run.pk])
    assert run.status == ImportRun.Status.VALIDATING


@pytest.mark.parametrize(
    "content",
    [
        "Employee number,Full name,Facility code,Cadre\r\nE1,Müller Françoise,F1,2221\r\nE2,Ærøskøbing,F1,2221\r\n"
        "E3,Gonçalves Zoë,F1,2221\r\nE4,Señor Ñoño,F1,2221\r\n".encode("latin-1"),
        bytes(range(0x80, 0x98)) * 400 + bytes(range(0x99, 0x100)) * 100,
        b"Employee number,Full name\r\nE1,\x01\x02\x03\x04\r\n",
    ],
    ids=["latin-1", "random-high-bytes", "control-characters"],
)
def test_csv_in_no_accepted_encoding_is_refused_naming_the_encodings_tried(content):
    with pytest.raises(ImportFileError) as error:
        read(SimpleUploadedFile("roster.csv", content))

    assert "UTF-8" in str(error.value)
    assert "Windows-1251" in str(error.value)


def test_windows_1251_with_russian_and_uzbek_names_is_still_read():
    file = csv_upload(
        [
            ROSTER_HEADINGS,
            ["E1", "Ўринбоева Гулнора", "F1", "2221"],
            ["E2", "Иванова «Мария» №2 — медсестра", "F1", "2221"],
        ],
        encoding="cp1251",
    )

    _headings, rows = read(file)

    assert [values["full_name"] for _number, values in rows] == ["Ўринбоева Гулнора", "Иванова «Мария» №2 — медсестра"]


def test_a_zip_bomb_is_refused_by_the_redirect_import_too(client, monkeypatch, django_user_model):
    monkeypatch.setattr("openpyxl.load_workbook", pytest.fail)
    root = django_user_model.objects.create_superuser(email="root@example.test", password="x")
    UserProfile.objects.update_or_create(user=root, defaults={"preferred_language": "en"})
    client.force_login(root)

    response = client.post(
        reverse("wagtailredirects:start_import"),
        {"import_file": SimpleUploadedFile("redirects.xlsx", zip_bomb(padding=0))},
        follow=True,
    )

    assert response.status_code == 200
    assert "would unpack to" in response.content.decode()


def test_the_redirect_import_still_needs_the_admin(client, learner):
    client.force_login(learner)

    response = client.post(reverse("wagtailredirects:start_import"), {"import_file": SimpleUploadedFile("r.csv", b"")})

    assert response.status_code in (302, 403)
    assert "/login/" in response.url or response.status_code == 403
