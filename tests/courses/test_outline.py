"""Item kinds plug into courses: other apps register page types that a course holds and lists next to its lessons."""

from django.core.cache import cache

from assessments.models import QuizPage
from assessments.selectors import quiz_steps
from courses import completion, outline, selectors
from courses.models import CoursePage, ModulePage
from tests.courses.conftest import publish


def test_a_registered_item_kind_may_be_placed_in_a_course_but_not_in_a_module():
    assert QuizPage in CoursePage.allowed_subpage_models()
    assert QuizPage not in ModulePage.allowed_subpage_models()


def test_registering_an_item_kind_twice_changes_nothing():
    kinds, subpage_types, requirements = (
        outline.item_kinds(),
        list(CoursePage.subpage_types),
        completion._requirements[:],
    )

    outline.register_item_kind(QuizPage, name="quiz", steps=quiz_steps)

    assert outline.item_kinds() == kinds
    assert CoursePage.subpage_types == subpage_types
    assert completion._requirements == requirements


def test_the_outline_and_contents_list_pages_of_registered_kinds_only(courses, monkeypatch):
    course = courses.course(lessons=1)
    quiz = publish(course.add_child(instance=QuizPage(title="Yakuniy test", slug="final")))
    lesson = courses.lessons(course)[0]

    listed = selectors.course_outline(course, course_url="/uz/courses/c/")

    assert [(item.title, item.is_activity, item.url) for item in listed.items] == [
        ("Dars 1", False, "/uz/courses/c/lesson-1/"),
        ("Yakuniy test", True, "/uz/courses/c/final/"),
    ]
    assert selectors.course_contents(course) == [(lesson.pk, "Dars 1", "lesson"), (quiz.pk, "Yakuniy test", "quiz")]

    monkeypatch.setattr(outline, "_kinds", [])
    cache.clear()

    assert [item.title for item in selectors.course_outline(course, course_url="/").items] == ["Dars 1"]
    assert selectors.course_contents(course) == [(lesson.pk, "Dars 1", "lesson")]
