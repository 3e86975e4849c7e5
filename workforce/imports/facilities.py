"""The facility list: checks of its rows and of the tree they make with the units in the database, and writing it.

Units are matched by code. New units are added parents first; an existing unit
whose parent changes is moved with its subtree; names and facility types are
updated in bulk. A unit's level never changes through an import.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from ..models import OrgUnit
from ..selectors import visible_org_units
from .tables import APOSTROPHES, ImportFileError, Row
from .validation import LEVEL_RANK, Outcome, Report, code_key

PROGRESS_EVERY = 2000
UPDATE_BATCH = 1000
NAME_FIELDS = ["name_uz", "name_ru", "name_en", "facility_type"]


@dataclass(slots=True)
class UnitEntry:
    """A facility-list row that passed its own checks: the unit as it should be."""

    row: int
    code: str
    name_uz: str
    name_ru: str
    name_en: str
    level: str
    facility_type: str
    parent_code: str


@dataclass(slots=True)
class ExistingUnit:
    pk: int
    code: str
    level: str
    path: str
    parent_code: str
    name_uz: str
    name_ru: str
    name_en: str
    facility_type: str

    def differs_from(self, entry: UnitEntry) -> bool:
        return self.moves_for(entry) or (self.name_uz, self.name_ru, self.name_en, self.facility_type) != (
            entry.name_uz,
            entry.name_ru,
            entry.name_en,
            entry.facility_type,
        )

    def moves_for(self, entry: UnitEntry) -> bool:
        return code_key(self.parent_code) != code_key(entry.parent_code)


@dataclass
class UnitReference:
    """Every org unit by code, the ones the importing person may see, and the words for unit types."""

    units: dict[str, ExistingUnit]  # code key → unit
    visible_ids: set[int]
    types: dict[str, tuple[str, str]]  # normalised type → (level, facility type)

    @property
    def sees_everything(self) -> bool:
        return len(self.visible_ids) == len(self.units)


def _type_key(value: str) -> str:
    return " ".join(value.casefold().translate(APOSTROPHES).replace("_", " ").replace("-", " ").split())


def unit_types() -> dict[str, tuple[str, str]]:
    """Facility types and levels by their code or their label in any of the site's languages."""

    types = {}
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            for choice in OrgUnit.FacilityType:
                types[_type_key(str(choice.label))] = (OrgUnit.Level.FACILITY, choice.value)
            for level in OrgUnit.Level:
                types[_type_key(str(level.label))] = (level.value, "")
    for choice in OrgUnit.FacilityType:
        types[_type_key(choice.value)] = (OrgUnit.Level.FACILITY, choice.value)
    for level in OrgUnit.Level:
        types[_type_key(level.value)] = (level.value, "")
    return types


def load_unit_reference(user) -> UnitReference:
    rows = list(
        OrgUnit.objects.values_list(
            "pk", "code", "level", "path", "name_uz", "name_ru", "name_en", "facility_type"
        ).order_by("path")
    )
    code_by_path = {path: code for _pk, code, _level, path, *_names in rows}
    units = {
        code_key(code): ExistingUnit(
            pk, code, level, path, code_by_path.get(path[: -OrgUnit.steplen], ""), name_uz, name_ru, name_en, kind
        )
        for pk, code, level, path, name_uz, name_ru, name_en, kind in rows
    }
    return UnitReference(
        units=units,
        visible_ids=set(visible_org_units(user).values_list("pk", flat=True)),
        types=unit_types(),
    )


class UnitChecker:
    """Checks a facility list: each row on its own, then the tree the rows make with the units in the database."""

    def __init__(self, reference: UnitReference, headings: dict[str, str]):
        self.reference = reference
        self.headings = headings
        self.report = Report()
        self.entries: dict[str, UnitEntry] = {}  # code key → entry

    def column(self, name: str) -> str:
        return self.headings.get(name, name)

    def check_row(self, row: Row) -> None:
        values, number, problems_before = row.values, row.number, self.report.count
        add = self.report.add

        code = values["code"]
        if not code:
            add(number, self.column("code"), _("The code is missing."))
        elif len(code) > 32:
            add(number, self.column("code"), _("The code is longer than 32 characters."))
        elif code_key(code) in self.entries:
            add(
                number,
                self.column("code"),
                _("Code %(code)s is already on row %(row)d of this file.")
                % {"code": code, "row": self.entries[code_key(code)].row},
            )

        given = {language: values.get(f"name_{language}", "") for language in ("uz", "ru", "en")}
        fallback = values.get("name", "") or next((name for name in given.values() if name), "")
        names = {language: name or fallback for language, name in given.items()}
        name_column = next(self.headings[f] for f in ("name", "name_uz", "name_ru", "name_en") if f in self.headings)
        if not fallback:
            add(number, name_column, _("The name is missing."))
        elif any(len(name) > 200 for name in names.values()):
            add(number, name_column, _("The name is longer than 200 characters."))

        level, facility_type = self.reference.types.get(_type_key(values["type"]), ("", ""))
        if not values["type"]:
            add(number, self.column("type"), _("The type is missing."))
        elif not level:
            add(
                number,
                self.column("type"),
                _("“%(value)s” is not a facility type or level. Use one of: %(choices)s.")
                % {
                    "value": values["type"],
                    "choices": ", ".join([*OrgUnit.Level.values, *OrgUnit.FacilityType.values]),
                },
            )

        if self.report.count == problems_before:
            self.entries[code_key(code)] = UnitEntry(
                number, code, names["uz"], names["ru"], names["en"], level, facility_type, values["parent_code"]
            )

    def check_tree(self) -> None:
        """Parents known, of a higher level (so no unit can end up inside itself), in the importer's area."""
        for entry in self.entries.values():
            self._check_place(entry)

    def _check_place(self, entry: UnitEntry) -> None:
        add, number = self.report.add, entry.row
        reference = self.reference
        existing = reference.units.get(code_key(entry.code))
        if existing is not None:
            if existing.pk not in reference.visible_ids:
                add(number, self.column("code"), _("Unit %(code)s is outside your area.") % {"code": entry.code})
                return
            if existing.level != entry.level:
                add(
                    number,
                    self.column("type"),
                    _("%(code)s is a %(old)s; an import cannot make it a %(new)s.")
                    % {
                        "code": entry.code,
                        "old": OrgUnit.Level(existing.level).label,
                        "new": OrgUnit.Level(entry.level).label,
                    },
                )
                return
        column = self.column("parent_code")
        if entry.level == OrgUnit.Level.COUNTRY:
            if entry.parent_code:
                add(number, column, _("A country is not placed under another unit; leave the parent code empty."))
            elif not reference.sees_everything:
                add(number, column, _("Only national staff may add a country."))
            return
        if not entry.parent_code:
            add(number, column, _("The parent code is missing."))
            return
        parent_entry = self.entries.get(code_key(entry.parent_code))
        parent_unit = reference.units.get(code_key(entry.parent_code))
        if parent_entry is None and parent_unit is None:
            add(number, column, _("There is no unit with code %(code)s.") % {"code": entry.parent_code})
            return
        if parent_entry is None and parent_unit.pk not in reference.visible_ids:
            add(number, column, _("Unit %(code)s is outside your area.") % {"code": entry.parent_code})
            return
        parent_level = parent_entry.level if parent_entry is not None else parent_unit.level
        if LEVEL_RANK[parent_level] >= LEVEL_RANK[entry.level]:
            add(
                number,
                column,
                _("A %(level)s cannot be placed under a %(parent)s.")
                % {"level": OrgUnit.Level(entry.level).label, "parent": OrgUnit.Level(parent_level).label},
            )


def process_units(table, *, user, write: bool, progress: Callable) -> Outcome:
    """Check the facility list and, when writing and nothing is wrong, write it."""
    reference = load_unit_reference(user)
    checker = UnitChecker(reference, table.headings)
    outcome = Outcome(checker.report)
    for row in table.rows:
        checker.check_row(row)
        outcome.rows += 1
        if outcome.rows % PROGRESS_EVERY == 0:
            progress(outcome.rows)
    if not outcome.rows:
        raise ImportFileError(_("The file has headings but no rows."))
    checker.check_tree()
    entries = list(checker.entries.values())
    new = [entry for entry in entries if code_key(entry.code) not in reference.units]
    changed = [
        entry
        for entry in entries
        if code_key(entry.code) in reference.units and reference.units[code_key(entry.code)].differs_from(entry)
    ]
    outcome.created, outcome.updated = len(new), len(changed)
    outcome.unchanged = len(entries) - len(new) - len(changed)
    if write and not checker.report:
        _write_units(new, changed, reference)
    progress(outcome.rows)
    return outcome


def _write_units(new: list[UnitEntry], changed: list[UnitEntry], reference) -> None:
    """New units parents first (in code order, so each is appended to its parent), then moves, then names."""
    by_key = {code_key(entry.code): entry for entry in new}
    nodes: dict[str, OrgUnit] = {}

    def depth(entry: UnitEntry) -> int:
        parent = by_key.get(code_key(entry.parent_code))
        return 0 if parent is None else depth(parent) + 1

    def node(code: str) -> OrgUnit:
        key = code_key(code)
        if key not in nodes:
            nodes[key] = OrgUnit.objects.get(pk=reference.units[key].pk)
        return nodes[key]

    for entry in sorted(new, key=lambda entry: (depth(entry), code_key(entry.parent_code), entry.code)):
        fields = {
            "code": entry.code,
            "level": entry.level,
            "facility_type": entry.facility_type,
            "name_uz": entry.name_uz,
            "name_ru": entry.name_ru,
            "name_en": entry.name_en,
        }
        if entry.level == OrgUnit.Level.COUNTRY:
            nodes[code_key(entry.code)] = OrgUnit.add_root(**fields)
        else:
            nodes[code_key(entry.code)] = node(entry.parent_code).add_child(**fields)
    for entry in changed:
        unit = reference.units[code_key(entry.code)]
        if unit.moves_for(entry):
            # Moving renumbers paths, so both ends are read afresh.
            parent = OrgUnit.objects.get(pk=node(entry.parent_code).pk)
            OrgUnit.objects.get(pk=unit.pk).move(parent, "sorted-child")
    OrgUnit.objects.bulk_update(
        [
            OrgUnit(
                pk=reference.units[code_key(entry.code)].pk,
                name_uz=entry.name_uz,
                name_ru=entry.name_ru,
                name_en=entry.name_en,
                facility_type=entry.facility_type,
            )
            for entry in changed
        ],
        NAME_FIELDS,
        batch_size=UPDATE_BATCH,
    )
