"""Certificate templates (what trainers design) and certificates (what learners earn)."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin

from core.storage import PrivateUploadTo, private_storage


class CertificateTemplate(TranslatableMixin, models.Model):
    """The page layout of a certificate: HTML with {placeholders} and CSS, never executed as code."""

    class PageSize(models.TextChoices):
        A4 = "A4", "A4"
        LETTER = "letter", "Letter"

    class Orientation(models.TextChoices):
        LANDSCAPE = "landscape", _("Landscape")
        PORTRAIT = "portrait", _("Portrait")

    name = models.CharField(_("name"), max_length=200)
    page_size = models.CharField(_("page size"), max_length=10, choices=PageSize.choices, default=PageSize.A4)
    orientation = models.CharField(
        _("orientation"), max_length=10, choices=Orientation.choices, default=Orientation.LANDSCAPE
    )
    html = models.TextField(
        _("layout (HTML)"),
        help_text=_(
            "Placeholders: {learner_name} {course_title} {cpd_hours} {issued_on} {expires_on} {code} "
            "{qr_code} {verify_url} {signatory_name} {signatory_title} {signature} {logo} {issuer}."
        ),
    )
    css = models.TextField(_("style (CSS)"), blank=True)
    issuer = models.CharField(_("issuer"), max_length=200, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    signatory_name = models.CharField(_("signatory's name"), max_length=200, blank=True)
    signatory_title = models.CharField(_("signatory's title"), max_length=200, blank=True)
    signature = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("signature image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name"),
        MultiFieldPanel([FieldPanel("page_size"), FieldPanel("orientation")], heading=_("Page")),
        FieldPanel("html"),
        FieldPanel("css"),
        MultiFieldPanel(
            [
                FieldPanel("issuer"),
                FieldPanel("logo"),
                FieldPanel("signatory_name"),
                FieldPanel("signatory_title"),
                FieldPanel("signature"),
            ],
            heading=_("Issuer and signature"),
        ),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("certificate template")
        verbose_name_plural = _("certificate templates")

    def __str__(self):
        return self.name


class Certificate(models.Model):
    """Proof that a learner completed a course, or another subject (`subjects.py`), with a public verification code."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Being prepared")
        ISSUED = "issued", _("Issued")
        REVOKED = "revoked", _("Revoked")

    class RevocationReason(models.TextChoices):
        ISSUED_IN_ERROR = "issued_in_error", _("Issued in error")
        MISCONDUCT = "misconduct", _("Academic misconduct")
        IDENTITY = "identity", _("Identity could not be confirmed")
        OTHER = "other", _("Other")

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("learner"), on_delete=models.PROTECT, related_name="certificates"
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    # What else it certifies (a training event, …), registered by an app above this one; set when course is not.
    subject_type = models.ForeignKey(
        "contenttypes.ContentType",
        verbose_name=_("kind of training"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    subject_id = models.PositiveBigIntegerField(_("training"), null=True, blank=True)
    subject = GenericForeignKey("subject_type", "subject_id")
    cycle = models.PositiveIntegerField(_("validity cycle"), default=1)
    code = models.CharField(_("verification code"), max_length=19, unique=True)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.PENDING)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    learner_name = models.CharField(_("holder's name"), max_length=200)
    course_title = models.CharField(_("course title"), max_length=255)
    cpd_hours = models.DecimalField(_("CPD hours"), max_digits=5, decimal_places=1)
    issuer = models.CharField(_("issuer"), max_length=200, blank=True)
    completed_at = models.DateTimeField(_("completed at"))
    issued_at = models.DateTimeField(_("issued at"), null=True, blank=True)
    expires_at = models.DateTimeField(_("expires at"), null=True, blank=True)
    pdf = models.FileField(_("PDF"), upload_to=PrivateUploadTo("certificates"), storage=private_storage, blank=True)
    notified_at = models.DateTimeField(_("holder e-mailed at"), null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("revoked by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    revocation_reason = models.CharField(
        _("reason for revocation"), max_length=20, choices=RevocationReason.choices, blank=True
    )
    revocation_note = models.TextField(_("note on the revocation"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["-completed_at"]
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        constraints = [
            models.UniqueConstraint(fields=["learner", "course", "cycle"], name="one_certificate_per_cycle"),
            models.UniqueConstraint(
                fields=["learner", "subject_type", "subject_id", "cycle"],
                condition=models.Q(subject_type__isnull=False),
                name="one_subject_certificate_per_cycle",
            ),
            models.CheckConstraint(
                condition=models.Q(course__isnull=False, subject_type__isnull=True, subject_id__isnull=True)
                | models.Q(course__isnull=True, subject_type__isnull=False, subject_id__isnull=False),
                name="certifies_a_course_or_a_subject",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "created_at"]),
            models.Index(fields=["expires_at"]),
            models.Index(fields=["subject_type", "subject_id"]),
        ]

    def __str__(self):
        return f"{self.code} — {self.learner_name}, {self.course_title}"


class ExpiryReminder(models.Model):
    """That the holder was reminded, once, that a certificate expires within so many days."""

    certificate = models.ForeignKey(Certificate, on_delete=models.CASCADE, related_name="reminders")
    days_before = models.PositiveIntegerField(_("days before expiry"))
    sent_at = models.DateTimeField(_("sent at"))

    class Meta:
        verbose_name = _("expiry reminder")
        verbose_name_plural = _("expiry reminders")
        constraints = [
            models.UniqueConstraint(fields=["certificate", "days_before"], name="one_reminder_per_window"),
        ]

    def __str__(self):
        return f"{self.certificate.code} — {self.days_before}"


class CertificateJob(models.Model):
    """A bulk operation on one course's certificates that staff started, with its progress."""

    class Kind(models.TextChoices):
        ISSUE_MISSING = "issue_missing", _("Issue missing certificates")
        REGENERATE = "regenerate", _("Regenerate PDFs")

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    ACTIVE_STATUSES = (Status.QUEUED, Status.RUNNING)

    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    course = models.ForeignKey(
        "courses.CoursePage", verbose_name=_("course"), on_delete=models.PROTECT, related_name="+"
    )
    org_unit = models.ForeignKey(
        "workforce.OrgUnit",
        verbose_name=_("org unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("requested by"), on_delete=models.PROTECT, related_name="+"
    )
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.QUEUED)
    total = models.PositiveIntegerField(_("total"), default=0)
    done = models.PositiveIntegerField(_("done"), default=0)
    last_certificate_id = models.PositiveBigIntegerField(
        _("last certificate handled"), null=True, blank=True, help_text=_("Where a regeneration resumes.")
    )
    error = models.TextField(_("error message"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("certificate job")
        verbose_name_plural = _("certificate jobs")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "course"],
                condition=models.Q(status__in=["queued", "running"]),
                name="one_active_certificate_job_per_course",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} — {self.course_id} ({self.get_status_display()})"

    @property
    def is_active(self) -> bool:
        return self.status in self.ACTIVE_STATUSES

    @property
    def percent(self) -> int:
        if self.status == self.Status.DONE:
            return 100
        return min(100, self.done * 100 // self.total) if self.total else 0
