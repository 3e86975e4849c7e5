"""Checks of an import's rows, each problem named by row and column.

Reference data (org units, cadres, the units the importing person may see) is
loaded once, in bulk; existing roster entries are looked up a chunk of rows at a
time. The row checks themselves read no database.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _

from ..models import Cadre, HealthWorker, OrgUnit
from ..selectors import visible_org_units
from .tables import APOSTROPHES, Row

MAX_LISTED_PROBLEMS = 10_000
LEVEL_RANK = {level.value: rank for rank, level in enumerate(OrgUnit.Level)}  # country 0 … facility 3
YES = frozenset(
    {"1", "yes", "y", "true", "да", "д", "ha", "active", "активен", "активный", "работает", "+", "x", "faol"}
)
NO = frozenset({"0", "no", "n", "false", "нет", "н", "yo'q", "yoq", "inactive", "неактивен", "уволен", "-", "nofaol"})


class Report:
    """The problems found in a file: all of them counted, the first MAX_LISTED_PROBLEMS kept to show."""

    def __init__(self):
        self.count = 0
        self.listed: list[dict] = []

    def __bool__(self):
        return self.count > 0

    def add(self, row: int, column: str, message: str) -> None:
        self.count += 1
        if len(self.listed) < MAX_LISTED_PROBLEMS:
            self.listed.append({"row": row, "column": column, "message": message})


@dataclass
class Outcome:
    """What a pass over a file found or did."""

    report: Report
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    deactivated: int = 0
    invited: int = 0


def parse_active(value: str) -> bool | None:
    """`yes`/`да`/`ha`/`1` → True, `no`/`нет`/`yoʻq`/`0` → False, blank → True, anything else → None."""
    text = value.casefold().translate(APOSTROPHES).strip()
    if not text or text in YES:
        return True
    if text in NO:
        return False
    return None


def code_key(code: str) -> str:
    """Codes are matched whatever their case: `f-1726-001` finds `F-1726-001`."""
    return code.strip().upper()


# The staff roster


@dataclass(slots=True)
class RosterEntry:
    """A roster row that passed every check, ready to be written."""

    row: int
    employee_number: str
    full_name: str
    facility_id: int
    cadre_id: int
    position: str
    email: str
    is_active: bool


@dataclass(slots=True)
class ExistingWorker:
    pk: int
    full_name: str
    facility_id: int
    cadre_id: int
    position: str
    is_active: bool
    has_account: bool

    def differs_from(self, entry: RosterEntry) -> bool:
        return (self.full_name, self.facility_id, self.cadre_id, self.position, self.is_active) != (
            entry.full_name,
            entry.facility_id,
            entry.cadre_id,
            entry.position,
            entry.is_active,
        )


@dataclass
class RosterReference:
    """What roster rows are checked against: units by code, cadres by code, the facilities in scope."""

    units: dict[str, tuple[int, str, str]]  # code key → (pk, level, code)
    cadres: dict[str, int]
    visible_facility_ids: set[int]


def load_roster_reference(user) -> RosterReference:
    """Three queries, whatever the size of the file."""
    return RosterReference(
        units={
            code_key(code): (pk, level, code) for pk, level, code in OrgUnit.objects.values_list("pk", "level", "code")
        },
        cadres={code_key(code): pk for pk, code in Cadre.objects.values_list("pk", "isco_code")},
        visible_facility_ids=set(
            visible_org_units(user).filter(level=OrgUnit.Level.FACILITY).values_list("pk", flat=True)
        ),
    )


def existing_workers(employee_numbers) -> dict[str, ExistingWorker]:
    """Roster entries with these employee numbers, in one query (callers pass a chunk of rows' numbers)."""
    rows = HealthWorker.objects.filter(employee_number__in=list(employee_numbers)).values_list(
        "employee_number", "pk", "full_name", "facility_id", "cadre_id", "position", "is_active", "user_id"
    )
    return {
        number: ExistingWorker(pk, full_name, facility_id, cadre_id, position, is_active, user_id is not None)
        for number, pk, full_name, facility_id, cadre_id, position, is_active, user_id in rows
    }


@dataclass
class RosterChecker:
    """Checks roster rows one chunk at a time, remembering employee numbers across chunks for duplicates."""

    reference: RosterReference
    headings: dict[str, str]
    report: Report = field(default_factory=Report)
    first_row_of: dict[str, int] = field(default_factory=dict)

    def column(self, name: str) -> str:
        return self.headings.get(name, name)

    def check(self, rows: list[Row], existing: dict[str, ExistingWorker]) -> list[RosterEntry]:
        """The rows of a chunk that passed; the problems of the others go to the report."""
        entries = []
        for row in rows:
            entry = self.check_row(row, existing)
            if entry is not None:
                entries.append(entry)
        return entries

    def check_row(self, row: Row, existing: dict[str, ExistingWorker]) -> RosterEntry | None:
        values, number, problems_before = row.values, row.number, self.report.count
        add = self.report.add

        employee_number = values["employee_number"]
        if not employee_number:
            add(number, self.column("employee_number"), _("The employee number is missing."))
        elif len(employee_number) > 32:
            add(number, self.column("employee_number"), _("The employee number is longer than 32 characters."))
        elif employee_number in self.first_row_of:
            add(
                number,
                self.column("employee_number"),
                _("Employee number %(number)s is already on row %(row)d of this file.")
                % {"number": employee_number, "row": self.first_row_of[employee_number]},
            )
        else:
            self.first_row_of[employee_number] = number
            worker = existing.get(employee_number)
            if worker is not None and worker.facility_id not in self.reference.visible_facility_ids:
                add(
                    number,
                    self.column("employee_number"),
                    _("Employee number %(number)s belongs to a worker of a facility outside your area.")
                    % {"number": employee_number},
                )

        full_name = values["full_name"]
        if not full_name:
            add(number, self.column("full_name"), _("The full name is missing."))
        elif len(full_name) > 200:
            add(number, self.column("full_name"), _("The full name is longer than 200 characters."))

        facility_id = self.facility(number, values["facility_code"])
        cadre_id = self.cadre(number, values["cadre_code"])

        position = values.get("position", "")
        if len(position) > 200:
            add(number, self.column("position"), _("The position is longer than 200 characters."))

        email = values.get("email", "")
        if email:
            try:
                validate_email(email)
            except ValidationError:
                add(number, self.column("email"), _("“%(email)s” is not a valid e-mail address.") % {"email": email})

        is_active = parse_active(values.get("active", ""))
        if is_active is None:
            add(
                number,
                self.column("active"),
                _("“%(value)s” is neither yes nor no.") % {"value": values["active"]},
            )

        if self.report.count > problems_before:
            return None
        return RosterEntry(
            number, employee_number, full_name, facility_id, cadre_id, position, email.lower(), is_active
        )

    def facility(self, number: int, code: str) -> int | None:
        column = self.column("facility_code")
        if not code:
            self.report.add(number, column, _("The facility code is missing."))
            return None
        unit = self.reference.units.get(code_key(code))
        if unit is None:
            self.report.add(number, column, _("There is no facility with code %(code)s.") % {"code": code})
            return None
        pk, level, _code = unit
        if level != OrgUnit.Level.FACILITY:
            self.report.add(
                number,
                column,
                _("%(code)s is a %(level)s, not a facility.") % {"code": code, "level": OrgUnit.Level(level).label},
            )
            return None
        if pk not in self.reference.visible_facility_ids:
            self.report.add(number, column, _("Facility %(code)s is outside your area.") % {"code": code})
            return None
        return pk

    def cadre(self, number: int, value: str) -> int | None:
        column = self.column("cadre_code")
        if not value:
            self.report.add(number, column, _("The ISCO-08 cadre code is missing."))
            return None
        code = value.split()[0]
        pk = self.reference.cadres.get(code_key(code))
        if pk is None:
            self.report.add(number, column, _("There is no cadre with ISCO-08 code %(code)s.") % {"code": code})
        return pk
