"""What learners do and what supervisors assign: plain records that point at course pages.

Records always point at a course's and a lesson's *canonical* page (the
original, from which translations were copied), so a learner's progress belongs
to the course, not to one translation.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Enrolment(models.Model):
    """A learner taking a course."""

    class Status(models.TextChoices):
        ENROLLED = "enrolled", _("Enrolled")
        IN_PROGRESS = "in_progress", _("In progress")
        COMPLETED = "completed", _("Completed")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    class Source(models.TextChoices):
        SELF = "self", _("Self-enrolled")
        ASSIGNED = "assigned", _("Assigned")

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("learner"), on_delete=models.CASCADE, related_name="enrolments"
    )
    course = models.ForeignKey(
        "courses.CoursePage", verbose_name=_("course"), on_delete=models.PROTECT, related_name="enrolments"
    )
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.ENROLLED)
    source = models.CharField(_("source"), max_length=16, choices=Source.choices, default=Source.SELF)
    enrolled_at = models.DateTimeField(_("enrolled at"))
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    cycle_started_at = models.DateTimeField(
        _("current cycle started at"),
        null=True,
        blank=True,
        help_text=_(
            "Set when the learner takes the course again to renew a certificate; earlier work then no longer "
            "counts towards completion."
        ),
    )
    last_lesson = models.ForeignKey(
        "courses.LessonPage",
        verbose_name=_("last lesson opened"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    last_activity_at = models.DateTimeField(_("last activity"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [models.UniqueConstraint(fields=["learner", "course"], name="one_enrolment_per_learner_course")]
        indexes = [models.Index(fields=["course", "status"]), models.Index(fields=["learner", "status"])]

    def __str__(self):
        return f"{self.learner} — {self.course}"

    @property
    def is_active(self) -> bool:
        return self.status in (self.Status.ENROLLED, self.Status.IN_PROGRESS)


class LessonProgress(models.Model):
    """When a learner first opened a lesson and when they completed it."""

    enrolment = models.ForeignKey(
        Enrolment, verbose_name=_("enrolment"), on_delete=models.CASCADE, related_name="lesson_progress"
    )
    lesson = models.ForeignKey(
        "courses.LessonPage", verbose_name=_("lesson"), on_delete=models.PROTECT, related_name="progress"
    )
    first_viewed_at = models.DateTimeField(_("first viewed at"))
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")
        constraints = [models.UniqueConstraint(fields=["enrolment", "lesson"], name="one_progress_per_lesson")]

    def __str__(self):
        return f"{self.enrolment} — {self.lesson}"


class Assignment(models.Model):
    """A course made mandatory, with a due date, for an org unit (optionally some cadres) or named workers.

    It is a standing rule, not a list: a worker who joins the unit later is covered too.
    """

    course = models.ForeignKey(
        "courses.CoursePage", verbose_name=_("course"), on_delete=models.PROTECT, related_name="assignments"
    )
    org_unit = models.ForeignKey(
        "workforce.OrgUnit",
        verbose_name=_("org unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="assignments",
    )
    cadres = models.ManyToManyField(
        "workforce.Cadre",
        verbose_name=_("cadres"),
        blank=True,
        related_name="assignments",
        help_text=_("Leave empty to assign to every cadre of the unit."),
    )
    workers = models.ManyToManyField(
        "workforce.HealthWorker", verbose_name=_("named workers"), blank=True, related_name="named_assignments"
    )
    due_date = models.DateField(_("due date"))
    note = models.CharField(_("note"), max_length=300, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("assigned by"), on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    cancelled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("cancelled by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta:
        ordering = ["due_date", "pk"]
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        indexes = [models.Index(fields=["org_unit"], name="active_assignment_unit", condition=Q(cancelled_at=None))]

    def __str__(self):
        return f"{self.course} — {self.due_date:%Y-%m-%d}"

    @property
    def is_active(self) -> bool:
        return self.cancelled_at is None
