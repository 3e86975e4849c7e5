"""The indicator summaries now belong to the reports app (reports 0001 takes them over).

Only Django's idea of the models changes: the tables and their rows stay where they are.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("workforce", "0005_account_claims"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="SummaryRefresh"),
                migrations.DeleteModel(name="IndicatorSummary"),
                migrations.DeleteModel(name="MonthlyCompletions"),
            ],
            database_operations=[],
        ),
    ]
