"""The rows of the dashboard's tables as CSV and XLSX files; `spreadsheets` writes them, row by row.

Numbers in a CSV file are written in the style of the language of the request
(`12,5` in Russian and Uzbek), as a spreadsheet of that language reads them; an
XLSX file holds them as numbers. Dates are ISO dates (2026-03-31) in both, and
their headings say so.
"""

from django.utils.translation import gettext as _

from .indicators import Counters
from .selectors import WorkerRow


def unit_header() -> list[str]:
    return [
        _("Code"),
        _("Unit"),
        _("Workforce"),
        _("With an account"),
        _("Assigned"),
        _("Enrolled"),
        _("Completed"),
        _("Holding a valid certificate"),
        _("Coverage (%)"),
        _("Overdue"),
        _("Expiring within 30 days"),
        _("Expiring within 90 days"),
        _("Completions in the period"),
        _("CPD hours"),
        _("CPD hours per worker"),
        _("Mean knowledge gain (points)"),
    ]


def unit_row(unit, counters: Counters) -> list:
    return [
        unit.code,
        unit.name,
        counters.workers,
        counters.with_account,
        counters.assigned,
        counters.enrolled,
        counters.completed,
        counters.trained,
        _number(counters.coverage_percent),
        counters.overdue,
        counters.expiring_30,
        counters.expiring_90,
        counters.completions,
        _number(counters.cpd_hours),
        _number(counters.cpd_hours_per_worker),
        _number(counters.mean_knowledge_gain),
    ]


def worker_header() -> list[str]:
    return [
        _("Employee number"),
        _("Full name"),
        _("Cadre"),
        _("Facility"),
        _("Account"),
        _("Standing"),
        _("Due date (YYYY-MM-DD)"),
        _("Certificate valid until (YYYY-MM-DD)"),
        _("Completed on (YYYY-MM-DD)"),
        _("CPD hours in the period"),
    ]


def worker_row(row: WorkerRow) -> list:
    return [
        row.employee_number,
        row.full_name,
        row.cadre,
        row.facility,
        _("yes") if row.has_account else _("no"),
        str(row.standing.label),
        row.due_date.isoformat() if row.due_date else "",
        row.valid_until.date().isoformat() if row.valid_until else "",
        row.completed_at.date().isoformat() if row.completed_at else "",
        _number(row.cpd_hours),
    ]


def _number(value):
    return "" if value is None else float(value)
