"""Bulk certificate screens in the Wagtail admin: who may use them, the job page, the streamed ZIP, bad input."""

import zipfile
from io import BytesIO

import pytest
from django.http import StreamingHttpResponse
from django.urls import reverse
from pypdf import PdfReader

from certificates import services
from certificates.models import Certificate, CertificateJob
from tests.certificates.test_admin import with_admin_access
from tests.certificates.test_bulk import historic_completion, issued_certificate, worker_at
from tests.factories import HealthWorkerFactory, UserFactory

LOGIN = "/accounts/login/"
BULK = reverse("certificates_bulk")
ZIP = reverse("certificates_bulk_zip")


@pytest.fixture
def course(courses):
    return courses.course("Qoʻl gigiyenasi", slug="hand-hygiene", lessons=1, certificate_validity_months=24)


@pytest.fixture
def analyst(ministry_user):
    return with_admin_access(ministry_user)


@pytest.fixture
def supervisor(tashkent_supervisor):
    return with_admin_access(tashkent_supervisor)


@pytest.fixture
def holders(course, org_tree, ministry_user):
    """Issued certificates in Tashkent (one without an employee number), in Samarkand, off the roster; one revoked."""
    numbered = UserFactory(full_name="Karimova Dilnoza")
    HealthWorkerFactory(user=numbered, facility=org_tree["polyclinic"], employee_number="E-1726-042")
    revoked = issued_certificate(worker_at(org_tree["hospital"], "Revoked Holder"), course)
    services.revoke_certificate(certificate=revoked, by=ministry_user, reason="misconduct")
    return {
        "numbered": issued_certificate(numbered, course),
        "tashkent": issued_certificate(unnumbered_worker_at(org_tree["hospital"], "Oʻrinboyev Gʻayrat"), course),
        "samarkand": issued_certificate(unnumbered_worker_at(org_tree["health_post"], "Samarkand Holder"), course),
        "off_roster": issued_certificate(UserFactory(full_name="No Roster"), course),
        "revoked": revoked,
    }


def status_after_redirects(client, url, data=None, **extra) -> int:
    """The final status: LocaleMiddleware first redirects an admin 404 to its /<language>/ address, which is a 404."""
    return client.get(url, data, follow=True, **extra).status_code


def unnumbered_worker_at(facility, name: str):
    """A learner on the roster without an employee number."""
    user = UserFactory(full_name=name)
    HealthWorkerFactory(user=user, facility=facility, full_name=name, employee_number=None)
    return user


def zip_members(response, chunks: list[bytes] | None = None) -> dict[str, bytes]:
    chunks = chunks if chunks is not None else list(response.streaming_content)
    with zipfile.ZipFile(BytesIO(b"".join(chunks))) as archive:
        assert archive.testzip() is None
        return {name: archive.read(name) for name in archive.namelist()}


# Bulk operations and jobs


def test_bulk_operations_are_for_analysts_only(client, analyst, supervisor, learner):
    anonymous = client.get(BULK)
    client.force_login(learner)
    as_learner = client.get(BULK)
    client.force_login(supervisor)
    as_supervisor = client.get(BULK)
    client.force_login(analyst)
    as_analyst = client.get(BULK)

    assert anonymous.status_code == 302
    assert LOGIN in anonymous.url
    assert as_learner.status_code == 302
    assert LOGIN in as_learner.url
    assert as_supervisor.status_code == 302
    assert as_supervisor.url == reverse("wagtailadmin_home")
    assert as_analyst.status_code == 200


def test_analyst_sees_the_dry_run_then_starts_a_job_and_follows_its_progress(
    client, analyst, course, org_tree, django_capture_on_commit_callbacks
):
    historic_completion(worker_at(org_tree["polyclinic"], "Imported Worker"), course)
    client.force_login(analyst)

    preview = client.get(BULK, {"course": course.pk})
    with django_capture_on_commit_callbacks(execute=True):
        started = client.post(BULK, {"course": course.pk, "kind": CertificateJob.Kind.ISSUE_MISSING})

    assert preview.status_code == 200
    assert {row["kind"]: row["count"] for row in preview.context["preview"]} == {"issue_missing": 1, "regenerate": 0}
    assert "1 completion has no certificate" in preview.content.decode()
    job = CertificateJob.objects.get()
    assert started.status_code == 302
    assert started.url == reverse("certificates_bulk_job", args=[job.pk])
    page = client.get(started.url)
    assert page.status_code == 200
    assert "1 of 1 done" in page.content.decode()
    assert 'value="100"' in page.content.decode()
    assert "js/certificate-job.js" in page.content.decode()
    status = client.get(reverse("certificates_bulk_job_status", args=[job.pk])).json()
    assert status["status"] == "done"
    assert (status["done"], status["total"], status["percent"], status["finished"]) == (1, 1, 100, True)
    assert reverse("certificates_bulk_job", args=[job.pk]) in client.get(BULK).content.decode()
    assert Certificate.objects.get().status == Certificate.Status.ISSUED


def test_starting_a_job_already_under_way_shows_that_job(client, analyst, course, django_capture_on_commit_callbacks):
    client.force_login(analyst)
    with django_capture_on_commit_callbacks(execute=False):
        first = client.post(BULK, {"course": course.pk, "kind": CertificateJob.Kind.REGENERATE})
        second = client.post(BULK, {"course": course.pk, "kind": CertificateJob.Kind.REGENERATE})

    job = CertificateJob.objects.get()
    assert first.url == second.url == reverse("certificates_bulk_job", args=[job.pk])
    status = client.get(reverse("certificates_bulk_job_status", args=[job.pk])).json()
    assert (status["status"], status["finished"]) == ("queued", False)


@pytest.mark.parametrize(
    ("method", "data"),
    [
        ("get", {"course": "abc"}),
        ("get", {"course": "999999"}),
        ("get", {"course": "{course}", "org_unit": "x1"}),
        ("get", {"course": "{course}", "facility_code": "NO-SUCH-CODE"}),
        ("post", {"course": "{course}", "kind": "delete_everything"}),
        ("post", {"kind": "regenerate"}),
        ("post", {"course": "1e3", "kind": "regenerate"}),
    ],
)
def test_bad_input_to_bulk_operations_is_refused_with_a_message(client, analyst, course, method, data):
    client.force_login(analyst)
    data = {key: value.format(course=course.pk) for key, value in data.items()}

    response = getattr(client, method)(BULK, data)

    assert response.status_code == 400
    assert response.context["form"].errors
    assert not CertificateJob.objects.exists()


def test_unknown_jobs_are_not_found_and_others_may_not_poll(client, analyst, supervisor, course):
    client.force_login(analyst)
    assert status_after_redirects(client, reverse("certificates_bulk_job", args=[999999])) == 404
    assert status_after_redirects(client, reverse("certificates_bulk_job_status", args=[999999])) == 404
    job = CertificateJob.objects.create(kind="regenerate", course=course, requested_by=analyst)

    client.force_login(supervisor)
    polled = client.get(
        reverse("certificates_bulk_job_status", args=[job.pk]), headers={"x-requested-with": "XMLHttpRequest"}
    )

    assert polled.status_code == 403


# Download as ZIP


def test_analyst_downloads_a_courses_issued_certificates_as_a_streamed_zip(client, analyst, course, holders):
    client.force_login(analyst)

    response = client.get(ZIP, {"course": course.pk})

    assert response.status_code == 200
    assert isinstance(response, StreamingHttpResponse)
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"] == 'attachment; filename="certificates-hand-hygiene.zip"'
    chunks = list(response.streaming_content)
    assert len(chunks) > len(holders)  # sent piece by piece as the archive is written, not as one block
    members = zip_members(response, chunks)
    expected = {
        f"E-1726-042-{holders['numbered'].code}.pdf",
        f"Oʻrinboyev-Gʻayrat-{holders['tashkent'].code}.pdf",
        f"Samarkand-Holder-{holders['samarkand'].code}.pdf",
        f"No-Roster-{holders['off_roster'].code}.pdf",
    }
    assert set(members) == expected
    for name, content in members.items():
        pages = PdfReader(BytesIO(content)).pages
        assert len(pages) == 1
        assert name[-23:-4] in pages[0].extract_text()  # the certificate's own code


def test_supervisor_downloads_only_certificates_of_their_own_area(client, supervisor, course, org_tree, holders):
    client.force_login(supervisor)

    by_course = client.get(ZIP, {"course": course.pk})
    by_district = client.get(ZIP, {"org_unit": org_tree["chilonzor"].pk})
    by_facility = client.get(ZIP, {"course": course.pk, "facility_code": "f-1726-001"})

    tashkent_codes = {holders["numbered"].code, holders["tashkent"].code}
    assert {name[-23:-4] for name in zip_members(by_course)} == tashkent_codes
    assert {name[-23:-4] for name in zip_members(by_district)} == tashkent_codes
    assert {name[-23:-4] for name in zip_members(by_facility)} == {holders["numbered"].code}


def test_a_unit_outside_the_supervisors_area_is_not_found(client, supervisor, course, org_tree, holders):
    client.force_login(supervisor)

    region = status_after_redirects(client, ZIP, {"org_unit": org_tree["samarkand"].pk})
    facility = status_after_redirects(client, ZIP, {"course": course.pk, "facility_code": "F-1718-001"})

    assert region == 404
    assert facility == 404


def test_learners_and_anonymous_visitors_download_nothing(client, learner, course, holders):
    anonymous = client.get(ZIP, {"course": course.pk})
    client.force_login(learner)
    as_learner = client.get(ZIP, {"course": course.pk})

    for response in (anonymous, as_learner):
        assert response.status_code == 302
        assert LOGIN in response.url
        assert not isinstance(response, StreamingHttpResponse)


@pytest.mark.parametrize(
    "data",
    [
        {"course": "abc"},
        {"course": "999999"},
        {"org_unit": "abc"},
        {"org_unit": "999999"},
        {"course": "", "org_unit": ""},
    ],
)
def test_bad_input_to_the_zip_download_is_refused_with_a_message(client, analyst, holders, data):
    client.force_login(analyst)

    response = client.get(ZIP, data)

    assert response.status_code == 400
    assert response.context["form"].errors
    assert not isinstance(response, StreamingHttpResponse)


def test_nothing_to_download_says_so(client, supervisor, courses, holders):
    other = courses.course("Boshqa kurs", slug="other", lessons=1)
    client.force_login(supervisor)

    response = client.get(ZIP, {"course": other.pk})

    assert response.status_code == 200
    assert not isinstance(response, StreamingHttpResponse)
    assert "No issued certificates match this choice." in response.content.decode()


def test_a_certificate_whose_file_is_gone_is_listed_instead_of_breaking_the_zip(client, analyst, course, holders):
    lost = holders["samarkand"]
    lost.pdf.storage.delete(lost.pdf.name)
    client.force_login(analyst)

    members = zip_members(client.get(ZIP, {"course": course.pk}))

    assert len([name for name in members if name.endswith(".pdf")]) == 3
    assert lost.code in members["unreadable.txt"].decode()


def test_the_menu_offers_each_role_its_tools(client, analyst, supervisor):
    client.force_login(analyst)
    for_analyst = client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(supervisor)
    for_supervisor = client.get(reverse("wagtailadmin_home")).content.decode()

    assert BULK in for_analyst
    assert ZIP in for_analyst
    assert BULK not in for_supervisor
    assert ZIP in for_supervisor
