"""The organisation tree, cadres and the staff roster."""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from treebeard.mp_tree import MP_Node


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
