from .content import Question, QuestionBank, QuestionOption, QuizPage, QuizQuestion
from .records import Attempt, AttemptAnswer, LearningOutcome

__all__ = [
    "Attempt",
    "AttemptAnswer",
    "LearningOutcome",
    "Question",
    "QuestionBank",
    "QuestionOption",
    "QuizPage",
    "QuizQuestion",
]
