"""Reporting work users depend on, end to end through a real Celery worker on Redis (not eager mode):
a supervisor's reminders reach overdue workers."""

import pytest
from django.urls import reverse

from tests.conftest import e_mails_to, wait_until
from tests.reports.test_indicators import Country

pytestmark = [pytest.mark.redis, pytest.mark.postgres]


def test_reminders_reach_overdue_workers_through_a_worker(real_worker, client, org_tree, tashkent_supervisor):
    country = Country(org_tree)
    client.force_login(tashkent_supervisor)

    client.post(reverse("dashboard:remind", args=[country.units["tashkent"].pk]), {"course": country.hygiene.pk})

    assert wait_until(lambda: e_mails_to(real_worker.mail_dir, "w3@example.test"), timeout=30)
    [reminder] = e_mails_to(real_worker.mail_dir, "w3@example.test")
    assert "overdue" in reminder.lower()
