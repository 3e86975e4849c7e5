"""The platform's roles, kept as Django groups so Wagtail's permissions apply to them."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    """Group names: the value is the stored group name, the label is shown to people."""

    LEARNER = "Learner", _("Learner")
    TRAINER = "Trainer", _("Trainer")
    REVIEWER = "Reviewer", _("Clinical reviewer")
    SUPERVISOR = "Supervisor", _("Supervisor")
    MINISTRY_ANALYST = "Ministry analyst", _("Ministry analyst")


STAFF_ROLES = frozenset({Role.TRAINER, Role.REVIEWER, Role.SUPERVISOR, Role.MINISTRY_ANALYST})


def role_names(user) -> set[str]:
    """The roles a user holds, cached on the user object for the request."""
    if not user.is_authenticated:
        return set()
    if not hasattr(user, "_role_names"):
        user._role_names = set(user.groups.values_list("name", flat=True))
    return user._role_names


def has_role(user, role: Role) -> bool:
    return role.value in role_names(user)
