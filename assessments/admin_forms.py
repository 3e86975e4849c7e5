"""The admin forms: questions (the answer key must fit the question type) and a new course from the skeleton."""

from decimal import Decimal

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from core.numbers import UnreadableKey, format_number, parse_number, parse_numeric_key
from courses.models import CourseCatalogPage

from .grading import Kind


class QuestionForm(WagtailAdminModelForm):
    """The answer key must fit the type, checked at every save: options (one correct for single choice, at least one
    for multiple), true or false, a number or range for numeric questions, accepted answers for short text."""

    numeric_answer = forms.CharField(
        label=_("Correct answer: a number or a range"),
        required=False,
        max_length=100,
        help_text=_(
            "For example 110, or 100–120 to accept any number from 100 to 120 (100-120 and 100 to 120 work too). "
            "A decimal comma works: 5,5."
        ),
    )
    numeric_tolerance = forms.CharField(
        label=_("Tolerance (±), for a single number"),
        required=False,
        max_length=30,
        help_text=_("0 accepts only the exact number. Leave 0 for a range."),
    )
    true_false_answer = forms.TypedChoiceField(
        label=_("The statement is"),
        choices=[("True", _("True")), ("False", _("False"))],
        coerce=lambda value: value == "True",
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].help_text = _("The editor then shows only this type's answer key.")
        self.fields["unit"].label = _("Unit shown to learners")
        self.fields["multiple_scoring"].label = _("Scoring (multiple choice)")
        key = self.instance.numeric_key
        if key is not None and not self.is_bound:
            self.initial["numeric_answer"] = (
                f"{format_number(key.low)}–{format_number(key.high)}" if key.is_range else format_number(key.value)
            )
            self.initial["numeric_tolerance"] = format_number(0 if key.is_range else key.tolerance)

    def clean(self):
        cleaned = super().clean()
        self._clean_numeric_key(cleaned)
        self._check_options(cleaned.get("kind"))
        return cleaned

    def _clean_numeric_key(self, cleaned):
        """A range is stored as its midpoint and half-width, and remembered as a range."""
        typed = (cleaned.get("numeric_answer") or "").strip()
        numeric = cleaned.get("kind") == Kind.NUMERIC
        tolerance = parse_number((cleaned.get("numeric_tolerance") or "0").strip())
        if tolerance is None and numeric:
            self.add_error("numeric_tolerance", UnreadableKey.MESSAGES["not_a_tolerance"])
        key = None
        if typed and tolerance is not None:
            try:
                key = parse_numeric_key(typed, tolerance=tolerance)
            except UnreadableKey as unreadable:
                if numeric:
                    field = "numeric_tolerance" if unreadable.code == "negative_tolerance" else "numeric_answer"
                    self.add_error(field, unreadable.message)
        if self.has_error("numeric_answer") or self.has_error("numeric_tolerance"):
            # The form is refused with what to write; a stand-in keeps the model's "give a number" from repeating it.
            cleaned["numeric_answer"], cleaned["numeric_tolerance"] = Decimal(0), Decimal(0)
            return
        if key is None:  # empty, or unreadable on a question of another type (whose hidden number is dropped)
            cleaned["numeric_answer"], cleaned["numeric_tolerance"] = None, Decimal(0)
            self.instance.numeric_shown_as_range = False
            return
        cleaned["numeric_answer"] = key.value.normalize()
        cleaned["numeric_tolerance"] = key.tolerance.normalize()
        self.instance.numeric_shown_as_range = key.is_range

    def _check_options(self, kind):
        formset = self.formsets.get("options")
        if kind not in (Kind.SINGLE, Kind.MULTIPLE) or formset is None or not formset.is_valid():
            return
        options = [
            form.cleaned_data
            for form in formset.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE") and form.cleaned_data.get("text")
        ]
        correct = sum(1 for option in options if option.get("is_correct"))
        if len(options) < 2:
            self.add_error(None, _("A choice question needs at least two options."))
        elif kind == Kind.SINGLE and correct != 1:
            self.add_error(None, _("Mark exactly one option as correct."))
        elif kind == Kind.MULTIPLE and correct < 1:
            self.add_error(None, _("Mark at least one option as correct."))


class NewCourseForm(forms.Form):
    """The title and language of a course made from the skeleton."""

    title = forms.CharField(label=_("Course title"), max_length=255)
    catalogue = forms.ModelChoiceField(label=_("Language"), queryset=CourseCatalogPage.objects.none(), empty_label=None)

    def __init__(self, *args, catalogues, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["catalogue"]
        field.queryset = CourseCatalogPage.objects.filter(pk__in=[catalogue.pk for catalogue in catalogues])
        field.label_from_instance = lambda catalogue: catalogue.locale.get_display_name()
        reader = next((c for c in catalogues if c.locale.language_code == get_language()), catalogues[0])
        field.initial = reader.pk
