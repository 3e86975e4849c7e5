"""What the dashboard keeps between refreshes: the summed indicators of the country, regions and districts."""

from django.db import models

from workforce.models import Cadre, OrgUnit


class IndicatorSummary(models.Model):
    """Capacity-building figures of a country, region or district, for one cadre and course, refreshed by Celery.

    `course` empty means every mandatory course. Facilities and worker lists are
    counted live, so they need no summary.
    """

    org_unit = models.ForeignKey(OrgUnit, on_delete=models.CASCADE, related_name="+")
    cadre = models.ForeignKey(Cadre, on_delete=models.CASCADE, related_name="+")
    course = models.ForeignKey("courses.CoursePage", null=True, on_delete=models.CASCADE, related_name="+")
    period = models.CharField(max_length=4)
    workers = models.PositiveIntegerField(default=0)
    with_account = models.PositiveIntegerField(default=0)
    assigned = models.PositiveIntegerField(default=0)
    enrolled = models.PositiveIntegerField(default=0)
    completed = models.PositiveIntegerField(default=0)
    trained = models.PositiveIntegerField(default=0)
    expiring_30 = models.PositiveIntegerField(default=0)
    expiring_90 = models.PositiveIntegerField(default=0)
    overdue = models.PositiveIntegerField(default=0)
    completions = models.PositiveIntegerField(default=0)
    cpd_hours = models.DecimalField(max_digits=14, decimal_places=1, default=0)
    gain_sum = models.DecimalField(max_digits=16, decimal_places=2, default=0)
    gain_count = models.PositiveIntegerField(default=0)

    class Meta:
        db_table = "workforce_indicatorsummary"  # the table kept its name when the model left workforce
        indexes = [models.Index(fields=["org_unit", "period", "course"])]

    def __str__(self):
        return f"{self.org_unit_id}/{self.cadre_id}/{self.course_id or 'mandatory'}/{self.period}"


class MonthlyCompletions(models.Model):
    """Completions per month in the country and each region, for one cadre and course (empty: every course)."""

    org_unit = models.ForeignKey(OrgUnit, on_delete=models.CASCADE, related_name="+")
    cadre = models.ForeignKey(Cadre, on_delete=models.CASCADE, related_name="+")
    course = models.ForeignKey("courses.CoursePage", null=True, on_delete=models.CASCADE, related_name="+")
    month = models.DateField()
    completions = models.PositiveIntegerField(default=0)
    cpd_hours = models.DecimalField(max_digits=14, decimal_places=1, default=0)

    class Meta:
        db_table = "workforce_monthlycompletions"
        indexes = [models.Index(fields=["org_unit", "course", "month"])]

    def __str__(self):
        return f"{self.org_unit_id}/{self.cadre_id}/{self.course_id or 'all'}/{self.month:%Y-%m}"


class SummaryRefresh(models.Model):
    """When the indicator summaries were last rebuilt: the dashboard says how fresh its figures are."""

    started_at = models.DateTimeField()
    finished_at = models.DateTimeField()
    workers = models.PositiveIntegerField(default=0)
    rows = models.PositiveIntegerField(default=0)

    class Meta:
        db_table = "workforce_summaryrefresh"
        get_latest_by = "finished_at"

    def __str__(self):
        return f"{self.finished_at:%Y-%m-%d %H:%M}"
