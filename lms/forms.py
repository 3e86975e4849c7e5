"""Sign-up profile fields, the staff user forms of the Wagtail admin and a staff member's own account page."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.account import LocalePreferencesForm, NameEmailForm
from wagtail.users.forms import UserCreationForm, UserEditForm

from workforce.imports.invitations import invitation_in_session
from workforce.models import AccountClaim, Cadre, OrgUnit
from workforce.roles import Role
from workforce.services import grant_role, register_health_worker


class FacilityField(forms.CharField):
    """A facility typed by code or picked from suggestions shown as `CODE — name`."""

    default_error_messages = {
        "unknown": _("Choose your facility from the suggestions, or type its code."),
    }

    def to_python(self, value):
        value = super().to_python(value)
        if not value:
            return None
        code = value.split("—")[0].strip()
        facility = OrgUnit.objects.filter(level=OrgUnit.Level.FACILITY, code__iexact=code).first()
        if facility is None:
            raise forms.ValidationError(self.error_messages["unknown"], code="unknown")
        return facility


class SignupProfileForm(forms.Form):
    """The health-worker profile asked for at sign-up, next to e-mail and password."""

    full_name = forms.CharField(
        label=_("Full name"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        help_text=_("As in your passport, e.g. Karimova Dilnoza Rustamovna."),
    )
    preferred_language = forms.ChoiceField(label=_("Preferred language"), choices=settings.LANGUAGES)
    facility = FacilityField(
        label=_("Facility"),
        help_text=_("Start typing the name or code of the facility where you work."),
        widget=forms.TextInput(
            attrs={"list": "facility-options", "autocomplete": "off", "data-facility-search": "", "spellcheck": "false"}
        ),
    )
    cadre = forms.ModelChoiceField(
        label=_("Occupation (cadre)"), queryset=Cadre.objects.all(), empty_label=_("Choose your occupation")
    )
    employee_number = forms.CharField(
        label=_("Employee number"),
        max_length=32,
        required=False,
        help_text=_(
            "Optional. With it, your account is joined to your entry in your facility's staff roster once your "
            "supervisor confirms it, or at once if you came by the link of an invitation."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["preferred_language"].initial = (get_language() or "uz").split("-")[0]
        self.fields["cadre"].label_from_instance = lambda cadre: cadre.name
        self.fields["facility"].widget.attrs["data-facility-search"] = reverse("workforce:facility_search")

    def signup(self, request, user):
        """Called by allauth once the account exists: fill in the profile and the roster entry."""
        user.full_name = self.cleaned_data["full_name"]
        user.preferred_language = self.cleaned_data["preferred_language"]
        user.save(update_fields=["full_name", "preferred_language"])
        grant_role(user=user, role=Role.LEARNER)
        invitation = invitation_in_session(request)
        outcome = register_health_worker(
            user=user,
            full_name=user.full_name,
            facility=self.cleaned_data["facility"],
            cadre=self.cleaned_data["cadre"],
            employee_number=self.cleaned_data["employee_number"],
            invited_worker=invitation.worker if invitation else None,
        )
        if isinstance(outcome, AccountClaim):
            messages.info(
                request,
                _(
                    "Your facility's supervisor will confirm that roster entry %(number)s is yours; until then your "
                    "account is not joined to it, and you can already take any course."
                )
                % {"number": outcome.worker.employee_number},
            )


class StaffUserCreationForm(UserCreationForm):
    """Wagtail's user form with one full-name field instead of first and last names."""

    first_name = None
    last_name = None
    full_name = forms.CharField(label=_("Full name"), max_length=200)
    preferred_language = forms.ChoiceField(label=_("Preferred language"), choices=settings.LANGUAGES)

    class Meta(UserCreationForm.Meta):
        fields = {"email", "full_name", "preferred_language", "is_superuser", "groups"}


class StaffUserEditForm(UserEditForm):
    """Wagtail's user edit form with one full-name field instead of first and last names."""

    first_name = None
    last_name = None
    full_name = forms.CharField(label=_("Full name"), max_length=200)
    preferred_language = forms.ChoiceField(label=_("Preferred language"), choices=settings.LANGUAGES)

    class Meta(UserEditForm.Meta):
        fields = {"email", "full_name", "preferred_language", "is_active", "is_superuser", "groups"}


class AccountNameEmailForm(NameEmailForm):
    """The account page's name and e-mail: the one full name a person is known by, not first and last names."""

    first_name = None
    last_name = None
    full_name = forms.CharField(label=_("Full name"), max_length=200)

    class Meta(NameEmailForm.Meta):
        fields = ["full_name", "email"]


class AdminLanguageForm(LocalePreferencesForm):
    """The account page's admin language: languages named in their own words, and by default the site's language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "preferred_language" in self.fields:
            site_language_code = self.instance.user.preferred_language
            site_language = dict(settings.LANGUAGES).get(site_language_code, site_language_code)
            self.fields["preferred_language"].choices = [
                ("", _("Same as on the site: %(language_name)s") % {"language_name": site_language}),
                *settings.WAGTAILADMIN_PERMITTED_LANGUAGES,
            ]
