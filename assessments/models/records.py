"""What learners do in quizzes: attempts, their answers, and each learner's results per course."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Attempt(models.Model):
    """One try at a quiz: the questions drawn, their option order, the deadline and the grade."""

    class Status(models.TextChoices):
        IN_PROGRESS = "in_progress", pgettext_lazy("quiz attempt", "In progress")
        SUBMITTED = "submitted", _("Submitted")
        GRADED = "graded", _("Graded")

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("learner"), on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    quiz = models.ForeignKey(
        "assessments.QuizPage", verbose_name=_("quiz"), on_delete=models.PROTECT, related_name="attempts"
    )
    number = models.PositiveIntegerField(_("attempt number"))
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.IN_PROGRESS)
    started_at = models.DateTimeField(_("started at"))
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    graded_at = models.DateTimeField(_("graded at"), null=True, blank=True)
    # [{"question": id, "options": [option positions in the order shown]}]; learners identify an option by
    # its place in this order (`option_orders`), never by its position in the original question.
    questions = models.JSONField(_("questions drawn"), default=list)
    points = models.DecimalField(_("points"), max_digits=8, decimal_places=2, null=True, blank=True)
    max_points = models.DecimalField(_("maximum points"), max_digits=8, decimal_places=2, null=True, blank=True)
    percent = models.DecimalField(_("score (%)"), max_digits=5, decimal_places=2, null=True, blank=True)
    passed = models.BooleanField(_("passed"), null=True, blank=True)

    class Meta:
        ordering = ["quiz", "learner", "number"]
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")
        constraints = [
            models.UniqueConstraint(fields=["learner", "quiz", "number"], name="one_attempt_number_per_quiz"),
            models.UniqueConstraint(
                fields=["learner", "quiz"],
                condition=models.Q(status="in_progress"),
                name="one_open_attempt_per_quiz",
            ),
        ]
        indexes = [models.Index(fields=["quiz", "status"])]

    def __str__(self):
        return f"{self.learner} — {self.quiz} #{self.number}"

    @property
    def question_ids(self) -> list[int]:
        return [entry["question"] for entry in self.questions]

    @property
    def option_orders(self) -> dict[int, list[int]]:
        """By question id: the original positions of its options, in the order this attempt shows them."""
        return {entry["question"]: entry["options"] for entry in self.questions}


class AttemptAnswer(models.Model):
    """A learner's response to one question of an attempt, and its grade once submitted.

    Choice responses are option *positions* in the original question, so they
    mean the same in every translation; learners send and see the options'
    places in the attempt's shown order instead (see `Attempt.option_orders`).
    """

    attempt = models.ForeignKey(Attempt, verbose_name=_("attempt"), on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(
        "assessments.Question", verbose_name=_("question"), on_delete=models.PROTECT, related_name="+"
    )
    response = models.JSONField(_("response"), null=True, blank=True)
    saved_at = models.DateTimeField(_("saved at"))
    points = models.DecimalField(_("points"), max_digits=6, decimal_places=2, null=True, blank=True)
    is_correct = models.BooleanField(_("correct"), null=True, blank=True)

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [models.UniqueConstraint(fields=["attempt", "question"], name="one_answer_per_question")]

    def __str__(self):
        return f"{self.attempt} — {self.question_id}"


class LearningOutcome(models.Model):
    """A learner's pre-test and best final score in a course, and the knowledge gain between them."""

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("learner"), on_delete=models.CASCADE, related_name="learning_outcomes"
    )
    course = models.ForeignKey(
        "courses.CoursePage", verbose_name=_("course"), on_delete=models.PROTECT, related_name="learning_outcomes"
    )
    pre_test_percent = models.DecimalField(_("pre-test (%)"), max_digits=5, decimal_places=2, null=True, blank=True)
    best_final_percent = models.DecimalField(
        _("best final assessment (%)"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    knowledge_gain = models.DecimalField(
        _("knowledge gain (points of %)"), max_digits=6, decimal_places=2, null=True, blank=True
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("learning outcome")
        verbose_name_plural = _("learning outcomes")
        constraints = [models.UniqueConstraint(fields=["learner", "course"], name="one_outcome_per_learner_course")]

    def __str__(self):
        return f"{self.learner} — {self.course}"
