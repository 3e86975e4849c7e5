"""The completion rule, as pure functions, and the registry of extra requirements.

Other apps add requirements (e.g. "passed the final assessment") with
`register_requirement`; each is called with the enrolment and answers whether
the learner meets it, or None when it does not apply to that course.
"""

from collections.abc import Callable, Iterable

Requirement = Callable[..., bool | None]
_requirements: list[Requirement] = []


def register_requirement(requirement: Requirement) -> Requirement:
    """Add a completion requirement; usable as a decorator. Registering twice has no effect."""
    if requirement not in _requirements:
        _requirements.append(requirement)
    return requirement


def extra_requirements_met(enrolment) -> bool:
    return all(requirement(enrolment) is not False for requirement in _requirements)


def progress_percent(*, required_lessons: Iterable[int], completed_lessons: Iterable[int]) -> int:
    """Whole per cent of the required lessons that are completed (0 for a course without lessons)."""
    required = set(required_lessons)
    if not required:
        return 0
    return round(100 * len(required & set(completed_lessons)) / len(required))


def is_course_complete(
    *, required_lessons: Iterable[int], completed_lessons: Iterable[int], requirements_met: bool
) -> bool:
    """All required lessons completed and every extra requirement met; a course needs at least one lesson."""
    required = set(required_lessons)
    return bool(required) and required <= set(completed_lessons) and requirements_met
