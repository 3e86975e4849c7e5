"""The organisation tree, cadres and the staff roster."""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from treebeard.mp_tree import MP_Node

from core.storage import PrivateUploadTo, private_storage


class TranslatedNameMixin:
    """Picks `name_<language>` for the active language, falling back to English."""

    @property
    def name(self) -> str:
        language = (get_language() or "en").split("-")[0]
        return getattr(self, f"name_{language}", "") or self.name_en


class OrgUnit(TranslatedNameMixin, MP_Node):
    """A node of the health system: country, region, district or facility."""

    class Level(models.TextChoices):
        COUNTRY = "country", _("Country")
        REGION = "region", _("Region")
        DISTRICT = "district", _("District")
        FACILITY = "facility", _("Facility")

    class FacilityType(models.TextChoices):
        REGIONAL_HOSPITAL = "regional_hospital", _("Regional multidisciplinary hospital")
        DISTRICT_HOSPITAL = "district_hospital", _("Central district hospital")
        CITY_HOSPITAL = "city_hospital", _("City hospital")
        FAMILY_POLYCLINIC = "family_polyclinic", _("Family polyclinic")
        RURAL_HEALTH_POST = "rural_health_post", _("Rural family doctor post")
        MATERNITY = "maternity", _("Maternity complex")
        EMERGENCY = "emergency", _("Emergency medical care centre")
        SANITARY = "sanitary", _("Sanitary and epidemiological centre")
        OTHER = "other", _("Other facility")

    code = models.CharField(_("code"), max_length=32, unique=True)
    level = models.CharField(_("level"), max_length=16, choices=Level.choices, db_index=True)
    facility_type = models.CharField(_("facility type"), max_length=32, choices=FacilityType.choices, blank=True)
    name_uz = models.CharField(_("name (Uzbek)"), max_length=200)
    name_ru = models.CharField(_("name (Russian)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200)

    node_order_by = ["code"]

    class Meta:
        verbose_name = _("org unit")
        verbose_name_plural = _("org units")

    def __str__(self):
        return self.name

    @property
    def type_label(self) -> str:
        """What the unit is (city, republic, region, district or its facility type), as shown above its name."""
        if self.level == self.Level.FACILITY:
            return self.get_facility_type_display() or self.get_level_display()
        return administrative_type(self.code, self.level).label


class AdministrativeType(models.TextChoices):
    """What an administrative unit is; its level (depth in the tree) alone does not say."""

    COUNTRY = "country", _("Country")
    REPUBLIC = "republic", _("Republic")
    REGION = "region", _("Region")
    CITY = "city", _("City")
    DISTRICT = "district", _("District")


# Codes follow SOATO, the state classifier: 17 the country, 17NN its first-level units, 17NNKKK the
# second-level ones, where KKK from 400 up is a city and below it a district.
SOATO_REPUBLICS = {"1735"}  # the Republic of Karakalpakstan
SOATO_CITIES = {"1726"}  # Tashkent, a city with the rank of a region


def administrative_type(code: str, level: str) -> AdministrativeType:
    """The type of a country, region or district unit, read from its SOATO code; its level when the code is not one."""
    if code.isdigit() and len(code) == 4:
        if code in SOATO_REPUBLICS:
            return AdministrativeType.REPUBLIC
        if code in SOATO_CITIES:
            return AdministrativeType.CITY
    if code.isdigit() and len(code) == 7 and code[4:] >= "400":
        return AdministrativeType.CITY
    return AdministrativeType(level)


class Cadre(TranslatedNameMixin, models.Model):
    """An occupation group, coded with ISCO-08 as the WHO workforce accounts do."""

    isco_code = models.CharField(_("ISCO-08 code"), max_length=8, unique=True)
    name_uz = models.CharField(_("name (Uzbek)"), max_length=200)
    name_ru = models.CharField(_("name (Russian)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200)

    class Meta:
        ordering = ["isco_code"]
        verbose_name = _("cadre")
        verbose_name_plural = _("cadres")

    def __str__(self):
        return f"{self.isco_code} {self.name}"


class HealthWorker(models.Model):
    """A roster entry: one health worker employed at a facility, with or without an account."""

    class AccountLink(models.TextChoices):
        SIGNUP = "signup", _("Created at sign-up")
        SIGNUP_MATCH = "signup_match", _("Matched at sign-up by employee number")
        STAFF = "staff", _("Linked by staff")

    employee_number = models.CharField(_("employee number"), max_length=32, unique=True, null=True, blank=True)
    reported_employee_number = models.CharField(
        _("employee number given at sign-up"),
        max_length=32,
        blank=True,
        help_text=_("Kept when it could not be matched to the roster, so staff can reconcile it."),
    )
    full_name = models.CharField(_("full name"), max_length=200)
    facility = models.ForeignKey(
        OrgUnit,
        verbose_name=_("facility"),
        on_delete=models.PROTECT,
        related_name="workers",
        limit_choices_to={"level": OrgUnit.Level.FACILITY},
    )
    cadre = models.ForeignKey(Cadre, verbose_name=_("cadre"), on_delete=models.PROTECT, related_name="workers")
    position = models.CharField(_("position"), max_length=200, blank=True)
    is_active = models.BooleanField(_("active"), default=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="health_worker",
    )
    account_link = models.CharField(_("account link"), max_length=16, choices=AccountLink.choices, blank=True)
    account_linked_at = models.DateTimeField(_("account linked at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ["full_name"]
        verbose_name = _("health worker")
        verbose_name_plural = _("health workers")
        indexes = [models.Index(fields=["facility", "cadre", "is_active"])]

    def __str__(self):
        return self.full_name


class AccountClaim(models.Model):
    """An account's request, made at sign-up without proof, to be joined to a roster entry; a supervisor decides.

    Until approved the roster entry stays without an account, so nothing of the
    worker's record (assignments, dashboard counts, API) reaches the claimant.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for approval")
        APPROVED = "approved", _("Approved")
        REFUSED = "refused", _("Refused")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name=_("account"), on_delete=models.CASCADE, related_name="roster_claim"
    )
    worker = models.ForeignKey(
        HealthWorker, verbose_name=_("roster entry"), on_delete=models.CASCADE, related_name="account_claims"
    )
    cadre = models.ForeignKey(
        Cadre, verbose_name=_("cadre given at sign-up"), on_delete=models.PROTECT, related_name="+"
    )
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(_("asked at"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("request to join a roster entry")
        verbose_name_plural = _("requests to join roster entries")

    def __str__(self):
        return f"{self.user} → {self.worker}"


class SupervisorScope(models.Model):
    """Binds a supervisor to the one org unit whose subtree they may see."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("supervisor"),
        on_delete=models.CASCADE,
        related_name="supervisor_scope",
    )
    org_unit = models.ForeignKey(OrgUnit, verbose_name=_("org unit"), on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("supervisor scope")
        verbose_name_plural = _("supervisor scopes")

    def __str__(self):
        return f"{self.user} → {self.org_unit}"


class ImportRun(models.Model):
    """One upload of the facility list or the staff roster: its file, its validation report and its outcome."""

    class Kind(models.TextChoices):
        FACILITIES = "facilities", _("Facility list")
        ROSTER = "roster", _("Staff roster")

    class Status(models.TextChoices):
        VALIDATING = "validating", _("Validating")
        INVALID = "invalid", _("Has problems")
        VALID = "valid", _("Ready to apply")
        APPLYING = "applying", _("Applying")
        APPLIED = "applied", _("Applied")
        FAILED = "failed", _("Not applied")

    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.VALIDATING)
    file = models.FileField(_("file"), upload_to=PrivateUploadTo("workforce/imports"), storage=private_storage)
    original_name = models.CharField(_("file name"), max_length=255)
    file_size = models.PositiveBigIntegerField(_("file size (bytes)"), default=0)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES, default="uz")
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    applied_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("applied by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    deactivate_missing = models.BooleanField(_("deactivate workers missing from the roster"), default=False)
    org_unit = models.ForeignKey(
        OrgUnit,
        verbose_name=_("unit of the full roster"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    invite_workers = models.BooleanField(_("invite workers by e-mail"), default=False)
    created_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)
    validated_at = models.DateTimeField(_("validated at"), null=True, blank=True)
    applied_at = models.DateTimeField(_("applied at"), null=True, blank=True)
    invitations_sent_at = models.DateTimeField(_("invitations sent at"), null=True, blank=True)
    rows_total = models.PositiveIntegerField(_("rows"), default=0)
    rows_done = models.PositiveIntegerField(_("rows processed"), default=0)
    created_count = models.PositiveIntegerField(_("created"), default=0)
    updated_count = models.PositiveIntegerField(_("updated"), default=0)
    unchanged_count = models.PositiveIntegerField(_("unchanged"), default=0)
    deactivated_count = models.PositiveIntegerField(_("deactivated"), default=0)
    invited_count = models.PositiveIntegerField(_("invited"), default=0)
    error_count = models.PositiveIntegerField(_("errors"), default=0)
    message = models.TextField(_("message"), blank=True)
    problems = models.JSONField(_("problems"), default=list, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("import")
        verbose_name_plural = _("imports")

    def __str__(self):
        return f"{self.get_kind_display()}: {self.original_name}"
