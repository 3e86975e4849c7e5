"""The registry of the kinds of item a course holds besides its modules and lessons (quizzes, later others).

An app adds a kind (a quiz, a SCORM package, a face-to-face event) from its
`AppConfig.ready` with `register_item_kind`: the page model, the name the API
gives it, and optionally the provider of the completion steps it asks of a
learner (`courses.completion`: whether it is required, whether the learner has
done it; progress counts the required ones). From then on a course accepts
such pages as children, its syllabus lists them next to the lessons (each with
its own URL below the course) and the API names them among the course's
contents, without courses knowing the app.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from . import completion


@dataclass(frozen=True)
class ItemKind:
    """A page type a course lists next to its lessons."""

    model: type[Page]
    name: str  # how the API names an item of this kind, e.g. "quiz"


_kinds: list[ItemKind] = []


def register_item_kind(model: type[Page], *, name: str, steps: completion.Requirement | None = None) -> ItemKind:
    """Let courses hold pages of `model` as items called `name`; `steps` tells what they ask of a learner.

    Registering the same kind twice has no effect.
    """
    kind = ItemKind(model=model, name=name)
    if kind not in _kinds:
        _kinds.append(kind)
        _allow_in_courses(model)
    if steps is not None:
        completion.register_requirement(steps)
    return kind


def _allow_in_courses(model: type[Page]) -> None:
    from .models import CoursePage

    label = model._meta.label
    if label not in CoursePage.subpage_types:
        CoursePage.subpage_types = [*CoursePage.subpage_types, label]
        CoursePage._clean_subpage_models = None  # Wagtail resolves the labels again on next use


def item_kinds() -> list[ItemKind]:
    return list(_kinds)


def kind_names_by_content_type() -> dict[int, str]:
    """Content type id → name of each registered kind (content types are cached: no query once warm)."""
    content_types = ContentType.objects.get_for_models(*(kind.model for kind in _kinds))
    return {content_types[kind.model].pk: kind.name for kind in _kinds}
