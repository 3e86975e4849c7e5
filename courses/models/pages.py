"""What trainers author: the catalogue, courses, modules and lessons (Wagtail pages)."""

from django import forms
from django.core.validators import MinValueValidator
from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from courses.blocks import LessonStreamBlock
from workforce.models import TranslatedNameMixin


class Topic(TranslatedNameMixin, models.Model):
    """A subject area that the catalogue can be filtered by, e.g. infection prevention."""

    slug = models.SlugField(_("slug"), unique=True)
    name_uz = models.CharField(_("name (Uzbek)"), max_length=100)
    name_ru = models.CharField(_("name (Russian)"), max_length=100)
    name_en = models.CharField(_("name (English)"), max_length=100)

    panels = [FieldPanel("slug"), FieldPanel("name_uz"), FieldPanel("name_ru"), FieldPanel("name_en")]

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self):
        return self.name


class CourseCatalogPage(Page):
    """The list of live courses in one language, with filters and search."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["lms.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course catalogue")

    def route(self, request, path_components):
        try:
            return super().route(request, path_components)
        except Http404:
            fallback = self._untranslated_course(path_components[0]) if path_components else None
            if fallback is None:
                raise
            # A course not yet translated into this language is shown in its
            # original language under this catalogue's URL, so the interface
            # stays in the reader's language.
            return fallback.route(request, path_components[1:])

    def _untranslated_course(self, slug: str):
        translated_here = CoursePage.objects.filter(locale=self.locale).values("translation_key")
        return (
            CoursePage.objects.live()
            .public()
            .filter(slug=slug)
            .exclude(locale=self.locale)
            .exclude(translation_key__in=translated_here)
            .order_by("pk")
            .first()
        )

    def get_context(self, request, *args, **kwargs):
        from courses.views.catalogue import catalogue_context

        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue_context(request, self))
        return context


class CoursePage(Page):
    """A unit of training with CPD hours, target cadres, prerequisites and a completion rule."""

    class CompletionRule(models.TextChoices):
        ALL_LESSONS = "all_lessons", _("Every lesson completed")
        LESSONS_AND_FINAL = "lessons_and_final", _("Every lesson completed and the final assessment passed")

    summary = models.TextField(_("summary"), max_length=600)
    objectives = RichTextField(_("learning objectives"), features=["ol", "ul", "bold", "italic"], blank=True)
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cpd_hours = models.DecimalField(
        _("CPD hours"), max_digits=5, decimal_places=1, default=0, validators=[MinValueValidator(0)]
    )
    duration_minutes = models.PositiveIntegerField(
        _("estimated duration (minutes)"), default=60, validators=[MinValueValidator(1)]
    )
    topic = models.ForeignKey(
        Topic, verbose_name=_("topic"), null=True, blank=True, on_delete=models.SET_NULL, related_name="courses"
    )
    target_cadres = ParentalManyToManyField(
        "workforce.Cadre", verbose_name=_("target cadres"), blank=True, related_name="courses"
    )
    prerequisites = ParentalManyToManyField(
        "self",
        verbose_name=_("prerequisites"),
        symmetrical=False,
        blank=True,
        related_name="required_for",
        help_text=_("Courses a learner must complete before enrolling in this one."),
    )
    completion_rule = models.CharField(
        _("completion rule"), max_length=32, choices=CompletionRule.choices, default=CompletionRule.LESSONS_AND_FINAL
    )
    gives_certificate = models.BooleanField(_("gives a certificate"), default=True)
    certificate_validity_months = models.PositiveIntegerField(
        _("certificate validity (months)"), null=True, blank=True, help_text=_("Leave blank if it never expires.")
    )
    certificate_template = models.ForeignKey(
        "certificates.CertificateTemplate",
        verbose_name=_("certificate template"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave blank for the platform's default certificate."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("objectives"),
        FieldPanel("cover_image"),
        MultiFieldPanel(
            [FieldPanel("cpd_hours"), FieldPanel("duration_minutes"), FieldPanel("topic")], heading=_("Course facts")
        ),
        FieldPanel("target_cadres", widget=forms.CheckboxSelectMultiple),
        FieldPanel("prerequisites"),
        MultiFieldPanel(
            [
                FieldPanel("completion_rule"),
                FieldPanel("gives_certificate"),
                FieldPanel("certificate_validity_months"),
                FieldPanel("certificate_template"),
            ],
            heading=_("Completion and certificate"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("objectives"),
        index.FilterField("topic"),
        index.FilterField("locale"),
    ]
    parent_page_types = ["courses.CourseCatalogPage"]
    # and the page types of the item kinds other apps register (courses.outline), e.g. quizzes
    subpage_types = ["courses.ModulePage", "courses.LessonPage"]

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def serve(self, request, *args, **kwargs):
        from courses.views.course import serve_course

        return serve_course(request, self)


class ModulePage(Page):
    """An optional group of lessons inside a course."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("module")

    def serve(self, request, *args, **kwargs):
        # A module has no page of its own: the course's syllabus shows it.
        return redirect(self.get_parent().get_url(request))


class LessonPage(Page):
    """One lesson: a body of text, images, videos, documents and knowledge checks."""

    duration_minutes = models.PositiveIntegerField(_("estimated reading time (minutes)"), default=10)
    body = StreamField(LessonStreamBlock(), verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("duration_minutes"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    parent_page_types = ["courses.CoursePage", "courses.ModulePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def serve(self, request, *args, **kwargs):
        from courses.views.lesson import serve_lesson

        return serve_lesson(request, self)
