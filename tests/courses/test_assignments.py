"""Mandatory training: who an assignment covers, now and later, and who may assign."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from courses import selectors, services
from courses.models import Assignment, Enrolment
from tests.factories import CadreFactory, HealthWorkerFactory, UserFactory
from workforce.roles import Role
from workforce.services import grant_role

DUE = timezone.localdate() + timedelta(days=30)


@pytest.fixture
def midwife_cadre(db):
    return CadreFactory(isco_code="2222", name_en="Midwife", name_ru="Акушерка", name_uz="Akusher")


def test_unit_assignment_covers_the_subtree_and_the_chosen_cadres_only(
    courses, org_tree, nurse_cadre, midwife_cadre, tashkent_supervisor
):
    course = courses.course()
    nurse = HealthWorkerFactory(facility=org_tree["polyclinic"], cadre=nurse_cadre)
    midwife = HealthWorkerFactory(facility=org_tree["hospital"], cadre=midwife_cadre)
    elsewhere = HealthWorkerFactory(facility=org_tree["health_post"], cadre=nurse_cadre)

    assignment = services.create_assignment(
        course=course,
        assigned_by=tashkent_supervisor,
        due_date=DUE,
        org_unit=org_tree["tashkent"],
        cadres=[nurse_cadre],
    )

    assert set(selectors.workers_covered(assignment)) == {nurse}
    assert list(selectors.assignments_for_worker(nurse)) == [assignment]
    assert not selectors.assignments_for_worker(midwife).exists()
    assert not selectors.assignments_for_worker(elsewhere).exists()


def test_a_worker_who_joins_the_unit_later_is_covered_too(courses, org_tree, nurse_cadre, tashkent_supervisor):
    assignment = services.create_assignment(
        course=courses.course(), assigned_by=tashkent_supervisor, due_date=DUE, org_unit=org_tree["chilonzor"]
    )

    newcomer = HealthWorkerFactory(facility=org_tree["hospital"], cadre=nurse_cadre)

    assert newcomer in selectors.workers_covered(assignment)
    assert list(selectors.assignments_for_worker(newcomer)) == [assignment]


def test_named_workers_are_covered_wherever_they_work(courses, org_tree, nurse_cadre, ministry_user):
    named = HealthWorkerFactory(facility=org_tree["health_post"], cadre=nurse_cadre)

    assignment = services.create_assignment(
        course=courses.course(), assigned_by=ministry_user, due_date=DUE, workers=[named]
    )

    assert list(selectors.workers_covered(assignment)) == [named]


def test_cancelled_assignments_cover_nobody(courses, org_tree, nurse_cadre, tashkent_supervisor):
    worker = HealthWorkerFactory(facility=org_tree["polyclinic"], cadre=nurse_cadre)
    assignment = services.create_assignment(
        course=courses.course(), assigned_by=tashkent_supervisor, due_date=DUE, org_unit=org_tree["tashkent"]
    )

    services.cancel_assignment(assignment=assignment, cancelled_by=tashkent_supervisor)

    assert not selectors.assignments_for_worker(worker).exists()


def test_supervisor_cannot_assign_outside_their_region(courses, org_tree, tashkent_supervisor):
    with pytest.raises(PermissionDenied):
        services.create_assignment(
            course=courses.course(), assigned_by=tashkent_supervisor, due_date=DUE, org_unit=org_tree["samarkand"]
        )


def test_due_date_in_the_past_is_refused(courses, org_tree, tashkent_supervisor):
    with pytest.raises(ValidationError):
        services.create_assignment(
            course=courses.course(),
            assigned_by=tashkent_supervisor,
            due_date=timezone.localdate() - timedelta(days=1),
            org_unit=org_tree["tashkent"],
        )


def test_enrolling_in_an_assigned_course_is_recorded_as_assigned(courses, org_tree, nurse_cadre, tashkent_supervisor):
    course = courses.course()
    learner = UserFactory()
    HealthWorkerFactory(facility=org_tree["polyclinic"], cadre=nurse_cadre, user=learner)
    services.create_assignment(
        course=course, assigned_by=tashkent_supervisor, due_date=DUE, org_unit=org_tree["tashkent"]
    )

    assert services.enrol_learner(learner=learner, course=course).source == Enrolment.Source.ASSIGNED


def test_supervisor_creates_lists_and_cancels_assignments_on_the_staff_screen(
    client, courses, org_tree, nurse_cadre, tashkent_supervisor
):
    course = courses.course()
    HealthWorkerFactory.create_batch(3, facility=org_tree["polyclinic"], cadre=nurse_cadre)
    client.force_login(tashkent_supervisor)

    created = client.post(
        reverse("courses:assignment_create"),
        {"course": course.pk, "org_unit": org_tree["tashkent"].pk, "due_date": DUE.isoformat()},
    )
    listing = client.get(reverse("courses:assignment_list"))
    assignment = Assignment.objects.get()
    cancelled = client.post(reverse("courses:assignment_cancel", args=[assignment.pk]))

    assert created.status_code == 302
    assert listing.status_code == 200
    assert listing.context["page_obj"][0].covered == 3
    assert cancelled.status_code == 302
    assert Assignment.objects.get().cancelled_at is not None


def test_assignment_form_rejects_bad_input_with_messages(client, courses, org_tree, tashkent_supervisor):
    course = courses.course()
    client.force_login(tashkent_supervisor)

    response = client.post(
        reverse("courses:assignment_create"),
        {"course": course.pk, "facility_code": "F-1718-001", "employee_numbers": "NOPE-1", "due_date": "2001-01-01"},
    )

    assert response.status_code == 400
    errors = response.context["form"].errors
    assert {"facility_code", "employee_numbers", "due_date"} <= set(errors)
    assert not Assignment.objects.exists()


def test_learners_and_other_regions_cannot_touch_assignments(client, courses, org_tree, tashkent_supervisor, learner):
    assignment = services.create_assignment(
        course=courses.course(), assigned_by=tashkent_supervisor, due_date=DUE, org_unit=org_tree["tashkent"]
    )
    samarkand = grant_role(user=UserFactory(), role=Role.SUPERVISOR, org_unit=org_tree["samarkand"])

    client.force_login(learner)
    assert client.get(reverse("courses:assignment_list")).status_code == 404
    assert client.get(reverse("courses:assignment_create")).status_code == 404
    client.force_login(samarkand)
    assert client.post(reverse("courses:assignment_cancel", args=[assignment.pk])).status_code == 404
    assert Assignment.objects.get().cancelled_at is None
