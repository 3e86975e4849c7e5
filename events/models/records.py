"""What happens at an event: who takes part, who attended each session and how it was recorded, who became a trainer."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.storage import PrivateUploadTo, private_storage

from .events import EventSession, TrainingEvent


class Participation(models.Model):
    """A person's place at an event: a roster worker (with or without an account), an account, or someone external."""

    class Status(models.TextChoices):
        NOMINATED = "nominated", _("Nominated")
        REGISTERED = "registered", _("Registered")
        AWAITING_APPROVAL = "awaiting_approval", _("Awaiting approval")
        WAITING_LIST = "waiting_list", _("On the waiting list")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        COMPLETED = "completed", pgettext_lazy("participation", "Completed")

    # Who holds one of the event's places.
    SEATED = (Status.NOMINATED, Status.REGISTERED, Status.AWAITING_APPROVAL, Status.COMPLETED)
    # Who is expected in the room and is judged when the event closes.
    ATTENDING = (Status.NOMINATED, Status.REGISTERED, Status.COMPLETED)

    event = models.ForeignKey(
        TrainingEvent, verbose_name=_("event"), on_delete=models.CASCADE, related_name="participations"
    )
    worker = models.ForeignKey(
        "workforce.HealthWorker",
        verbose_name=_("roster entry"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="event_participations",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="event_participations",
    )
    external_name = models.CharField(_("name (not on the roster)"), max_length=200, blank=True)
    external_organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    external_email = models.EmailField(_("e-mail"), blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    nominated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("nominated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"))
    waitlisted_at = models.DateTimeField(_("put on the waiting list at"), null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approved by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    approved_at = models.DateTimeField(_("approved at"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    pre_test_percent = models.DecimalField(_("pre-test (%)"), max_digits=5, decimal_places=2, null=True, blank=True)
    post_test_percent = models.DecimalField(_("post-test (%)"), max_digits=5, decimal_places=2, null=True, blank=True)
    scores_on_paper = models.BooleanField(
        _("test scores typed in from paper"), default=False, help_text=_("Not taken online: a facilitator typed them.")
    )

    class Meta:
        ordering = ["event", "created_at", "pk"]
        verbose_name = _("participation")
        verbose_name_plural = _("participations")
        constraints = [
            models.UniqueConstraint(
                fields=["event", "worker"], condition=models.Q(worker__isnull=False), name="one_place_per_worker"
            ),
            models.UniqueConstraint(
                fields=["event", "user"], condition=models.Q(user__isnull=False), name="one_place_per_account"
            ),
            models.UniqueConstraint(
                fields=["event", "external_email"],
                condition=models.Q(worker__isnull=True, user__isnull=True) & ~models.Q(external_email=""),
                name="one_place_per_external_email",
            ),
            models.CheckConstraint(
                condition=models.Q(worker__isnull=False) | models.Q(user__isnull=False) | ~models.Q(external_name=""),
                name="participant_is_named",
            ),
        ]
        indexes = [models.Index(fields=["event", "status", "waitlisted_at"])]

    def __str__(self):
        return f"{self.name} — {self.event}"

    @property
    def name(self) -> str:
        if self.worker_id:
            return self.worker.full_name
        if self.user_id:
            return self.user.full_name or self.user.email
        return self.external_name

    @property
    def is_external(self) -> bool:
        return self.worker_id is None and self.user_id is None

    @property
    def account(self):
        """The account that signs in for this participant, if any (a roster worker's own, once linked)."""
        if self.user_id:
            return self.user
        return self.worker.user if self.worker_id else None

    @property
    def email(self) -> str:
        account = self.account
        return account.email if account is not None else self.external_email


class AttendanceSheet(models.Model):
    """A scanned paper sign-in sheet of a session, kept as evidence of the attendance typed in from it."""

    session = models.ForeignKey(
        EventSession, verbose_name=_("session"), on_delete=models.CASCADE, related_name="attendance_sheets"
    )
    file = models.FileField(_("scanned sheet"), upload_to=PrivateUploadTo("events/sheets"), storage=private_storage)
    original_name = models.CharField(_("file name"), max_length=255)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("uploaded by"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField(_("uploaded at"))

    class Meta:
        ordering = ["-uploaded_at"]
        verbose_name = _("attendance sheet")
        verbose_name_plural = _("attendance sheets")

    def __str__(self):
        return self.original_name


class Attendance(models.Model):
    """Whether a participant was at a session, for how long, and who recorded it how."""

    class Status(models.TextChoices):
        PRESENT = "present", _("Present")
        LATE = "late", _("Late")
        ABSENT = "absent", _("Absent")

    class Method(models.TextChoices):
        QR = "qr", _("QR check-in")
        REGISTER = "register", _("Facilitator's register")
        PAPER = "paper", _("Paper sign-in sheet")

    session = models.ForeignKey(
        EventSession, verbose_name=_("session"), on_delete=models.CASCADE, related_name="attendances"
    )
    participation = models.ForeignKey(
        Participation, verbose_name=_("participant"), on_delete=models.CASCADE, related_name="attendances"
    )
    status = models.CharField(_("attendance"), max_length=8, choices=Status.choices)
    hours = models.DecimalField(_("hours attended"), max_digits=5, decimal_places=2)
    method = models.CharField(_("recorded by"), max_length=8, choices=Method.choices)
    sheet = models.ForeignKey(
        AttendanceSheet,
        verbose_name=_("paper sheet"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="attendances",
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("recorded by"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(_("recorded at"))

    class Meta:
        ordering = ["session", "participation"]
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(fields=["session", "participation"], name="one_attendance_per_session"),
        ]

    def __str__(self):
        return f"{self.participation.name} — {self.session}: {self.get_status_display()}"


class CertifiedTrainer(models.Model):
    """Someone a training of trainers made a trainer of a course (the cascade), until the certification expires."""

    worker = models.ForeignKey(
        "workforce.HealthWorker",
        verbose_name=_("roster entry"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="trainer_certifications",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="trainer_certifications",
    )
    course = models.ForeignKey(
        "courses.CoursePage", verbose_name=_("course"), on_delete=models.PROTECT, related_name="certified_trainers"
    )
    event = models.ForeignKey(
        TrainingEvent, verbose_name=_("training of trainers"), on_delete=models.PROTECT, related_name="+"
    )
    certified_at = models.DateTimeField(_("certified at"))
    expires_at = models.DateTimeField(_("expires at"), null=True, blank=True)

    class Meta:
        ordering = ["-certified_at"]
        verbose_name = _("certified trainer")
        verbose_name_plural = _("certified trainers")
        constraints = [
            models.UniqueConstraint(
                fields=["worker", "course"], condition=models.Q(worker__isnull=False), name="one_trainer_per_worker"
            ),
            models.UniqueConstraint(
                fields=["user", "course"],
                condition=models.Q(worker__isnull=True, user__isnull=False),
                name="one_trainer_per_account",
            ),
            models.CheckConstraint(
                condition=models.Q(worker__isnull=False) | models.Q(user__isnull=False), name="trainer_is_a_person"
            ),
        ]

    def __str__(self):
        person = self.worker.full_name if self.worker_id else (self.user.full_name or self.user.email)
        return f"{person} — {self.course}"

    def is_valid_at(self, moment) -> bool:
        return self.expires_at is None or self.expires_at > moment
