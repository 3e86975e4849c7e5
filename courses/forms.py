"""The staff form for assigning mandatory training."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from workforce.models import Cadre, HealthWorker, OrgUnit
from workforce.selectors import visible_org_units

from .models import CoursePage
from .selectors import original_course_ids


class AssignmentForm(forms.Form):
    course = forms.ModelChoiceField(label=_("Course"), queryset=CoursePage.objects.none())
    org_unit = forms.ModelChoiceField(
        label=_("Region or district"),
        queryset=OrgUnit.objects.none(),
        required=False,
        help_text=_("Everyone on the roster of this unit and the units below it."),
    )
    facility_code = forms.CharField(
        label=_("Or one facility (code)"), max_length=32, required=False, help_text=_("For example F-1726-001.")
    )
    cadres = forms.ModelMultipleChoiceField(
        label=_("Only these cadres"),
        queryset=Cadre.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Leave all unticked to include every cadre."),
    )
    employee_numbers = forms.CharField(
        label=_("Named workers (employee numbers)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One per line or separated by commas, in addition to or instead of a unit."),
    )
    due_date = forms.DateField(label=_("Due date"), widget=forms.DateInput(attrs={"type": "date"}))
    note = forms.CharField(label=_("Note for learners"), max_length=300, required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.visible = visible_org_units(user)
        self.fields["course"].queryset = (
            CoursePage.objects.live().filter(pk__in=original_course_ids()).order_by("title")
        )
        self.fields["org_unit"].queryset = self.visible.exclude(level=OrgUnit.Level.FACILITY).order_by("path")
        self.fields["org_unit"].label_from_instance = lambda unit: ("— " * (unit.depth - 1)) + unit.name
        self.fields["cadres"].label_from_instance = lambda cadre: f"{cadre.isco_code} {cadre.name}"

    def clean_facility_code(self):
        code = self.cleaned_data["facility_code"].strip()
        if not code:
            return None
        facility = self.visible.filter(level=OrgUnit.Level.FACILITY, code__iexact=code).first()
        if facility is None:
            raise forms.ValidationError(_("No facility with this code in your area."))
        return facility

    def clean_employee_numbers(self):
        raw = self.cleaned_data["employee_numbers"].replace(",", "\n")
        numbers = [number.strip() for number in raw.splitlines() if number.strip()]
        workers = list(
            HealthWorker.objects.filter(employee_number__in=numbers, facility__in=self.visible, is_active=True)
        )
        unknown = sorted(set(numbers) - {worker.employee_number for worker in workers})
        if unknown:
            raise forms.ValidationError(
                _("Not found among active workers in your area: %(numbers)s") % {"numbers": ", ".join(unknown)}
            )
        return workers

    def clean_due_date(self):
        due_date = self.cleaned_data["due_date"]
        if due_date < timezone.localdate():
            raise forms.ValidationError(_("The due date cannot be in the past."))
        return due_date

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("facility_code"):
            cleaned["org_unit"] = cleaned["facility_code"]
        if not cleaned.get("org_unit") and not cleaned.get("employee_numbers") and not self.errors:
            raise forms.ValidationError(_("Choose a unit, a facility or at least one named worker."))
        return cleaned
