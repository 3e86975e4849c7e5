"""What a certificate may certify besides a course: apps above certificates register their kinds here.

A course certificate points at its course. Anything else that earns a
certificate (a face-to-face training event, say) is a *subject*: a model of an
app above this one, stored through the content types framework, described to
certificates by the function its app registers in `AppConfig.ready`.
Certificates never import those apps; they only ask the registry.
"""

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType


@dataclass(frozen=True)
class SubjectFacts:
    """What a certificate needs to know about what it certifies, in one language."""

    title: str
    cpd_hours: Decimal
    gives_certificate: bool
    validity_months: int | None
    template: object | None  # a CertificateTemplate, already in the language when translated
    completed_phrase: str  # "has completed the training", in the language asked


Describe = Callable[[object, str], SubjectFacts]
_describers: dict[str, Describe] = {}


def register(model, describe: Describe) -> None:
    """Let certificates certify instances of `model`; `describe(instance, language)` tells their facts."""
    _describers[model._meta.label_lower] = describe


def is_registered(model) -> bool:
    return model._meta.label_lower in _describers


def describe(subject, language: str) -> SubjectFacts:
    """The facts of a registered subject in a language; a model nobody registered is a programming error."""
    try:
        describer = _describers[subject._meta.label_lower]
    except KeyError:
        raise LookupError(f"{subject._meta.label} is not registered as a certificate subject") from None
    return describer(subject, language)


def content_type_of(subject) -> ContentType:
    return ContentType.objects.get_for_model(subject, for_concrete_model=False)
