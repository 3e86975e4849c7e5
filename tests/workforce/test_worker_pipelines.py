"""Workforce work users depend on, end to end through a real Celery worker on Redis (not eager mode).

A roster over the size handled within the request is validated, applied and its invitations e-mailed by the
worker, which then refreshes the dashboard's summaries.
"""

import pytest
from django.urls import reverse

from reports.models import IndicatorSummary
from tests.conftest import e_mails_to, wait_until
from tests.workforce.test_import_reading import ROSTER_HEADINGS, csv_upload
from tests.workforce.test_import_views import analyst, upload  # noqa: F401 - the analyst fixture
from workforce.imports import services
from workforce.models import HealthWorker, ImportRun

pytestmark = [pytest.mark.redis, pytest.mark.postgres]
WORKERS = 800


def large_roster():
    """A roster file over the size that is validated and applied within the request."""
    rows = [
        [f"E{n}", f"Karimova Dilnoza {n} " + "Rustamovna " * 14, "F-1726-001", "2221", "Hamshira " * 20,
         f"nurse{n}@example.test" if n < 2 else "", "yes"]
        for n in range(WORKERS)
    ]  # fmt: skip
    file = csv_upload([ROSTER_HEADINGS, *rows])
    assert file.size > services.INLINE_MAX_BYTES
    return file


def status_of(run) -> str:
    return ImportRun.objects.get(pk=run.pk).status


def test_a_large_roster_is_validated_applied_and_invited_by_a_worker_which_refreshes_the_summaries(
    real_worker,
    client,
    org_tree,
    nurse_cadre,
    analyst,  # noqa: F811 - the fixture imported above
):
    client.force_login(analyst)

    response = upload(client, large_roster(), invite_workers="on")

    run = ImportRun.objects.get()
    assert response.status_code == 302
    assert wait_until(lambda: status_of(run) == ImportRun.Status.VALID, timeout=120), status_of(run)
    assert not HealthWorker.objects.exists()

    client.post(reverse("workforce_imports:apply", args=[run.pk]))

    assert wait_until(lambda: status_of(run) == ImportRun.Status.APPLIED, timeout=120), status_of(run)
    assert HealthWorker.objects.filter(facility=org_tree["polyclinic"]).count() == WORKERS
    country = IndicatorSummary.objects.filter(org_unit=org_tree["country"], cadre=nurse_cadre, course=None)
    assert wait_until(lambda: country.filter(workers=WORKERS).exists(), timeout=60)
    for address in ("nurse0@example.test", "nurse1@example.test"):
        assert wait_until(lambda address=address: e_mails_to(real_worker.mail_dir, address), timeout=30)
        [invitation] = e_mails_to(real_worker.mail_dir, address)
        assert "/invite" in invitation or "invite=" in invitation
