"""The admin forms: questions (the answer key must fit the question type) and a new course from the skeleton."""

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from courses.models import CourseCatalogPage

from .grading import Kind


class QuestionForm(WagtailAdminModelForm):
    """Checks the options against the type: one correct for single choice, at least one for multiple."""

    def clean(self):
        cleaned = super().clean()
        kind = cleaned.get("kind")
        formset = self.formsets.get("options")
        if formset is None or not formset.is_valid():
            return cleaned
        options = [
            form.cleaned_data
            for form in formset.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE") and form.cleaned_data.get("text")
        ]
        correct = sum(1 for option in options if option.get("is_correct"))
        if kind in (Kind.SINGLE, Kind.MULTIPLE) and len(options) < 2:
            self.add_error(None, _("A choice question needs at least two options."))
        elif kind == Kind.SINGLE and correct != 1:
            self.add_error(None, _("Mark exactly one option as correct."))
        elif kind == Kind.MULTIPLE and correct < 1:
            self.add_error(None, _("Mark at least one option as correct."))
        return cleaned


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
