"""Applying an import: all or nothing, updates by employee number, deactivation within the unit, invitations."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from allauth.account.models import EmailAddress
from django.conf.urls.i18n import i18n_patterns
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import path
from django.utils import translation

from lms.urls import urlpatterns as site_urlpatterns
from tests.factories import CadreFactory, HealthWorkerFactory, UserFactory
from tests.workforce.test_import_reading import ROSTER_HEADINGS, csv_upload, xlsx_upload
from workforce.import_views import InvitedSignupView
from workforce.imports import roster as roster_rows
from workforce.imports import services
from workforce.imports.invitations import invitation_token, read_invitation
from workforce.imports.services import request_apply, start_import
from workforce.models import Cadre, HealthWorker, ImportRun, OrgUnit

# The sign-up page an invitation leads to, as lms/urls.py is to route it.
urlpatterns = [
    *i18n_patterns(path("accounts/signup/", InvitedSignupView.as_view(), name="account_signup")),
    *site_urlpatterns,
]


@pytest.fixture(autouse=True)
def _in_english():
    with translation.override("en"):
        yield


def validated(user, rows, *, kind="roster", upload=csv_upload, **options) -> ImportRun:
    run = start_import(kind=kind, file=upload(rows), user=user, language="en", **options)
    assert run.status == ImportRun.Status.VALID, run.problems or run.message
    return run


def apply(run, user) -> ImportRun:
    return request_apply(run=run, user=user)


def roster(*rows):
    return [ROSTER_HEADINGS, *rows]


def test_applying_a_roster_creates_its_workers(org_tree, nurse_cadre, ministry_user):
    run = validated(
        ministry_user,
        roster(
            ["E1", "Karimova Dilnoza", "F-1726-001", "2221", "Hamshira", "", "yes"],
            ["E2", "Toshmatov Jasur", "F-1726-002", "2221", "", "", "no"],
        ),
        upload=xlsx_upload,
    )

    run = apply(run, ministry_user)

    assert run.status == ImportRun.Status.APPLIED
    assert (run.created_count, run.updated_count, run.applied_by) == (2, 0, ministry_user)
    first, second = HealthWorker.objects.order_by("employee_number")
    assert (first.full_name, first.facility, first.cadre, first.position, first.is_active) == (
        "Karimova Dilnoza",
        org_tree["polyclinic"],
        nurse_cadre,
        "Hamshira",
        True,
    )
    assert (second.facility, second.is_active) == (org_tree["hospital"], False)


def test_existing_workers_are_updated_by_employee_number_and_keep_their_account(org_tree, nurse_cadre, ministry_user):
    midwife = CadreFactory(isco_code="2222", name_en="Midwifery professional")
    account = UserFactory()
    worker = HealthWorkerFactory(
        employee_number="E1",
        full_name="Karimova",
        facility=org_tree["polyclinic"],
        cadre=nurse_cadre,
        is_active=False,
        user=account,
    )
    run = validated(ministry_user, roster(["E1", "Karimova Dilnoza", "F-1726-002", "2222", "Doya", "", "yes"]))

    run = apply(run, ministry_user)

    worker.refresh_from_db()
    assert (run.created_count, run.updated_count) == (0, 1)
    assert (worker.full_name, worker.facility, worker.cadre, worker.position, worker.is_active, worker.user) == (
        "Karimova Dilnoza",
        org_tree["hospital"],
        midwife,
        "Doya",
        True,
        account,
    )
    assert HealthWorker.objects.count() == 1


def test_workers_missing_from_a_full_roster_are_deactivated_only_within_its_unit(org_tree, nurse_cadre, ministry_user):
    listed = HealthWorkerFactory(employee_number="E1", facility=org_tree["polyclinic"], cadre=nurse_cadre)
    missing = HealthWorkerFactory(employee_number="E2", facility=org_tree["hospital"], cadre=nurse_cadre)
    self_registered = HealthWorkerFactory(employee_number=None, facility=org_tree["hospital"], cadre=nurse_cadre)
    elsewhere = HealthWorkerFactory(employee_number="S1", facility=org_tree["health_post"], cadre=nurse_cadre)
    run = validated(
        ministry_user,
        roster(["E1", listed.full_name, "F-1726-001", "2221", "", "", ""]),
        deactivate_missing=True,
        org_unit=org_tree["chilonzor"],
    )
    assert run.deactivated_count == 1

    run = apply(run, ministry_user)

    assert run.deactivated_count == 1
    active = dict(HealthWorker.objects.values_list("pk", "is_active"))
    assert active == {listed.pk: True, missing.pk: False, self_registered.pk: True, elsewhere.pk: True}


def test_a_problem_found_while_applying_leaves_the_database_unchanged(
    org_tree, nurse_cadre, ministry_user, monkeypatch
):
    monkeypatch.setattr(roster_rows, "CHUNK_ROWS", 2)  # the first rows are written before the problem is met
    doctor = CadreFactory(isco_code="2211", name_en="Generalist medical practitioner")
    existing = HealthWorkerFactory(
        employee_number="E1", full_name="Old", facility=org_tree["polyclinic"], cadre=nurse_cadre
    )
    run = validated(
        ministry_user,
        roster(
            ["E1", "Karimova Dilnoza", "F-1726-001", "2221", "", "", ""],
            ["E2", "Toshmatov Jasur", "F-1726-001", "2221", "", "", ""],
            ["E3", "Rahimov Bobur", "F-1726-001", "2211", "", "", ""],
        ),
    )
    Cadre.objects.filter(pk=doctor.pk).update(isco_code="2219")  # recoded between validating and applying

    run = apply(run, ministry_user)

    assert run.status == ImportRun.Status.FAILED
    assert run.problems == [{"row": 4, "column": "Cadre", "message": "There is no cadre with ISCO-08 code 2211."}]
    assert list(HealthWorker.objects.values_list("employee_number", "full_name")) == [("E1", "Old")]
    existing.refresh_from_db()
    assert existing.full_name == "Old"


def test_an_import_with_problems_cannot_be_applied_nor_one_applied_twice(org_tree, nurse_cadre, ministry_user):
    bad = start_import(
        kind="roster", file=csv_upload(roster(["E1", "", "F-1726-001", "2221"])), user=ministry_user, language="en"
    )
    with pytest.raises(ValueError):
        apply(bad, ministry_user)

    good = validated(ministry_user, roster(["E1", "Karimova", "F-1726-001", "2221"]))
    apply(good, ministry_user)
    with pytest.raises(ValueError):
        apply(good, ministry_user)
    assert HealthWorker.objects.count() == 1


def test_supervisor_applies_a_full_roster_of_their_own_district(org_tree, nurse_cadre, tashkent_supervisor):
    HealthWorkerFactory(employee_number="E2", facility=org_tree["hospital"], cadre=nurse_cadre)
    run = validated(
        tashkent_supervisor,
        roster(["E1", "Karimova", "F-1726-001", "2221"]),
        deactivate_missing=True,
        org_unit=org_tree["chilonzor"],
    )

    run = apply(run, tashkent_supervisor)

    assert (run.created_count, run.deactivated_count) == (1, 1)


def test_supervisor_may_not_deactivate_outside_their_area(org_tree, nurse_cadre, tashkent_supervisor):
    with pytest.raises(ValueError):
        start_import(
            kind="roster",
            file=csv_upload(roster(["E1", "Karimova", "F-1726-001", "2221"])),
            user=tashkent_supervisor,
            deactivate_missing=True,
            org_unit=org_tree["urgut"],
        )
    assert not ImportRun.objects.exists()


def test_large_files_are_validated_and_applied_by_the_worker(
    org_tree, nurse_cadre, ministry_user, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(services, "INLINE_MAX_BYTES", 0)
    rows = roster(*[[f"E{n}", f"Worker {n}", "F-1726-001", "2221"] for n in range(50)])

    with django_capture_on_commit_callbacks(execute=True) as queued:
        run = start_import(kind="roster", file=csv_upload(rows), user=ministry_user, language="en")
    assert run.status == ImportRun.Status.VALIDATING
    assert len(queued) == 1
    run.refresh_from_db()
    assert (run.status, run.rows_total, run.rows_done) == (ImportRun.Status.VALID, 50, 50)

    with django_capture_on_commit_callbacks(execute=True):
        run = request_apply(run=run, user=ministry_user)
    run.refresh_from_db()
    assert (run.status, run.created_count) == (ImportRun.Status.APPLIED, 50)
    assert HealthWorker.objects.count() == 50


def test_applying_a_facility_list_builds_the_tree(org_tree, ministry_user):
    run = validated(
        ministry_user,
        [
            ["Code", "Name (Uzbek)", "Name (Russian)", "Name (English)", "Type", "Parent code"],
            ["F-1726-090", "90-oilaviy poliklinika", "Семейная поликлиника №90", "Polyclinic 90", "family_polyclinic", "1726-NEW"],
            ["1726-NEW", "Yangi tuman", "Новый район", "New district", "district", "1726"],
            ["F-1726-002", "1-shahar klinik shifoxonasi", "ГКБ №1", "City hospital 1", "city_hospital", "1726-NEW"],
        ],
        kind="facilities",
    )  # fmt: skip

    run = apply(run, ministry_user)

    assert (run.status, run.created_count, run.updated_count) == (ImportRun.Status.APPLIED, 2, 1)
    district = OrgUnit.objects.get(code="1726-NEW")
    polyclinic = OrgUnit.objects.get(code="F-1726-090")
    hospital = OrgUnit.objects.get(code="F-1726-002")
    assert district.get_parent() == org_tree["tashkent"]
    assert (polyclinic.get_parent(), polyclinic.level, polyclinic.facility_type) == (
        district,
        "facility",
        "family_polyclinic",
    )
    assert (polyclinic.name_uz, polyclinic.name_ru) == ("90-oilaviy poliklinika", "Семейная поликлиника №90")
    assert (hospital.get_parent(), hospital.name_en) == (district, "City hospital 1")
    assert OrgUnit.find_problems() == ([], [], [], [], [])


# Invitations


def invite_roster(ministry_user, django_capture_on_commit_callbacks, *rows):
    run = validated(ministry_user, roster(*rows), invite_workers=True)
    with django_capture_on_commit_callbacks(execute=True):
        return apply(run, ministry_user)


def test_workers_with_an_address_and_no_account_are_invited_once(
    org_tree, nurse_cadre, ministry_user, django_capture_on_commit_callbacks
):
    UserFactory(email="taken@example.uz")
    HealthWorkerFactory(employee_number="E4", facility=org_tree["polyclinic"], cadre=nurse_cadre, user=UserFactory())

    run = invite_roster(
        ministry_user,
        django_capture_on_commit_callbacks,
        ["E1", "Karimova Dilnoza", "F-1726-001", "2221", "", "Dilnoza@Example.uz", "yes"],
        ["E2", "Toshmatov Jasur", "F-1726-001", "2221", "", "", "yes"],
        ["E3", "Rahimov Bobur", "F-1726-001", "2221", "", "taken@example.uz", "yes"],
        ["E4", "Yusupova Madina", "F-1726-001", "2221", "", "madina@example.uz", "yes"],
        ["E5", "Aliyeva Nodira", "F-1726-001", "2221", "", "nodira@example.uz", "no"],
    )

    assert [message.to for message in mail.outbox] == [["dilnoza@example.uz"]]
    run.refresh_from_db()
    assert run.invited_count == 1 and run.invitations_sent_at is not None
    message = mail.outbox[0]
    assert "Malaka" in message.subject
    assert "Karimova Dilnoza" in message.body
    assert "Family polyclinic No. 5" in message.body
    assert "F-1726-001" in message.body and "E1" in message.body
    assert "/en/accounts/signup/?email=dilnoza%40example.uz&invite=" in message.body

    services_run = ImportRun.objects.get(pk=run.pk)
    from workforce.imports.invitations import send_invitations

    assert send_invitations(run=services_run) == 0
    assert len(mail.outbox) == 1


def signup_link(message) -> str:
    url = re.search(r"https?://\S+/accounts/signup/\S+", message.body).group(0)
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}"


@pytest.mark.urls(__name__)
def test_following_the_invitation_signs_up_an_account_joined_to_the_roster_entry(
    client, org_tree, nurse_cadre, ministry_user, django_capture_on_commit_callbacks
):
    invite_roster(
        ministry_user,
        django_capture_on_commit_callbacks,
        ["E1", "Karimova Dilnoza", "F-1726-001", "2221", "Hamshira", "dilnoza@example.uz", "yes"],
    )
    link = signup_link(mail.outbox[0])

    response = client.get(link)

    assert response.status_code == 200
    form = response.context["form"]
    initial = {name: form[name].value() for name in ("email", "full_name", "facility", "cadre", "employee_number")}
    assert initial == {
        "email": "dilnoza@example.uz",
        "full_name": "Karimova Dilnoza",
        "facility": "F-1726-001 — Family polyclinic No. 5",
        "cadre": nurse_cadre.pk,
        "employee_number": "E1",
    }

    response = client.post(
        link.split("?")[0],
        {**initial, "password1": "Tibbiyot-2026-kurs", "password2": "Tibbiyot-2026-kurs", "preferred_language": "uz"},
    )

    assert response.status_code == 302
    worker = HealthWorker.objects.get(employee_number="E1")
    assert worker.user.email == "dilnoza@example.uz"
    assert worker.account_link == HealthWorker.AccountLink.SIGNUP_MATCH
    assert HealthWorker.objects.count() == 1
    assert EmailAddress.objects.get(email="dilnoza@example.uz").verified  # the invitation proved the address


@pytest.mark.urls(__name__)
def test_a_tampered_or_used_invitation_fills_in_nothing(client, org_tree, nurse_cadre):
    worker = HealthWorkerFactory(employee_number="E1", facility=org_tree["polyclinic"], cadre=nurse_cadre)
    token = invitation_token(worker=worker, email="dilnoza@example.uz")
    assert read_invitation(token).worker == worker

    response = client.get("/en/accounts/signup/", {"invite": token[:-2] + "xx"})
    assert response.context["form"]["employee_number"].value() in (None, "")

    worker.user = UserFactory()
    worker.save()
    assert read_invitation(token) is None
    query = parse_qs(f"invite={token}")
    response = client.get("/en/accounts/signup/", query)
    assert response.context["form"]["employee_number"].value() in (None, "")


def test_a_crash_while_applying_closes_the_import_unapplied(org_tree, nurse_cadre, ministry_user, monkeypatch):
    run = validated(ministry_user, roster(["E1", "Karimova", "F-1726-001", "2221"]))

    def crash(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(roster_rows, "_write_roster", crash)
    with pytest.raises(RuntimeError):
        apply(run, ministry_user)

    run.refresh_from_db()
    assert run.status == ImportRun.Status.FAILED
    assert "Nothing was changed" in run.message
    assert not HealthWorker.objects.exists()


def test_applying_queries_grow_with_chunks_not_rows(org_tree, nurse_cadre, ministry_user):
    HealthWorkerFactory(employee_number="E0", full_name="Old", facility=org_tree["polyclinic"], cadre=nurse_cadre)
    run = validated(ministry_user, roster(*[[f"E{n}", f"Worker {n}", "F-1726-001", "2221"] for n in range(1500)]))

    with CaptureQueriesContext(connection) as queries:
        run = apply(run, ministry_user)

    inserts = [query for query in queries if query["sql"].startswith("INSERT")]
    assert (run.created_count, run.updated_count) == (1499, 1)
    assert len(queries) - len(inserts) <= 15
    assert len(inserts) <= 1499 // 50  # as many rows per INSERT as the database takes parameters
