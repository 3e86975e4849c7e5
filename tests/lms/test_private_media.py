"""Private files (certificate PDFs, roster uploads) have no URL; only views that check permission hand them out."""

import importlib

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.db.models import FileField
from django.urls import clear_url_caches, reverse
from wagtail.documents import get_document_model

from certificates import services
from certificates.models import Certificate
from core import storage
from core.storage import PUBLIC_MEDIA_FOLDERS, PrivateUploadTo, move_to_private_storage
from lms import urls
from lms.services import ensure_site_structure
from tests.certificates.test_issue import complete, course  # noqa: F401 - the course fixture
from tests.courses.conftest import courses  # noqa: F401 - the course builder fixture
from tests.factories import UserFactory
from tests.workforce.test_import_views import good_roster, upload, with_admin_access
from workforce.models import ImportRun

# Files meant for everyone, each in its public folder of MEDIA_ROOT. Every other file field must be private.
PUBLIC_FILE_FIELDS = {
    "wagtailimages.Image.file": "original_images",
    "wagtailimages.Rendition.file": "images",
    "wagtaildocs.Document.file": "documents",
    "wagtailusers.UserProfile.avatar": "avatar_images",
    # Wagtail's scratch copy of an image or document being uploaded to the library; never given a URL.
    "wagtailcore.UploadedFile.file": None,
}


def file_fields():
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if isinstance(field, FileField):
                yield f"{model._meta.label}.{field.name}", field


@pytest.mark.parametrize(
    ("name", "field"), list(file_fields()), ids=lambda value: value if isinstance(value, str) else ""
)
def test_every_file_field_is_private_unless_declared_public(name, field):
    if name in PUBLIC_FILE_FIELDS:
        assert field.storage is not storages["private"]
        assert PUBLIC_FILE_FIELDS[name] is None or PUBLIC_FILE_FIELDS[name] in PUBLIC_MEDIA_FOLDERS
    else:
        assert field.storage is storages["private"], f"{name} must use storage=core.storage.private_storage"
        assert isinstance(field.upload_to, PrivateUploadTo), f"{name} must get an unguessable name"


def test_private_names_are_unguessable_and_keep_only_the_extension():
    upload_to = PrivateUploadTo("certificates")

    first, second = upload_to(None, "A7K2-9QXM.PDF"), upload_to(None, "A7K2-9QXM.PDF")

    assert first != second
    assert first.startswith("certificates/") and first.endswith(".pdf")
    assert "A7K2" not in first


def test_private_files_are_stored_outside_media_root(settings):
    name = storages["private"].save("certificates/x.pdf", ContentFile(b"%PDF"))

    assert (settings.PRIVATE_MEDIA_ROOT / name).exists()
    assert not (settings.MEDIA_ROOT / name).exists()
    with pytest.raises(ValueError):
        storages["private"].url(name)


@pytest.fixture
def debug_urls(settings, db):
    """The URLs as `make run` has them (DEBUG on), which is when media are served by Django."""
    settings.DEBUG = True
    importlib.reload(urls)
    clear_url_caches()
    yield
    settings.DEBUG = False
    importlib.reload(urls)
    clear_url_caches()


@pytest.fixture
def issued(courses, course, learner):  # noqa: F811 - the course fixture
    complete(courses, course, learner)
    return services.issue_certificate(certificate=Certificate.objects.get())


def test_no_media_url_serves_a_certificate_pdf_even_under_debug(client, debug_urls, issued, learner, settings):
    # Even a PDF left in MEDIA_ROOT by an older version is not served.
    legacy = settings.MEDIA_ROOT / "certificates" / "2026" / "01" / f"{issued.code}.pdf"
    legacy.parent.mkdir(parents=True)
    legacy.write_bytes(b"%PDF")
    client.force_login(learner)

    for path in (
        issued.pdf.name,
        f"certificates/2026/01/{issued.code}.pdf",
        f"images/../certificates/2026/01/{issued.code}.pdf",
    ):
        assert client.get(f"{settings.MEDIA_URL}{path}").status_code == 404, path
    assert client.get(reverse("certificates:download", args=[issued.code])).status_code == 200


def test_public_documents_are_still_served_under_debug(client, debug_urls, settings):
    ensure_site_structure()  # the root collection, which a transactional test run before this one may have flushed
    document = get_document_model().objects.create(title="Leaflet", file=ContentFile(b"wash hands", name="leaflet.txt"))

    response = client.get(f"{settings.MEDIA_URL}{document.file.name}")

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"wash hands"


def test_only_the_holder_gets_the_pdf_and_never_once_revoked(client, issued, learner, ministry_user):
    url = reverse("certificates:download", args=[issued.code])
    client.force_login(UserFactory())
    assert client.get(url).status_code == 404
    client.force_login(learner)
    assert b"".join(client.get(url).streaming_content) == issued.pdf.open("rb").read()

    services.revoke_certificate(certificate=issued, by=ministry_user, reason="misconduct")

    assert client.get(url).status_code == 404


def test_a_missing_pdf_is_not_found_rather_than_an_error(client, issued, learner):
    issued.pdf.storage.delete(issued.pdf.name)
    client.force_login(learner)

    assert client.get(reverse("certificates:download", args=[issued.code])).status_code == 404


@pytest.fixture
def importer(ministry_user):
    return with_admin_access(ministry_user)


def test_no_media_url_serves_an_import_file_and_only_importers_download_it(
    client,
    debug_urls,
    org_tree,
    nurse_cadre,
    importer,
    learner,
    settings,
):
    client.force_login(importer)
    upload(client, good_roster())
    run = ImportRun.objects.get()
    url = reverse("workforce_imports:file", args=[run.pk])

    assert run.file.storage is storages["private"]
    assert client.get(f"{settings.MEDIA_URL}{run.file.name}").status_code == 404
    assert client.get(url).status_code == 200
    client.force_login(learner)
    assert client.get(url).status_code in (302, 403, 404)


def test_the_migration_moves_files_out_of_media_root(issued, settings):
    old_name = f"certificates/2026/01/{issued.code}.pdf"
    storages["default"].save(old_name, ContentFile(b"%PDF old"))
    Certificate.objects.filter(pk=issued.pk).update(pdf=old_name)

    move_to_private_storage(Certificate, "pdf")

    issued.refresh_from_db()
    assert issued.pdf.name != old_name and issued.code not in issued.pdf.name
    assert issued.pdf.open("rb").read() == b"%PDF old"
    assert not storages["default"].exists(old_name)
    assert storage.private_storage() is storages["private"]
