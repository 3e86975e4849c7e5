"""A clinical review of a whole course: the pages and questions changed under it, decided at once."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class CourseReview(models.Model):
    """One submission of a course with everything changed under it, approved or sent back by a reviewer once."""

    class Status(models.TextChoices):
        IN_REVIEW = "in_review", pgettext_lazy("course review", "In review")
        APPROVED = "approved", pgettext_lazy("course review", "Approved")
        CHANGES_REQUESTED = "changes_requested", pgettext_lazy("course review", "Changes requested")

    course = models.ForeignKey(
        "courses.CoursePage", verbose_name=_("course"), on_delete=models.CASCADE, related_name="reviews"
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.IN_REVIEW)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    submitted_at = models.DateTimeField(_("submitted at"))
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    comment = models.TextField(_("comment"), blank=True)

    class Meta:
        ordering = ["-submitted_at", "-pk"]
        verbose_name = _("course review")
        verbose_name_plural = _("course reviews")
        constraints = [
            models.UniqueConstraint(
                fields=["course"], condition=models.Q(status="in_review"), name="one_open_review_per_course"
            )
        ]
        indexes = [models.Index(fields=["status", "submitted_at"])]

    def __str__(self):
        return f"{self.course} ({self.get_status_display()})"


class ReviewItem(models.Model):
    """A page or question of a course review: the version submitted and the reviewer's comment on it."""

    review = models.ForeignKey(CourseReview, verbose_name=_("review"), on_delete=models.CASCADE, related_name="items")
    # The version the reviewer sees is the version approval publishes, even if the item is edited again meanwhile.
    revision = models.ForeignKey(
        "wagtailcore.Revision", verbose_name=_("version"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    title = models.CharField(_("title"), max_length=255)
    is_new = models.BooleanField(_("new"), default=False)
    comment = models.TextField(_("comment"), blank=True)
    sort_order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["review", "sort_order", "pk"]
        verbose_name = _("review item")
        verbose_name_plural = _("review items")

    def __str__(self):
        return self.title
