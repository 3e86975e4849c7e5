"""Renewal: near expiry the holder takes the course again, which issues the next cycle's certificate; history stays."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from certificates import services
from certificates.models import Certificate, CertificateTemplate
from courses import selectors as course_selectors
from courses import services as course_services
from courses.models import Enrolment

NOW = timezone.now()


@pytest.fixture
def course(courses):
    return courses.course("Qoʻl gigiyenasi", slug="hand-hygiene", lessons=2, certificate_validity_months=24)


def complete(courses, course, learner, now):
    enrolment = course_services.enrol_learner(learner=learner, course=course, now=now)
    for lesson in courses.lessons(course):
        course_services.complete_lesson(enrolment=enrolment, lesson=lesson, now=now)
    return enrolment


@pytest.fixture
def first_certificate(courses, course, learner):
    complete(courses, course, learner, NOW - timedelta(days=700))
    return services.issue_certificate(certificate=Certificate.objects.get(), now=NOW - timedelta(days=700))


def test_a_certificate_is_renewable_from_ninety_days_before_expiry(first_certificate):
    expires = first_certificate.expires_at

    assert not services.can_renew(first_certificate, now=expires - timedelta(days=91))
    assert services.can_renew(first_certificate, now=expires - timedelta(days=89))
    assert services.can_renew(first_certificate, now=expires + timedelta(days=30))


def test_renewing_means_completing_the_course_again_and_gives_the_next_cycle(
    courses, course, learner, first_certificate
):
    now = first_certificate.expires_at - timedelta(days=30)

    enrolment = services.start_renewal(certificate=first_certificate, now=now)

    assert enrolment.status == Enrolment.Status.IN_PROGRESS
    _state, progress = course_selectors.learner_state(learner, course)
    assert not any(record.completed_at for record in progress.values())
    for lesson in courses.lessons(course):
        course_services.complete_lesson(enrolment=enrolment, lesson=lesson, now=now + timedelta(hours=1))
    renewed = Certificate.objects.get(cycle=2)
    assert renewed.code != first_certificate.code
    assert Certificate.objects.filter(learner=learner, course=course).count() == 2
    first_certificate.refresh_from_db()
    assert first_certificate.status == Certificate.Status.ISSUED  # the history stays
    assert not services.can_renew(first_certificate, now=now)  # a newer cycle exists


def test_one_lesson_is_not_enough_to_renew(courses, course, learner, first_certificate):
    now = first_certificate.expires_at - timedelta(days=30)
    enrolment = services.start_renewal(certificate=first_certificate, now=now)

    course_services.complete_lesson(enrolment=enrolment, lesson=courses.lessons(course)[0], now=now)

    assert Certificate.objects.count() == 1


def test_renewal_cannot_start_early_or_twice(first_certificate):
    with pytest.raises(ValidationError):
        services.start_renewal(certificate=first_certificate, now=first_certificate.expires_at - timedelta(days=200))
    now = first_certificate.expires_at - timedelta(days=10)
    services.start_renewal(certificate=first_certificate, now=now)
    with pytest.raises(ValidationError):
        services.start_renewal(certificate=first_certificate, now=now)


def test_the_renew_button_starts_renewal_for_the_holder_only(client, first_certificate, learner, django_user_model):
    Certificate.objects.filter(pk=first_certificate.pk).update(expires_at=timezone.now() + timedelta(days=20))
    url = reverse("certificates:renew", args=[first_certificate.code])
    other = django_user_model.objects.create_user(email="other@example.test", password="Correct-horse-42")

    client.force_login(other)
    assert client.post(url).status_code == 404
    client.force_login(learner)
    assert client.get(url).status_code == 405
    page = client.get(reverse("certificates:mine"))
    assert url in page.content.decode()
    response = client.post(url)

    assert response.status_code == 302
    assert Enrolment.objects.get(learner=learner).status == Enrolment.Status.IN_PROGRESS


def test_the_verify_page_names_the_issuer_of_the_template(client, courses, course, learner):
    course.certificate_template = CertificateTemplate.objects.create(
        name="Viloyat", html="<p>{learner_name} {issuer}</p>", issuer="Toshkent shahar sogʻliqni saqlash boshqarmasi"
    )
    course.save_revision().publish()
    complete(courses, course, learner, NOW)

    certificate = services.issue_certificate(certificate=Certificate.objects.get(), now=NOW)

    assert certificate.issuer == "Toshkent shahar sogʻliqni saqlash boshqarmasi"
    facts = client.get(reverse("certificates:verify_json", args=[certificate.code])).json()
    assert facts["issuer"] == "Toshkent shahar sogʻliqni saqlash boshqarmasi"
    assert (
        "Toshkent shahar sogʻliqni saqlash boshqarmasi"
        in client.get(reverse("certificates:verify", args=[certificate.code])).content.decode()
    )
