"""The workforce screens of the Wagtail admin open for administrators and stay shut for learners."""

import pytest
from django.urls import reverse

from tests.factories import HealthWorkerFactory, UserFactory


@pytest.fixture
def admin_user(db):
    return UserFactory(email="admin@example.test", is_staff=True, is_superuser=True)


@pytest.mark.parametrize("viewset", ["cadre", "healthworker", "supervisorscope"])
def test_admin_lists_workforce_records(client, admin_user, org_tree, tashkent_supervisor, nurse_cadre, viewset):
    HealthWorkerFactory(facility=org_tree["polyclinic"], cadre=nurse_cadre, full_name="Yusupova Madina")
    client.force_login(admin_user)

    response = client.get(reverse(f"{viewset}:index"))

    assert response.status_code == 200


def test_supervisor_scope_form_offers_regions_and_districts_but_not_facilities(client, admin_user, org_tree):
    client.force_login(admin_user)

    response = client.get(reverse("supervisorscope:add"))

    choices = {str(choice[0]) for choice in response.context["form"].fields["org_unit"].choices}
    assert str(org_tree["tashkent"].pk) in choices
    assert str(org_tree["polyclinic"].pk) not in choices


def test_learner_is_kept_out_of_the_admin(client, learner):
    client.force_login(learner)

    response = client.get(reverse("cadre:index"))

    assert response.status_code == 302
