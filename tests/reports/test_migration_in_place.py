"""An existing database upgrades in place: the indicator summaries move from workforce to reports with their rows.

The test database is taken back to the last migrations before the move, rows are
written through the historical workforce models, and `migrate` forward must find
them through `reports.models`, with the content types (and so the permissions)
moved along.
"""

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from reports.models import IndicatorSummary, MonthlyCompletions, SummaryRefresh

BEFORE_THE_MOVE = [("workforce", "0005_account_claims"), ("reports", None)]
FINISHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def _migrate(targets=None):
    """Migrate the test database to these nodes (the latest migrations when None); returns the state's apps."""
    executor = MigrationExecutor(connection)
    targets = targets or executor.loader.graph.leaf_nodes()
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state([node for node in targets if node[1] is not None]).apps


def _write_rows_before_the_move(old_apps) -> dict:
    OrgUnit = old_apps.get_model("workforce", "OrgUnit")
    Cadre = old_apps.get_model("workforce", "Cadre")
    country = OrgUnit.objects.create(
        path="0001", depth=1, numchild=0, code="17", level="country", name_uz="O‘zbekiston", name_en="Uzbekistan"
    )
    nurse = Cadre.objects.create(isco_code="2221", name_en="Nurse")
    summary = old_apps.get_model("workforce", "IndicatorSummary").objects.create(
        org_unit=country, cadre=nurse, period="all", workers=40, trained=12, cpd_hours=Decimal("36.5")
    )
    month = old_apps.get_model("workforce", "MonthlyCompletions").objects.create(
        org_unit=country, cadre=nurse, month=date(2026, 11, 1), completions=7, cpd_hours=Decimal("21.0")
    )
    refresh = old_apps.get_model("workforce", "SummaryRefresh").objects.create(
        started_at=FINISHED, finished_at=FINISHED, workers=40, rows=2
    )
    content_type = old_apps.get_model("contenttypes", "ContentType").objects.get_or_create(
        app_label="workforce", model="indicatorsummary"
    )[0]
    permission = old_apps.get_model("auth", "Permission").objects.get_or_create(
        content_type=content_type, codename="view_indicatorsummary", defaults={"name": "Can view indicator summary"}
    )[0]
    return {"summary": summary.pk, "month": month.pk, "refresh": refresh.pk, "permission": permission.pk}


@pytest.mark.django_db(transaction=True)
def test_the_summaries_keep_their_rows_and_permissions_when_they_move_to_reports():
    try:
        written = _write_rows_before_the_move(_migrate(BEFORE_THE_MOVE))
        _migrate()
        ContentType.objects.clear_cache()

        summary = IndicatorSummary.objects.get(pk=written["summary"])
        month = MonthlyCompletions.objects.get(pk=written["month"])
        refresh = SummaryRefresh.objects.get(pk=written["refresh"])
        assert (summary.org_unit.code, summary.cadre.isco_code, summary.workers, summary.trained) == (
            "17",
            "2221",
            40,
            12,
        )
        assert summary.cpd_hours == Decimal("36.5")
        assert (month.month, month.completions, month.cpd_hours) == (date(2026, 11, 1), 7, Decimal("21.0"))
        assert (refresh.finished_at, refresh.rows) == (FINISHED, 2)
        permission = Permission.objects.get(pk=written["permission"])
        assert permission.content_type == ContentType.objects.get_for_model(IndicatorSummary)
        assert permission.content_type.app_label == "reports"
        assert not ContentType.objects.filter(app_label="workforce", model="indicatorsummary").exists()
    finally:
        _migrate()
        ContentType.objects.clear_cache()
