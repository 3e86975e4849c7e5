"""The demo courses' text lives in YAML files, one per course and language, that must agree on their structure."""

import pytest

from demo.courses import COURSES, QUIZZES
from demo.courses.content import LANGUAGES, T
from demo.courses.loader import CONTENT_DIR, ContentError, merge


def test_every_course_has_its_lessons_and_quizzes_in_every_language():
    expected = {f"{course.slug}/{kind}.{language}.yaml" for course in COURSES for kind in ("course", "quizzes")
                for language in LANGUAGES}  # fmt: skip
    found = {str(path.relative_to(CONTENT_DIR)) for path in CONTENT_DIR.glob("*/*.yaml")}

    assert found == expected
    assert [quizzes.course_slug for quizzes in QUIZZES] == [course.slug for course in COURSES]


def test_every_text_of_the_demo_courses_is_written_in_every_language():
    texts = [course.title for course in COURSES] + [lesson.title for course in COURSES for lesson in course.lessons]
    texts += [question.stem for quizzes in QUIZZES for question in quizzes.questions]

    assert all(isinstance(text, T) and all(text(language).strip() for language in LANGUAGES) for text in texts)


def test_merge_gives_each_text_in_three_languages_and_keeps_the_facts():
    merged = merge(
        {
            "uz": {"slug": "a", "minutes": 10, "title": "Salom"},
            "ru": {"slug": "a", "minutes": 10, "title": "Привет"},
            "en": {"slug": "a", "minutes": 10, "title": "Hello"},
        },
        where="example",
    )

    assert merged == {"slug": T("a", "a", "a"), "minutes": 10, "title": T("Salom", "Привет", "Hello")}


@pytest.mark.parametrize(
    ("russian", "problem"),
    [
        ({"minutes": 15, "options": [True, False]}, r"example\.minutes: \[10, 15, 10\] should be the same"),
        ({"minutes": 10, "options": [True]}, r"example\.options: the languages have lists of different lengths"),
        ({"minutes": 10}, r"example: the languages have different keys"),
        (
            {"minutes": 10, "options": [False, False]},
            r"example\.options\[0\]: \[True, False, True\] should be the same",
        ),
    ],
)
def test_merge_refuses_languages_whose_structure_or_facts_differ(russian, problem):
    original = {"minutes": 10, "options": [True, False]}

    with pytest.raises(ContentError, match=problem):
        merge({"uz": original, "ru": russian, "en": original}, where="example")
