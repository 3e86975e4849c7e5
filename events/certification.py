"""How certificates see a training event: its facts in a language, registered in `apps.py`."""

from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from certificates.subjects import SubjectFacts


def describe_event(event, language: str) -> SubjectFacts:
    """A training event as its certificate shows it, in the holder's language."""
    template = event.certificate_template
    if template is not None:
        locale = Locale.objects.filter(language_code=language).first()
        template = (template.get_translation_or_none(locale) if locale else None) or template
    with translation.override(language):
        phrase = _("has completed the training")
    return SubjectFacts(
        title=event.title_in(language),
        cpd_hours=event.cpd_hours,
        gives_certificate=event.gives_certificate,
        validity_months=event.certificate_validity_months,
        template=template,
        completed_phrase=phrase,
    )
