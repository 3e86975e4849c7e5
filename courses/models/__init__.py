from .pages import CourseCatalogPage, CoursePage, LessonPage, ModulePage, Topic
from .records import Assignment, Enrolment, LessonProgress

__all__ = [
    "Assignment",
    "CourseCatalogPage",
    "CoursePage",
    "Enrolment",
    "LessonPage",
    "LessonProgress",
    "ModulePage",
    "Topic",
]
