"""Certificates in the Wagtail admin: template previews for trainers, revoking and reinstating for Ministry analysts."""

from io import BytesIO

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from pypdf import PdfReader
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from certificates import rendering, services
from certificates.models import Certificate, CertificateTemplate
from courses import services as course_services
from courses.authoring import ensure_authoring_setup
from tests.factories import UserFactory
from workforce.roles import Role
from workforce.services import grant_role

INDEX = "certificates_admin:index"


def with_admin_access(user):
    """The role plus the right to enter the Wagtail admin, reading it in English."""
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})
    return user


def pdf_text(content: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(BytesIO(content)).pages)


@pytest.fixture
def trainer(courses):
    ensure_authoring_setup()
    return with_admin_access(grant_role(user=UserFactory(email="trainer@example.test"), role=Role.TRAINER))


@pytest.fixture
def analyst(ministry_user):
    return with_admin_access(ministry_user)


@pytest.fixture
def template(courses):
    return CertificateTemplate.objects.create(
        name="Milliy sertifikat", html=rendering.DEFAULT_HTML, css=rendering.DEFAULT_CSS, issuer="Sogʻliqni saqlash"
    )


@pytest.fixture
def certificate(courses, learner):
    learner.full_name = "Toshmatov Anvar Olimovich"
    learner.save()
    course = courses.course("Qoʻl gigiyenasi", slug="hand-hygiene", lessons=1, certificate_validity_months=24)
    enrolment = course_services.enrol_learner(learner=learner, course=course)
    course_services.complete_lesson(enrolment=enrolment, lesson=courses.lessons(course)[0])
    return services.issue_certificate(certificate=Certificate.objects.get(learner=learner))


def preview_url(template) -> str:
    return reverse("certificates_template_preview", args=[template.pk])


# Template preview


def test_preview_is_a_sample_certificate_in_the_templates_language(client, trainer, template):
    russian = template.copy_for_translation(Locale.objects.get(language_code="ru"))
    russian.save()
    client.force_login(trainer)

    response = client.get(preview_url(template))
    translated = client.get(preview_url(russian))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline")
    assert response.content.startswith(b"%PDF")
    text = pdf_text(response.content)
    assert "Karimova Dilnoza Rustamovna" in text
    assert "Qoʻl gigiyenasi" in text
    assert "Гигиена рук" in pdf_text(translated.content)


def test_template_editor_links_to_the_preview(client, trainer, template):
    client.force_login(trainer)

    response = client.get(reverse("wagtailsnippets_certificates_certificatetemplate:edit", args=[template.pk]))

    assert response.status_code == 200
    assert preview_url(template) in response.content.decode()


def test_learner_opens_neither_the_preview_nor_the_certificates(client, learner, template, certificate):
    client.force_login(learner)

    preview = client.get(preview_url(template))
    listing = client.get(reverse(INDEX))

    assert preview.status_code == 302
    assert listing.status_code == 302
    assert not preview.content.startswith(b"%PDF")
    assert certificate.code not in listing.content.decode()


# Certificates for Ministry analysts


def test_analyst_lists_certificates_and_finds_one_by_code_or_holder(client, analyst, certificate):
    client.force_login(analyst)
    typed_code = certificate.code.replace("-", "").lower()

    listing = client.get(reverse(INDEX))
    by_code = client.get(reverse(INDEX), {"q": typed_code})
    by_holder = client.get(reverse(INDEX), {"q": "Toshmatov"})
    revoked_only = client.get(reverse(INDEX), {"status": Certificate.Status.REVOKED})

    assert listing.status_code == 200
    assert certificate.code in listing.content.decode()
    assert "Toshmatov Anvar Olimovich" in listing.content.decode()
    assert certificate.code in by_code.content.decode()
    assert certificate.code in by_holder.content.decode()
    assert certificate.code not in revoked_only.content.decode()


def test_analyst_revokes_with_a_reason_then_reinstates(client, analyst, certificate):
    client.force_login(analyst)
    verify_json = reverse("certificates:verify_json", args=[certificate.code])

    form = client.get(reverse("certificates_admin:revoke", args=[certificate.pk]))
    revoked = client.post(
        reverse("certificates_admin:revoke", args=[certificate.pk]),
        {"reason": Certificate.RevocationReason.MISCONDUCT, "note": "Answers copied from a colleague."},
    )

    assert form.status_code == 200
    assert revoked.status_code == 302
    assert revoked.url == reverse("certificates_admin:inspect", args=[certificate.pk])
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.REVOKED
    assert certificate.revoked_by == analyst
    assert certificate.revocation_note == "Answers copied from a colleague."
    facts = client.get(verify_json).json()
    assert facts["status"] == "revoked"
    assert facts["revocation_reason"] == "misconduct"
    inspect = client.get(revoked.url)
    assert inspect.status_code == 200
    assert reverse("certificates_admin:reinstate", args=[certificate.pk]) in inspect.content.decode()
    history = client.get(reverse("certificates_admin:history", args=[certificate.pk])).content.decode()
    assert "Revoked: Academic misconduct" in history

    reinstated = client.post(reverse("certificates_admin:reinstate", args=[certificate.pk]))

    assert reinstated.status_code == 302
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.ISSUED
    assert client.get(verify_json).json()["status"] == "valid"


def test_supervisor_cannot_revoke(client, tashkent_supervisor, certificate):
    client.force_login(with_admin_access(tashkent_supervisor))

    response = client.post(
        reverse("certificates_admin:revoke", args=[certificate.pk]), {"reason": Certificate.RevocationReason.OTHER}
    )

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.ISSUED


@pytest.mark.parametrize("data", [{}, {"reason": "bored", "note": "?"}])
def test_revoking_without_a_valid_reason_shows_the_form_again(client, analyst, certificate, data):
    client.force_login(analyst)

    response = client.post(reverse("certificates_admin:revoke", args=[certificate.pk]), data)

    assert response.status_code == 200
    assert response.context["form"].errors["reason"]
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.ISSUED
    assert certificate.revoked_at is None


def test_certificates_are_never_added_edited_or_deleted_in_the_admin(client, certificate):
    superuser = UserFactory(email="root@example.test", is_superuser=True, is_staff=True)
    client.force_login(superuser)
    pk = certificate.pk

    add = client.get(reverse("certificates_admin:add"))
    edit = client.post(reverse("certificates_admin:edit", args=[pk]), {"learner_name": "Someone else"})
    delete = client.post(reverse("certificates_admin:delete", args=[pk]))
    listing = client.get(reverse(INDEX)).content.decode()

    assert {add.url, edit.url, delete.url} == {reverse("wagtailadmin_home")}
    certificate.refresh_from_db()
    assert certificate.learner_name == "Toshmatov Anvar Olimovich"
    assert reverse("certificates_admin:add") not in listing
    assert reverse("certificates_admin:edit", args=[pk]) not in listing
    assert reverse("certificates_admin:delete", args=[pk]) not in listing
    assert reverse("certificates_admin:revoke", args=[pk]) in listing
