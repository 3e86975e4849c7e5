"""What trainers author: question banks, questions and quizzes."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    Page,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index

from assessments.admin_forms import QuestionForm
from assessments.grading import Kind
from core.numbers import NumericKey

STEM_FEATURES = ["bold", "italic", "ol", "ul", "superscript", "subscript", "link"]


class QuestionBank(TranslatableMixin, index.Indexed, models.Model):
    """A named collection of questions on one subject, from which quizzes pick or draw."""

    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("title"), FieldPanel("description")]
    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("question bank")
        verbose_name_plural = _("question banks")

    def __str__(self):
        return self.title


class Question(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    TranslatableMixin,
    index.Indexed,
    ClusterableModel,
):
    """One question with its answer key and the explanation shown as feedback; previewed as a learner sees it.

    Drafts live in revisions: learners get the live version (the row) until a reviewer publishes the draft.
    """

    class MultipleScoring(models.TextChoices):
        ALL_OR_NOTHING = "all_or_nothing", _("All or nothing")
        PARTIAL = "partial", _("Partial credit")

    bank = models.ForeignKey(QuestionBank, verbose_name=_("bank"), on_delete=models.PROTECT, related_name="questions")
    kind = models.CharField(
        _("type"),
        max_length=16,
        choices=[
            (Kind.SINGLE.value, _("Single choice")),
            (Kind.MULTIPLE.value, _("Multiple choice")),
            (Kind.TRUE_FALSE.value, _("True or false")),
            (Kind.NUMERIC.value, _("Number")),
            (Kind.SHORT_TEXT.value, _("Short text")),
        ],
        default=Kind.SINGLE.value,
    )
    stem = RichTextField(_("question"), features=STEM_FEATURES)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    points = models.DecimalField(
        _("points"), max_digits=5, decimal_places=2, default=1, validators=[MinValueValidator(0.01)]
    )
    explanation = RichTextField(_("explanation"), features=STEM_FEATURES, blank=True)
    multiple_scoring = models.CharField(
        _("scoring of multiple choice"),
        max_length=16,
        choices=MultipleScoring.choices,
        default=MultipleScoring.ALL_OR_NOTHING,
    )
    true_false_answer = models.BooleanField(_("the statement is true"), null=True, blank=True)
    # A numeric key is kept as a value with a tolerance; a range the trainer wrote ("100–120") is stored as its
    # midpoint and half-width (110 ± 10) and remembered as a range, so learners see it as it was written.
    numeric_answer = models.DecimalField(_("correct number"), max_digits=14, decimal_places=4, null=True, blank=True)
    numeric_tolerance = models.DecimalField(
        _("tolerance (±)"), max_digits=14, decimal_places=4, default=0, validators=[MinValueValidator(0)]
    )
    numeric_shown_as_range = models.BooleanField(_("answer written as a range"), default=False, editable=False)
    unit = models.CharField(_("unit shown"), max_length=30, blank=True, help_text=_("For example mg, ml/h, mmHg."))
    accepted_answers = models.TextField(
        _("accepted answers"),
        blank=True,
        help_text=_("One per line. Case, spaces and apostrophe variants (oʻ, o', o‘) do not matter."),
    )

    # Each answer key in its own panel, headed by the question types it serves; static/js/question-editor.js
    # shows only the panels of the chosen type (without JavaScript every panel shows, headings say which is which).
    panels = [
        FieldPanel("bank"),
        FieldPanel("kind"),
        FieldPanel("stem"),
        FieldPanel("image"),
        FieldPanel("points"),
        MultiFieldPanel(
            [
                InlinePanel("options", heading=_("Options"), label=_("Answer option")),
                FieldPanel("multiple_scoring", attrs={"data-question-kinds": Kind.MULTIPLE}),
            ],
            heading=_("Answer options (single choice, multiple choice)"),
            attrs={"data-question-kinds": f"{Kind.SINGLE} {Kind.MULTIPLE}"},
        ),
        MultiFieldPanel(
            [FieldPanel("true_false_answer")],
            heading=_("Answer key (true or false)"),
            attrs={"data-question-kinds": Kind.TRUE_FALSE},
        ),
        MultiFieldPanel(
            [FieldPanel("numeric_answer"), FieldPanel("numeric_tolerance"), FieldPanel("unit")],
            heading=_("Answer key (number)"),
            attrs={"data-question-kinds": Kind.NUMERIC},
        ),
        MultiFieldPanel(
            [FieldPanel("accepted_answers")],
            heading=_("Answer key (short text)"),
            attrs={"data-question-kinds": Kind.SHORT_TEXT},
        ),
        FieldPanel("explanation"),
    ]
    base_form_class = QuestionForm
    search_fields = [
        index.SearchField("stem"),
        index.AutocompleteField("stem"),
        index.FilterField("bank"),
        index.FilterField("kind"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self):
        return Truncator(strip_tags(self.stem)).chars(80)

    def clean(self):
        super().clean()
        errors = {}
        if self.kind == Kind.NUMERIC and self.numeric_answer is None:
            errors["numeric_answer"] = _("Give the correct number or range.")
        if self.kind == Kind.TRUE_FALSE and self.true_false_answer is None:
            errors["true_false_answer"] = _("Say whether the statement is true or false.")
        if self.kind == Kind.SHORT_TEXT and not self.accepted_answer_list:
            errors["accepted_answers"] = _("Give at least one accepted answer.")
        if errors:
            raise ValidationError(errors)

    @property
    def preview_sizes(self):
        # The phones learners use are 360 px wide; the editor's preview opens at that size.
        return [
            {**PreviewableMixin.DEFAULT_PREVIEW_SIZES[0], "device_width": 360},
            *PreviewableMixin.DEFAULT_PREVIEW_SIZES[1:],
        ]

    def get_preview_template(self, request, mode_name):
        return "assessments/question_preview.html"

    def serve_preview(self, request, mode_name):
        # In the question's language, as its learners read it, whatever the editor's admin language is.
        locale = self.locale if self.locale_id else self.bank.locale if self.bank_id else None
        with translation.override(locale.language_code if locale else translation.get_language()):
            return super().serve_preview(request, mode_name).render()

    def get_preview_context(self, request, mode_name):
        from assessments.views.display import preview_question

        return {**super().get_preview_context(request, mode_name), "item": preview_question(self)}

    @property
    def numeric_key(self) -> NumericKey | None:
        """The numbers that earn the points, as the trainer wrote them (a range or a value with a tolerance)."""
        if self.numeric_answer is None:
            return None
        tolerance = self.numeric_tolerance or 0
        low, high = self.numeric_answer - tolerance, self.numeric_answer + tolerance
        return NumericKey(low=low, high=high, is_range=self.numeric_shown_as_range and low != high)

    @property
    def accepted_answer_list(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.accepted_answers.splitlines() if line.strip())


class QuestionOption(Orderable):
    """An answer option of a choice question; its position identifies it across translations."""

    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="options")
    text = models.CharField(_("text"), max_length=500)
    is_correct = models.BooleanField(_("correct"), default=False)

    panels = [FieldPanel("text"), FieldPanel("is_correct")]

    def __str__(self):
        return self.text


class QuizPage(Page):
    """A pre-test, practice quiz or final assessment inside a course, graded on the server."""

    class Role(models.TextChoices):
        PRE_TEST = "pre_test", _("Pre-test")
        PRACTICE = "practice", _("Practice")
        FINAL = "final", _("Final assessment")

    class AnswerRelease(models.TextChoices):
        NEVER = "never", _("Never")
        AFTER_EACH_ATTEMPT = "after_each_attempt", _("After each attempt")
        ONCE_PASSED = "once_passed", _("Once the learner has passed")
        AFTER_LAST_ATTEMPT = "after_last_attempt", _("After the last allowed attempt")

    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.FINAL)
    intro = RichTextField(_("introduction"), features=["bold", "italic", "ol", "ul", "link"], blank=True)
    pass_mark = models.DecimalField(
        _("pass mark (%)"), max_digits=5, decimal_places=2, default=70,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )  # fmt: skip
    max_attempts = models.PositiveIntegerField(
        _("maximum attempts"), null=True, blank=True, help_text=_("Leave blank for unlimited attempts.")
    )
    time_limit_minutes = models.PositiveIntegerField(_("time limit (minutes)"), null=True, blank=True)
    wait_minutes = models.PositiveIntegerField(
        _("waiting time between attempts (minutes)"), default=0, help_text=_("0 lets the learner retry at once.")
    )
    answer_release = models.CharField(
        _("show correct answers"), max_length=24, choices=AnswerRelease.choices, default=AnswerRelease.ONCE_PASSED
    )
    shuffle_questions = models.BooleanField(_("shuffle questions"), default=True)
    shuffle_options = models.BooleanField(_("shuffle options"), default=True)
    draw_bank = models.ForeignKey(
        QuestionBank,
        verbose_name=_("draw questions from"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    draw_count = models.PositiveIntegerField(_("number of questions to draw"), default=0)
    one_question_per_screen = models.BooleanField(
        _("one question per screen"), default=True, help_text=_("Easier on phones; answers are saved as learners go.")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("role"),
        FieldPanel("intro"),
        InlinePanel("quiz_questions", label=_("Chosen questions")),
        MultiFieldPanel([FieldPanel("draw_bank"), FieldPanel("draw_count")], heading=_("Questions drawn at random")),
        MultiFieldPanel(
            [
                FieldPanel("pass_mark"),
                FieldPanel("max_attempts"),
                FieldPanel("time_limit_minutes"),
                FieldPanel("wait_minutes"),
                FieldPanel("answer_release"),
                FieldPanel("shuffle_questions"),
                FieldPanel("shuffle_options"),
                FieldPanel("one_question_per_screen"),
            ],
            heading=_("Rules"),
        ),
    ]
    parent_page_types = ["courses.CoursePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    def serve(self, request, *args, **kwargs):
        from assessments.views.quiz import serve_quiz

        return serve_quiz(request, self)

    def clean(self):
        super().clean()
        if self.draw_count and self.draw_bank_id is None:
            raise ValidationError({"draw_bank": _("Choose the bank to draw questions from.")})


class QuizQuestion(Orderable):
    """A question chosen explicitly for a quiz."""

    quiz = ParentalKey(QuizPage, on_delete=models.CASCADE, related_name="quiz_questions")
    question = models.ForeignKey(Question, verbose_name=_("question"), on_delete=models.PROTECT, related_name="+")

    panels = [FieldPanel("question")]
