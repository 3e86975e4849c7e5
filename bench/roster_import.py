"""A 100,000-row roster XLSX validated and applied through the real import services, timed, with peak memory.

On the database named by DATABASE_URL (PostgreSQL, e.g.
`postgres://postgres@127.0.0.1:5432/bench_roster`), which must not exist yet:
it is created with createdb and dropped afterwards. It first imports a facility list (country,
regions, districts, facilities) as a CSV through the same services, adds the
ISCO-08 cadres and 30,000 roster workers, then builds an XLSX of N rows: 20,000
of the existing workers (moved to another position) and N − 20,000 new ones,
as the full roster of the country, so the 10,000 existing workers it leaves out
are deactivated. Validation and applying run as the Celery tasks do (eagerly,
in this process). Prints seconds and peak memory (ru_maxrss; with --tracemalloc
also the Python heap, slower) and, last, `roster_import_s: X` (target ≤ 60).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_roster .venv/bin/python bench/roster_import.py [--rows 100000]
"""

import argparse
import os
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.harness import bench_environment, workdir  # noqa: E402

REGIONS = 14
DISTRICTS_PER_REGION = 10
FACILITIES_PER_DISTRICT = 10
EXISTING_WORKERS = 30_000
EXISTING_IN_FILE = 20_000
CADRES = {
    "2211": "Generalist medical practitioner",
    "2212": "Specialist medical practitioner",
    "2221": "Nursing professional",
    "2222": "Midwifery professional",
    "2240": "Paramedical practitioner",
    "2261": "Dentist",
    "2262": "Pharmacist",
    "3212": "Medical and pathology laboratory technician",
    "3221": "Nursing associate professional",
    "3253": "Community health worker",
}
NAMES = ["Karimova Dilnoza Rustamovna", "Toshmatov Jasur Akmalovich", "Oʻrinboyeva Gʻuncha", "Иванова Ольга Петровна"]


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def facility_codes() -> list[str]:
    return [
        f"F-{region:02d}{district:02d}-{facility:03d}"
        for region in range(REGIONS)
        for district in range(DISTRICTS_PER_REGION)
        for facility in range(FACILITIES_PER_DISTRICT)
    ]


def facility_list_csv(path: Path) -> Path:
    """The org tree as a facility-list CSV: code, names in three languages, type, parent code."""
    lines = ["code;name_uz;name_ru;name_en;type;parent code", "UZ;Oʻzbekiston;Узбекистан;Uzbekistan;country;"]
    for region in range(REGIONS):
        lines.append(f"R{region:02d};{region}-viloyat;{region}-область;Region {region};region;UZ")
        for district in range(DISTRICTS_PER_REGION):
            code = f"D{region:02d}{district:02d}"
            lines.append(f"{code};{district}-tuman;{district}-район;District {district};district;R{region:02d}")
            for facility in range(FACILITIES_PER_DISTRICT):
                lines.append(
                    f"F-{region:02d}{district:02d}-{facility:03d};{facility}-oilaviy poliklinika;"
                    f"Семейная поликлиника №{facility};Family polyclinic {facility};family_polyclinic;{code}"
                )
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
    return path


def roster_xlsx(path: Path, rows: int) -> Path:
    """N roster rows: the first EXISTING_IN_FILE are existing workers (new position), the rest new.

    Written as a whole workbook, as Excel writes it (with its `<dimension>`), in
    a separate process so that building it does not count in this one's memory.
    """
    if os.environ.get("ROSTER_BENCH_BUILD") != str(path):
        env = {**os.environ, "ROSTER_BENCH_BUILD": str(path)}
        subprocess.run([sys.executable, __file__, "--rows", str(rows)], env=env, check=True)
        return path
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Roster"
    sheet.append(["Employee number", "Full name", "Facility code", "Cadre", "Position", "Email", "Active"])
    cadres, facilities = list(CADRES), facility_codes()
    for n in range(rows):
        sheet.append(
            [
                f"E{n:07d}",
                f"{NAMES[n % 4]} {n}",
                facilities[n % len(facilities)],
                int(cadres[n % len(cadres)]),
                "Katta hamshira" if n < EXISTING_IN_FILE else "Hamshira",
                f"worker{n}@example.uz" if n % 3 == 0 else None,
                "yes",
            ]
        )
    workbook.save(path)
    return path


def seed_existing_workers(facilities: list[str]) -> None:
    """EXISTING_WORKERS roster entries: E0000000… (in the file) and the rest (left out of it)."""
    from workforce.models import Cadre, HealthWorker, OrgUnit

    facility_ids = list(OrgUnit.objects.filter(code__in=facilities).order_by("code").values_list("pk", flat=True))
    cadre_ids = list(Cadre.objects.values_list("pk", flat=True))
    numbers = [f"E{n:07d}" for n in range(EXISTING_IN_FILE)]
    numbers += [f"X{n:07d}" for n in range(EXISTING_WORKERS - EXISTING_IN_FILE)]
    HealthWorker.objects.bulk_create(
        [
            HealthWorker(
                employee_number=number,
                full_name=f"{NAMES[index % 4]} {index}" if number.startswith("E") else f"Left {index}",
                facility_id=facility_ids[index % len(facility_ids)],
                cadre_id=cadre_ids[index % len(cadre_ids)],
                position="Hamshira",
            )
            for index, number in enumerate(numbers)
        ],
        batch_size=5000,
    )


def timed(label: str, action):
    started = time.perf_counter()
    result = action()
    elapsed = time.perf_counter() - started
    print(f"  {label}: {elapsed:.1f} s (peak RSS so far {peak_rss_mib():.0f} MiB)", flush=True)
    return result, elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--tracemalloc", action="store_true", help="also measure the Python heap (slower)")
    args = parser.parse_args()
    if build := os.environ.get("ROSTER_BENCH_BUILD"):
        roster_xlsx(Path(build), args.rows)
        return
    database_url = os.environ.get("DATABASE_URL") or f"postgres://postgres@127.0.0.1:5432/bench_roster_{os.getpid()}"
    database = urlsplit(database_url).path.lstrip("/")
    # createdb fails on an existing database, so a database of value is never touched, let alone dropped.
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", database], check=True)
    with workdir() as folder:
        folder = Path(folder)
        env = {**bench_environment(folder), "DATABASE_URL": database_url, "CELERY_TASK_ALWAYS_EAGER": "true"}
        os.environ.update(env)
        try:
            subprocess.run(
                [sys.executable, "manage.py", "migrate", "--noinput"],
                cwd=ROOT,
                env=env,
                check=True,
                stdout=subprocess.DEVNULL,
            )
            run_benchmark(folder, args)
        finally:
            from django.db import connections

            connections.close_all()
            subprocess.run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--force", database], check=False)


def run_benchmark(folder: Path, args) -> None:
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.files import File

    from workforce.imports.services import request_apply, start_import
    from workforce.models import Cadre, HealthWorker, ImportRun, OrgUnit

    admin = get_user_model().objects.create_superuser(email="bench@example.test", password="Bench-2026-pass")
    facilities = facility_codes()
    print(
        f"facility list: {1 + REGIONS * (1 + DISTRICTS_PER_REGION * (1 + FACILITIES_PER_DISTRICT))} units", flush=True
    )
    with facility_list_csv(folder / "facilities.csv").open("rb") as handle:
        run, _seconds = timed(
            "validate", lambda: start_import(kind="facilities", file=File(handle, "facilities.csv"), user=admin)
        )
    run, _seconds = timed("apply", lambda: request_apply(run=run, user=admin))
    assert run.status == ImportRun.Status.APPLIED, run.problems or run.message
    assert OrgUnit.find_problems() == ([], [], [], [], [])
    print(f"  {run.created_count:,} units created")
    Cadre.objects.bulk_create(
        Cadre(isco_code=code, name_uz=name, name_ru=name, name_en=name) for code, name in CADRES.items()
    )
    seed_existing_workers(facilities)

    path, _seconds = timed(
        f"building the {args.rows:,}-row XLSX", lambda: roster_xlsx(folder / "roster.xlsx", args.rows)
    )
    print(f"roster: {args.rows:,} rows, {path.stat().st_size / 2**20:.1f} MiB; {EXISTING_WORKERS:,} workers on file")
    country = OrgUnit.objects.get(code="UZ")
    baseline = current_rss_mib()
    if args.tracemalloc:
        tracemalloc.start()
    with path.open("rb") as handle:
        run, validate_s = timed(
            "check, store and validate",
            lambda: start_import(
                kind="roster",
                file=File(handle, "roster.xlsx"),
                user=admin,
                deactivate_missing=True,
                org_unit=country,
            ),
        )
    run.refresh_from_db()  # the task updated it
    assert run.status == ImportRun.Status.VALID, run.problems[:5] or run.message
    print(f"  would create {run.created_count:,}, update {run.updated_count:,}, deactivate {run.deactivated_count:,}")
    run, apply_s = timed("apply (one transaction)", lambda: request_apply(run=run, user=admin))
    run.refresh_from_db()
    assert run.status == ImportRun.Status.APPLIED, run.problems[:5] or run.message
    heap = tracemalloc.get_traced_memory()[1] / 2**20 if args.tracemalloc else None
    workers = HealthWorker.objects
    print(f"created {run.created_count:,}, updated {run.updated_count:,}, deactivated {run.deactivated_count:,}")
    print(f"roster now: {workers.count():,} workers, {workers.filter(is_active=True).count():,} active")
    assert run.created_count == args.rows - EXISTING_IN_FILE and run.updated_count == EXISTING_IN_FILE
    assert run.deactivated_count == EXISTING_WORKERS - EXISTING_IN_FILE
    assert workers.filter(position="Katta hamshira").count() == EXISTING_IN_FILE  # the updates landed
    print(f"validate_s: {validate_s:.1f}")
    print(f"apply_s: {apply_s:.1f}")
    print(f"rss_before_import_mib: {baseline:.0f}")
    print(f"peak_rss_mib: {peak_rss_mib():.0f}")
    if heap is not None:
        print(f"peak_python_heap_mib: {heap:.0f}")
    print(f"roster_import_s: {validate_s + apply_s:.1f}")


if __name__ == "__main__":
    main()
