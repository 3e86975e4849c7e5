"""A course written by a trainer, with a lesson and a test, its clinical reviewer, and changes waiting for review."""

from types import SimpleNamespace

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from assessments.authoring import ensure_question_review
from courses.authoring import ensure_authoring_setup
from courses.models import LessonPage
from tests.assessments.conftest import QuizBuilder
from tests.courses.conftest import CourseBuilder
from tests.factories import UserFactory
from workforce.roles import Role
from workforce.services import grant_role


@pytest.fixture
def people(db):
    CourseBuilder()  # the site's home pages and the first catalogue, which the authoring rights are given on
    ensure_authoring_setup()
    ensure_question_review()
    return SimpleNamespace(
        trainer=grant_role(
            user=UserFactory(email="trainer@example.test", full_name="Dilnoza Karimova"), role=Role.TRAINER
        ),
        other_trainer=grant_role(user=UserFactory(email="other@example.test"), role=Role.TRAINER),
        reviewer=grant_role(
            user=UserFactory(email="reviewer@example.test", full_name="Rustam Aliyev"), role=Role.REVIEWER
        ),
    )


@pytest.fixture
def course_under_review(people):
    """A live course by the trainer: a lesson and a final test asking two questions of the bank."""
    builder = QuizBuilder()
    course = builder.course(owner=people.trainer)
    quiz = builder.quiz(course, questions=[builder.single, builder.true_false])
    return SimpleNamespace(
        builder=builder,
        course=course,
        lesson=LessonPage.objects.descendant_of(course).get(),
        quiz=quiz,
        single=builder.single,
        true_false=builder.true_false,
    )


def draft(item, user, **changes):
    """A new version saved for review, the way the editor saves a draft: the live row stays as it is."""
    item = type(item).objects.get(pk=item.pk)
    for name, value in changes.items():
        setattr(item, name, value)
    item.save_revision(user=user)
    return item


def question_form(question, **changes) -> dict:
    """The question editor's form, filled in with the question as it is, changed where asked."""
    fields = {
        "bank": question.bank_id,
        "kind": question.kind,
        "stem": rich_text(question.stem),
        "points": str(question.points),
        "multiple_scoring": question.multiple_scoring,
        "true_false_answer": {True: "True", False: "False", None: ""}[question.true_false_answer],
        "numeric_answer": "" if question.numeric_answer is None else str(question.numeric_answer),
        "numeric_tolerance": str(question.numeric_tolerance),
        "unit": question.unit,
        "accepted_answers": question.accepted_answers,
        "explanation": rich_text(question.explanation),
        "options": inline_formset(
            [
                {"id": option.pk, "text": option.text, "is_correct": option.is_correct}
                for option in question.options.order_by("sort_order")
            ]
        ),
    }
    fields.update(changes)
    for name in ("stem", "explanation"):
        if name in changes:
            fields[name] = rich_text(changes[name])
    return nested_form_data(fields)
