"""Shared fixtures: a small org tree, accounts per role, and real services when present."""

import pytest

from tests.factories import CadreFactory, UserFactory, add_org_unit
from workforce.models import OrgUnit
from workforce.roles import Role
from workforce.services import grant_role

PASSWORD = "Correct-horse-42"


@pytest.fixture
def org_tree(db):
    """Uzbekistan with two regions, a district in each and two facilities in Tashkent city."""
    country = add_org_unit(None, code="17", level=OrgUnit.Level.COUNTRY, name="Uzbekistan")
    tashkent = add_org_unit(country, code="1726", level=OrgUnit.Level.REGION, name="Tashkent city")
    samarkand = add_org_unit(country, code="1718", level=OrgUnit.Level.REGION, name="Samarkand Region")
    chilonzor = add_org_unit(tashkent, code="1726269", level=OrgUnit.Level.DISTRICT, name="Chilonzor district")
    urgut = add_org_unit(samarkand, code="1718233", level=OrgUnit.Level.DISTRICT, name="Urgut district")
    polyclinic = add_org_unit(
        chilonzor,
        code="F-1726-001",
        level=OrgUnit.Level.FACILITY,
        name="Family polyclinic No. 5",
        facility_type=OrgUnit.FacilityType.FAMILY_POLYCLINIC,
    )
    hospital = add_org_unit(
        chilonzor,
        code="F-1726-002",
        level=OrgUnit.Level.FACILITY,
        name="City clinical hospital No. 1",
        facility_type=OrgUnit.FacilityType.CITY_HOSPITAL,
    )
    health_post = add_org_unit(
        urgut,
        code="F-1718-001",
        level=OrgUnit.Level.FACILITY,
        name="Rural family doctor post Kamangaron",
        facility_type=OrgUnit.FacilityType.RURAL_HEALTH_POST,
    )
    return {
        "country": OrgUnit.objects.get(pk=country.pk),
        "tashkent": OrgUnit.objects.get(pk=tashkent.pk),
        "samarkand": OrgUnit.objects.get(pk=samarkand.pk),
        "chilonzor": OrgUnit.objects.get(pk=chilonzor.pk),
        "urgut": OrgUnit.objects.get(pk=urgut.pk),
        "polyclinic": polyclinic,
        "hospital": hospital,
        "health_post": health_post,
    }


@pytest.fixture
def nurse_cadre(db):
    return CadreFactory()


@pytest.fixture
def ministry_user(db):
    return grant_role(user=UserFactory(email="ministry@example.test"), role=Role.MINISTRY_ANALYST)


@pytest.fixture
def tashkent_supervisor(org_tree):
    user = UserFactory(email="supervisor@example.test")
    return grant_role(user=user, role=Role.SUPERVISOR, org_unit=org_tree["tashkent"])


@pytest.fixture
def learner(db):
    return grant_role(user=UserFactory(email="learner@example.test"), role=Role.LEARNER)
