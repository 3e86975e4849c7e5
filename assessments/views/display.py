"""Questions of an attempt as the learner sees them: in their language, options in the drawn order."""

from dataclasses import dataclass, field

from wagtail.models import Locale

from ..grading import Kind
from ..models import Attempt, AttemptAnswer, Question
from ..translation_status import reads_the_same, texts_of


@dataclass
class ShownOption:
    position: int  # its place in the order shown, from 0: what the learner sends to choose it
    text: str
    chosen: bool = False
    is_correct: bool | None = None  # only filled once answers are released


@dataclass
class ShownQuestion:
    number: int
    question: Question  # the translation shown (stem, unit, image); never rendered with its key
    canonical_id: int
    options: list[ShownOption] = field(default_factory=list)
    response: object = None  # as the learner sends it: a choice is the option's place in the order shown
    answered: bool = False
    answer: AttemptAnswer | None = None
    other_language: str = ""  # the language it is shown in when not yet translated into the reader's

    @property
    def kind(self) -> str:
        return self.question.kind

    @property
    def pk(self) -> int:
        return self.canonical_id


def shown_questions(attempt: Attempt, language: str, *, with_key: bool = False) -> list[ShownQuestion]:
    """The attempt's questions in `language` (falling back to the original), in the drawn order.

    A translation that still reads exactly like the original (a copy no one has
    translated) counts as missing: the question is shown as the original, and says so.

    `with_key` adds which options are correct; only pass it once the release
    policy allows.
    """
    originals = {
        question.pk: question
        for question in Question.objects.filter(pk__in=attempt.question_ids)
        .select_related("locale")
        .prefetch_related("options")
    }
    locale = Locale.objects.filter(language_code=language).first()
    translations = {}
    if locale is not None:
        keys = {question.translation_key: pk for pk, question in originals.items()}
        live = Question.objects.filter(live=True)  # a translation not yet reviewed is not shown
        for translation in (
            live.filter(translation_key__in=keys, locale=locale).select_related("locale").prefetch_related("options")
        ):
            original = originals[keys[translation.translation_key]]
            if translation.pk == original.pk or not reads_the_same(texts_of(original), texts_of(translation)):
                translations[original.pk] = translation
    answers = {answer.question_id: answer for answer in attempt.answers.all()}
    shown = []
    for number, entry in enumerate(attempt.questions, start=1):
        original = originals[entry["question"]]
        question = translations.get(original.pk, original)
        texts = [option.text for option in sorted(question.options.all(), key=lambda o: o.sort_order or 0)]
        correct = [option.is_correct for option in sorted(original.options.all(), key=lambda o: o.sort_order or 0)]
        answer = answers.get(original.pk)
        response = answer.response if answer else None
        if original.kind in (Kind.SINGLE, Kind.MULTIPLE):
            response = _as_places(response, entry["options"])
        chosen = set(response) if isinstance(response, list) else {response}
        options = [
            ShownOption(
                position=place,
                text=texts[position] if position < len(texts) else "",
                chosen=place in chosen,
                is_correct=correct[position] if with_key and position < len(correct) else None,
            )
            for place, position in enumerate(entry["options"])
        ]
        shown.append(
            ShownQuestion(
                number=number,
                question=question,
                canonical_id=original.pk,
                options=options,
                response=response,
                answered=response not in (None, "", []),
                answer=answer,
                other_language=question.locale.language_code if question.locale.language_code != language else "",
            )
        )
    return shown


def _as_places(response: object, order: list[int]) -> object:
    """A stored choice (original positions) as the places of those options in the order shown."""
    known = [
        position for position in (response if isinstance(response, list) else [response]) if _is_position(position)
    ]
    places = sorted(order.index(position) for position in known if position in order)
    if isinstance(response, list):
        return places
    return places[0] if places else None


def _is_position(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def preview_question(question: Question) -> ShownQuestion:
    """A question (saved or still in the editor) as a quiz shows it, options in the author's order, with its key."""
    options = sorted(question.options.all(), key=lambda option: option.sort_order or 0)
    return ShownQuestion(
        number=1,
        question=question,
        canonical_id=question.pk or 0,
        options=[
            ShownOption(position=place, text=option.text, is_correct=option.is_correct)
            for place, option in enumerate(options)
            if question.kind in (Kind.SINGLE, Kind.MULTIPLE)
        ],
    )
