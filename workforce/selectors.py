"""Reads about the organisation: who may see which units, and finding facilities by name."""

import re

from django.db.models import Q, QuerySet

from .models import OrgUnit
from .roles import Role, has_role


def sees_whole_country(user) -> bool:
    """Superusers and Ministry analysts work nationally: every unit, every import, every certificate."""
    return user.is_authenticated and user.is_active and (user.is_superuser or has_role(user, Role.MINISTRY_ANALYST))


def visible_org_units(user) -> QuerySet[OrgUnit]:
    """Every org unit this user may see: the whole country, one subtree, or nothing.

    Every report, export and API endpoint filters through this function.
    """
    if not user.is_authenticated or not user.is_active:
        return OrgUnit.objects.none()
    if sees_whole_country(user):
        return OrgUnit.objects.all()
    if has_role(user, Role.SUPERVISOR):
        scope = getattr(user, "supervisor_scope", None)
        if scope is not None:
            return OrgUnit.objects.filter(path__startswith=scope.org_unit.path)
    return OrgUnit.objects.none()


def can_see_org_unit(user, org_unit: OrgUnit) -> bool:
    return visible_org_units(user).filter(pk=org_unit.pk).exists()


# The ways people type the Uzbek oʻ/gʻ apostrophe: all mean the same, and may be left out.
APOSTROPHES = "ʻ'`‘’ʼ"
_ANY_APOSTROPHE = f"[{APOSTROPHES}]?"


def _word_pattern(word: str) -> str:
    """A regular expression finding a typed word in a name whatever its case, apostrophe or lack of one.

    Case is spelled out per letter ([oO]) rather than left to the database,
    whose case folding of Cyrillic and Uzbek letters depends on its locale.
    """
    parts = []
    for char in word:
        if char in APOSTROPHES:
            continue
        cases = {char.lower(), char.upper()}
        if len(cases) == 2 and all(len(case) == 1 for case in cases):
            parts.append(f"[{''.join(sorted(cases))}]")
        else:
            parts.append(re.escape(char))
    return _ANY_APOSTROPHE.join(parts)


def search_facilities(query: str, *, limit: int = 20) -> QuerySet[OrgUnit]:
    """Facilities whose code or name, in any of the three languages, contains every word typed, in any order."""
    patterns = [pattern for pattern in map(_word_pattern, query.split()) if pattern]
    facilities = OrgUnit.objects.filter(level=OrgUnit.Level.FACILITY)
    if not patterns:
        return facilities.none()
    for pattern in patterns:
        facilities = facilities.filter(
            Q(code__regex=pattern) | Q(name_uz__regex=pattern) | Q(name_ru__regex=pattern) | Q(name_en__regex=pattern)
        )
    return facilities.order_by("name_en")[:limit]


def dashboard_units(user) -> QuerySet[OrgUnit]:
    """The units whose dashboard this user may open (the same rule as every report)."""
    if not (user.is_authenticated and user.is_staff):
        return OrgUnit.objects.none()
    return visible_org_units(user)


def dashboard_home(user) -> OrgUnit | None:
    """Where a user's dashboard starts: the country for the ministry, their own unit for a supervisor."""
    return dashboard_units(user).order_by("depth", "path").first()
