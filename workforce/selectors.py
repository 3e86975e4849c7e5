"""Reads that decide who may see what in the organisation tree."""

from django.db.models import Q, QuerySet

from .models import OrgUnit
from .roles import Role, has_role


def visible_org_units(user) -> QuerySet[OrgUnit]:
    """Every org unit this user may see: the whole country, one subtree, or nothing.

    Every report, export and API endpoint filters through this function.
    """
    if not user.is_authenticated or not user.is_active:
        return OrgUnit.objects.none()
    if user.is_superuser or has_role(user, Role.MINISTRY_ANALYST):
        return OrgUnit.objects.all()
    if has_role(user, Role.SUPERVISOR):
        scope = getattr(user, "supervisor_scope", None)
        if scope is not None:
            return OrgUnit.objects.filter(path__startswith=scope.org_unit.path)
    return OrgUnit.objects.none()


def can_see_org_unit(user, org_unit: OrgUnit) -> bool:
    return visible_org_units(user).filter(pk=org_unit.pk).exists()


def search_facilities(query: str, *, limit: int = 20) -> QuerySet[OrgUnit]:
    """Facilities whose code or name (in any language) contains the query, for pickers."""
    query = query.strip()
    facilities = OrgUnit.objects.filter(level=OrgUnit.Level.FACILITY)
    if not query:
        return facilities.none()
    return facilities.filter(
        Q(code__istartswith=query)
        | Q(name_uz__icontains=query)
        | Q(name_ru__icontains=query)
        | Q(name_en__icontains=query)
    ).order_by("name_en")[:limit]
