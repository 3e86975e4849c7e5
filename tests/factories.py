"""factory_boy factories for the platform's records."""

import factory
from django.contrib.auth import get_user_model

from workforce.models import Cadre, HealthWorker, OrgUnit


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("email",)

    email = factory.Sequence(lambda n: f"person{n}@example.test")
    full_name = factory.Faker("name")
    preferred_language = "en"
    password = factory.django.Password("Correct-horse-42")


class CadreFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Cadre
        django_get_or_create = ("isco_code",)

    isco_code = "2221"
    name_en = "Nursing professional"
    name_ru = "Медицинская сестра"
    name_uz = "Hamshira"


def add_org_unit(parent: OrgUnit | None, *, code: str, level: str, name: str, **extra) -> OrgUnit:
    """Add a node to the org tree (treebeard needs add_root/add_child, so no factory)."""
    fields = {"code": code, "level": level, "name_en": name, "name_ru": name, "name_uz": name, **extra}
    if parent is None:
        return OrgUnit.add_root(**fields)
    return parent.add_child(**fields)


class HealthWorkerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = HealthWorker

    employee_number = factory.Sequence(lambda n: f"E{n:06d}")
    full_name = factory.Faker("name")
    cadre = factory.SubFactory(CadreFactory)
