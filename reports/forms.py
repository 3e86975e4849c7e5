"""Forms of the dashboard: what to look at, and the supervisor's actions."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage
from courses.selectors import courses_in_language, original_course_ids
from workforce.models import Cadre

from .indicators import Period
from .selectors import Filters

PERIOD_CHOICES = [
    (Period.ALL.value, _("All time")),
    (Period.YEAR.value, _("This year")),
    (Period.LAST_12_MONTHS.value, _("Last 12 months")),
    (Period.LAST_90_DAYS.value, _("Last 90 days")),
]


def _course_field(*, required: bool, empty_label, language: str) -> forms.ModelChoiceField:
    """Courses by their original page (records point there), labelled in the reader's language."""
    field = forms.ModelChoiceField(
        label=_("Course"),
        queryset=CoursePage.objects.filter(pk__in=original_course_ids()).order_by("title"),
        required=required,
        empty_label=empty_label,
    )
    shown = courses_in_language(original_course_ids(), language)
    field.label_from_instance = lambda course: shown.get(course.pk, course).title
    return field


def _cadre_label(cadre: Cadre) -> str:
    return f"{cadre.isco_code} {cadre.name}"


class FilterForm(forms.Form):
    """Read from the query string; a bad value gets a message and the default instead."""

    cadre = forms.ModelChoiceField(
        label=_("Cadre"), queryset=Cadre.objects.all(), required=False, empty_label=_("All cadres")
    )
    period = forms.ChoiceField(label=_("Period"), choices=PERIOD_CHOICES, required=False)

    def __init__(self, *args, language: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"] = _course_field(required=False, empty_label=_("All mandatory courses"), language=language)
        self.fields["cadre"].label_from_instance = _cadre_label
        self.order_fields(["course", "cadre", "period"])

    def filters(self) -> Filters:
        if not self.is_valid():
            return Filters()
        data = self.cleaned_data
        return Filters(
            cadre_id=data["cadre"].pk if data.get("cadre") else None,
            course_id=data["course"].pk if data.get("course") else None,
            period=Period(data.get("period") or Period.ALL),
        )


class AssignForm(forms.Form):
    """Make a course mandatory for this unit, for one cadre or all of them."""

    cadre = forms.ModelChoiceField(
        label=_("Cadre"), queryset=Cadre.objects.all(), required=False, empty_label=_("All cadres")
    )
    due_date = forms.DateField(label=_("Due date"), widget=forms.DateInput(attrs={"type": "date"}))
    note = forms.CharField(label=_("Note for learners"), max_length=300, required=False)

    def __init__(self, *args, language: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"] = _course_field(required=True, empty_label=None, language=language)
        self.fields["cadre"].label_from_instance = _cadre_label
        self.order_fields(["course", "cadre", "due_date", "note"])

    def clean_due_date(self):
        due_date = self.cleaned_data["due_date"]
        if due_date < timezone.localdate():
            raise forms.ValidationError(_("The due date cannot be in the past."))
        return due_date
