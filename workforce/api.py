"""The workforce in the API: the staff roster, and looking units and cadres up by their codes.

Units are named by their code (the national facility list's, e.g. `1726` or
`F-1726-001`) and cadres by their ISCO-08 code, as in roster files. Every
operation finds units among `selectors.dashboard_units(caller)`, so another
region's unit is a 404, as on the dashboard; the roster is written through the
same checks as the roster import. The indicators (`reports.api`) look units and
cadres up the same way.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.http import Http404
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from ninja import Query, Router, Schema
from ninja.errors import HttpError
from ninja.pagination import paginate
from pydantic import ConfigDict, Field

from api.errors import problem
from api.schema import PROBLEM_SCHEMA, BoundedPages, Text

from . import selectors
from .imports.roster import upsert_roster_rows
from .imports.services import can_import
from .imports.tables import Row
from .models import Cadre, HealthWorker, OrgUnit
from .signals import roster_changed

router = Router(tags=["Workforce"])
MAX_ROSTER_ROWS = 10_000
ROSTER_COLUMNS = {"cadre_code": "cadre"}  # the import's field → the name the API gives it in problems


# How operations say no: RFC 9457 problem details (api.errors), documented per status code.

ROW_PROBLEM_SCHEMA = {
    **PROBLEM_SCHEMA,
    "properties": {
        **PROBLEM_SCHEMA["properties"],
        "errors": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["row", "column", "message"],
                "properties": {
                    "row": {"type": "integer", "description": "The worker's position in `workers`, from 1"},
                    "column": {"type": "string", "description": "The field, e.g. facility_code"},
                    "message": {"type": "string"},
                },
            },
        },
    },
}
PROBLEMS = {
    400: "A rule is broken (an unknown cadre or course, say); `detail` says which",
    401: "No valid token or session",
    403: "The caller may not do this, or the token is read-only",
    404: "The unit is not found among the caller's units",
    409: "Another change was saved meanwhile; send the request again",
    413: f"More than {MAX_ROSTER_ROWS:,} workers in one request",
    422: "The request does not match the schema; `errors` name each location",
}


def documented_problems(*statuses: int, bad_request: dict = PROBLEM_SCHEMA) -> dict:
    """`openapi_extra` documenting these problem responses; `bad_request` is the schema of a 400's body."""
    return {
        "responses": {
            status: {
                "description": PROBLEMS[status],
                "content": {"application/problem+json": {"schema": bad_request if status == 400 else PROBLEM_SCHEMA}},
            }
            for status in statuses
        }
    }


# Looking things up by the codes people use


def unit_by_code(user, code: str | None) -> OrgUnit:
    """The unit with this code among the caller's dashboard units (their dashboard's home by default), else 404."""
    units = selectors.dashboard_units(user)
    unit = selectors.dashboard_home(user) if code is None else units.filter(code__iexact=code.strip()).first()
    if unit is None:
        raise Http404
    return unit


def cadre_id_by_code(isco_code: str | None) -> int | None:
    if isco_code is None or not isco_code.strip():
        return None
    cadre = Cadre.objects.filter(isco_code=isco_code.strip()).first()
    if cadre is None:
        raise ValidationError(
            _("There is no cadre with ISCO-08 code %(code)s.") % {"code": isco_code.strip()}, code="cadre"
        )
    return cadre.pk


# The roster


class RosterFilters(Schema):
    org_unit: Text | None = Field(None, description="A unit's code: workers of its facilities; default: all yours")
    cadre: Text | None = Field(None, description="ISCO-08 code")
    active: bool | None = Field(None, description="Only active (true) or inactive (false) workers")
    employee_number: Text | None = None


class RosterWorkerOut(Schema):
    employee_number: str | None = Field(description="null for someone who signed up without one")
    full_name: str
    facility_code: str
    cadre: str = Field(description="ISCO-08 code")
    position: str
    email: str | None = Field(description="The e-mail address of the worker's account, if they have one")
    active: bool
    has_account: bool

    @staticmethod
    def resolve_facility_code(worker: HealthWorker) -> str:
        return worker.facility.code

    @staticmethod
    def resolve_cadre(worker: HealthWorker) -> str:
        return worker.cadre.isco_code

    @staticmethod
    def resolve_email(worker: HealthWorker) -> str | None:
        return worker.user.email if worker.user else None

    @staticmethod
    def resolve_active(worker: HealthWorker) -> bool:
        return worker.is_active

    @staticmethod
    def resolve_has_account(worker: HealthWorker) -> bool:
        return worker.user_id is not None


def _roster_units(user):
    units = selectors.dashboard_units(user)
    if not units.exists():
        raise PermissionDenied(_("Only staff who oversee org units may read or change the roster."))
    return units


@router.get("/roster/", response=list[RosterWorkerOut], summary="Workers on the roster of the caller's units",
            openapi_extra=documented_problems(400, 401, 403, 404, 422))  # fmt: skip
@paginate(BoundedPages, page_size=100)
def roster(request, filters: Query[RosterFilters]):
    units = _roster_units(request.auth)
    if filters.org_unit is None:
        workers = HealthWorker.objects.filter(facility__in=units)
    else:
        workers = HealthWorker.objects.filter(
            facility__path__startswith=unit_by_code(request.auth, filters.org_unit).path
        )
    cadre_id = cadre_id_by_code(filters.cadre)
    if cadre_id is not None:
        workers = workers.filter(cadre_id=cadre_id)
    if filters.active is not None:
        workers = workers.filter(is_active=filters.active)
    if filters.employee_number is not None:
        workers = workers.filter(employee_number=filters.employee_number.strip())
    return workers.select_related("facility", "cadre", "user").order_by("employee_number", "pk")


class RosterWorkerIn(Schema):
    model_config = ConfigDict(extra="forbid")  # a misspelt optional field would otherwise blank it silently

    employee_number: Text = Field(description="Finds the worker to update; at most 32 characters")
    full_name: Text
    facility_code: Text = Field(description="The code of a facility in the caller's area")
    cadre: Text = Field(description="ISCO-08 code")
    position: Text | None = Field(None, description="Stored empty when left out")
    email: Text | None = Field(None, description="Checked only: the roster keeps no e-mail addresses")
    active: bool | None = Field(None, description="Left out: active")


class RosterIn(Schema):
    model_config = ConfigDict(extra="forbid")

    workers: list[RosterWorkerIn] = Field(description=f"At most {MAX_ROSTER_ROWS:,} workers")


class RosterOut(Schema):
    applied: bool = Field(description="false for a dry run: nothing was saved")
    rows: int
    created: int
    updated: int
    unchanged: int


def _row(number: int, worker: RosterWorkerIn) -> Row:
    """A worker of the request as a roster row, the form in which the import checks a file's rows."""
    active = "" if worker.active is None else ("yes" if worker.active else "no")
    values = {
        "employee_number": worker.employee_number.strip(),
        "full_name": worker.full_name.strip(),
        "facility_code": worker.facility_code.strip(),
        "cadre_code": worker.cadre.strip(),
        "position": (worker.position or "").strip(),
        "email": (worker.email or "").strip(),
        "active": active,
    }
    return Row(number, values)


@router.post("/roster/", response=RosterOut, summary="Create or update workers by employee number, all or nothing",
             openapi_extra=documented_problems(400, 401, 403, 409, 413, 422, bad_request=ROW_PROBLEM_SCHEMA))  # fmt: skip
def upsert_roster(request, payload: RosterIn, dry_run: bool = False):
    """Every worker is checked as a row of a roster import is (facility and employee number in the caller's area,
    known cadre, lengths, e-mail); when any is wrong, nothing is saved and the 400 problem lists every error by
    row and column. `dry_run=true` checks and counts without saving."""
    if not can_import(request.auth):
        raise PermissionDenied(_("Only staff who oversee org units may read or change the roster."))
    if len(payload.workers) > MAX_ROSTER_ROWS:
        raise HttpError(
            413,
            _("At most %(limit)s workers can be sent at once; this request has %(count)s. Send them in parts.")
            % {"limit": f"{MAX_ROSTER_ROWS:,}", "count": f"{len(payload.workers):,}"},
        )
    rows = [_row(number, worker) for number, worker in enumerate(payload.workers, start=1)]
    try:
        with transaction.atomic():
            outcome, _listed = upsert_roster_rows(rows, user=request.auth, write=not dry_run, headings=ROSTER_COLUMNS)
            if outcome.report:
                transaction.set_rollback(True)
            elif not dry_run and (outcome.created or outcome.updated):
                roster_changed.send(sender=HealthWorker)
    except IntegrityError:
        raise HttpError(409, _("Another change to the roster was saved meanwhile. Send the request again.")) from None
    if outcome.report:
        count = outcome.report.count
        detail = ngettext(
            "Nothing was saved: %(count)s problem was found; see the errors.",
            "Nothing was saved: %(count)s problems were found; see the errors.",
            count,
        ) % {"count": count}
        return problem(request, 400, detail, code="roster_rows", errors=outcome.report.listed)
    return {
        "applied": not dry_run,
        "rows": outcome.rows,
        "created": outcome.created,
        "updated": outcome.updated,
        "unchanged": outcome.unchanged,
    }
