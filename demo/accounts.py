"""The demo logins: one account for each role, all with the published demo password."""

from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from demo.workforce import DEMO_LEARNER_WORKER
from workforce.models import HealthWorker, OrgUnit
from workforce.roles import STAFF_ROLES, Role
from workforce.services import ensure_role_groups, grant_role, link_account_by_staff

DEMO_PASSWORD = "Demo-2026-pass"


@dataclass(frozen=True)
class DemoAccount:
    """A demo login: who it is, the role it demonstrates and, for a learner, its roster entry."""

    email: str
    full_name: str
    language: str
    role: Role | None = None
    org_unit_code: str = ""
    employee_number: str = ""
    is_superuser: bool = False

    @property
    def role_label(self) -> str:
        return "Administrator (superuser)" if self.is_superuser else self.role.value


DEMO_ACCOUNTS = (
    DemoAccount(
        "learner@demo.test",
        DEMO_LEARNER_WORKER["full_name"],
        "uz",
        Role.LEARNER,
        employee_number=DEMO_LEARNER_WORKER["employee_number"],
    ),
    DemoAccount("trainer@demo.test", "Abdullayeva Lola Shavkatovna", "ru", Role.TRAINER),
    DemoAccount("supervisor@demo.test", "Toshmatov Jasur Akmalovich", "uz", Role.SUPERVISOR, org_unit_code="1726"),
    DemoAccount("ministry@demo.test", "Ismoilov Sherzod Farhodovich", "ru", Role.MINISTRY_ANALYST),
    DemoAccount("admin@demo.test", "Qodirov Aziz Olimovich", "en", is_superuser=True),
)


def seed_account(account: DemoAccount):
    """Create or update one demo login with its password, verified address, role and roster entry."""
    user, _created = get_user_model().objects.update_or_create(
        email=account.email,
        defaults={
            "full_name": account.full_name,
            "preferred_language": account.language,
            "is_active": True,
            "is_superuser": account.is_superuser,
            "is_staff": account.is_superuser or account.role in STAFF_ROLES,
        },
    )
    user.set_password(DEMO_PASSWORD)
    user.save(update_fields=["password"])

    EmailAddress.objects.filter(user=user, primary=True).exclude(email=user.email).update(primary=False)
    EmailAddress.objects.update_or_create(user=user, email=user.email, defaults={"verified": True, "primary": True})

    if account.role is not None:
        ensure_role_groups()
        org_unit = OrgUnit.objects.get(code=account.org_unit_code) if account.org_unit_code else None
        grant_role(user=user, role=account.role, org_unit=org_unit)
    if account.employee_number:
        link_account_by_staff(worker=HealthWorker.objects.get(employee_number=account.employee_number), user=user)
    return user
