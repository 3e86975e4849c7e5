"""Validation reports every problem of a roster or facility file by row and column, and saves nothing."""

import pytest
from django.utils import translation

from tests.factories import CadreFactory, HealthWorkerFactory
from tests.workforce.test_import_reading import ROSTER_HEADINGS, csv_upload
from workforce.imports import validation
from workforce.imports.services import start_import
from workforce.imports.tables import Row
from workforce.imports.validation import ExistingWorker, RosterChecker, RosterReference
from workforce.models import HealthWorker, ImportRun, OrgUnit

FACILITY_HEADINGS = ["Code", "Name", "Type", "Parent code"]


@pytest.fixture(autouse=True)
def _in_english():
    with translation.override("en"):
        yield


def validate(user, rows, *, kind="roster", **options) -> ImportRun:
    return start_import(kind=kind, file=csv_upload(rows), user=user, language="en", **options)


def problems(run: ImportRun) -> list[tuple[int, str, str]]:
    return [(problem["row"], problem["column"], problem["message"]) for problem in run.problems]


def test_good_roster_is_ready_to_apply_and_saves_nothing(org_tree, nurse_cadre, ministry_user):
    run = validate(
        ministry_user,
        [
            ROSTER_HEADINGS,
            ["E1", "Karimova Dilnoza", "F-1726-001", "2221", "Hamshira", "dilnoza@example.uz", "yes"],
            ["E2", "Toshmatov Jasur", "f-1726-002", "2221", "", "", ""],
        ],
    )

    assert run.status == ImportRun.Status.VALID
    assert (run.rows_total, run.created_count, run.updated_count, run.error_count) == (2, 2, 0, 0)
    assert run.validated_at is not None
    assert not HealthWorker.objects.exists()


def test_every_problem_is_reported_by_row_and_column(org_tree, nurse_cadre, ministry_user):
    run = validate(
        ministry_user,
        [
            ROSTER_HEADINGS,
            ["E1", "Karimova Dilnoza", "F-9999-999", "2221", "", "", ""],
            ["E2", "", "F-1726-001", "2221", "", "", ""],
            ["E1", "Toshmatov Jasur", "F-1726-001", "2221", "", "", ""],
            ["E3", "Yusupova Madina", "F-1726-001", "9999", "", "", ""],
            ["E4", "Rahimov Bobur", "F-1726-001", "2221", "", "not-an-address", ""],
            ["E5", "Aliyeva Nodira", "1726269", "2221", "", "", "maybe"],
            ["", "Qodirov Sardor", "F-1726-001", "", "", "", ""],
        ],
    )

    assert run.status == ImportRun.Status.INVALID
    assert problems(run) == [
        (2, "Facility code", "There is no facility with code F-9999-999."),
        (3, "Full name", "The full name is missing."),
        (4, "Employee number", "Employee number E1 is already on row 2 of this file."),
        (5, "Cadre", "There is no cadre with ISCO-08 code 9999."),
        (6, "Email", "“not-an-address” is not a valid e-mail address."),
        (7, "Facility code", "1726269 is a District, not a facility."),
        (7, "Active", "“maybe” is neither yes nor no."),
        (8, "Employee number", "The employee number is missing."),
        (8, "Cadre", "The ISCO-08 cadre code is missing."),
    ]
    assert run.error_count == 9
    assert not HealthWorker.objects.exists()


def test_existing_workers_count_as_updated_or_unchanged(org_tree, nurse_cadre, ministry_user):
    HealthWorkerFactory(
        employee_number="E1", full_name="Karimova Dilnoza", facility=org_tree["polyclinic"], cadre=nurse_cadre
    )
    HealthWorkerFactory(employee_number="E2", full_name="Toshmatov", facility=org_tree["polyclinic"], cadre=nurse_cadre)

    run = validate(
        ministry_user,
        [
            ROSTER_HEADINGS,
            ["E1", "Karimova Dilnoza", "F-1726-001", "2221", "", "", ""],
            ["E2", "Toshmatov Jasur", "F-1726-001", "2221", "", "", ""],
            ["E3", "Yusupova Madina", "F-1726-001", "2221", "", "", ""],
        ],
    )

    assert (run.created_count, run.updated_count, run.unchanged_count) == (1, 1, 1)


def test_supervisor_may_not_name_facilities_or_workers_outside_their_area(org_tree, nurse_cadre, tashkent_supervisor):
    HealthWorkerFactory(employee_number="S1", facility=org_tree["health_post"], cadre=nurse_cadre)

    run = validate(
        tashkent_supervisor,
        [
            ROSTER_HEADINGS,
            ["E1", "Karimova Dilnoza", "F-1726-001", "2221", "", "", ""],
            ["E2", "Toshmatov Jasur", "F-1718-001", "2221", "", "", ""],
            ["S1", "Yusupova Madina", "F-1726-001", "2221", "", "", ""],
        ],
    )

    assert problems(run) == [
        (3, "Facility code", "Facility F-1718-001 is outside your area."),
        (4, "Employee number", "Employee number S1 belongs to a worker of a facility outside your area."),
    ]


def test_a_file_with_headings_only_is_refused(org_tree, ministry_user):
    run = validate(ministry_user, [ROSTER_HEADINGS])

    assert run.status == ImportRun.Status.INVALID
    assert "no rows" in run.message


def test_problems_beyond_the_listed_limit_are_counted(org_tree, nurse_cadre, ministry_user, monkeypatch):
    monkeypatch.setattr(validation, "MAX_LISTED_PROBLEMS", 3)

    run = validate(ministry_user, [ROSTER_HEADINGS, *[[f"E{n}", "", "F-1726-001", "2221"] for n in range(10)]])

    assert run.error_count == 10
    assert len(run.problems) == 3


def test_roster_rows_are_checked_without_the_database():
    reference = RosterReference(
        units={"F1": (1, OrgUnit.Level.FACILITY, "F1"), "F2": (2, OrgUnit.Level.FACILITY, "F2")},
        cadres={"2221": 7},
        visible_facility_ids={1},
    )
    checker = RosterChecker(reference, headings={"employee_number": "No", "facility_code": "Facility"})
    existing = {"E9": ExistingWorker(5, "Old name", 2, 7, "", True, False)}
    values = {"full_name": "A", "cadre_code": "2221 Nurse", "position": "", "email": "", "active": ""}

    entries = checker.check(
        [
            Row(2, {**values, "employee_number": "E1", "facility_code": "f1"}),
            Row(3, {**values, "employee_number": "E9", "facility_code": "F1"}),
            Row(4, {**values, "employee_number": "E2", "facility_code": "F2"}),
        ],
        existing,
    )

    assert [(entry.row, entry.facility_id, entry.cadre_id) for entry in entries] == [(2, 1, 7)]
    assert [(problem["row"], problem["column"]) for problem in checker.report.listed] == [(3, "No"), (4, "Facility")]


def test_good_facility_list_in_any_order_is_ready(org_tree, ministry_user):
    run = validate(
        ministry_user,
        [
            FACILITY_HEADINGS,
            ["F-1718-050", "Urgut central district hospital", "Central district hospital", "1718233"],
            ["F-1726-090", "Polyclinic 90", "family_polyclinic", "1726-NEW"],
            ["1726-NEW", "Yangi district", "district", "1726"],
            ["F-1726-001", "Family polyclinic No. 5 (renamed)", "family_polyclinic", "1726269"],
        ],
        kind="facilities",
    )

    assert run.status == ImportRun.Status.VALID, run.problems
    assert (run.created_count, run.updated_count) == (3, 1)


def test_facility_list_problems_are_reported(org_tree, ministry_user):
    run = validate(
        ministry_user,
        [
            FACILITY_HEADINGS,
            ["F-1", "Post", "rural_health_post", "NOPE"],
            ["F-2", "", "rural_health_post", "1718233"],
            ["F-3", "Clinic", "spaceport", "1718233"],
            ["F-4", "District under a facility", "district", "F-1718-001"],
            ["F-1", "Post again", "rural_health_post", "1718233"],
            ["LOOP-A", "Loop A", "district", "LOOP-B"],
            ["LOOP-B", "Loop B", "district", "LOOP-A"],
            ["1726269", "Chilonzor", "family_polyclinic", "1726"],
        ],
        kind="facilities",
    )

    found = problems(run)
    assert (2, "Parent code", "There is no unit with code NOPE.") in found
    assert (3, "Name", "The name is missing.") in found
    assert any(row == 4 and column == "Type" and "spaceport" in message for row, column, message in found)
    assert (5, "Parent code", "A District cannot be placed under a Facility.") in found
    assert (6, "Code", "Code F-1 is already on row 2 of this file.") in found
    assert (7, "Parent code", "A District cannot be placed under a District.") in found
    assert (9, "Type", "1726269 is a District; an import cannot make it a Facility.") in found
    assert not OrgUnit.objects.filter(code__in=["F-1", "F-2", "F-3", "F-4"]).exists()


def test_a_country_is_placed_under_no_unit(org_tree, ministry_user):
    run = validate(
        ministry_user,
        [FACILITY_HEADINGS, ["R-NEW", "New region", "region", "17"], ["17", "Uzbekistan", "country", "R-NEW"]],
        kind="facilities",
    )

    assert problems(run) == [
        (3, "Parent code", "A country is not placed under another unit; leave the parent code empty.")
    ]


def test_supervisor_adds_units_only_within_their_area(org_tree, tashkent_supervisor):
    run = validate(
        tashkent_supervisor,
        [
            FACILITY_HEADINGS,
            ["F-1726-091", "Polyclinic 91", "family_polyclinic", "1726269"],
            ["F-1718-091", "Post 91", "rural_health_post", "1718233"],
            ["F-1718-001", "Renamed post", "rural_health_post", "1718233"],
            ["UZ2", "Another country", "country", ""],
        ],
        kind="facilities",
    )

    assert problems(run) == [
        (3, "Parent code", "Unit 1718233 is outside your area."),
        (4, "Code", "Unit F-1718-001 is outside your area."),
        (5, "Parent code", "Only national staff may add a country."),
    ]


def test_facility_types_may_be_given_by_label_in_russian(org_tree, ministry_user):
    with translation.override("ru"):
        label = str(OrgUnit.FacilityType.MATERNITY.label)
    run = validate(
        ministry_user,
        [["Код", "Наименование", "Тип", "Код родителя"], ["F-1726-092", "Роддом", label, "1726269"]],
        kind="facilities",
    )

    assert run.status == ImportRun.Status.VALID, run.problems


def test_cadres_are_looked_up_by_code(org_tree, ministry_user):
    CadreFactory(isco_code="2211", name_en="Generalist medical practitioner")

    run = validate(ministry_user, [ROSTER_HEADINGS, ["E1", "Rahimov Bobur", "F-1726-001", "2211", "", "", ""]])

    assert run.status == ImportRun.Status.VALID


@pytest.mark.parametrize("rows", [20, 1500])
def test_validation_queries_do_not_grow_with_the_rows(
    org_tree, nurse_cadre, ministry_user, rows, django_assert_max_num_queries
):
    HealthWorkerFactory(employee_number="E1", facility=org_tree["polyclinic"], cadre=nurse_cadre)
    file = csv_upload([ROSTER_HEADINGS, *[[f"E{n}", f"Worker {n}", "F-1726-001", "2221"] for n in range(rows)]])

    with django_assert_max_num_queries(16):
        run = start_import(kind="roster", file=file, user=ministry_user, language="en")

    assert (run.status, run.created_count, run.unchanged_count + run.updated_count) == ("valid", rows - 1, 1)
