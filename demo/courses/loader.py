"""Reads the demo courses, their quizzes and the catalogue from the YAML files in `demo/content/`.

Each course has one file per language for its lessons (`course.<language>.yaml`)
and one for its questions (`quizzes.<language>.yaml`), so a clinician can read
and correct one language without reading Python. The three files of a kind
must have the same structure: the same blocks, options and answer keys in the
same order, and the same facts (slugs, hours, answers); only the words differ.
The loader reads them side by side, gives every text in its three languages
(`T`), and refuses files whose structure or facts differ.
"""

from decimal import Decimal
from pathlib import Path

import yaml

from assessments.grading import Kind

from .content import (
    LANGUAGES,
    Checklist,
    Course,
    Illustration,
    Lesson,
    Module,
    T,
    accordion,
    callout,
    document,
    heading,
    image,
    knowledge_check,
    number_check,
    ol,
    paragraph,
    rich,
    table,
    ul,
    video,
)
from .quizzes import BankQuestion, CourseQuizzes

CONTENT_DIR = Path(__file__).resolve().parent.parent / "content"


class ContentError(ValueError):
    """A content file that cannot be read, or whose languages disagree."""


def read_course(slug: str) -> Course:
    """The course `demo/content/<slug>/course.<language>.yaml` describes."""
    return _build(f"{slug}/course", _course)


def read_quizzes(slug: str) -> CourseQuizzes:
    """The question bank, pre-test and final assessment `demo/content/<slug>/quizzes.<language>.yaml` describe."""
    return _build(f"{slug}/quizzes", lambda data: _quizzes(slug, data))


def read_catalogue() -> tuple[dict, tuple[tuple[str, T], ...]]:
    """The catalogue's title and introduction, and the topics (slug, name) in their order."""
    return _build(
        "catalogue", lambda data: ({"title": data["title"], "intro": data["intro"]}, tuple(data["topics"].items()))
    )


def fact(value: T) -> str:
    """A value that is the same in every language (a slug, a key, a kind), as read from the files."""
    if len({value(language) for language in LANGUAGES}) != 1:
        raise ContentError(f"{value!r} should be the same in every language")
    return value(LANGUAGES[0])


def _build(name: str, build):
    """What `build` makes of the files `name.<language>.yaml`; any problem is reported with the files' name."""
    documents = {}
    for language in LANGUAGES:
        with (CONTENT_DIR / f"{name}.{language}.yaml").open(encoding="utf-8") as file:
            documents[language] = yaml.load(file, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    merged = merge(documents, where=name)
    try:
        return build(merged)
    except ContentError as error:
        raise ContentError(f"{name}: {error}") from error
    except KeyError as error:
        raise ContentError(f"{name}: missing {error}") from error


def _course(data: dict) -> Course:
    pictures = {key: _picture(key, value) for key, value in data["pictures"].items()}
    checklists = {key: _checklist(key, value) for key, value in data["checklists"].items()}
    blocks = _BlockReader(pictures, checklists)
    return Course(
        slug=fact(data["slug"]),
        title=data["title"],
        summary=data["summary"],
        objectives=tuple(data["objectives"]),
        topic=fact(data["topic"]),
        cpd_hours=Decimal(fact(data["cpd_hours"])),
        certificate_validity_months=data["certificate_validity_months"],
        target_cadres=tuple(fact(cadre) for cadre in data["target_cadres"]),
        cover=pictures[fact(data["cover"])],
        syllabus=tuple(
            Module(
                fact(part["module"]),
                part["title"],
                part["intro"],
                tuple(blocks.lesson(item) for item in part["lessons"]),
            )
            if "module" in part
            else blocks.lesson(part)
            for part in data["syllabus"]
        ),
    )


def _quizzes(slug: str, data: dict) -> CourseQuizzes:
    return CourseQuizzes(
        course_slug=slug,
        bank_title=data["bank"]["title"],
        bank_description=data["bank"]["description"],
        questions=tuple(_question(item) for item in data["questions"]),
        pre_test=tuple(fact(key) for key in data["pre_test"]["questions"]),
        final_pass_mark=data["final"]["pass_mark"],
        pre_test_title=data["pre_test"]["title"],
        final_title=data["final"]["title"],
    )


def merge(documents: dict[str, object], *, where: str):
    """The same document in every language as one, each text a `T`; other values must be the same in all."""
    values = [documents[language] for language in LANGUAGES]
    first = values[0]
    if isinstance(first, dict):
        if any(not isinstance(value, dict) or list(value) != list(first) for value in values):
            raise ContentError(f"{where}: the languages have different keys: {[list(value) for value in values]}")
        return {
            key: merge({lang: doc[key] for lang, doc in documents.items()}, where=f"{where}.{key}") for key in first
        }
    if isinstance(first, list):
        if any(not isinstance(value, list) or len(value) != len(first) for value in values):
            raise ContentError(f"{where}: the languages have lists of different lengths")
        return [
            merge({lang: doc[index] for lang, doc in documents.items()}, where=f"{where}[{index}]")
            for index in range(len(first))
        ]
    if isinstance(first, str):
        if any(not isinstance(value, str) for value in values):
            raise ContentError(f"{where}: a text in one language and not in another")
        return T(*values)
    if any(value != first or type(value) is not type(first) for value in values):
        raise ContentError(f"{where}: {values} should be the same in every language")
    return first


def _rich(value) -> T:
    """A rich text: one paragraph, or a list of paragraphs and `ul` / `ol` lists."""
    if isinstance(value, T):
        return rich(value)
    return rich(*(_list(part) if isinstance(part, dict) else part for part in value))


def _list(part: dict) -> T:
    ((kind, items),) = part.items()
    return {"ul": ul, "ol": ol}[kind](*items)


def _picture(key: str, data: dict) -> Illustration:
    kind = fact(data["kind"])
    labels = data.get("labels", ())
    return Illustration(
        key,
        data["title"],
        kind,
        labels=tuple(tuple(label) if kind == "cards" else label for label in labels),
        centre=data.get("centre"),
        icon=fact(data["icon"]) if "icon" in data else "",
        colour=fact(data["colour"]),
    )


def _checklist(key: str, data: dict) -> Checklist:
    return Checklist(
        key,
        data["title"],
        data["intro"],
        tuple((section["title"], tuple(section["items"])) for section in data["sections"]),
    )


class _BlockReader:
    """Lessons and their blocks, with pictures and checklists found by key."""

    def __init__(self, pictures: dict[str, Illustration], checklists: dict[str, Checklist]):
        self.pictures, self.checklists = pictures, checklists

    def lesson(self, data: dict) -> Lesson:
        return Lesson(fact(data["lesson"]), data["title"], data["minutes"], tuple(map(self.block, data["body"])))

    def block(self, data: dict):
        kind = next(iter(data))
        if kind == "paragraph":
            return paragraph(_rich(data["paragraph"]))
        if kind == "heading":
            return heading(data["heading"], fact(data["level"]) if "level" in data else "h2")
        if kind == "image":
            return image(self.pictures[fact(data["image"])], alt=data["alt"], caption=data["caption"])
        if kind == "video":
            poster = self.pictures[fact(data["poster"])] if "poster" in data else None
            return video(fact(data["video"]), title=data["title"], poster=poster, transcript=data.get("transcript"))
        if kind == "document":
            return document(self.checklists[fact(data["document"])], description=data["description"])
        if kind == "callout":
            return callout(fact(data["callout"]), data["title"], _rich(data["text"]))
        if kind == "accordion":
            items = ((item["question"], _rich(item["answer"])) for item in data["items"])
            return accordion(data["accordion"], *items)
        if kind == "table":
            rows = (tuple(row) for row in data["rows"])
            first_col_is_header = data.get("first_col_is_header", False)
            return table(data["table"], tuple(data["header"]), *rows, first_col_is_header=first_col_is_header)
        if kind == "knowledge_check":
            options = tuple((option["text"], option["correct"]) for option in data["options"])
            return knowledge_check(data["knowledge_check"], options, _rich(data["explanation"]))
        if kind == "number_check":
            unit = data.get("unit", T("", "", ""))
            return number_check(data["number_check"], fact(data["answer"]), unit, _rich(data["explanation"]))
        raise ContentError(f"unknown block {kind!r}")


def _question(data: dict) -> BankQuestion:
    kind = Kind(fact(data["kind"]))
    stem = data["stem"] if isinstance(data["stem"], T) else _rich(data["stem"])
    explanation = data["explanation"] if isinstance(data["explanation"], T) else _rich(data["explanation"])
    return BankQuestion(
        fact(data["key"]),
        kind,
        stem,
        explanation,
        options=tuple((option["text"], option["correct"]) for option in data.get("options", ())),
        partial_credit=data.get("partial_credit", False),
        true_false_answer=data["answer"] if kind == Kind.TRUE_FALSE else None,
        numeric_answer=Decimal(fact(data["answer"])) if kind == Kind.NUMERIC else None,
        numeric_tolerance=Decimal(fact(data["tolerance"])) if kind == Kind.NUMERIC else Decimal(0),
        unit=data.get("unit"),
        accepted_answers=data.get("accepted_answers"),
    )
