"""The indicator summaries, taken over from workforce (workforce 0006) with their tables and rows as they are.

The models keep their tables (`Meta.db_table`) and index names, so only Django's
state changes; their content types move too, so permissions stay attached.
"""

import django.db.models.deletion
from django.db import migrations, models

MODELS = ("indicatorsummary", "monthlycompletions", "summaryrefresh")


def _move_content_types(apps, schema_editor, *, source: str, target: str) -> None:
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_types = ContentType.objects.using(schema_editor.connection.alias)
    taken = content_types.filter(app_label=target, model__in=MODELS).values_list("model", flat=True)
    content_types.filter(app_label=source, model__in=MODELS).exclude(model__in=list(taken)).update(app_label=target)


def content_types_to_reports(apps, schema_editor):
    _move_content_types(apps, schema_editor, source="workforce", target="reports")


def content_types_to_workforce(apps, schema_editor):
    _move_content_types(apps, schema_editor, source="reports", target="workforce")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("courses", "0003_renewal_cycle"),
        ("workforce", "0006_reporting_moves_to_reports"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="SummaryRefresh",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("started_at", models.DateTimeField()),
                        ("finished_at", models.DateTimeField()),
                        ("workers", models.PositiveIntegerField(default=0)),
                        ("rows", models.PositiveIntegerField(default=0)),
                    ],
                    options={
                        "db_table": "workforce_summaryrefresh",
                        "get_latest_by": "finished_at",
                    },
                ),
                migrations.CreateModel(
                    name="IndicatorSummary",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("period", models.CharField(max_length=4)),
                        ("workers", models.PositiveIntegerField(default=0)),
                        ("with_account", models.PositiveIntegerField(default=0)),
                        ("assigned", models.PositiveIntegerField(default=0)),
                        ("enrolled", models.PositiveIntegerField(default=0)),
                        ("completed", models.PositiveIntegerField(default=0)),
                        ("trained", models.PositiveIntegerField(default=0)),
                        ("expiring_30", models.PositiveIntegerField(default=0)),
                        ("expiring_90", models.PositiveIntegerField(default=0)),
                        ("overdue", models.PositiveIntegerField(default=0)),
                        ("completions", models.PositiveIntegerField(default=0)),
                        ("cpd_hours", models.DecimalField(decimal_places=1, default=0, max_digits=14)),
                        ("gain_sum", models.DecimalField(decimal_places=2, default=0, max_digits=16)),
                        ("gain_count", models.PositiveIntegerField(default=0)),
                        (
                            "cadre",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE, related_name="+", to="workforce.cadre"
                            ),
                        ),
                        (
                            "course",
                            models.ForeignKey(
                                null=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="+",
                                to="courses.coursepage",
                            ),
                        ),
                        (
                            "org_unit",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE, related_name="+", to="workforce.orgunit"
                            ),
                        ),
                    ],
                    options={
                        "db_table": "workforce_indicatorsummary",
                        "indexes": [
                            models.Index(fields=["org_unit", "period", "course"], name="workforce_i_org_uni_37ec02_idx")
                        ],
                    },
                ),
                migrations.CreateModel(
                    name="MonthlyCompletions",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("month", models.DateField()),
                        ("completions", models.PositiveIntegerField(default=0)),
                        ("cpd_hours", models.DecimalField(decimal_places=1, default=0, max_digits=14)),
                        (
                            "cadre",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE, related_name="+", to="workforce.cadre"
                            ),
                        ),
                        (
                            "course",
                            models.ForeignKey(
                                null=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="+",
                                to="courses.coursepage",
                            ),
                        ),
                        (
                            "org_unit",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE, related_name="+", to="workforce.orgunit"
                            ),
                        ),
                    ],
                    options={
                        "db_table": "workforce_monthlycompletions",
                        "indexes": [
                            models.Index(fields=["org_unit", "course", "month"], name="workforce_m_org_uni_6a8ec9_idx")
                        ],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(content_types_to_reports, content_types_to_workforce),
    ]
