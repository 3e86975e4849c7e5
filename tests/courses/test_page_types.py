"""The page tree stays sane: catalogue under home, courses in a catalogue, lessons in a course or module."""

import pytest

from courses.models import CourseCatalogPage, CoursePage, LessonPage, ModulePage
from lms.models import HomePage


@pytest.mark.parametrize(
    ("child", "parent", "allowed"),
    [
        (CourseCatalogPage, HomePage, True),
        (CoursePage, CourseCatalogPage, True),
        (CoursePage, HomePage, False),
        (ModulePage, CoursePage, True),
        (ModulePage, ModulePage, False),
        (LessonPage, CoursePage, True),
        (LessonPage, ModulePage, True),
        (LessonPage, CourseCatalogPage, False),
        (LessonPage, LessonPage, False),
        (CoursePage, CoursePage, False),
    ],
)
def test_page_type_rules(child, parent, allowed):
    assert (child in parent.allowed_subpage_models()) == allowed
    assert (parent in child.allowed_parent_page_models()) == allowed


def test_only_one_catalogue_per_home_page(courses):
    home = courses.catalogue.get_parent().specific

    assert not CourseCatalogPage.can_create_at(home)
