"""Course trees for tests: a catalogue, courses with lessons (and modules), translations."""

import pytest
from wagtail.models import Locale

from courses.models import CourseCatalogPage, CoursePage, LessonPage, ModulePage
from lms.models import HomePage
from lms.services import ensure_site_structure


def lesson_body(text: str) -> list[dict]:
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


def publish(page):
    page.save_revision().publish()
    return page


class CourseBuilder:
    """Builds published course trees in the uz (original) locale and translates them."""

    def __init__(self):
        ensure_site_structure()
        home = HomePage.objects.get(locale__language_code="uz")
        self.catalogue = CourseCatalogPage.objects.filter(locale__language_code="uz").first()
        if self.catalogue is None:
            self.catalogue = home.add_child(instance=CourseCatalogPage(title="Kurslar", slug="courses"))
            publish(self.catalogue)

    def course(self, title="Qoʻl gigiyenasi", *, lessons=3, modules=0, slug=None, **fields) -> CoursePage:
        course = self.catalogue.add_child(
            instance=CoursePage(
                title=title, slug=slug or f"course-{CoursePage.objects.count() + 1}", summary="…", **fields
            )
        )
        publish(course)
        parents = [course]
        if modules:
            parents = [publish(course.add_child(instance=ModulePage(title=f"Modul {n + 1}"))) for n in range(modules)]
        for number in range(lessons):
            parent = parents[number % len(parents)]
            parent.add_child(
                instance=LessonPage(
                    title=f"Dars {number + 1}", slug=f"lesson-{number + 1}", body=lesson_body(f"Dars {number + 1}")
                )
            ).save_revision().publish()
        return CoursePage.objects.get(pk=course.pk)

    def lessons(self, course) -> list[LessonPage]:
        return list(LessonPage.objects.descendant_of(course).order_by("path"))

    def translate(self, course, language="ru") -> CoursePage:
        """Copy the catalogue (if needed), the course and its pages into another locale, published."""
        locale = Locale.objects.get(language_code=language)
        if not self.catalogue.get_translations().filter(locale=locale).exists():
            publish(self.catalogue.copy_for_translation(locale))
        translated = publish(course.copy_for_translation(locale))
        for page in course.get_descendants().order_by("path").specific():
            copy = page.copy_for_translation(locale)
            copy.title = f"{page.title} ({language})"
            publish(copy)
        translated.title = f"{course.title} ({language})"
        return publish(translated)


@pytest.fixture
def courses(db):
    return CourseBuilder()
