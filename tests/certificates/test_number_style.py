"""Certificates write numbers in the style of their language, as the screen does."""

from decimal import Decimal

import pytest

from certificates import services
from certificates.models import Certificate
from tests.certificates.test_issue import complete, pdf_text
from tests.factories import UserFactory


@pytest.mark.parametrize(("language", "hours"), [("uz", "2,5"), ("ru", "2,5"), ("en", "2.5")])
def test_certificates_write_cpd_hours_as_their_language_does(courses, language, hours):
    course = courses.course("Qoʻl gigiyenasi", slug="hand-hygiene", lessons=1, cpd_hours=Decimal("2.5"))
    complete(courses, course, UserFactory(preferred_language=language))

    certificate = services.issue_certificate(certificate=Certificate.objects.get())

    assert f": {hours} ·" in pdf_text(certificate).replace("\n", " ")
