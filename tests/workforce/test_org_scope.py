"""Who may see which org units: the one rule every report and export uses."""

import pytest
from django.contrib.auth.models import AnonymousUser

from tests.factories import UserFactory
from workforce.models import OrgUnit
from workforce.roles import Role
from workforce.selectors import can_see_org_unit, visible_org_units
from workforce.services import grant_role


def codes(queryset):
    return set(queryset.values_list("code", flat=True))


def test_tashkent_supervisor_sees_own_region_districts_and_facilities(org_tree, tashkent_supervisor):
    visible = codes(visible_org_units(tashkent_supervisor))

    assert visible == {"1726", "1726269", "F-1726-001", "F-1726-002"}


def test_tashkent_supervisor_sees_nothing_of_other_regions(org_tree, tashkent_supervisor):
    assert not can_see_org_unit(tashkent_supervisor, org_tree["samarkand"])
    assert not can_see_org_unit(tashkent_supervisor, org_tree["health_post"])
    assert not can_see_org_unit(tashkent_supervisor, org_tree["country"])


def test_ministry_analyst_sees_every_unit(org_tree, ministry_user):
    assert codes(visible_org_units(ministry_user)) == codes(OrgUnit.objects.all())


def test_learner_and_anonymous_see_no_units(org_tree, learner):
    assert not visible_org_units(learner).exists()
    assert not visible_org_units(AnonymousUser()).exists()


def test_supervisor_of_a_district_sees_only_that_district(org_tree):
    user = grant_role(user=UserFactory(), role=Role.SUPERVISOR, org_unit=org_tree["urgut"])

    assert codes(visible_org_units(user)) == {"1718233", "F-1718-001"}


def test_deactivated_supervisor_sees_nothing(org_tree, tashkent_supervisor):
    tashkent_supervisor.is_active = False

    assert not visible_org_units(tashkent_supervisor).exists()


def test_granting_supervisor_role_requires_an_org_unit(db):
    with pytest.raises(ValueError):
        grant_role(user=UserFactory(), role=Role.SUPERVISOR)
