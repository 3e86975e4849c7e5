"""Face-to-face training events as organisers plan them: funding partners, events, their sessions and facilitators."""

from datetime import datetime
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel

from workforce.models import OrgUnit, TranslatedNameMixin


class FundingPartner(TranslatedNameMixin, models.Model):
    """Who pays for training (Ministry of Health, WHO, UNICEF, a project): a list the ministry keeps."""

    name_uz = models.CharField(_("name (Uzbek)"), max_length=200)
    name_ru = models.CharField(_("name (Russian)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("funding partner")
        verbose_name_plural = _("funding partners")

    def __str__(self):
        return self.name


class TrainingEvent(ClusterableModel):
    """Training given face to face (a workshop, a skills lab, mentoring, a training of trainers, …) in sessions."""

    class Modality(models.TextChoices):
        WORKSHOP = "workshop", _("Workshop")
        SIMULATION = "simulation", _("Simulation or skills lab")
        MENTORING = "mentoring", _("On-the-job mentoring")
        SUPERVISION = "supervision", _("Supportive supervision visit")
        TRAINING_OF_TRAINERS = "tot", _("Training of trainers")
        CONFERENCE = "conference", _("Conference or CPD session")

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        OPEN = "open", _("Open for nominations")
        RUNNING = "running", _("Running")
        COMPLETED = "completed", pgettext_lazy("training event", "Completed")
        CANCELLED = "cancelled", _("Cancelled")

    title_uz = models.CharField(_("title (Uzbek)"), max_length=255, blank=True)
    title_ru = models.CharField(_("title (Russian)"), max_length=255, blank=True)
    title_en = models.CharField(_("title (English)"), max_length=255, blank=True)
    language = models.CharField(_("language of the training"), max_length=8, choices=settings.LANGUAGES, default="uz")
    modality = models.CharField(_("modality"), max_length=16, choices=Modality.choices, default=Modality.WORKSHOP)
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course it delivers"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="training_events",
        help_text=_("Its lessons and quizzes may be used before, during or after the event."),
    )
    organiser = models.ForeignKey(
        OrgUnit, verbose_name=_("organising unit"), on_delete=models.PROTECT, related_name="organised_events"
    )
    funding_partner = models.ForeignKey(
        FundingPartner,
        verbose_name=_("funding partner"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="events",
    )
    capacity = models.PositiveIntegerField(_("places"), validators=[MinValueValidator(1)])
    target_cadres = ParentalManyToManyField(
        "workforce.Cadre", verbose_name=_("target cadres"), blank=True, related_name="+"
    )
    target_units = ParentalManyToManyField(OrgUnit, verbose_name=_("target org units"), blank=True, related_name="+")
    cpd_hours = models.DecimalField(
        _("CPD hours"), max_digits=5, decimal_places=1, default=0, validators=[MinValueValidator(0)]
    )
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.PLANNED)
    completion_threshold = models.PositiveSmallIntegerField(
        _("attendance needed to complete (percentage of session hours)"),
        default=80,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )
    pre_test = models.ForeignKey(
        "assessments.QuizPage",
        verbose_name=_("pre-test"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    post_test = models.ForeignKey(
        "assessments.QuizPage",
        verbose_name=_("post-test"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("When set, participants must also pass it to complete the event."),
    )
    self_registration = models.BooleanField(_("open to self-registration"), default=False)
    needs_approval = models.BooleanField(_("self-registration needs a supervisor's approval"), default=False)
    gives_certificate = models.BooleanField(_("gives a certificate"), default=True)
    certificate_validity_months = models.PositiveIntegerField(
        _("certificate validity (months)"), null=True, blank=True, help_text=_("Leave blank if it never expires.")
    )
    certificate_template = models.ForeignKey(
        "certificates.CertificateTemplate",
        verbose_name=_("certificate template"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave blank for the platform's default certificate."),
    )
    trainer_validity_months = models.PositiveIntegerField(
        _("trainer certification validity (months)"),
        null=True,
        blank=True,
        default=24,
        help_text=_("For a training of trainers: how long its graduates may train others. Blank: no expiry."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("closed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("training event")
        verbose_name_plural = _("training events")
        indexes = [models.Index(fields=["status", "organiser"])]

    def __str__(self):
        return self.title

    @property
    def title(self) -> str:
        """The title in the active language, else in the training's language, else any."""
        language = (get_language() or self.language).split("-")[0]
        titles = [getattr(self, f"title_{code}", "") for code in (language, self.language, "uz", "ru", "en")]
        return next((title for title in titles if title), "")

    def title_in(self, language: str) -> str:
        titles = [getattr(self, f"title_{code}", "") for code in (language, self.language, "uz", "ru", "en")]
        return next((title for title in titles if title), "")

    def clean(self):
        super().clean()
        if not getattr(self, f"title_{self.language}", ""):
            raise ValidationError(
                {f"title_{self.language}": _("Give the title in the language the training is given in.")}
            )
        if self.needs_approval and not self.self_registration:
            raise ValidationError({"needs_approval": _("Approval applies only when self-registration is open.")})


class EventSession(models.Model):
    """One sitting of an event: a date, a time, a place."""

    event = ParentalKey(TrainingEvent, verbose_name=_("event"), on_delete=models.CASCADE, related_name="sessions")
    date = models.DateField(_("date"))
    starts_at = models.TimeField(_("starts at"))
    ends_at = models.TimeField(_("ends at"))
    venue_facility = models.ForeignKey(
        OrgUnit,
        verbose_name=_("venue (facility)"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to={"level": OrgUnit.Level.FACILITY},
    )
    venue_text = models.CharField(_("venue (elsewhere)"), max_length=255, blank=True)
    room = models.CharField(_("room"), max_length=100, blank=True)

    class Meta:
        ordering = ["date", "starts_at", "pk"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")), name="session_ends_after_start"
            )
        ]

    def __str__(self):
        return f"{self.date} {self.starts_at:%H:%M}–{self.ends_at:%H:%M}"

    @property
    def start(self) -> datetime:
        return timezone.make_aware(datetime.combine(self.date, self.starts_at))

    @property
    def end(self) -> datetime:
        return timezone.make_aware(datetime.combine(self.date, self.ends_at))

    @property
    def hours(self) -> Decimal:
        """The session's length in hours, to the minute."""
        minutes = (self.end - self.start).total_seconds() // 60
        return (Decimal(int(minutes)) / 60).quantize(Decimal("0.01"))

    @property
    def venue(self) -> str:
        return str(self.venue_facility) if self.venue_facility_id else self.venue_text

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("A session must end after it starts.")})
        if not self.venue_facility_id and not self.venue_text.strip():
            raise ValidationError({"venue_text": _("Choose a facility or write where the session takes place.")})


class EventFacilitator(models.Model):
    """Who leads an event: an account on the platform or someone from outside, by name."""

    event = ParentalKey(TrainingEvent, verbose_name=_("event"), on_delete=models.CASCADE, related_name="facilitators")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="facilitated_events",
    )
    external_name = models.CharField(_("name (not on the platform)"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("facilitator")
        verbose_name_plural = _("facilitators")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(user__isnull=False) | ~models.Q(external_name=""), name="facilitator_is_named"
            )
        ]

    def __str__(self):
        if self.user_id:
            return self.user.full_name or self.user.email
        return self.external_name

    def clean(self):
        super().clean()
        if not self.user_id and not self.external_name.strip():
            raise ValidationError({"external_name": _("Choose an account or write the facilitator's name.")})
