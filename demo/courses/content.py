"""What a demo course is made of: every text in three languages, and lesson blocks built from them.

`loader` reads a course from its files, one per language, into one `Course`
whose texts each hold Uzbek, Russian and English, so the three translations
always have the same blocks in the same order (and the same block ids); only
the words differ.
"""

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

LANGUAGES = ("uz", "ru", "en")
BLOCK_ID_NAMESPACE = uuid.UUID("6f1d2a7e-3c4b-4f7a-9a51-2b8f0c7d9e10")


@dataclass(frozen=True)
class T:
    """One text in Uzbek (Latin script; the original), Russian and English."""

    uz: str
    ru: str
    en: str

    def __call__(self, language: str) -> str:
        return getattr(self, language)


class Html(T):
    """Rich text that is already HTML (a list, or several paragraphs): never wrapped in a paragraph."""


def _each_language(build: Callable[[str], str]) -> Html:
    return Html(*(build(language) for language in LANGUAGES))


def ul(*items: T) -> Html:
    return _each_language(lambda language: "<ul>" + "".join(f"<li>{item(language)}</li>" for item in items) + "</ul>")


def ol(*items: T) -> Html:
    return _each_language(lambda language: "<ol>" + "".join(f"<li>{item(language)}</li>" for item in items) + "</ol>")


def rich(*parts: T) -> Html:
    """Paragraphs and lists as one rich text; a plain text becomes a paragraph."""
    return _each_language(
        lambda language: "".join(
            part(language) if isinstance(part, Html) else f"<p>{part(language)}</p>" for part in parts
        )
    )


@dataclass(frozen=True)
class Illustration:
    """A picture drawn by `media.draw_illustration`; labelled pictures are drawn once per language."""

    key: str
    title: T
    kind: str  # "ring", "flow", "cards" or "cover"
    labels: tuple = ()  # texts, or (value, label) pairs for "cards"
    centre: T | None = None
    icon: str = ""  # for "cover": "hands", "heart" or "record"
    colour: str = "#0f766e"

    @property
    def is_localised(self) -> bool:
        return bool(self.labels)


@dataclass(frozen=True)
class Checklist:
    """A one-page PDF checklist made by `media.render_checklist`, one per language."""

    key: str
    title: T
    intro: T
    sections: tuple[tuple[T, tuple[T, ...]], ...]


class Items(tuple):
    """The items of a list block (stored with their own ids)."""


Block = tuple[str, object]


def paragraph(*parts: T) -> Block:
    return ("paragraph", rich(*parts))


def heading(text: T, level: str = "h2") -> Block:
    return ("heading", {"text": text, "level": level})


def image(picture: Illustration, *, alt: T, caption: T) -> Block:
    return ("image", {"image": picture, "alt_text": alt, "caption": caption})


def video(url: str, *, title: T, poster: Illustration | None = None, transcript: T | None = None) -> Block:
    return (
        "video",
        {"url": url, "file": None, "poster": poster, "title": title, "duration": "", "transcript": transcript or ""},
    )


def document(checklist: Checklist, *, description: T) -> Block:
    return ("document", {"document": checklist, "title": checklist.title, "description": description})


def callout(kind: str, title: T, *parts: T) -> Block:
    return ("callout", {"kind": kind, "title": title, "text": rich(*parts)})


def accordion(title: T, *items: tuple[T, T]) -> Block:
    return (
        "accordion",
        {"title": title, "items": Items({"question": question, "answer": rich(answer)} for question, answer in items)},
    )


def table(caption: T, header: tuple, *rows: tuple, first_col_is_header: bool = False) -> Block:
    return (
        "table",
        {
            "data": [list(header), *(list(row) for row in rows)],
            "first_row_is_table_header": True,
            "first_col_is_header": first_col_is_header,
            "table_header_choice": "both" if first_col_is_header else "row",
            "table_caption": caption,
            "cell": [],
            "mergeCells": [],
        },
    )


def knowledge_check(question: T, options: tuple[tuple[T, bool], ...], explanation: T) -> Block:
    return (
        "knowledge_check",
        {
            "question": question,
            "options": Items({"text": text, "is_correct": is_correct} for text, is_correct in options),
            "explanation": rich(explanation),
        },
    )


def number_check(question: T, answer: str, unit: T, explanation: T) -> Block:
    """An ungraded question answered with a number; `answer` is a number or a range, the same in every language."""
    return ("number_check", {"question": question, "answer": answer, "unit": unit, "explanation": rich(explanation)})


@dataclass(frozen=True)
class Lesson:
    """A lesson page: its title, reading time and body."""

    slug: str
    title: T
    duration_minutes: int
    body: tuple[Block, ...]


@dataclass(frozen=True)
class Module:
    """A module page grouping some lessons."""

    slug: str
    title: T
    intro: T
    lessons: tuple[Lesson, ...]


@dataclass(frozen=True)
class Course:
    """A course page with its facts, cover and syllabus (lessons, or modules of lessons)."""

    slug: str
    title: T
    summary: T
    objectives: tuple[T, ...]
    topic: str
    cpd_hours: Decimal
    certificate_validity_months: int | None
    target_cadres: tuple[str, ...]
    cover: Illustration
    syllabus: tuple[Lesson | Module, ...]

    @property
    def lessons(self) -> list[Lesson]:
        return [lesson for part in self.syllabus for lesson in (part.lessons if isinstance(part, Module) else (part,))]

    @property
    def duration_minutes(self) -> int:
        return sum(lesson.duration_minutes for lesson in self.lessons)


def stream_data(body: tuple[Block, ...], *, language: str, path: str, media) -> list[dict]:
    """The lesson body in one language, as StreamField JSON with ids that are the same in every language."""
    return [
        {"type": block_type, "value": _resolve(value, language, media, f"{path}/{index}"), "id": _block_id(path, index)}
        for index, (block_type, value) in enumerate(body)
    ]


def _block_id(path: str, index: int) -> str:
    return str(uuid.uuid5(BLOCK_ID_NAMESPACE, f"{path}/{index}"))


def _resolve(value, language: str, media, path: str):
    if isinstance(value, T):
        return value(language)
    if isinstance(value, Illustration):
        return media.image(value, language).pk
    if isinstance(value, Checklist):
        return media.document(value, language).pk
    if isinstance(value, Items):
        return [
            {"type": "item", "value": _resolve(item, language, media, f"{path}/{index}"), "id": _block_id(path, index)}
            for index, item in enumerate(value)
        ]
    if isinstance(value, dict):
        return {key: _resolve(item, language, media, path) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_resolve(item, language, media, path) for item in value]
    return value
