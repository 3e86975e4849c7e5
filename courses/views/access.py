"""Who may see a lesson, and where a page sits under the URL it is being shown at."""

from workforce.roles import Role, has_role


def can_preview_courses(user) -> bool:
    """Trainers, reviewers and administrators read lessons without enrolling."""
    return (
        user.is_authenticated
        and user.is_staff
        and (user.is_superuser or has_role(user, Role.TRAINER) or has_role(user, Role.REVIEWER))
    )


def course_url_from(request_path: str, page, course) -> str:
    """The course's URL as the learner reached it, from the URL of one of its pages.

    A course not yet translated is shown under the learner's language prefix
    (see `CourseCatalogPage.route`), so its URL is not always `course.url`.
    """
    suffix = page.url_path[len(course.url_path) :]
    return request_path[: len(request_path) - len(suffix)] if suffix else request_path
