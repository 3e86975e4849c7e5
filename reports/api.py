"""Capacity-building indicators in the API, as the dashboard shows them.

Units and cadres are named by their codes and found among the caller's
dashboard units, exactly as the roster API does (`workforce.api`).
"""

from datetime import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema
from pydantic import Field

from api.schema import Text
from courses.selectors import original_course_ids
from workforce.api import cadre_id_by_code, documented_problems, unit_by_code

from . import selectors
from .indicators import Period
from .selectors import Filters

router = Router(tags=["Workforce"])


def _course_id(course_id: int | None) -> int | None:
    if course_id is not None and course_id not in original_course_ids():
        raise ValidationError(_("There is no course with id %(id)s.") % {"id": course_id}, code="course")
    return course_id


class IndicatorFilters(Schema):
    org_unit: Text | None = Field(
        None, description="The unit's code (e.g. 1726 or F-1726-001); default: the caller's dashboard home"
    )
    cadre: Text | None = Field(None, description="ISCO-08 code; default: every cadre")
    course: int | None = Field(None, description="A course's id; default: every mandatory course")
    period: Period = Field(
        Period.ALL,
        description="Which completions count: all, year (since 1 January), 12m or 90d; coverage is always as of now",
    )


class UnitOut(Schema):
    id: int
    code: str
    name: str = Field(description="In the request's language")
    level: str = Field(description="country, region, district or facility")


class FiguresOut(Schema):
    """The dashboard's figures of a unit (its whole subtree); people unless noted."""

    workers: int = Field(description="Active workers on the roster")
    with_account: int
    assigned: int = Field(description="Assigned the course (any mandatory course)")
    enrolled: int
    completed: int
    trained: int = Field(description="Holding a valid certificate (completed, for a course without certificates)")
    coverage_percent: Decimal | None = Field(description="trained / workers, one decimal; null without workers")
    overdue: int
    expiring_30: int = Field(description="Certificates expiring within 30 days")
    expiring_90: int = Field(description="Certificates expiring within 90 days")
    completions: int = Field(description="Completions within the period")
    cpd_hours: Decimal = Field(description="CPD hours of the completions within the period, every course")
    cpd_hours_per_worker: Decimal | None
    mean_knowledge_gain: Decimal | None = Field(description="Percentage points, post-test minus pre-test")


class ChildIndicatorsOut(Schema):
    unit: UnitOut
    as_of: datetime | None = Field(description="When the figures were computed; null: counted live")
    figures: FiguresOut


class IndicatorsOut(ChildIndicatorsOut):
    children: list[ChildIndicatorsOut] = Field(description="Each child unit, in name order")


@router.get("/indicators/", response=IndicatorsOut, summary="Capacity-building indicators of a unit and its children",
            operation_id="workforce_api_indicators",  # its id from before it moved here: clients and links name it
            openapi_extra=documented_problems(400, 401, 404, 422))  # fmt: skip
def indicators(request, filters: Query[IndicatorFilters]):
    """The figures the dashboard shows for the same unit and filters.

    National, regional and district figures come from summaries at most a few
    minutes old (`as_of`); facility figures are counted live.
    """
    unit = unit_by_code(request.auth, filters.org_unit)
    chosen = Filters(
        cadre_id=cadre_id_by_code(filters.cadre), course_id=_course_id(filters.course), period=filters.period
    )
    return {
        "unit": unit,
        "as_of": selectors.figures_as_of(unit),
        "figures": selectors.unit_figures(unit, chosen),
        "children": [
            {"unit": child, "as_of": selectors.figures_as_of(child), "figures": figures}
            for child, figures in selectors.child_figures(unit, chosen)
        ],
    }
