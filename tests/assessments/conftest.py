"""Quizzes for tests: a bank with one question of each type, and quizzes inside a course."""

from decimal import Decimal

import pytest

from assessments.models import Question, QuestionBank, QuestionOption, QuizPage, QuizQuestion
from courses import services as course_services
from tests.courses.conftest import CourseBuilder


def choice_question(bank, stem, options, *, kind="single", points=1, partial=False):
    question = Question(
        bank=bank,
        kind=kind,
        stem=f"<p>{stem}</p>",
        points=Decimal(points),
        explanation="<p>WHO guidance.</p>",
        multiple_scoring="partial" if partial else "all_or_nothing",
    )
    question.save()
    for order, (text, correct) in enumerate(options):
        QuestionOption.objects.create(question=question, text=text, is_correct=correct, sort_order=order)
    return question


class QuizBuilder:
    def __init__(self):
        self.courses = CourseBuilder()
        self.bank = QuestionBank.objects.create(title="Qoʻl gigiyenasi")
        self.single = choice_question(
            self.bank, "How long should a hand rub last?", [("5 s", False), ("20–30 s", True), ("2 min", False)]
        )
        self.multiple = choice_question(
            self.bank,
            "Which are moments for hand hygiene?",
            [("Before touching a patient", True), ("After body fluid exposure", True), ("Before lunch", False)],
            kind="multiple",
            partial=True,
        )
        self.true_false = Question.objects.create(
            bank=self.bank, kind="true_false", stem="<p>Gloves replace hand hygiene.</p>", true_false_answer=False
        )
        self.numeric = Question.objects.create(
            bank=self.bank,
            kind="numeric",
            stem="<p>Compressions per minute (lower bound)?</p>",
            numeric_answer=Decimal(100),
            numeric_tolerance=Decimal(0),
            unit="/min",
        )
        self.short_text = Question.objects.create(
            bank=self.bank,
            kind="short_text",
            stem="<p>Capital of Uzbekistan?</p>",
            accepted_answers="Toshkent\nTashkent",
        )
        self.questions = [self.single, self.multiple, self.true_false, self.numeric, self.short_text]

    def course(self, **fields):
        return self.courses.course(lessons=1, **fields)

    def quiz(self, course, *, role=QuizPage.Role.FINAL, questions=None, **fields) -> QuizPage:
        fields.setdefault("shuffle_questions", False)
        fields.setdefault("shuffle_options", False)
        quiz = course.add_child(instance=QuizPage(title=f"{role} quiz", slug=f"quiz-{role}", role=role, **fields))
        for order, question in enumerate(self.questions if questions is None else questions):
            QuizQuestion.objects.create(quiz=quiz, question=question, sort_order=order)
        quiz.save_revision().publish()
        return QuizPage.objects.get(pk=quiz.pk)

    def right_answer_written_first(self, course, **fields) -> QuizPage:
        """Four-option questions whose right answer ("right") the author always wrote first; options shuffled."""
        options = [("right", True), ("wrong a", False), ("wrong b", False), ("wrong c", False)]
        questions = [choice_question(self.bank, f"Question {number}", options) for number in range(4)]
        return self.quiz(course, questions=questions, shuffle_options=True, **fields)

    def enrol(self, learner, course):
        return course_services.enrol_learner(learner=learner, course=course)

    @property
    def perfect_answers(self) -> dict:
        return {
            self.single.pk: 1,
            self.multiple.pk: [0, 1],
            self.true_false.pk: False,
            self.numeric.pk: "100",
            self.short_text.pk: "toshkent",
        }


@pytest.fixture
def quizzes(db):
    return QuizBuilder()
